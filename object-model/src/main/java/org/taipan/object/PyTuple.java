package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/** The {@code tuple} type, CPython's {@code Objects/tupleobject.c}: an immutable array. */
public class PyTuple {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("tuple", PyTuple.class, MethodHandles.lookup())
              .allocator(t -> new Derived(t, new Object[0])));

  static {
    TYPE.setCollectionFlag(TypeFlags.SEQUENCE);
  }

  /** The empty tuple. */
  public static final PyTuple EMPTY = new PyTuple(new Object[0]);

  final Object[] items;

  /** A tuple of these items (the array is not copied). */
  public PyTuple(Object... items) {
    this.items = items;
  }

  /** A tuple of the items of a Java list. */
  public static PyTuple of(List<?> items) {
    return new PyTuple(items.toArray());
  }

  /** {@code tuple(iterable)} ({@code PySequence_Tuple}). */
  public static PyTuple fromIterable(Object o) {
    // only exact tuples and lists are copied directly: a subclass may override __iter__
    if (o instanceof PyTuple t && o.getClass() == PyTuple.class) {
      return t;
    } else if (o instanceof PyList l && o.getClass() == PyList.class) {
      return new PyTuple(l.toArray());
    }
    List<Object> r = new ArrayList<>();
    Object it = Abstract.iter(o);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      r.add(x);
    }
    return new PyTuple(r.toArray());
  }

  /** The number of items. */
  public int size() {
    return items.length;
  }

  /** Item {@code i} (no bounds adjustment). */
  public Object get(int i) {
    return items[i];
  }

  /** A copy of the items. */
  public Object[] toArray() {
    return items.clone();
  }

  @Override
  public String toString() {
    return (String) __repr__(this);
  }

  static Object __repr__(Object self) {
    PyTuple t = (PyTuple) self;
    if (self instanceof Derived) {
      // a subclass prints as a tuple unless it defines __repr__ (namedtuple does)
      t = new PyTuple(t.items);
    }
    if (t.items.length == 1) {
      return "(" + Abstract.reprJava(t.items[0]) + ",)";
    }
    if (ReprGuard.enter(t)) {
      return "(...)";
    }
    try {
      return Sequences.repr(t.items, t.items.length, "(", ")");
    } finally {
      ReprGuard.leave(t);
    }
  }

  static Object __len__(Object self) {
    return (long) ((PyTuple) self).items.length;
  }

  static Object __hash__(Object self) {
    final long p1 = 0x9E3779B185EBCA87L;
    final long p2 = 0xC2B2AE3D27D4EB4FL;
    final long p5 = 0x27D4EB2F165667C5L;
    Object[] items = ((PyTuple) self).items;
    long acc = p5;
    for (Object o : items) {
      long lane = Abstract.hash(o);
      acc += lane * p2;
      acc = (acc << 31) | (acc >>> 33);
      acc *= p1;
    }
    acc += items.length ^ (p5 ^ 3527539L);
    return acc == -1 ? 1546275796L : acc;
  }

  static Object __getitem__(Object self, Object key) {
    PyTuple t = (PyTuple) self;
    if (key instanceof PySlice s) {
      long[] r = s.indices(t.items.length);
      int n = (int) r[3];
      Object[] out = new Object[n];
      for (int i = 0, j = (int) r[0]; i < n; i++, j += (int) r[2]) {
        out[i] = t.items[j];
      }
      return new PyTuple(out);
    }
    if (!PyNumber.isIndex(key)) {
      throw PyErr.format(
          PyExc.TypeError,
          "tuple indices must be integers or slices, not %s",
          PyType.of(key).getName());
    }
    long i = PyNumber.asLongClamped(key);
    if (i < 0) {
      i += t.items.length;
    }
    if (i < 0 || i >= t.items.length) {
      throw PyErr.format(PyExc.IndexError, "tuple index out of range");
    }
    return t.items[(int) i];
  }

  static Object __contains__(Object self, Object x) {
    for (Object o : ((PyTuple) self).items) {
      if (Abstract.richCompareBool(o, x, Abstract.EQ)) {
        return true;
      }
    }
    return false;
  }

  static Object __iter__(Object self) {
    return new PySeqIterator(self);
  }

  static Object __add__(Object a, Object b) {
    if (!(b instanceof PyTuple y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    Object[] x = ((PyTuple) a).items;
    Object[] r = new Object[x.length + y.items.length];
    System.arraycopy(x, 0, r, 0, x.length);
    System.arraycopy(y.items, 0, r, x.length, y.items.length);
    return new PyTuple(r);
  }

  static Object __mul__(Object a, Object n) {
    long k = Sequences.repeatCount(n);
    if (k < 0) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    Object[] x = ((PyTuple) a).items;
    if ((x.length == 0 || k == 1) && a.getClass() == PyTuple.class) {
      return a;
    }
    Object[] r = new Object[Sequences.repeatedLength(x.length, k)];
    for (int i = 0; i < k; i++) {
      System.arraycopy(x, 0, r, i * x.length, x.length);
    }
    return new PyTuple(r);
  }

  static Object __rmul__(Object a, Object n) {
    return __mul__(a, n);
  }

  private static Object cmp(Object a, Object b, int op) {
    if (!(b instanceof PyTuple y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return Sequences.compare(a, y, op);
  }

  static Object __eq__(Object a, Object b) {
    return cmp(a, b, Abstract.EQ);
  }

  static Object __ne__(Object a, Object b) {
    return cmp(a, b, Abstract.NE);
  }

  static Object __lt__(Object a, Object b) {
    return cmp(a, b, Abstract.LT);
  }

  static Object __le__(Object a, Object b) {
    return cmp(a, b, Abstract.LE);
  }

  static Object __gt__(Object a, Object b) {
    return cmp(a, b, Abstract.GT);
  }

  static Object __ge__(Object a, Object b) {
    return cmp(a, b, Abstract.GE);
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    // keywords are refused unless a subclass's own __init__ may want them
    int nk = kwnames == null ? 0 : kwnames.length;
    if (nk > 0 && (cls == TYPE || cls.lookup("__init__") == TYPE.lookup("__init__"))) {
      throw PyErr.format(PyExc.TypeError, "tuple() takes no keyword arguments");
    }
    if (nk > 0) {
      args = java.util.Arrays.copyOf(args, args.length - nk);
    }
    if (args.length > 1) {
      throw PyErr.format(
          PyExc.TypeError, "tuple expected at most 1 argument, got %d", args.length);
    }
    PyTuple t = args.length == 0 ? EMPTY : fromIterable(args[0]);
    return cls == TYPE ? t : new Derived(cls, t.items);
  }

  /** An instance of a Python subclass of {@code tuple}. */
  static final class Derived extends PyTuple implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type, Object[] items) {
      super(items);
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      if (dict == null) {
        dict = new PyDict();
      }
      return dict;
    }
  }

  @PythonMethod
  static Object count(Object self, Object x) {
    long c = 0;
    for (Object o : ((PyTuple) self).items) {
      if (Abstract.richCompareBool(o, x, Abstract.EQ)) {
        c++;
      }
    }
    return c;
  }

  @PythonMethod
  static Object index(
      Object self, Object x, @Default("0") Object start, @Default("9223372036854775807") Object stop) {
    Object[] items = ((PyTuple) self).items;
    int[] r = PySlice.adjust(start, stop, items.length, false);
    for (int i = r[0]; i < r[1]; i++) {
      if (Abstract.richCompareBool(items[i], x, Abstract.EQ)) {
        return (long) i;
      }
    }
    throw PyErr.format(PyExc.ValueError, "tuple.index(x): x not in tuple");
  }

  @PythonMethod
  static Object __getnewargs__(Object self) {
    return new PyTuple(self);
  }
}
