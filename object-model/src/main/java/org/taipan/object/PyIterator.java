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
    PyType t = PyType.fromSpec(
        new PyType.Spec(
            name,
            "builtins",
            PyIterator.class,
            MethodHandles.lookup(),
            null,
            java.util.List.of(),
            null,
            false));
    t.disallowInstantiation();
    exposeProtocols(t, c);
    return t;
  }

  /** Makes a constructible iterator type: {@code cls} supplies {@code __new__} and the rest. */
  protected static PyType makeType(
      String name, Class<? extends PyIterator> cls, MethodHandles.Lookup lookup) {
    PyType t =
        PyType.fromSpec(
            new PyType.Spec(
                name, "builtins", cls, lookup, null, java.util.List.of(), null, true));
    Exposer.expose(t, PyIterator.class, MethodHandles.lookup());
    exposeProtocols(t, cls);
    t.fillSlots();
    return t;
  }

  /**
   * Gives an iterator type the optional methods its Java class supports: {@code __reduce__} for
   * {@link Reducible}, {@code __setstate__} for {@link Resumable}, {@code __length_hint__} for
   * {@link LengthHinted}. One mechanism serves every builtin iterator, as each of CPython's
   * declares the same three entries in its method table.
   */
  private static void exposeProtocols(PyType t, Class<?> c) {
    if (Reducible.class.isAssignableFrom(c)) {
      Exposer.expose(t, IteratorMethods.Reduce.class, IteratorMethods.LOOKUP);
    }
    if (Resumable.class.isAssignableFrom(c)) {
      Exposer.expose(t, IteratorMethods.SetState.class, IteratorMethods.LOOKUP);
    }
    if (LengthHinted.class.isAssignableFrom(c)) {
      Exposer.expose(t, IteratorMethods.LengthHint.class, IteratorMethods.LOOKUP);
    }
  }

  /** An iterator that can be pickled: {@code __reduce__} returns {@link #reduce()}. */
  public interface Reducible {
    /** The reduction: {@code (callable, args)} or {@code (callable, args, state)}. */
    PyTuple reduce();
  }

  /** A pickled iterator whose position {@code __setstate__} restores from its state. */
  public interface Resumable extends Reducible {
    /** Sets the position from a reduction's state. */
    void setState(Object state);
  }

  /** An iterator that knows how many items are left ({@code __length_hint__}). */
  public interface LengthHinted {
    /** The number of items left (an int), or NotImplemented when unknown. */
    Object lengthHint();
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

  @Override
  public String toString() {
    return "<" + getType().getName() + " object>";
  }
}
