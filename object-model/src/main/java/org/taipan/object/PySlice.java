package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import org.taipan.api.expose.PythonMethod;

/** The {@code slice} type, CPython's {@code Objects/sliceobject.c}. */
public final class PySlice {
  static final PyType TYPE;

  static {
    TYPE = PyType.fromSpec(PyType.Spec.of("slice", PySlice.class, MethodHandles.lookup())
        .notBaseType());
    TYPE.define("__hash__", PyNone.NONE);
    TYPE.fillSlots();
  }

  final Object start;
  final Object stop;
  final Object step;

  /** {@code slice(start, stop, step)}; use None for omitted parts. */
  public PySlice(Object start, Object stop, Object step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
  }

  /**
   * {@code PySlice_GetIndicesEx}: {start, stop, step, length} for a sequence of length {@code
   * len}.
   */
  private static long index(Object o) {
    if (!PyNumber.isIndex(o)) {
      throw PyErr.format(
          PyExc.TypeError,
          "slice indices must be integers or None or have an __index__ method");
    }
    return PyNumber.asLongClamped(o);
  }

  public long[] indices(int len) {
    long st;
    if (step == PyNone.NONE) {
      st = 1;
    } else {
      st = index(step);
      if (st == 0) {
        throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
      }
      if (st < -Long.MAX_VALUE) {
        st = -Long.MAX_VALUE;
      }
    }
    long lower = st < 0 ? -1 : 0;
    long upper = st < 0 ? len - 1 : len;
    long a;
    if (start == PyNone.NONE) {
      a = st < 0 ? upper : lower;
    } else {
      a = index(start);
      if (a < 0) {
        a = Math.max(a + len, lower);
      } else {
        a = Math.min(a, upper);
      }
    }
    long b;
    if (stop == PyNone.NONE) {
      b = st < 0 ? lower : upper;
    } else {
      b = index(stop);
      if (b < 0) {
        b = Math.max(b + len, lower);
      } else {
        b = Math.min(b, upper);
      }
    }
    long n;
    if (st < 0) {
      n = b < a ? (a - b - 1) / (-st) + 1 : 0;
    } else {
      n = a < b ? (b - a - 1) / st + 1 : 0;
    }
    return new long[] {a, b, st, n};
  }

  /**
   * Start and end of a {@code str.find}-style range ({@code ADJUST_INDICES}): None means the
   * ends; clamped to [0, len]; the end may be below the start.
   */
  static int[] adjust(Object start, Object end, int len) {
    return adjust(start, end, len, true);
  }

  /**
   * As {@link #adjust(Object, Object, int)}; without {@code noneOk} None is refused, as by {@code
   * _PyEval_SliceIndexNotNone} (list.index, tuple.index).
   */
  static int[] adjust(Object start, Object end, int len, boolean noneOk) {
    for (Object o : new Object[] {start, end}) {
      if (!PyNumber.isIndex(o) && !(noneOk && o == PyNone.NONE)) {
        throw PyErr.format(PyExc.TypeError, noneOk
            ? "slice indices must be integers or None or have an __index__ method"
            : "slice indices must be integers or have an __index__ method");
      }
    }
    long s = start == PyNone.NONE ? 0 : PyNumber.asLongClamped(start);
    long e = end == PyNone.NONE ? len : PyNumber.asLongClamped(end);
    if (e > len) {
      e = len;
    } else if (e < 0) {
      e = Math.max(0, e + len);
    }
    if (s < 0) {
      s = Math.max(0, s + len);
    }
    return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    switch (args.length) {
      case 1:
        return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
      case 2:
        return new PySlice(args[0], args[1], PyNone.NONE);
      case 3:
        return new PySlice(args[0], args[1], args[2]);
      default:
        throw PyErr.format(
            PyExc.TypeError,
            args.length == 0
                ? "slice expected at least 1 argument, got 0"
                : "slice expected at most 3 arguments, got " + args.length);
    }
  }

  static Object __repr__(Object self) {
    PySlice s = (PySlice) self;
    return "slice(" + Abstract.reprJava(s.start) + ", " + Abstract.reprJava(s.stop) + ", "
        + Abstract.reprJava(s.step) + ")";
  }

  static Object __eq__(Object a, Object b) {
    if (!(b instanceof PySlice y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySlice x = (PySlice) a;
    return Sequences.compare(
        new PyTuple(x.start, x.stop, x.step), new PyTuple(y.start, y.stop, y.step), Abstract.EQ);
  }

  @PythonMethod
  static Object indices(Object self, Object length) {
    BigInteger[] r = ((PySlice) self).bigIndices(PyLong.big(PyNumber.index(length)));
    return new PyTuple(
        PyLong.normalize(r[0]), PyLong.normalize(r[1]), PyLong.normalize(r[2]));
  }

  /** {@code _PySlice_GetLongIndices}: start, stop and step for any length, in exact ints. */
  private BigInteger[] bigIndices(BigInteger length) {
    if (length.signum() < 0) {
      throw PyErr.format(PyExc.ValueError, "length should not be negative");
    }
    BigInteger st = step == PyNone.NONE ? BigInteger.ONE : bigIndex(step);
    if (st.signum() == 0) {
      throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
    }
    boolean back = st.signum() < 0;
    BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
    BigInteger upper = back ? length.add(lower) : length;
    BigInteger a =
        start == PyNone.NONE ? (back ? upper : lower) : clip(bigIndex(start), length, lower, upper);
    BigInteger b =
        stop == PyNone.NONE ? (back ? lower : upper) : clip(bigIndex(stop), length, lower, upper);
    return new BigInteger[] {a, b, st};
  }

  private static BigInteger bigIndex(Object o) {
    if (!PyNumber.isIndex(o)) {
      throw PyErr.format(
          PyExc.TypeError,
          "slice indices must be integers or None or have an __index__ method");
    }
    return PyLong.big(PyNumber.index(o));
  }

  /** A bound made relative to the end when negative, then held within [lower, upper]. */
  private static BigInteger clip(
      BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
    if (i.signum() < 0) {
      i = i.add(length);
      return i.compareTo(lower) < 0 ? lower : i;
    }
    return i.compareTo(upper) > 0 ? upper : i;
  }

  /** {@code slice_reduce}: {@code (slice, (start, stop, step))}. */
  @PythonMethod
  static Object __reduce__(Object self) {
    PySlice s = (PySlice) self;
    return new PyTuple(TYPE, new PyTuple(s.start, s.stop, s.step));
  }

  @Getter("start")
  static Object startAttr(Object self) {
    return ((PySlice) self).start;
  }

  @Getter("stop")
  static Object stopAttr(Object self) {
    return ((PySlice) self).stop;
  }

  @Getter("step")
  static Object stepAttr(Object self) {
    return ((PySlice) self).step;
  }
}
