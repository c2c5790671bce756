package org.taipan.object;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;

/**
 * The iterator types among the builtins: {@code enumerate} ({@code Objects/enumobject.c}), {@code
 * reversed}, and {@code zip}, {@code map}, {@code filter} ({@code Python/bltinmodule.c}).
 */
public final class BuiltinIterators {
  private BuiltinIterators() {}

  /** {@code enumerate(iterable, start=0)}. */
  public static final class Enumerate extends PyIterator {
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
      return new Enumerate(Abstract.iter(iterable), PyNumber.index(start));
    }
  }

  /**
   * {@code reversed(seq)} over a sequence's {@code __len__} and {@code __getitem__}
   * ({@code reversedobject} of {@code Objects/enumobject.c}); it lets go of the sequence once
   * exhausted.
   */
  public static final class Reversed extends PyIterator {
    static final PyType TYPE = makeType("reversed", Reversed.class, MethodHandles.lookup());
    /** Null once exhausted. */
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
      if (index >= 0 && seq != null) {
        try {
          return Abstract.getItem(seq, index--);
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

    @PythonMethod
    static Object __length_hint__(Object self) {
      Reversed r = (Reversed) self;
      if (r.seq == null) {
        return 0L;
      }
      long position = r.index + 1;
      return Abstract.size(r.seq) < position ? 0L : position;
    }

    @PythonMethod
    static Object __reduce__(Object self) {
      Reversed r = (Reversed) self;
      if (r.seq == null) {
        return new PyTuple(TYPE, new PyTuple(PyTuple.EMPTY));
      }
      return new PyTuple(TYPE, new PyTuple(r.seq), r.index);
    }

    @PythonMethod
    static Object __setstate__(Object self, Object state) {
      Reversed r = (Reversed) self;
      long i = PyNumber.asLongClamped(state);
      if (r.seq != null) {
        long n = Abstract.size(r.seq);
        r.index = Math.max(-1, Math.min(i, n - 1));
      }
      return PyNone.NONE;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      if (args.length != 1) {
        throw PyErr.format(
            PyExc.TypeError, "reversed expected 1 argument, got %d", args.length);
      }
      Object seq = args[0];
      Object rev = PyType.of(seq).lookup("__reversed__");
      if (rev != null && rev != PyNone.NONE) {
        return Abstract.callAsMethod(rev, seq, new Object[0], null);
      }
      PyType t = PyType.of(seq);
      if (!t.hasSlot(SpecialMethod.op_getitem) || !t.hasSlot(SpecialMethod.op_len)
          || seq instanceof PyDict) {
        throw PyErr.format(
            PyExc.TypeError, "'%s' object is not reversible", t.getName());
      }
      return new Reversed(seq, Abstract.size(seq));
    }
  }

  /** {@code zip(*iterables, strict=False)}. */
  public static final class Zip extends PyIterator {
    static final PyType TYPE = makeType("zip", Zip.class, MethodHandles.lookup());
    private final Object[] its;
    private final boolean strict;
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
  public static final class MapIter extends PyIterator {
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
  public static final class Filter extends PyIterator {
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
