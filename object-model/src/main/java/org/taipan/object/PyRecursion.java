package org.taipan.object;

/**
 * The recursion limit for Java code that recurses over Python objects, CPython's {@code
 * Py_EnterRecursiveCall} and {@code Py_LeaveRecursiveCall}: each level counts against the same
 * limit as Python calls ({@code sys.getrecursionlimit()}). The interpreter installs the guard,
 * which knows the current thread's depth; until then nothing is counted.
 */
public final class PyRecursion {
  private PyRecursion() {}

  /** What counts the levels of the current thread. */
  public interface Guard {
    /**
     * Enters a level, or raises {@code RecursionError("maximum recursion depth exceeded" +
     * where)} when the limit is reached.
     */
    void enter(String where);

    /** Leaves the level entered last. */
    void leave();
  }

  private static volatile Guard guard =
      new Guard() {
        @Override
        public void enter(String where) {}

        @Override
        public void leave() {}
      };

  /** Installs the interpreter's guard. */
  public static void setGuard(Guard g) {
    guard = g;
  }

  /** {@code Py_EnterRecursiveCall(where)}; pair with {@link #leave} in a finally block. */
  public static void enter(String where) {
    guard.enter(where);
  }

  /** {@code Py_LeaveRecursiveCall()}. */
  public static void leave() {
    guard.leave();
  }
}
