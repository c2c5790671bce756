package org.taipan.jit.x86_64;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.taipan.api.Cpu;
import org.taipan.api.jit.CodeUnit;
import org.taipan.api.jit.CompiledUnit;
import org.taipan.api.jit.JitBackend;

/**
 * The x86_64 native backend: compiles pure numeric kernels (loops over unboxed int64/float64
 * values) to machine code for x86_64 processors. It supports only that architecture and only the
 * numeric-kernel role; everything else goes to the portable backend.
 *
 * <p>Code generation is not written yet: every unit is declined, and selection falls back to the
 * next backend for the role.
 */
@ServiceProvider(JitBackend.class)
public final class X86_64KernelBackend implements JitBackend {

  /** Above the portable backend: native code wins for the kernels it accepts. */
  static final int PRIORITY = 100;

  @Override
  public String name() {
    return "jit-x86_64";
  }

  @Override
  public Set<Role> roles() {
    return EnumSet.of(Role.NUMERIC_KERNEL);
  }

  @Override
  public boolean supports(Cpu cpu) {
    return cpu.arch() == Cpu.Arch.X86_64;
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
