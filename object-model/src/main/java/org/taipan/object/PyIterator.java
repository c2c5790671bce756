package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * Base of the builtin iterators ({@code list_iterator}, {@code range_iterator}, …): a Java
 * {@link #next()} that returns null when exhausted, exposed to Python as {@code __next__} raising
 * {@code StopIteration} ({@code tp_iternext} in CPython, which likewise returns NULL without
 * setting an exception).
 */
public abstract class PyIterator implements PyObject {

  /** The next item, or null when exhausted. */
  public abstract Object next();

  /** Makes the type of an iterator class ({@code __iter__} returns self). */
  protected static PyType makeType(String name, Class<? extends PyIterator> c) {
    return PyType.fromSpec(
        new PyType.Spec(
            name,
            "builtins",
            PyIterator.class,
            MethodHandles.lookup(),
            null,
            java.util.List.of(),
            null,
            false));
  }

  /** Makes a constructible iterator type: {@code cls} supplies {@code __new__} and the rest. */
  protected static PyType makeType(
      String name, Class<? extends PyIterator> cls, MethodHandles.Lookup lookup) {
    PyType t =
        PyType.fromSpec(
            new PyType.Spec(
                name, "builtins", cls, lookup, null, java.util.List.of(), null, true));
    Exposer.expose(t, PyIterator.class, MethodHandles.lookup());
    t.fillSlots();
    return t;
  }

  static Object __iter__(Object self) {
    return self;
  }

  static Object __next__(Object self) {
    return ((PyIterator) self).nextOrRaise();
  }

  /** {@code __next__}: the next item, or {@code StopIteration} (with a value, if any). */
  public Object nextOrRaise() {
    Object r = next();
    if (r == null) {
      throw PyErr.newException(PyExc.StopIteration);
    }
    return r;
  }

  /** {@code __length_hint__} is not exposed generically. */
  @Override
  public String toString() {
    return "<" + getType().getName() + " object>";
  }
}
