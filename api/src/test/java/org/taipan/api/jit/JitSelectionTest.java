package org.taipan.api.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.taipan.api.Cpu;

class JitSelectionTest {

  /** A backend that records what it was offered and accepts only when told to. */
  static final class FakeBackend implements JitBackend {
    final String name;
    final Set<Role> roles;
    final Cpu.Arch arch;
    final int priority;
    final boolean accepts;
    final List<String> offered = new ArrayList<>();

    FakeBackend(String name, Set<Role> roles, Cpu.Arch arch, int priority, boolean accepts) {
      this.name = name;
      this.roles = roles;
      this.arch = arch;
      this.priority = priority;
      this.accepts = accepts;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public Set<Role> roles() {
      return roles;
    }

    @Override
    public boolean supports(Cpu cpu) {
      return arch == null || cpu.arch() == arch;
    }

    @Override
    public int priority() {
      return priority;
    }

    @Override
    public Optional<CompiledUnit> compile(CodeUnit unit) {
      offered.add(unit.qualifiedName());
      return accepts
          ? Optional.of(new CompiledUnit(name, MethodHandles.constant(Object.class, name)))
          : Optional.empty();
    }
  }

  static CodeUnit unit(String name, boolean numeric) {
    return new CodeUnit(name, "f.py", 1, new byte[0], List.of(), List.of(), List.of(), 0, 0, numeric);
  }

  static FakeBackend portable(boolean accepts) {
    return new FakeBackend("portable", EnumSet.allOf(JitBackend.Role.class), null, 10, accepts);
  }

  static FakeBackend nativeFor(Cpu.Arch arch, boolean accepts) {
    return new FakeBackend("native-" + arch, EnumSet.of(JitBackend.Role.NUMERIC_KERNEL), arch, 100, accepts);
  }

  @Test
  void nativeBackendOfTheCpuWinsForKernelsPortableForTheRest() {
    var x86 = nativeFor(Cpu.Arch.X86_64, true);
    var arm = nativeFor(Cpu.Arch.AARCH64, true);
    var jvm = portable(true);
    var sel = JitSelection.choose(List.of(jvm, x86, arm), Cpu.of(Cpu.Arch.X86_64));
    assertEquals("native-X86_64", sel.backendFor(JitBackend.Role.NUMERIC_KERNEL).orElseThrow().name());
    assertEquals("portable", sel.backendFor(JitBackend.Role.GENERAL).orElseThrow().name());
    assertEquals("native-X86_64", sel.compile(unit("k", true)).orElseThrow().backend());
    assertEquals("portable", sel.compile(unit("g", false)).orElseThrow().backend());
    assertTrue(arm.offered.isEmpty(), "a backend for another CPU must never be offered code");
  }

  @Test
  void declinedKernelFallsBackToThePortableBackend() {
    var x86 = nativeFor(Cpu.Arch.X86_64, false);
    var jvm = portable(true);
    var sel = JitSelection.choose(List.of(x86, jvm), Cpu.of(Cpu.Arch.X86_64));
    assertEquals("portable", sel.compile(unit("k", true)).orElseThrow().backend());
    assertEquals(List.of("k"), x86.offered);
  }

  @Test
  void everyBackendDecliningLeavesTheUnitToTheInterpreter() {
    var sel = JitSelection.choose(List.of(nativeFor(Cpu.Arch.X86_64, false), portable(false)), Cpu.of(Cpu.Arch.X86_64));
    assertTrue(sel.compile(unit("k", true)).isEmpty());
    assertFalse(sel.isInterpreterOnly());
  }

  @Test
  void noBackendsMeansInterpreterOnly() {
    var sel = JitSelection.choose(List.of(), Cpu.of(Cpu.Arch.AARCH64));
    assertTrue(sel.isInterpreterOnly());
    assertTrue(sel.backendFor(JitBackend.Role.GENERAL).isEmpty());
    assertTrue(sel.compile(unit("g", false)).isEmpty());
    assertTrue(JitSelection.none().isInterpreterOnly());
  }

  @Test
  void nativeBackendOnlyForAnotherCpuIsIgnored() {
    var sel = JitSelection.choose(List.of(nativeFor(Cpu.Arch.AARCH64, true)), Cpu.of(Cpu.Arch.X86_64));
    assertTrue(sel.isInterpreterOnly());
  }
}
