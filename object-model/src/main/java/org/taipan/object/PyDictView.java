package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import org.taipan.api.expose.PythonMethod;

/**
 * {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views of a dict
 * ({@code Objects/dictobject.c}). Keys and items views are set-like ({@link SetLike}); a values
 * view is not.
 */
public final class PyDictView implements PyObject {
  private static PyType make(String name, boolean setLike) {
    PyType t = PyType.fromSpec(
        new PyType.Spec(
            name,
            "builtins",
            PyDictView.class,
            MethodHandles.lookup(),
            null,
            java.util.List.of(),
            null,
            false));
    t.disallowInstantiation();
    if (setLike) {
      Exposer.expose(t, SetLike.class, MethodHandles.lookup());
      t.define("__hash__", PyNone.NONE);
      t.fillSlots();
    }
    return t;
  }

  static final PyType KEYS_TYPE = make("dict_keys", true);
  static final PyType VALUES_TYPE = make("dict_values", false);
  static final PyType ITEMS_TYPE = make("dict_items", true);

  final PyDict dict;
  final int kind;

  PyDictView(PyDict dict, int kind) {
    this.dict = dict;
    this.kind = kind;
  }

  @Override
  public PyType getType() {
    return kind == PyDictIterator.KEYS
        ? KEYS_TYPE
        : kind == PyDictIterator.VALUES ? VALUES_TYPE : ITEMS_TYPE;
  }

  static Object __iter__(Object self) {
    PyDictView v = (PyDictView) self;
    return new PyDictIterator(v.dict, v.kind);
  }

  /** {@code dictkeys_reversed} and the like: a reverse iterator over the dict. */
  @PythonMethod
  static Object __reversed__(Object self) {
    PyDictView v = (PyDictView) self;
    return new PyDictIterator(v.dict, v.kind, true);
  }

  static Object __len__(Object self) {
    return (long) ((PyDictView) self).dict.size();
  }

  static Object __contains__(Object self, Object x) {
    PyDictView v = (PyDictView) self;
    switch (v.kind) {
      case PyDictIterator.KEYS:
        return v.dict.get(x) != null;
      case PyDictIterator.ITEMS:
        if (!(x instanceof PyTuple t) || t.size() != 2) {
          return false;
        }
        Object val = v.dict.get(t.get(0));
        return val != null && Abstract.richCompareBool(val, t.get(1), Abstract.EQ);
      default:
        for (Object o : v.dict.valueList()) {
          if (Abstract.richCompareBool(o, x, Abstract.EQ)) {
            return true;
          }
        }
        return false;
    }
  }

  /** {@code dictview_repr}: a view met again inside its own repr shows as {@code ...}. */
  static Object __repr__(Object self) {
    PyDictView v = (PyDictView) self;
    if (ReprGuard.enter(v)) {
      return "...";
    }
    try {
      StringBuilder sb = new StringBuilder(v.getType().getName()).append("([");
      boolean first = true;
      for (Map.Entry<Object, Object> e : v.dict.entries()) {
        if (!first) {
          sb.append(", ");
        }
        first = false;
        Object item =
            switch (v.kind) {
              case PyDictIterator.KEYS -> e.getKey();
              case PyDictIterator.VALUES -> e.getValue();
              default -> new PyTuple(e.getKey(), e.getValue());
            };
        sb.append(Abstract.reprJava(item));
      }
      return sb.append("])").toString();
    } finally {
      ReprGuard.leave(v);
    }
  }

  /** {@code mapping}: a read-only proxy of the viewed dict. */
  @Getter("mapping")
  static Object mapping(Object self) {
    return new PyMappingProxy(((PyDictView) self).dict);
  }

  /**
   * The set operations and comparisons of keys and items views ({@code dictviews_as_number},
   * {@code dictview_richcompare}). Either operand may be the view, as in CPython's symmetric
   * number slots: {@code {1} | d.keys()} reaches here through {@code __ror__}.
   */
  static final class SetLike {
    private SetLike() {}

    /** {@code dictviews_to_set}: a new set of the operand's items (a keys view: its dict). */
    private static PySet toSet(Object o) {
      return PySet.fromIterable(
          o instanceof PyDictView v && v.kind == PyDictIterator.KEYS ? v.dict : o, false);
    }

