package org.taipan.interp;

import org.taipan.object.PyBaseException;

/**
 * Per-thread interpreter state, CPython's {@code PyThreadState}: the current frame, the Python
 * recursion depth, and the exception currently being handled ({@code exc_info}).
 */
final class ThreadState {
  private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

  final InterpreterState interp;
  PyFrame frame;
  int depth;
  /** The exception being handled ({@code sys.exc_info()[1]}), or null. */
  PyBaseException handled;
  /**
   * The exception last thrown out of a frame that had no handler for it, so that the caller's
   * frame knows it is propagating rather than raised there: CPython sets {@code __context__} where
   * an exception is raised ({@code _PyErr_SetObject}), never while it unwinds.
   */
  org.taipan.object.PyException unwinding;
  /**
   * The functions given to {@code sys.settrace} and {@code sys.setprofile}, or null. They are kept
   * and given back by {@code gettrace}/{@code getprofile}; the interpreter does not yet call them.
   */
  Object traceFunction;
  Object profileFunction;

  ThreadState(InterpreterState interp) {
    this.interp = interp;
  }

  static ThreadState get() {
    ThreadState ts = CURRENT.get();
    if (ts == null) {
      throw new IllegalStateException("no Python interpreter on this thread");
    }
    return ts;
  }

  static ThreadState getOrNull() {
    return CURRENT.get();
  }

  static void set(ThreadState ts) {
    if (ts == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(ts);
    }
  }
}
