package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * The iterator types among the builtins: {@code enumerate} ({@code Objects/enumobject.c}), {@code
 * reversed}, and {@code zip}, {@code map}, {@code filter} ({@code Python/bltinmodule.c}).
 */
public final class BuiltinIterators {
  private BuiltinIterators() {}

  /** {@code enumerate(iterable, start=0)}. */
  public static class Enumerate extends PyIterator implements PyIterator.Reducible {
    static final PyType TYPE = makeType("enumerate", Enumerate.class, MethodHandles.lookup());
    private final Object it;
    private Object count;

    Enumerate(Object it, Object start) {
      this.it = it;
      this.count = start;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      Object x = Abstract.next(it);
      if (x == null) {
        return null;
      }
      Object c = count;
      count = PyNumber.add(c, 1L);
      return new PyTuple(c, x);
    }

    /** {@code enum_reduce}: {@code (type(self), (iterator, count))}. */
    @Override
    public PyTuple reduce() {
      return new PyTuple(getType(), new PyTuple(it, count));
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      int nk = kwnames == null ? 0 : kwnames.length;
      int n = args.length - nk;
      Object iterable = n > 0 ? args[0] : null;
      Object start = n > 1 ? args[1] : 0L;
      for (int k = 0; k < nk; k++) {
        if (kwnames[k].equals("start")) {
          start = args[n + k];
        } else if (kwnames[k].equals("iterable")) {
          iterable = args[n + k];
        } else {
          throw PyErr.format(
              PyExc.TypeError, "'%s' is an invalid keyword argument for enumerate()", kwnames[k]);
        }
      }
      if (iterable == null) {
        throw PyErr.format(
            PyExc.TypeError, "enumerate() missing required argument 'iterable'");
      }
      if (n > 2) {
        throw PyErr.format(
            PyExc.TypeError, "enumerate() takes at most 2 arguments (%d given)", n);
      }
      Object it = Abstract.iter(iterable);
      Object count = PyNumber.index(start);
      return cls == TYPE ? new Enumerate(it, count) : new DerivedEnumerate(cls, it, count);
    }
  }

  /** An instance of a Python subclass of {@code enumerate}. */
  static final class DerivedEnumerate extends Enumerate implements WithDict {
    private final PyType type;
    private final PyDict dict = new PyDict();

    DerivedEnumerate(PyType type, Object it, Object start) {
      super(it, start);
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      return dict;
    }
  }

  /** {@code reversed(seq)}: indexes a sequence from its end ({@code reversedobject}). */
  public static class Reversed extends PyIterator
      implements PyIterator.Resumable, PyIterator.LengthHinted {
    static final PyType TYPE = makeType("reversed", Reversed.class, MethodHandles.lookup());
    private Object seq;
    private long index;

    Reversed(Object seq, long len) {
      this.seq = seq;
      this.index = len - 1;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (seq != null && index >= 0) {
        try {
          Object r = Abstract.getItem(seq, index);
          index--;
          return r;
        } catch (PyException e) {
          if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) {
            throw e;
          }
        }
      }
      index = -1;
      seq = null;
      return null;
    }

    /** {@code reversed_reduce}: {@code (type(self), (seq,), index)}, or over {@code ()}. */
    @Override
    public PyTuple reduce() {
      if (seq == null) {
        return new PyTuple(getType(), new PyTuple(PyTuple.EMPTY));
      }
      return new PyTuple(getType(), new PyTuple(seq), index);
    }

    @Override
    public void setState(Object state) {
      long i = IteratorMethods.ssize(state);
      if (seq != null) {
        index = IteratorMethods.clamp(i, -1, Abstract.size(seq) - 1L);
      }
    }

    @Override
    public Object lengthHint() {
      if (seq == null) {
        return 0L;
      }
      long n = Abstract.size(seq);
      return n < index + 1 ? 0L : index + 1;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      if (cls == TYPE && kwnames != null && kwnames.length > 0) {
        throw PyErr.format(PyExc.TypeError, "reversed() takes no keyword arguments");
      }
      if (args.length != 1) {
        throw PyErr.format(
            PyExc.TypeError, "reversed expected 1 argument, got %d", args.length);
      }
      Object seq = args[0];
      PyType t = PyType.of(seq);
      Object rev = t.lookup("__reversed__");
      if (rev == PyNone.NONE) {
        throw notReversible(t);
      } else if (rev != null) {
        return Abstract.callAsMethod(rev, seq, new Object[0], null);
      }
      if (!t.hasSlot(SpecialMethod.op_getitem) || seq instanceof PyDict) {
        throw notReversible(t);
      }
      long n = Abstract.size(seq);
      return cls == TYPE ? new Reversed(seq, n) : new DerivedReversed(cls, seq, n);
    }

