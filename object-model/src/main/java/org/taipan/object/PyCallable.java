package org.taipan.object;

/**
 * A callable object with a direct Java entry point in CPython's vectorcall convention ({@code
 * PyObject_Vectorcall}): positional arguments, then the values of the keyword arguments named by
 * {@code kwnames} (which may be null when there are none).
 */
public interface PyCallable {
  /** Calls this object. */
  Object call(Object[] args, String[] kwnames);
}
