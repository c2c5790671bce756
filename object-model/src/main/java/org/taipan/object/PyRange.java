package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code range} type, CPython's {@code Objects/rangeobject.c}. Start, stop, step and length
 * are kept as BigIntegers so any Python int works, and also as longs with a flag saying the long
 * arithmetic cannot overflow, which is the fast path for the ranges programs usually make. Length,
 * indexing, membership and {@code index} are O(1) either way.
 */
public final class PyRange {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("range", PyRange.class, MethodHandles.lookup()).notBaseType());

  static {
    TYPE.setCollectionFlag(TypeFlags.SEQUENCE);
  }

  final BigInteger bStart;
  final BigInteger bStop;
  final BigInteger bStep;
  final BigInteger bLength;
  /**
   * True when start, stop, step, length and stop - start all fit in a long, so that {@code start
   * + i * step} for any index i cannot overflow.
   */
  final boolean small;
  final long start;
  final long stop;
  final long step;
  final long length;

  /** {@code range(start, stop, step)}; step must not be 0. */
  public PyRange(long start, long stop, long step) {
    this(BigInteger.valueOf(start), BigInteger.valueOf(stop), BigInteger.valueOf(step));
  }

  /** {@code range(start, stop, step)} for any ints; step must not be 0. */
  public PyRange(BigInteger start, BigInteger stop, BigInteger step) {
    bStart = start;
    bStop = stop;
    bStep = step;
    bLength = lengthOf(start, stop, step);
    small = fits(start) && fits(stop) && fits(step) && fits(bLength)
        && fits(stop.subtract(start));
    this.start = start.longValue();
    this.stop = stop.longValue();
    this.step = step.longValue();
    this.length = bLength.longValue();
  }

  private static boolean fits(BigInteger b) {
    return b.bitLength() < 64;
  }

  private static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
    BigInteger lo = step.signum() > 0 ? start : stop;
    BigInteger hi = step.signum() > 0 ? stop : start;
    if (lo.compareTo(hi) >= 0) {
      return BigInteger.ZERO;
    }
    return hi.subtract(lo).subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
  }

  private static BigInteger arg(Object o) {
    return PyLong.big(PyNumber.index(o));
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
        return new PyRange(BigInteger.ZERO, arg(args[0]), BigInteger.ONE);
      case 2:
        return new PyRange(arg(args[0]), arg(args[1]), BigInteger.ONE);
      case 3: {
        BigInteger st = arg(args[2]);
        if (st.signum() == 0) {
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
    return r.bStep.equals(BigInteger.ONE)
        ? "range(" + r.bStart + ", " + r.bStop + ")"
        : "range(" + r.bStart + ", " + r.bStop + ", " + r.bStep + ")";
  }

  static Object __len__(Object self) {
    PyRange r = (PyRange) self;
    if (!fits(r.bLength)) {
      throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
    }
    return r.length;
  }

  static Object __bool__(Object self) {
    return ((PyRange) self).bLength.signum() != 0;
  }

  static Object __iter__(Object self) {
    PyRange r = (PyRange) self;
    return longIterable(r) ? new RangeIterator(r) : new LongRangeIterator(r);
  }

  /**
   * Whether {@code range_iter} would give a {@code range_iterator} (C longs) rather than a {@code
   * longrange_iterator}: start, stop, step and length fit, and so does {@code stop} moved by a
   * step.
   */
  private static boolean longIterable(PyRange r) {
    if (!r.small) {
      return false;
    }
    if (r.length == 0) {
      return true;
    }
    return r.step > 0
        ? r.stop <= Long.MAX_VALUE - (r.step - 1)
        : r.stop >= Long.MIN_VALUE + (-1 - r.step);
  }

  /** {@code range_reduce}: {@code (range, (start, stop, step))}. */
  @PythonMethod
  static Object __reduce__(Object self) {
    PyRange r = (PyRange) self;
    return new PyTuple(
        TYPE,
        new PyTuple(
            PyLong.normalize(r.bStart), PyLong.normalize(r.bStop), PyLong.normalize(r.bStep)));
  }

  @PythonMethod
  static Object __reversed__(Object self) {
    PyRange r = (PyRange) self;
    if (r.bLength.signum() == 0) {
      return new RangeIterator(new PyRange(0, 0, 1));
    }
    BigInteger last = r.item(r.bLength.subtract(BigInteger.ONE));
    PyRange rev = new PyRange(last, last.subtract(r.bLength.multiply(r.bStep)), r.bStep.negate());
    return __iter__(rev);
  }

  /** The item at a non-negative index below the length. */
  private BigInteger item(BigInteger i) {
    return bStart.add(i.multiply(bStep));
  }

  static Object __getitem__(Object self, Object key) {
    PyRange r = (PyRange) self;
    if (key instanceof PySlice s) {
      if (r.length <= Integer.MAX_VALUE && r.small) {
        long[] ix = s.indices((int) r.length);
        return new PyRange(
            r.item(BigInteger.valueOf(ix[0])),
            r.item(BigInteger.valueOf(ix[1])),
            r.bStep.multiply(BigInteger.valueOf(ix[2])));
      }
      return r.slice(s);
    }
    if (!PyNumber.isIndex(key)) {
      throw PyErr.format(
          PyExc.TypeError,
          "range indices must be integers or slices, not %s",
          PyType.of(key).getName());
    }
    Object k = PyNumber.index(key);
    if (r.small && k instanceof Long l) {
      long i = l < 0 ? l + r.length : l;
      if (i < 0 || i >= r.length) {
        throw PyErr.format(PyExc.IndexError, "range object index out of range");
      }
      return r.start + i * r.step;
    }
    BigInteger i = PyLong.big(k);
    if (i.signum() < 0) {
      i = i.add(r.bLength);
    }
    if (i.signum() < 0 || i.compareTo(r.bLength) >= 0) {
      throw PyErr.format(PyExc.IndexError, "range object index out of range");
    }
    return PyLong.normalize(r.item(i));
  }

  /** A slice of this range with the slice's indices taken as ints of any size. */
  private PyRange slice(PySlice s) {
    BigInteger st;
    if (s.step == PyNone.NONE) {
      st = BigInteger.ONE;
    } else {
      st = sliceIndex(s.step);
      if (st.signum() == 0) {
        throw PyErr.format(PyExc.ValueError, "slice step cannot be zero");
      }
    }
    boolean back = st.signum() < 0;
    BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
    BigInteger upper = back ? bLength.subtract(BigInteger.ONE) : bLength;
    BigInteger a = clampIndex(s.start, back ? upper : lower, lower, upper);
    BigInteger b = clampIndex(s.stop, back ? lower : upper, lower, upper);
    return new PyRange(item(a), item(b), bStep.multiply(st));
  }

  private BigInteger clampIndex(Object o, BigInteger dflt, BigInteger lower, BigInteger upper) {
    if (o == PyNone.NONE) {
      return dflt;
    }
    BigInteger i = sliceIndex(o);
    if (i.signum() < 0) {
      i = i.add(bLength).max(lower);
    } else {
      i = i.min(upper);
    }
    return i;
  }

  private static BigInteger sliceIndex(Object o) {
    if (!PyNumber.isIndex(o)) {
      throw PyErr.format(
          PyExc.TypeError,
          "slice indices must be integers or None or have an __index__ method");
    }
    return PyLong.big(PyNumber.index(o));
  }

  /** An int or bool but not an int subclass, whose {@code __eq__} a program may change. */
  private static boolean exactInt(Object x) {
    return x instanceof Long || x instanceof BigInteger || x instanceof Boolean;
  }

  /** The index of an int value in this range, or null when it is not in it. */
  private BigInteger indexOf(Object x) {
    if (small) {
      if (x instanceof Long || x instanceof Boolean) {
        long v = x instanceof Long l ? l : ((Boolean) x ? 1 : 0);
        if (step > 0 ? (v < start || v >= stop) : (v > start || v <= stop)) {
          return null;
        }
        return Math.floorMod(v - start, Math.abs(step)) == 0
            ? BigInteger.valueOf((v - start) / step)
            : null;
      }
    }
    BigInteger v = PyLong.big(PyNumber.index(x));
    if (bStep.signum() > 0
        ? (v.compareTo(bStart) < 0 || v.compareTo(bStop) >= 0)
        : (v.compareTo(bStart) > 0 || v.compareTo(bStop) <= 0)) {
      return null;
    }
    BigInteger[] qr = v.subtract(bStart).divideAndRemainder(bStep);
    return qr[1].signum() == 0 ? qr[0] : null;
  }

  static Object __contains__(Object self, Object x) {
    PyRange r = (PyRange) self;
    if (exactInt(x)) {
      return r.indexOf(x) != null;
    }
    return r.scan(x) != null;
  }

  /** A linear search by equality for values that are not ints (CPython does the same). */
  private BigInteger scan(Object x) {
    Object it = __iter__(this);
    BigInteger i = BigInteger.ZERO;
    for (Object v; (v = Abstract.next(it)) != null; i = i.add(BigInteger.ONE)) {
      if (Abstract.richCompareBool(v, x, Abstract.EQ)) {
        return i;
      }
    }
    return null;
  }

  static Object __eq__(Object a, Object b) {
    if (!(b instanceof PyRange y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyRange x = (PyRange) a;
    if (!x.bLength.equals(y.bLength)) {
      return false;
    }
    if (x.bLength.signum() == 0) {
      return true;
    }
    if (!x.bStart.equals(y.bStart)) {
      return false;
    }
    return x.bLength.equals(BigInteger.ONE) || x.bStep.equals(y.bStep);
  }

  static Object __hash__(Object self) {
    PyRange r = (PyRange) self;
    if (r.bLength.signum() == 0) {
      return PyTuple.__hash__(new PyTuple(0L, PyNone.NONE, PyNone.NONE));
    }
    Object start = PyLong.normalize(r.bStart);
    if (r.bLength.equals(BigInteger.ONE)) {
      return PyTuple.__hash__(new PyTuple(1L, start, PyNone.NONE));
    }
    return PyTuple.__hash__(
        new PyTuple(PyLong.normalize(r.bLength), start, PyLong.normalize(r.bStep)));
  }

  @PythonMethod
  static Object index(Object self, Object x) {
    PyRange r = (PyRange) self;
    BigInteger i = exactInt(x) ? r.indexOf(x) : r.scan(x);
    if (i == null) {
      throw PyErr.format(PyExc.ValueError, "%s is not in range", Abstract.reprJava(x));
    }
    return PyLong.normalize(i);
  }

  @PythonMethod
  static Object count(Object self, Object x) {
    PyRange r = (PyRange) self;
    if (exactInt(x)) {
      return r.indexOf(x) != null ? 1L : 0L;
    }
    long n = 0;
    Object it = __iter__(r);
    for (Object v; (v = Abstract.next(it)) != null; ) {
      if (Abstract.richCompareBool(v, x, Abstract.EQ)) {
        n++;
      }
    }
    return n;
  }

  @Getter("start")
  static Object startAttr(Object self) {
    return PyLong.normalize(((PyRange) self).bStart);
  }

  @Getter("stop")
  static Object stopAttr(Object self) {
    return PyLong.normalize(((PyRange) self).bStop);
  }

  @Getter("step")
  static Object stepAttr(Object self) {
    return PyLong.normalize(((PyRange) self).bStep);
  }

  /** {@code (iter, (range(start, start + len * step, step),), index)}, as both iterators reduce. */
  private static PyTuple reduceIterator(
      BigInteger start, BigInteger step, BigInteger len, Object index) {
    PyRange r = new PyRange(start, start.add(len.multiply(step)), step);
    return new PyTuple(IteratorMethods.builtin("iter"), new PyTuple(r), index);
  }

  /** {@code longrange_iterator}: the iterator of a range beyond the long fast path. */
  static final class LongRangeIterator extends PyIterator
      implements PyIterator.Resumable, PyIterator.LengthHinted {
    static final PyType TYPE = makeType("longrange_iterator", LongRangeIterator.class);
    private final BigInteger start;
    private final BigInteger step;
    private final BigInteger len;
    private BigInteger index = BigInteger.ZERO;

    LongRangeIterator(PyRange r) {
      start = r.bStart;
      step = r.bStep;
      len = r.bLength;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (index.compareTo(len) >= 0) {
        return null;
      }
      BigInteger v = start.add(index.multiply(step));
      index = index.add(BigInteger.ONE);
      return PyLong.normalize(v);
    }

    @Override
    public PyTuple reduce() {
      return reduceIterator(start, step, len, PyLong.normalize(index));
    }

    /** {@code longrangeiter_setstate}: the index, clipped to {@code [0, len]}. */
    @Override
    public void setState(Object state) {
      if (Abstract.richCompareBool(state, 0L, Abstract.LT)) {
        state = 0L;
      } else if (Abstract.richCompareBool(PyLong.normalize(len), state, Abstract.LT)) {
        state = PyLong.normalize(len);
      }
      index = PyLong.big(PyNumber.index(state));
    }

    @Override
    public Object lengthHint() {
      return PyLong.normalize(len.subtract(index));
    }
  }

  /** {@code range_iterator}: start, step and length in longs. */
  public static final class RangeIterator extends PyIterator
      implements PyIterator.Resumable, PyIterator.LengthHinted {
    static final PyType TYPE = makeType("range_iterator", RangeIterator.class);
    private final long start;
    private final long step;
    private final long len;
    private long index;

    RangeIterator(PyRange r) {
      start = r.start;
      step = r.step;
      len = r.length;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (index >= len) {
        return null;
      }
      // start + i * step fits a long for every index of a small range; wrapping cannot mislead
      return start + index++ * step;
    }

    @Override
    public PyTuple reduce() {
      return reduceIterator(
          BigInteger.valueOf(start), BigInteger.valueOf(step), BigInteger.valueOf(len), index);
    }

    /** {@code rangeiter_setstate}: the index ({@code __index__} taken), clipped to the range. */
    @Override
    public void setState(Object state) {
      Object i = PyNumber.index(state);
      if (!(i instanceof Long l)) {
        throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
      }
      index = IteratorMethods.clamp(l, 0, len);
    }

    @Override
    public Object lengthHint() {
      return len - index;
    }
  }
}
