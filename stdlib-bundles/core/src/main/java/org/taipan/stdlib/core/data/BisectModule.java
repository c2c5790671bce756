package org.taipan.stdlib.core.data;

import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;

/**
 * The {@code _bisect} module, CPython's {@code Modules/_bisectmodule.c}: binary search and
 * insertion in sorted sequences, {@code (a, x, lo=0, hi=None, *, key=None)}. As in CPython an
 * explicit {@code hi} of -1 also means the length.
 */
@PythonModule(value = "_bisect", doc = "Bisection algorithms.\n\n"
    + "This module provides support for maintaining a list in sorted order without\n"
    + "having to sort the list after each insertion. For long lists of items with\n"
    + "expensive comparison operations, this can be an improvement over the more\n"
    + "common approach.\n")
public final class BisectModule {
  private BisectModule() {}

  private static final PyType LIST = PyType.of(new PyList());

  /** The bound arguments: a, x, lo, hi and key. */
  private record Args(Object a, Object x, long lo, long hi, Object key) {}

  private static Args parse(String name, Object[] args, PyDict kwargs) {
    Object[] v = CallArgs.of(args, kwargs).bind(name, 2, 4, "a", "x", "lo", "hi", "key");
    long lo = v[2] == null ? 0 : DataSupport.asSsize(v[2]);
    long hi = -1;
    if (v[3] != null && v[3] != PyNone.NONE) {
      if (!PyNumber.isIndex(v[3])) {
        throw PyErr.format(PyExc.TypeError, "argument should be integer or None, not '%.200s'",
            DataSupport.typeName(v[3]));
      }
      hi = DataSupport.asSsize(v[3], PyExc.OverflowError);
    }
    if (lo < 0) {
      throw PyErr.format(PyExc.ValueError, "lo must be non-negative");
    }
    if (hi == -1) {
      hi = Abstract.size(v[0]);
    }
    return new Args(v[0], v[1], lo, hi, v[4] == null ? PyNone.NONE : v[4]);
  }

  /** {@code internal_bisect_right} / {@code internal_bisect_left}. */
  private static long search(Object a, Object x, long lo, long hi, Object key, boolean right) {
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      Object item = Abstract.getItem(a, mid);
      if (key != PyNone.NONE) {
        item = Abstract.call(key, item);
      }
      boolean less = right ? Abstract.richCompareBool(x, item, Abstract.LT)
          : !Abstract.richCompareBool(item, x, Abstract.LT);
      if (less) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static Object insort(String name, Object[] args, PyDict kwargs, boolean right) {
    Args p = parse(name, args, kwargs);
    Object k = p.key == PyNone.NONE ? p.x : Abstract.call(p.key, p.x);
    long i = search(p.a, k, p.lo, p.hi, p.key, right);
    if (p.a.getClass() == PyList.class) {
      Abstract.callAsMethod(LIST.lookup("insert"), p.a, new Object[] {i, p.x}, null);
    } else {
      Abstract.callMethod(p.a, "insert", i, p.x);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object bisect_right(Object[] args, PyDict kwargs) {
    Args p = parse("bisect_right", args, kwargs);
    return search(p.a, p.x, p.lo, p.hi, p.key, true);
  }

  @PythonMethod
  public static Object bisect_left(Object[] args, PyDict kwargs) {
    Args p = parse("bisect_left", args, kwargs);
    return search(p.a, p.x, p.lo, p.hi, p.key, false);
  }

  @PythonMethod
  public static Object insort_right(Object[] args, PyDict kwargs) {
    return insort("insort_right", args, kwargs, true);
  }

  @PythonMethod
  public static Object insort_left(Object[] args, PyDict kwargs) {
    return insort("insort_left", args, kwargs, false);
  }
}
