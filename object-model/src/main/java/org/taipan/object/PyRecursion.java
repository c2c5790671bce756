package org.taipan.object;

/**
 * The recursion limit seen from the object model, CPython's {@code Py_EnterRecursiveCall} and
 * {@code Py_LeaveRecursiveCall}: operations that recurse through objects without running Python
 * frames ({@code repr} of nested lists) count against the same depth as calls. The interpreter
 * installs the guard (its thread state's depth); without one nothing is counted.
 */
public final class PyRecursion {
  private PyRecursion() {}

  /** The interpreter's depth counter. */
  public interface Guard {
    /**
     * One level deeper, or RecursionError ({@code "maximum recursion depth exceeded" + where})
     * when the limit is reached.
     */
    void enter(String where);

    /** One level back. */
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

  /** {@code Py_EnterRecursiveCall(where)}; pair with {@link #leave()} in a finally block. */
  public static void enter(String where) {
    guard.enter(where);
  }

  /** {@code Py_LeaveRecursiveCall()}. */
  public static void leave() {
    guard.leave();
  }
}
