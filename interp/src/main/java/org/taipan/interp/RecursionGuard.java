package org.taipan.interp;

import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyRecursion;

/**
 * Counts the levels of the object model's recursive Java code ({@link PyRecursion}) in the
 * thread's frame depth, against the interpreter's recursion limit, as CPython's {@code
 * _Py_EnterRecursiveCall} shares the count with Python calls.
 */
final class RecursionGuard implements PyRecursion.Guard {
  @Override
  public void enter(String where) {
    ThreadState ts = ThreadState.getOrNull();
    if (ts == null) {
      return;
    }
    if (ts.depth >= ts.interp.recursionLimit) {
      throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded%s", where);
    }
    ts.depth++;
  }

  @Override
  public void leave() {
    ThreadState ts = ThreadState.getOrNull();
    if (ts != null) {
      ts.depth--;
    }
  }
}
