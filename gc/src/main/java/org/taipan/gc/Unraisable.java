package org.taipan.gc;

import org.taipan.object.Abstract;
import org.taipan.object.PyException;

/**
 * Reports an exception raised where nobody can catch it (a weak-reference callback), as CPython's
 * {@code PyErr_WriteUnraisable}: "Exception ignored in: ..." on standard error.
 */
final class Unraisable {
  private Unraisable() {}

  static void report(PyException e, Object where) {
    String what;
    try {
      what = Abstract.reprJava(where);
    } catch (PyException again) {
      what = "<object repr() failed>";
    }
    String exc;
    try {
      exc = e.value.getType().getName() + ": " + Abstract.strJava(e.value);
    } catch (PyException again) {
      exc = e.value.getType().getName();
    }
    System.err.println("Exception ignored in: " + what);
    System.err.println(exc);
  }
}
