package org.taipan.jit.jvm;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.taipan.api.Cpu;
import org.taipan.api.jit.CodeUnit;
import org.taipan.api.jit.CompiledUnit;
import org.taipan.api.jit.JitBackend;

/**
 * The portable JIT backend: compiles code units to JVM classes, which HotSpot then compiles for
 * whatever CPU it runs on. It fills both roles, so it is the fallback for numeric kernels when no
 * native backend supports the CPU.
 *
 * <p>Code generation is not written yet: every unit is declined and the interpreter runs it. The
 * backend takes part in selection already, so the wiring is exercised from the start.
 */
@ServiceProvider(JitBackend.class)
public final class JvmJitBackend implements JitBackend {

  /** Lower than any native backend: native code wins for the kernels it accepts. */
  static final int PRIORITY = 10;

  @Override
  public String name() {
    return "jit-jvm";
  }

  @Override
  public Set<Role> roles() {
    return EnumSet.allOf(Role.class);
  }

  @Override
  public boolean supports(Cpu cpu) {
    return true;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public Optional<CompiledUnit> compile(CodeUnit unit) {
    return Optional.empty();
  }
}
