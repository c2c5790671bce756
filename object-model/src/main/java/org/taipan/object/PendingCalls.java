package org.taipan.object;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * Calls that other threads ask the main Python thread to make between two instructions, CPython's
 * {@code Py_AddPendingCall}: how a signal handler written in Python runs in the main thread, as
 * CPython runs it, when the signal itself arrives on a JVM thread. The interpreter polls {@link
 * #pending()} at function entry and backward jumps and then calls {@link #run(Object)} with the
 * current frame, which a signal handler receives as its second argument.
 */
public final class PendingCalls {
  private PendingCalls() {}

  private static final Queue<Consumer<Object>> QUEUE = new ConcurrentLinkedQueue<>();
  private static final Object ARRIVED = new Object();
  private static volatile boolean pending;
  private static volatile Thread main;

  /** Declares the thread running the main program: pending calls run only there. */
  public static void setMainThread(Thread t) {
    main = t;
  }

  /** Whether the current thread is the main Python thread (any thread before one is declared). */
  public static boolean isMainThread() {
    Thread m = main;
    return m == null || m == Thread.currentThread();
  }

  /** Queues a call for the main thread; safe from any thread. */
  public static void add(Consumer<Object> call) {
    QUEUE.add(call);
    pending = true;
    synchronized (ARRIVED) {
      ARRIVED.notifyAll();
    }
  }

  /**
   * Tells the interpreter that {@code __del__} calls are queued ({@link Finalizers}); any Python
   * thread runs those at its next poll.
   */
  static void wake() {
    pending = true;
  }

  /** The interpreter's cheap test: is anything queued? */
  public static boolean pending() {
    return pending;
  }

  /**
   * Runs the queued {@code __del__} calls, then makes the queued calls if this is the main thread.
   * An exception a call raises propagates from here (from the instruction being run); the calls
   * after it stay queued for the next poll.
   */
  public static void run(Object frame) {
    if (!pending) {
      return;
    }
    boolean main = isMainThread();
    pending = false;
    try {
      Finalizers.runReady();
      Consumer<Object> c;
      while (main && (c = QUEUE.poll()) != null) {
        c.accept(frame);
      }
    } finally {
      if (!QUEUE.isEmpty() || Finalizers.hasReady()) {
        pending = true;
      }
    }
  }

  /** Blocks until a call is queued ({@code signal.pause}), giving up the GIL meanwhile. */
  public static void awaitOne() {
    Gil.unlocked(() -> {
      synchronized (ARRIVED) {
        while (!pending) {
          try {
            ARRIVED.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
      return null;
    });
  }
}
