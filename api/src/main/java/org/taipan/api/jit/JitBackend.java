package org.taipan.api.jit;

import java.util.Optional;
import java.util.Set;
import org.taipan.api.Cpu;

/**
 * A JIT compiler backend. The portable backend turns any code unit into JVM bytecode; a per-CPU
 * backend turns pure numeric kernels into native code. The {@link JitSelection registry's choice}
 * takes, for each {@link Role}, the backends that {@link #supports support} the CPU, highest
 * {@link #priority} first.
 *
 * <p>A backend may decline any unit by returning an empty result; the next backend for the role is
 * then tried, and when none accepts, the interpreter runs the unit. Declining is never an error.
 */
public interface JitBackend {

  /** What a backend compiles. */
  enum Role {
    /** Any code unit: calls, objects, the generic protocol. */
    GENERAL,
    /** Pure numeric kernels: loops over unboxed int64/float64 values. */
    NUMERIC_KERNEL
  }

  /** A short stable name, used in options and diagnostics (for example {@code jit-jvm}). */
  String name();

  /** The roles this backend can fill. */
  Set<Role> roles();

  /** True when this backend can generate code for {@code cpu}. */
  boolean supports(Cpu cpu);

  /** Preference among backends that support the same CPU and role: higher wins. */
  int priority();

  /**
   * Compiles a unit, or declines it.
   *
   * @return the compiled unit, or empty when this backend declines
   */
  Optional<CompiledUnit> compile(CodeUnit unit);
}
