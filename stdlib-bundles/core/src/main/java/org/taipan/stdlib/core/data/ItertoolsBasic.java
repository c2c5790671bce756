package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyComplex;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The simple iterators of {@code itertools} (CPython's {@code Modules/itertoolsmodule.c}): count,
 * cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
 * pairwise, islice.
 */
final class ItertoolsBasic {
  private ItertoolsBasic() {}

  static final MethodHandles.Lookup L = MethodHandles.lookup();

  /** {@code PyNumber_Check}. */
  static boolean isNumber(Object o) {
    if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean
        || o instanceof Double || o instanceof PyComplex) {
      return true;
    }
    PyType t = PyType.of(o);
    return t.lookup("__index__") != null || t.lookup("__int__") != null
        || t.lookup("__float__") != null;
  }

  // ---------------------------------------------------------------- count

  static final class Count extends ItertoolsIter {
    static final PyType TYPE = define("count", Count.class, L);
    Object cnt;
    final Object step;

    Count(PyType t, Object start, Object step) {
      super(t);
      this.cnt = start;
      this.step = step;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      Object[] a = new CallArgs(args, kwnames).bind("count", 0, "start", "step");
      Object start = a[0] == null ? (Object) 0L : a[0];
      Object step = a[1] == null ? (Object) 1L : a[1];
      if (!isNumber(start) || !isNumber(step)) {
        throw DataSupport.typeError("a number is required");
      }
      return new Count(cls, start, step);
    }

    @Override
    public Object next() {
      Object r = cnt;
      cnt = PyNumber.add(cnt, step);
      return r;
    }

    private boolean stepIsOne() {
      return (step instanceof Long l && l == 1) || step == Boolean.TRUE;
    }

    static Object __repr__(Object self) {
      Count c = (Count) self;
      String n = DataSupport.typeName(self);
      return c.stepIsOne() ? n + "(" + Abstract.reprJava(c.cnt) + ")"
          : n + "(" + Abstract.reprJava(c.cnt) + ", " + Abstract.reprJava(c.step) + ")";
    }

    @PythonMethod
    static Object __reduce__(Object self) {
      Count c = (Count) self;
      return new PyTuple(c.type, c.stepIsOne() ? new PyTuple(c.cnt) : new PyTuple(c.cnt, c.step));
    }
  }

  // ---------------------------------------------------------------- cycle

  static final class Cycle extends ItertoolsIter {
    static final PyType TYPE = define("cycle", Cycle.class, L);
    Object it;
    final List<Object> saved = new ArrayList<>();
    int index;
    boolean firstpass;

    Cycle(PyType t, Object it) {
      super(t);
      this.it = it;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("cycle").positional("cycle", 1, 1);
      return new Cycle(cls, Abstract.iter(a.positional[0]));
    }

    @Override
    public Object next() {
      if (it != null) {
        Object x = Abstract.next(it);
        if (x != null) {
          if (!firstpass) {
            saved.add(x);
          }
          return x;
        }
        it = null;
      }
      if (saved.isEmpty()) {
        return null;
      }
      Object x = saved.get(index);
      index = (index + 1) % saved.size();
      return x;
    }
  }

  // ---------------------------------------------------------------- repeat

  static final class Repeat extends ItertoolsIter {
    static final PyType TYPE = define("repeat", Repeat.class, L);
    final Object element;
    /** -1 for ever. */
    long cnt;

    Repeat(PyType t, Object element, long cnt) {
      super(t);
      this.element = element;
      this.cnt = cnt;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      Object[] a = new CallArgs(args, kwnames).bind("repeat", 1, "object", "times");
      long n = -1;
      if (a[1] != null) {
        n = Math.max(0, DataSupport.asSsize(a[1]));
      }
      return new Repeat(cls, a[0], n);
    }

    @Override
    public Object next() {
      if (cnt == 0) {
        return null;
      }
      if (cnt > 0) {
        cnt--;
      }
      return element;
    }

    static Object __repr__(Object self) {
      Repeat r = (Repeat) self;
      String n = DataSupport.typeName(self);
      return r.cnt < 0 ? n + "(" + Abstract.reprJava(r.element) + ")"
          : n + "(" + Abstract.reprJava(r.element) + ", " + r.cnt + ")";
    }

    @PythonMethod
    static Object __length_hint__(Object self) {
      Repeat r = (Repeat) self;
      if (r.cnt < 0) {
        throw DataSupport.typeError("len() of unsized object");
      }
      return r.cnt;
    }

    @PythonMethod
    static Object __reduce__(Object self) {
      Repeat r = (Repeat) self;
      return new PyTuple(r.type,
          r.cnt < 0 ? new PyTuple(r.element) : new PyTuple(r.element, r.cnt));
    }
  }

  // ---------------------------------------------------------------- accumulate

  static final class Accumulate extends ItertoolsIter {
    static final PyType TYPE = define("accumulate", Accumulate.class, L);
    final Object it;
    final Object func;
    Object total;
    Object initial;

    Accumulate(PyType t, Object it, Object func, Object initial) {
      super(t);
      this.it = it;
      this.func = func;
      this.initial = initial;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs c = new CallArgs(args, kwnames);
      if (c.count() > 2) {
        throw DataSupport.typeError("accumulate() takes at most 2 positional arguments (%d given)",
            c.count());
      }
      Object[] a = c.bind("accumulate", 1, "iterable", "func", "initial");
      Object func = a[1] == null ? PyNone.NONE : a[1];
      Object initial = a[2] == null || a[2] == PyNone.NONE ? null : a[2];
      return new Accumulate(cls, Abstract.iter(a[0]), func, initial);
    }

    @Override
    public Object next() {
      if (initial != null) {
        total = initial;
        initial = null;
        return total;
      }
      Object x = Abstract.next(it);
      if (x == null) {
        return null;
      }
      if (total == null) {
        total = x;
      } else if (func == PyNone.NONE) {
        total = PyNumber.add(total, x);
      } else {
        total = Abstract.call(func, total, x);
      }
      return total;
    }
  }

  // ---------------------------------------------------------------- chain

  static final class Chain extends ItertoolsIter {
    static final PyType TYPE = define("chain", Chain.class, L);

    static {
      TYPE.defineBuiltin("from_iterable", DataSupport.classMethod(Chain.class, "from_iterable"));
      DataSupport.genericAlias(TYPE);
    }

    Object source;
    Object active;

    Chain(PyType t, Object source) {
      super(t);
      this.source = source;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("chain");
      return new Chain(cls, Abstract.iter(new PyTuple(a.positional.clone())));
    }

    @PythonMethod
    static Object from_iterable(Object cls, Object iterable) {
      return new Chain((PyType) cls, Abstract.iter(iterable));
    }

    @Override
    public Object next() {
      while (true) {
        if (active == null) {
          if (source == null) {
            return null;
          }
          Object iterable = Abstract.next(source);
          if (iterable == null) {
            source = null;
            return null;
          }
          active = Abstract.iter(iterable);
        }
        Object x = Abstract.next(active);
        if (x != null) {
          return x;
        }
        active = null;
      }
    }
  }

  // ---------------------------------------------------------------- compress

  static final class Compress extends ItertoolsIter {
    static final PyType TYPE = define("compress", Compress.class, L);
    final Object data;
    final Object selectors;

    Compress(PyType t, Object data, Object selectors) {
      super(t);
      this.data = data;
      this.selectors = selectors;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      Object[] a = new CallArgs(args, kwnames).bind("compress", 2, "data", "selectors");
      return new Compress(cls, Abstract.iter(a[0]), Abstract.iter(a[1]));
    }

    @Override
    public Object next() {
      while (true) {
        Object d = Abstract.next(data);
        if (d == null) {
          return null;
        }
        Object s = Abstract.next(selectors);
        if (s == null) {
          return null;
        }
        if (Abstract.isTrue(s)) {
          return d;
        }
      }
    }
  }

  // ---------------------------------------------------------------- predicates

  /** Checks the two positional arguments of a {@code (predicate, iterable)} iterator. */
  static Object[] predicateArgs(String name, Object[] args, String[] kwnames) {
    CallArgs a = new CallArgs(args, kwnames).noKeywords(name).positional(name, 2, 2);
    return new Object[] {a.positional[0], Abstract.iter(a.positional[1])};
  }

  static final class DropWhile extends ItertoolsIter {
    static final PyType TYPE = define("dropwhile", DropWhile.class, L);
    final Object pred;
    final Object it;
    boolean start;

    DropWhile(PyType t, Object[] a) {
      super(t);
      this.pred = a[0];
      this.it = a[1];
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      return new DropWhile(cls, predicateArgs("dropwhile", args, kwnames));
    }

    @Override
    public Object next() {
      while (true) {
        Object x = Abstract.next(it);
        if (x == null) {
          return null;
        }
        if (start) {
          return x;
        }
        if (!Abstract.isTrue(Abstract.call(pred, x))) {
          start = true;
          return x;
        }
      }
    }
  }

  static final class TakeWhile extends ItertoolsIter {
    static final PyType TYPE = define("takewhile", TakeWhile.class, L);
    final Object pred;
    final Object it;
    boolean stop;

    TakeWhile(PyType t, Object[] a) {
      super(t);
      this.pred = a[0];
      this.it = a[1];
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      return new TakeWhile(cls, predicateArgs("takewhile", args, kwnames));
    }

    @Override
    public Object next() {
      if (stop) {
        return null;
      }
      Object x = Abstract.next(it);
      if (x == null) {
        return null;
      }
      if (Abstract.isTrue(Abstract.call(pred, x))) {
        return x;
      }
      stop = true;
      return null;
    }
  }

  static final class FilterFalse extends ItertoolsIter {
    static final PyType TYPE = define("filterfalse", FilterFalse.class, L);
    final Object pred;
    final Object it;

    FilterFalse(PyType t, Object[] a) {
      super(t);
      this.pred = a[0];
      this.it = a[1];
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      return new FilterFalse(cls, predicateArgs("filterfalse", args, kwnames));
    }

    @Override
    public Object next() {
      while (true) {
        Object x = Abstract.next(it);
        if (x == null) {
          return null;
        }
        boolean ok = pred == PyNone.NONE ? Abstract.isTrue(x)
            : Abstract.isTrue(Abstract.call(pred, x));
        if (!ok) {
          return x;
        }
      }
    }
  }

  static final class StarMap extends ItertoolsIter {
    static final PyType TYPE = define("starmap", StarMap.class, L);
    final Object func;
    final Object it;

    StarMap(PyType t, Object[] a) {
      super(t);
      this.func = a[0];
      this.it = a[1];
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      return new StarMap(cls, predicateArgs("starmap", args, kwnames));
    }

    @Override
    public Object next() {
      Object x = Abstract.next(it);
      if (x == null) {
        return null;
      }
      return Abstract.call(func, PyTuple.fromIterable(x).toArray(), null);
    }
  }

  // ---------------------------------------------------------------- pairwise

  static final class Pairwise extends ItertoolsIter {
    static final PyType TYPE = define("pairwise", Pairwise.class, L);
    Object it;
    Object old;

    Pairwise(PyType t, Object it) {
      super(t);
      this.it = it;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("pairwise").positional("pairwise", 1, 1);
      return new Pairwise(cls, Abstract.iter(a.positional[0]));
    }

    @Override
    public Object next() {
      if (it == null) {
        return null;
      }
      if (old == null) {
        old = Abstract.next(it);
        if (old == null) {
          it = null;
          return null;
        }
      }
      Object n = Abstract.next(it);
      if (n == null) {
        it = null;
        old = null;
        return null;
      }
      PyTuple r = new PyTuple(old, n);
      old = n;
      return r;
    }
  }

  // ---------------------------------------------------------------- islice

  static final class ISlice extends ItertoolsIter {
    static final PyType TYPE = define("islice", ISlice.class, L);
    Object it;
    long next;
    final long stop;
    final long step;
    long cnt;

    ISlice(PyType t, Object it, long start, long stop, long step) {
      super(t);
      this.it = it;
      this.next = start;
      this.stop = stop;
      this.step = step;
    }

    private static final String STOP_MSG =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    private static final String INDEX_MSG =
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

    private static long ssizeOr(Object o, String msg) {
      try {
        return DataSupport.asSsize(o);
      } catch (PyException e) {
        throw DataSupport.valueError(msg);
      }
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("islice").positional("islice", 2, 4);
      Object[] p = a.positional;
      Object seq = p[0];
      long start = 0;
      long stop = -1;
      long step = 1;
      if (p.length == 2) {
        if (p[1] != PyNone.NONE) {
          stop = ssizeOr(p[1], STOP_MSG);
          if (stop < 0) {
            throw DataSupport.valueError(STOP_MSG);
          }
        }
      } else {
        if (p[1] != PyNone.NONE) {
          start = ssizeOr(p[1], INDEX_MSG);
        }
        if (p[2] != PyNone.NONE) {
          stop = ssizeOr(p[2], INDEX_MSG);
          if (stop < 0) {
            throw DataSupport.valueError(INDEX_MSG);
          }
        }
        if (start < 0) {
          throw DataSupport.valueError(INDEX_MSG);
        }
        if (p.length == 4 && p[3] != PyNone.NONE) {
          try {
            step = DataSupport.asSsize(p[3]);
          } catch (PyException e) {
            step = -1;
          }
          if (step < 1) {
            throw DataSupport.valueError("Step for islice() must be a positive integer or None.");
          }
        }
      }
      return new ISlice(cls, Abstract.iter(seq), start, stop, step);
    }

    @Override
    public Object next() {
      if (it == null) {
        return null;
      }
      while (cnt < next) {
        Object x = Abstract.next(it);
        if (x == null) {
          it = null;
          return null;
        }
        cnt++;
      }
      if (stop != -1 && cnt >= stop) {
        it = null;
        return null;
      }
      Object x = Abstract.next(it);
      if (x == null) {
        it = null;
        return null;
      }
      cnt++;
      long old = next;
      next += step;
      if (next < old || (stop != -1 && next > stop)) {
        next = stop;
      }
      return x;
    }
  }

  /** Raised for a {@code __setstate__} the iterators do not support. */
  static PyException notPicklable(Object self) {
    return PyErr.format(PyExc.TypeError, "cannot pickle '%s' object", DataSupport.typeName(self));
  }
}
