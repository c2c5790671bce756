package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import org.taipan.api.expose.PythonMethod;

/** The {@code range} type, CPython's {@code Objects/rangeobject.c} (for ranges within long). */
public final class PyRange {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("range", PyRange.class, MethodHandles.lookup()).notBaseType());

  final long start;
  final long stop;
  final long step;
  final long length;

  /** {@code range(start, stop, step)}; step must not be 0. */
  public PyRange(long start, long stop, long step) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    if (step > 0) {
      length = start < stop ? lengthOf(start, stop, step) : 0;
    } else {
      length = start > stop ? lengthOf(start, stop, step) : 0;
    }
  }

  private static long lengthOf(long start, long stop, long step) {
    BigInteger n = step > 0
        ? BigInteger.valueOf(stop).subtract(BigInteger.valueOf(start)).subtract(BigInteger.ONE)
            .divide(BigInteger.valueOf(step)).add(BigInteger.ONE)
        : BigInteger.valueOf(start).subtract(BigInteger.valueOf(stop)).subtract(BigInteger.ONE)
            .divide(BigInteger.valueOf(-step)).add(BigInteger.ONE);
    return n.bitLength() < 64 ? n.longValue() : Long.MAX_VALUE;
  }

  private static long arg(Object o) {
    Object i = PyNumber.index(o);
    if (i instanceof Long l) {
      return l;
    }
    throw PyErr.format(PyExc.OverflowError, "range() arguments beyond 64 bits are not supported yet");
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(PyExc.TypeError, "range() takes no keyword arguments");
    }
    for (Object a : args) {
      if (!PyNumber.isIndex(a)) {
        throw PyErr.format(
            PyExc.TypeError,
            "'%s' object cannot be interpreted as an integer",
            PyType.of(a).getName());
      }
    }
    switch (args.length) {
      case 1:
        return new PyRange(0, arg(args[0]), 1);
      case 2:
        return new PyRange(arg(args[0]), arg(args[1]), 1);
      case 3: {
        long st = arg(args[2]);
        if (st == 0) {
          throw PyErr.format(PyExc.ValueError, "range() arg 3 must not be zero");
        }
        return new PyRange(arg(args[0]), arg(args[1]), st);
      }
      default:
        throw PyErr.format(
            PyExc.TypeError,
            args.length == 0
                ? "range expected at least 1 argument, got 0"
                : "range expected at most 3 arguments, got " + args.length);
    }
  }

  static Object __repr__(Object self) {
    PyRange r = (PyRange) self;
    return r.step == 1
        ? "range(" + r.start + ", " + r.stop + ")"
        : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
  }

  static Object __len__(Object self) {
    return ((PyRange) self).length;
  }

  static Object __bool__(Object self) {
    return ((PyRange) self).length != 0;
  }

  static Object __iter__(Object self) {
    return new RangeIterator((PyRange) self);
  }

  @PythonMethod
  static Object __reversed__(Object self) {
    PyRange r = (PyRange) self;
    if (r.length == 0) {
      return new RangeIterator(new PyRange(0, 0, 1));
    }
    long last = r.start + (r.length - 1) * r.step;
    return new RangeIterator(new PyRange(last, last - r.length * r.step, -r.step));
  }

  static Object __getitem__(Object self, Object key) {
    PyRange r = (PyRange) self;
    if (key instanceof PySlice s) {
      long[] ix = s.indices((int) Math.min(r.length, Integer.MAX_VALUE));
      long st = r.start + ix[0] * r.step;
      long step = r.step * ix[2];
      return new PyRange(st, st + ix[3] * step, step);
    }
    if (!PyNumber.isIndex(key)) {
      throw PyErr.format(
          PyExc.TypeError,
          "range indices must be integers or slices, not %s",
          PyType.of(key).getName());
    }
    long i = PyNumber.asLongClamped(key);
    if (i < 0) {
      i += r.length;
    }
    if (i < 0 || i >= r.length) {
      throw PyErr.format(PyExc.IndexError, "range object index out of range");
    }
    return r.start + i * r.step;
  }

  private boolean has(long v) {
    if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
      return false;
    }
    return Math.floorMod(v - start, Math.abs(step)) == 0;
  }

  static Object __contains__(Object self, Object x) {
    PyRange r = (PyRange) self;
    if (x instanceof Long || x instanceof Boolean) {
      return r.has(x instanceof Long l ? l : ((Boolean) x ? 1 : 0));
    }
    if (x instanceof BigInteger) {
      return false;
    }
    for (long i = 0; i < r.length; i++) {
      if (Abstract.richCompareBool(r.start + i * r.step, x, Abstract.EQ)) {
        return true;
      }
    }
    return false;
  }

  static Object __eq__(Object a, Object b) {
    if (!(b instanceof PyRange y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyRange x = (PyRange) a;
    if (x.length != y.length) {
      return false;
    }
    if (x.length == 0) {
      return true;
    }
    if (x.start != y.start) {
      return false;
    }
    return x.length == 1 || x.step == y.step;
  }

  static Object __hash__(Object self) {
    PyRange r = (PyRange) self;
    if (r.length == 0) {
      return PyTuple.__hash__(new PyTuple(0L, PyNone.NONE, PyNone.NONE));
    }
    if (r.length == 1) {
      return PyTuple.__hash__(new PyTuple(1L, r.start, PyNone.NONE));
    }
    return PyTuple.__hash__(new PyTuple(r.length, r.start, r.step));
  }

  @PythonMethod
  static Object index(Object self, Object x) {
    PyRange r = (PyRange) self;
    if ((x instanceof Long l) && r.has(l)) {
      return (l - r.start) / r.step;
    }
    throw PyErr.format(PyExc.ValueError, "%s is not in range", Abstract.reprJava(x));
  }

  @PythonMethod
  static Object count(Object self, Object x) {
    return Abstract.isTrue(__contains__(self, x)) ? 1L : 0L;
  }

  @Getter("start")
  static Object startAttr(Object self) {
    return ((PyRange) self).start;
  }

  @Getter("stop")
  static Object stopAttr(Object self) {
    return ((PyRange) self).stop;
  }

  @Getter("step")
  static Object stepAttr(Object self) {
    return ((PyRange) self).step;
  }

  /** {@code range_iterator}. */
  static final class RangeIterator extends PyIterator {
    static final PyType TYPE = makeType("range_iterator", RangeIterator.class);
    private long next;
    private long remaining;
    private final long step;

    RangeIterator(PyRange r) {
      next = r.start;
      remaining = r.length;
      step = r.step;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (remaining <= 0) {
        return null;
      }
      remaining--;
      long v = next;
      next += step;
      return v;
    }
  }
}
