package org.taipan.distro.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taipan.api.Cpu;
import org.taipan.api.jit.CodeUnit;
import org.taipan.api.jit.JitBackend;
import org.taipan.api.jit.JitBackend.Role;
import org.taipan.api.jit.JitSelection;

/**
 * Backend selection over the real JIT bundles as {@link ServiceLoader} finds them on the class
 * path, for an x86-64 CPU, a fake AArch64 one, and with backends missing.
 */
class JitBackendWiringTest {

  private static List<JitBackend> discovered() {
    List<JitBackend> all = new ArrayList<>();
    ServiceLoader.load(JitBackend.class).forEach(all::add);
    return all;
  }

  private static List<JitBackend> without(String... names) {
    Set<String> drop = Set.of(names);
    return discovered().stream().filter(b -> !drop.contains(b.name())).toList();
  }

  private static String chosen(JitSelection s, Role role) {
    return s.backendFor(role).map(JitBackend::name).orElse("none");
  }

  @Test
  void allThreeBackendsAreDiscovered() {
    assertEquals(
        Set.of("jit-jvm", "jit-x86_64", "jit-aarch64"),
        Set.copyOf(discovered().stream().map(JitBackend::name).toList()));
  }

  @Test
  void x86_64PicksItsNativeBackendForKernelsAndJvmForTheRest() {
    var s = JitSelection.choose(discovered(), Cpu.of(Cpu.Arch.X86_64, "avx2", "sse4_2"));
    assertEquals("jit-x86_64", chosen(s, Role.NUMERIC_KERNEL));
    assertEquals("jit-jvm", chosen(s, Role.GENERAL));
  }

  @Test
  void aarch64PicksItsNativeBackendForKernelsAndJvmForTheRest() {
    var s = JitSelection.choose(discovered(), Cpu.of(Cpu.Arch.AARCH64, "asimd"));
    assertEquals("jit-aarch64", chosen(s, Role.NUMERIC_KERNEL));
    assertEquals("jit-jvm", chosen(s, Role.GENERAL));
  }

  @Test
  void missingNativeBackendFallsBackToJvm() {
    var s = JitSelection.choose(without("jit-x86_64"), Cpu.of(Cpu.Arch.X86_64));
    assertEquals("jit-jvm", chosen(s, Role.NUMERIC_KERNEL));
    assertEquals("jit-jvm", chosen(s, Role.GENERAL));
    var other = JitSelection.choose(discovered(), Cpu.of(Cpu.Arch.OTHER));
    assertEquals("jit-jvm", chosen(other, Role.NUMERIC_KERNEL));
  }

  @Test
  void noBackendsAtAllMeansInterpreterOnlyWithoutError() {
    var s = JitSelection.choose(without("jit-x86_64", "jit-aarch64", "jit-jvm"), Cpu.of(Cpu.Arch.X86_64));
    assertTrue(s.isInterpreterOnly());
    assertEquals("none", chosen(s, Role.GENERAL));
    var unit = new CodeUnit("f", "f.py", 1, new byte[] {0, 0}, List.of(), List.of(), List.of(), 0, 0, true);
    assertTrue(s.compile(unit).isEmpty());
  }
}
