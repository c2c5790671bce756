package org.taipan.interp;

import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyRecursion;

/**
 * The object model's recursion guard over the thread state's frame depth, so that {@code repr}
 * of deeply nested containers meets the same limit as Python calls ({@code
 * _Py_EnterRecursiveCallTstate}). A thread with no Python thread state is not counted.
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
