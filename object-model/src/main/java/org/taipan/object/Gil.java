package org.taipan.object;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The global interpreter lock, CPython's {@code Python/ceval_gil.c}: a thread runs Python code
 * only while it holds it. Blocking operations (lock waits, joins, sleeps, I/O) give it up through
 * {@link #unlocked} so other Python threads run meanwhile. For now threads switch only there, not
 * periodically in the eval loop.
 */
public final class Gil {
  private Gil() {}

  private static final ReentrantLock LOCK = new ReentrantLock(true);

  /** Takes the lock for the current thread (waits for it). */
  public static void acquire() {
    LOCK.lock();
  }

  /** Gives the lock up once. */
  public static void release() {
    if (LOCK.isHeldByCurrentThread()) {
      LOCK.unlock();
    }
  }

  /** Whether the current thread holds the lock. */
  public static boolean held() {
    return LOCK.isHeldByCurrentThread();
  }

  /**
   * Runs a blocking action without the lock, then takes it back ({@code Py_BEGIN_ALLOW_THREADS}
   * … {@code Py_END_ALLOW_THREADS}). The action must not touch Python objects.
   */
  public static <T> T unlocked(Supplier<T> action) {
    int holds = LOCK.getHoldCount();
    for (int i = 0; i < holds; i++) {
      LOCK.unlock();
    }
    try {
      return action.get();
    } finally {
      for (int i = 0; i < holds; i++) {
        LOCK.lock();
      }
    }
  }

  /** Waits up to {@code nanos} on a Java lock-like action without holding the lock. */
  public static boolean tryUnlocked(long nanos, TimeoutAction action) {
    return unlocked(() -> {
      try {
        return action.attempt(nanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    });
  }

  /** An action that waits with a timeout, as {@code Semaphore.tryAcquire(long, TimeUnit)}. */
  @FunctionalInterface
  public interface TimeoutAction {
    /** Tries within the time given; true on success. */
    boolean attempt(long time, TimeUnit unit) throws InterruptedException;
  }
}