    private static PyException notReversible(PyType t) {
      return PyErr.format(PyExc.TypeError, "'%.200s' object is not reversible", t.getName());
    }
  }

  /** An instance of a Python subclass of {@code reversed}. */
  static final class DerivedReversed extends Reversed implements WithDict {
    private final PyType type;
    private final PyDict dict = new PyDict();

    DerivedReversed(PyType type, Object seq, long len) {
      super(seq, len);
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      return dict;
    }
  }

  /** {@code zip(*iterables, strict=False)}. */
  public static final class Zip extends PyIterator implements PyIterator.Resumable {
    static final PyType TYPE = makeType("zip", Zip.class, MethodHandles.lookup());
    private final Object[] its;
    private boolean strict;
    private boolean done;

    Zip(Object[] its, boolean strict) {
      this.its = its;
      this.strict = strict;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (done || its.length == 0) {
        return null;
      }
      Object[] r = new Object[its.length];
      for (int i = 0; i < its.length; i++) {
        Object x = Abstract.next(its[i]);
        if (x == null) {
          done = true;
          if (strict) {
            if (i > 0) {
              throw PyErr.format(
                  PyExc.ValueError,
                  "zip() argument %d is shorter than argument%s%d",
                  i + 1,
                  i == 1 ? " " : "s 1-",
                  i);
            }
            for (int j = 1; j < its.length; j++) {
              if (Abstract.next(its[j]) != null) {
                throw PyErr.format(
                    PyExc.ValueError,
                    "zip() argument %d is longer than argument%s%d",
                    j + 1,
                    j == 1 ? " " : "s 1-",
                    j);
              }
            }
          }
          return null;
        }
        r[i] = x;
      }
      return new PyTuple(r);
    }

    /** {@code zip_reduce}: {@code (zip, iterators)}, with {@code True} as state when strict. */
    @Override
    public PyTuple reduce() {
      PyTuple its = new PyTuple(this.its.clone());
      return strict ? new PyTuple(getType(), its, true) : new PyTuple(getType(), its);
    }

    @Override
    public void setState(Object state) {
      strict = Abstract.isTrue(state);
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      int nk = kwnames == null ? 0 : kwnames.length;
      boolean strict = false;
      for (int k = 0; k < nk; k++) {
        if (!kwnames[k].equals("strict")) {
          throw PyErr.format(
              PyExc.TypeError, "zip() got an unexpected keyword argument '%s'", kwnames[k]);
        }
        strict = Abstract.isTrue(args[args.length - nk + k]);
      }
      Object[] its = new Object[args.length - nk];
      for (int i = 0; i < its.length; i++) {
        its[i] = Abstract.iter(args[i]);
      }
      return new Zip(its, strict);
    }
  }

  /** {@code map(func, *iterables)}. */
  public static final class MapIter extends PyIterator implements PyIterator.Reducible {
    static final PyType TYPE = makeType("map", MapIter.class, MethodHandles.lookup());
    private final Object func;
    private final Object[] its;

    MapIter(Object func, Object[] its) {
      this.func = func;
      this.its = its;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      Object[] a = new Object[its.length];
      for (int i = 0; i < its.length; i++) {
        Object x = Abstract.next(its[i]);
        if (x == null) {
          return null;
        }
        a[i] = x;
      }
      return Abstract.call(func, a, null);
    }

    /** {@code map_reduce}: {@code (map, (func, *iterators))}. */
    @Override
    public PyTuple reduce() {
      Object[] args = new Object[its.length + 1];
      args[0] = func;
      System.arraycopy(its, 0, args, 1, its.length);
      return new PyTuple(getType(), new PyTuple(args));
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      if (kwnames != null && kwnames.length > 0) {
        throw PyErr.format(PyExc.TypeError, "map() takes no keyword arguments");
      }
      if (args.length < 2) {
        throw PyErr.format(PyExc.TypeError, "map() must have at least two arguments.");
      }
      Object[] its = new Object[args.length - 1];
      for (int i = 0; i < its.length; i++) {
        its[i] = Abstract.iter(args[i + 1]);
      }
      return new MapIter(args[0], its);
    }
  }

  /** {@code filter(function or None, iterable)}. */
  public static final class Filter extends PyIterator implements PyIterator.Reducible {
    static final PyType TYPE = makeType("filter", Filter.class, MethodHandles.lookup());
    private final Object func;
    private final Object it;

    Filter(Object func, Object it) {
      this.func = func;
      this.it = it;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      for (Object x; (x = Abstract.next(it)) != null; ) {
        boolean ok = func == PyNone.NONE ? Abstract.isTrue(x)
            : Abstract.isTrue(Abstract.call(func, x));
        if (ok) {
          return x;
        }
      }
      return null;
    }

    /** {@code filter_reduce}: {@code (filter, (func, iterator))}. */
    @Override
    public PyTuple reduce() {
      return new PyTuple(getType(), new PyTuple(func, it));
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      if (kwnames != null && kwnames.length > 0) {
        throw PyErr.format(PyExc.TypeError, "filter() takes no keyword arguments");
      }
      if (args.length != 2) {
        throw PyErr.format(
            PyExc.TypeError, "filter expected 2 arguments, got %d", args.length);
      }
      return new Filter(args[0], Abstract.iter(args[1]));
    }
  }

  /** The builtin types defined here, by name, for the builtins module. */
  public static java.util.Map<String, PyType> types() {
    java.util.Map<String, PyType> m = new java.util.LinkedHashMap<>();
    m.put("enumerate", Enumerate.TYPE);
    m.put("reversed", Reversed.TYPE);
    m.put("zip", Zip.TYPE);
    m.put("map", MapIter.TYPE);
    m.put("filter", Filter.TYPE);
    return m;
  }
}
