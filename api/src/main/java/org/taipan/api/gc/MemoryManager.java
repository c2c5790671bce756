package org.taipan.api.gc;

/**
 * The memory manager: what CPython's cyclic collector and reference counts give Python programs,
 * on top of the JVM's garbage collector. It runs {@code __del__} finalizers and weak-reference
 * callbacks, answers the {@code gc} module, and keeps native handles (C extensions) alive while
 * Python objects reference them.
 */
public interface MemoryManager {

  /** A short stable name for diagnostics. */
  String name();

  /**
   * Arranges for {@code action} to run once, on a runtime thread, after {@code referent} has become
   * unreachable. The action must not reference the referent.
   */
  void whenUnreachable(Object referent, Runnable action);

  /**
   * Runs a collection, as {@code gc.collect(generation)}: asks the JVM to collect, then runs the
   * pending finalizers and callbacks.
   *
   * @return the number of finalizers and callbacks that ran
   */
  int collect(int generation);

  /** True when automatic collection is enabled ({@code gc.isenabled()}). */
  boolean isEnabled();

  /** {@code gc.enable()} / {@code gc.disable()}. */
  void setEnabled(boolean enabled);
}