    private static boolean isSetLike(Object o) {
      return o instanceof PySet || o instanceof PyDictView v && v.kind != PyDictIterator.VALUES;
    }

    /** {@code all_contained_in}: every item of {@code a} is in {@code b}. */
    private static boolean allContainedIn(Object a, Object b) {
      Object it = Abstract.iter(a);
      for (Object x; (x = Abstract.next(it)) != null; ) {
        if (!Abstract.contains(b, x)) {
          return false;
        }
      }
      return true;
    }

    private static Object compare(Object a, Object b, int op) {
      if (!isSetLike(b)) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      int na = Abstract.size(a);
      int nb = Abstract.size(b);
      return switch (op) {
        case Abstract.EQ -> na == nb && allContainedIn(a, b);
        case Abstract.NE -> !(na == nb && allContainedIn(a, b));
        case Abstract.LT -> na < nb && allContainedIn(a, b);
        case Abstract.LE -> na <= nb && allContainedIn(a, b);
        case Abstract.GT -> na > nb && allContainedIn(b, a);
        default -> na >= nb && allContainedIn(b, a);
      };
    }

    static Object __eq__(Object a, Object b) {
      return compare(a, b, Abstract.EQ);
    }

    static Object __ne__(Object a, Object b) {
      return compare(a, b, Abstract.NE);
    }

    static Object __lt__(Object a, Object b) {
      return compare(a, b, Abstract.LT);
    }

    static Object __le__(Object a, Object b) {
      return compare(a, b, Abstract.LE);
    }

    static Object __gt__(Object a, Object b) {
      return compare(a, b, Abstract.GT);
    }

    static Object __ge__(Object a, Object b) {
      return compare(a, b, Abstract.GE);
    }

    /** {@code dictviews_or}. */
    private static Object or(Object a, Object b) {
      PySet r = toSet(a);
      r.update(b);
      return r;
    }

    /** {@code dictviews_sub}. */
    private static Object sub(Object a, Object b) {
      PySet r = toSet(a);
      PySet.difference_update(r, new Object[] {b});
      return r;
    }

    /** {@code dictviews_xor}. */
    private static Object xor(Object a, Object b) {
      PySet r = toSet(a);
      PySet.symmetric_difference_update(r, b);
      return r;
    }

    /** {@code _PyDictView_Intersect}: iterates the smaller operand, tests the other. */
    private static Object and(Object a, Object b) {
      if (!(a instanceof PyDictView)) {
        Object t = a;
        a = b;
        b = t;
      }
      int na = Abstract.size(a);
      if (b instanceof PySet && PyType.of(b) == PySet.SET_TYPE && na <= Abstract.size(b)) {
        return PySet.intersection(b, new Object[] {a});
      }
      if (b instanceof PyDictView && Abstract.size(b) > na) {
        Object t = a;
        a = b;
        b = t;
      }
      PySet r = new PySet(false);
      Object it = Abstract.iter(b);
      for (Object x; (x = Abstract.next(it)) != null; ) {
        if (Abstract.contains(a, x)) {
          r.add(x);
        }
      }
      return r;
    }

    static Object __or__(Object a, Object b) {
      return or(a, b);
    }

    static Object __ror__(Object a, Object b) {
      return or(b, a);
    }

    static Object __sub__(Object a, Object b) {
      return sub(a, b);
    }

    static Object __rsub__(Object a, Object b) {
      return sub(b, a);
    }

    static Object __xor__(Object a, Object b) {
      return xor(a, b);
    }

    static Object __rxor__(Object a, Object b) {
      return xor(b, a);
    }

    static Object __and__(Object a, Object b) {
      return and(a, b);
    }

    static Object __rand__(Object a, Object b) {
      return and(b, a);
    }

    /** {@code dictviews_isdisjoint}: no item of the other iterable is in the view. */
    @PythonMethod
    static Object isdisjoint(Object self, Object other) {
      if (self == other) {
        return Abstract.size(self) == 0;
      }
      // iterate the smaller when both know their size cheaply
      Object probe = self;
      Object iterate = other;
      if (isSetLike(other) && Abstract.size(other) > Abstract.size(self)) {
        probe = other;
        iterate = self;
      }
      Object it = Abstract.iter(iterate);
      for (Object x; (x = Abstract.next(it)) != null; ) {
        if (Abstract.contains(probe, x)) {
          return false;
        }
      }
      return true;
    }
  }
}
