package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The {@code itertools} iterators that share state between objects or iterables: groupby with
 * its {@code _grouper}, tee with {@code _tee}, and zip_longest (CPython's {@code
 * Modules/itertoolsmodule.c}).
 */
final class ItertoolsGroups {
  private ItertoolsGroups() {}

  static final MethodHandles.Lookup L = MethodHandles.lookup();

  // ---------------------------------------------------------------- groupby

  static final class GroupBy extends ItertoolsIter {
    static final PyType TYPE = define("groupby", GroupBy.class, L);
    final Object it;
    final Object keyfunc;
    Object tgtkey;
    Object currkey;
    Object currvalue;
    Grouper currgrouper;

    GroupBy(PyType t, Object it, Object keyfunc) {
      super(t);
      this.it = it;
      this.keyfunc = keyfunc;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      Object[] a = new CallArgs(args, kwnames).bind("groupby", 1, "iterable", "key");
      return new GroupBy(cls, Abstract.iter(a[0]), a[1] == null ? PyNone.NONE : a[1]);
    }

    /** {@code groupby_step}: false when the iterable is exhausted. */
    boolean step() {
      Object v = Abstract.next(it);
      if (v == null) {
        return false;
      }
      Object k = keyfunc == PyNone.NONE ? v : Abstract.call(keyfunc, v);
      currvalue = v;
      currkey = k;
      return true;
    }

    @Override
    public Object next() {
      currgrouper = null;
      while (true) {
        if (currkey == null) {
          // nothing read yet
        } else if (tgtkey == null) {
          break;
        } else if (!Abstract.richCompareBool(tgtkey, currkey, Abstract.EQ)) {
          break;
        }
        if (!step()) {
          return null;
        }
      }
      tgtkey = currkey;
      Grouper g = new Grouper(this, tgtkey);
      currgrouper = g;
      return new PyTuple(currkey, g);
    }
  }

  static final class Grouper extends ItertoolsIter {
    static final PyType TYPE = define("_grouper", Grouper.class, L);
    final GroupBy parent;
    final Object tgtkey;

    Grouper(GroupBy parent, Object tgtkey) {
      super(TYPE);
      this.parent = parent;
      this.tgtkey = tgtkey;
    }

    @Override
    public Object next() {
      GroupBy g = parent;
      if (g.currgrouper != this) {
        return null;
      }
      if (g.currvalue == null && !g.step()) {
        return null;
      }
      if (!Abstract.richCompareBool(tgtkey, g.currkey, Abstract.EQ)) {
        return null;
      }
      Object r = g.currvalue;
      g.currvalue = null;
      return r;
    }
  }

  // ---------------------------------------------------------------- tee

  /** {@code _tee_dataobject}: a block of buffered items shared by the tees of one iterable. */
  static final class TeeData {
    static final int LINKCELLS = 57;
    final Object it;
    final Object[] values = new Object[LINKCELLS];
    int numread;
    boolean running;
    TeeData nextlink;

    TeeData(Object it) {
      this.it = it;
    }

    Object get(int i) {
      if (i < numread) {
        return values[i];
      }
      if (running) {
        throw PyErr.format(PyExc.RuntimeError, "cannot re-enter the tee iterator");
      }
      running = true;
      Object v;
      try {
        v = Abstract.next(it);
      } finally {
        running = false;
      }
      if (v == null) {
        return null;
      }
      values[numread++] = v;
      return v;
    }

    TeeData next() {
      if (nextlink == null) {
        nextlink = new TeeData(it);
      }
      return nextlink;
    }
  }

  static final class Tee extends ItertoolsIter {
    static final PyType TYPE = define("_tee", Tee.class, L);
    TeeData data;
    int index;

    Tee(TeeData data, int index) {
      super(TYPE);
      this.data = data;
      this.index = index;
    }

    /** {@code tee_fromiterable}. */
    static Tee fromIterable(Object iterable) {
      Object it = Abstract.iter(iterable);
      if (it instanceof Tee t) {
        return new Tee(t.data, t.index);
      }
      return new Tee(new TeeData(it), 0);
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("_tee").positional("_tee", 1, 1);
      return fromIterable(a.positional[0]);
    }

    @Override
    public Object next() {
      if (index >= TeeData.LINKCELLS) {
        data = data.next();
        index = 0;
      }
      Object v = data.get(index);
      if (v != null) {
        index++;
      }
      return v;
    }

    @PythonMethod
    static Object __copy__(Object self) {
      Tee t = (Tee) self;
      return new Tee(t.data, t.index);
    }
  }

  /** {@code itertools.tee(iterable, n=2, /)}. */
  static Object tee(Object iterable, Object nObj) {
    long n = DataSupport.asSsize(nObj);
    if (n < 0) {
      throw DataSupport.valueError("n must be >= 0");
    }
    if (n == 0) {
      return PyTuple.EMPTY;
    }
    Object it = Abstract.iter(iterable);
    Object copyfunc = Abstract.lookupAttr(it, "__copy__");
    Object first = it;
    if (copyfunc == null) {
      first = Tee.fromIterable(it);
      copyfunc = Abstract.getAttr(first, "__copy__");
    }
    Object[] r = new Object[(int) n];
    r[0] = first;
    for (int i = 1; i < n; i++) {
      r[i] = Abstract.call(copyfunc);
    }
    return new PyTuple(r);
  }

  // ---------------------------------------------------------------- zip_longest

  static final class ZipLongest extends ItertoolsIter {
    static final PyType TYPE = define("zip_longest", ZipLongest.class, L);
    final Object[] its;
    int numactive;
    final Object fill;

    ZipLongest(PyType t, Object[] its, Object fill) {
      super(t);
      this.its = its;
      this.numactive = its.length;
      this.fill = fill;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames);
      Object fill = PyNone.NONE;
      for (int k = 0; k < a.kwnames.length; k++) {
        if (!a.kwnames[k].equals("fillvalue")) {
          throw DataSupport.typeError("zip_longest() got an unexpected keyword argument");
        }
        fill = a.kwvalues[k];
      }
      Object[] its = new Object[a.count()];
      for (int i = 0; i < its.length; i++) {
        its[i] = Abstract.iter(a.positional[i]);
      }
      return new ZipLongest(cls, its, fill);
    }

    @Override
    public Object next() {
      if (its.length == 0 || numactive == 0) {
        return null;
      }
      Object[] r = new Object[its.length];
      for (int i = 0; i < its.length; i++) {
        if (its[i] == null) {
          r[i] = fill;
          continue;
        }
        Object x = Abstract.next(its[i]);
        if (x == null) {
          numactive--;
          if (numactive == 0) {
            return null;
          }
          its[i] = null;
          x = fill;
        }
        r[i] = x;
      }
      return new PyTuple(r);
    }
  }
}
