package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import org.taipan.api.expose.PythonMethod;

/**
 * The optional methods of the builtin iterators ({@code __reduce__}, {@code __setstate__}, {@code
 * __length_hint__}) and the helpers their reductions share: CPython's iterators all reduce to
 * {@code (iter, (seq,), index)} or a similar tuple naming a builtin.
 */
final class IteratorMethods {
  private IteratorMethods() {}

  static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  /** {@code __reduce__}. */
  static final class Reduce {
    private Reduce() {}

    @PythonMethod
    static Object __reduce__(Object self) {
      return ((PyIterator.Reducible) self).reduce();
    }
  }

  /** {@code __setstate__}. */
  static final class SetState {
    private SetState() {}

    @PythonMethod
    static Object __setstate__(Object self, Object state) {
      ((PyIterator.Resumable) self).setState(state);
      return PyNone.NONE;
    }
  }

  /** {@code __length_hint__}. */
  static final class LengthHint {
    private LengthHint() {}

    @PythonMethod
    static Object __length_hint__(Object self) {
      return ((PyIterator.LengthHinted) self).lengthHint();
    }
  }

  /** A builtin by name, as reductions name {@code iter} or {@code getattr} ({@code _PyEval_GetBuiltin}). */
  static Object builtin(String name) {
    return Abstract.getAttr(PyImport.importModule("builtins"), name);
  }

  /**
   * {@code (iter, (list,))}: the items left, for iterators that cannot name a position. As
   * everywhere in a reduction, the builtin is looked up before the iterator's state is read: the
   * lookup may run code that advances it.
   */
  static PyTuple iterOfRemaining(PyIterator it) {
    Object iter = builtin("iter");
    PyList rest = new PyList();
    for (Object x; (x = it.next()) != null; ) {
      rest.append(x);
    }
    return new PyTuple(iter, new PyTuple(rest));
  }

  /** A state as {@code PyLong_AsSsize_t} takes it: an int (no {@code __index__}) in 64 bits. */
  static long ssize(Object state) {
    if (!PyLong.isInt(state)) {
      throw PyErr.format(PyExc.TypeError, "an integer is required");
    }
    BigInteger b = PyLong.big(state);
    if (b.bitLength() >= 64) {
      throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
    }
    return b.longValue();
  }

  /** {@code min(max(index, lo), hi)}. */
  static long clamp(long index, long lo, long hi) {
    return index < lo ? lo : Math.min(index, hi);
  }
}
