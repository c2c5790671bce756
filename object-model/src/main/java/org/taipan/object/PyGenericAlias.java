package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * {@code types.GenericAlias} ({@code list[int]}, CPython's {@code Objects/genericaliasobject.c})
 * and {@code types.UnionType} ({@code int | None}, {@code Objects/unionobject.c}): enough for
 * annotations evaluated at run time to print and compare as in CPython.
 */
public final class PyGenericAlias {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("GenericAlias", PyGenericAlias.class, MethodHandles.lookup())
              .module("types")
              .notBaseType());

  final Object origin;
  final PyTuple args;

  /** {@code Py_GenericAlias(origin, args)}: {@code origin[args]}. */
  public PyGenericAlias(Object origin, Object args) {
    this.origin = origin;
    this.args = args instanceof PyTuple t ? t : new PyTuple(args);
  }

  /** The builtin types that can be parameterised ({@code __class_getitem__}). */
  static boolean isGeneric(PyType t) {
    return switch (t.getName()) {
      case "list", "dict", "tuple", "set", "frozenset", "type", "enumerate", "reversed",
          "filter", "map", "zip" -> !t.isHeapType() || false;
      default -> false;
    };
  }

  /** {@code repr} of a type argument as {@code typing} prints it. */
  static String argRepr(Object a) {
    if (a instanceof PyType t) {
      return "builtins".equals(t.getModule()) ? t.getQualname() : t.getModule() + "." + t.getQualname();
    } else if (a == PyEllipsis.ELLIPSIS) {
      return "...";
    } else if (a == PyNone.NONE) {
      return "None";
    }
    return Abstract.reprJava(a);
  }

  static Object __repr__(Object self) {
    PyGenericAlias g = (PyGenericAlias) self;
    StringBuilder sb = new StringBuilder(argRepr(g.origin)).append('[');
    for (int i = 0; i < g.args.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(argRepr(g.args.get(i)));
    }
    if (g.args.size() == 0) {
      sb.append("()");
    }
    return sb.append(']').toString();
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return Abstract.call(((PyGenericAlias) self).origin, args, kwnames);
  }

  static Object __eq__(Object a, Object b) {
    if (!(b instanceof PyGenericAlias y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyGenericAlias x = (PyGenericAlias) a;
    return x.origin == y.origin && Abstract.richCompareBool(x.args, y.args, Abstract.EQ);
  }

  static Object __hash__(Object self) {
    PyGenericAlias g = (PyGenericAlias) self;
    return Abstract.hash(g.origin) ^ Abstract.hash(g.args);
  }

  static Object __or__(Object a, Object b) {
    return Union.make(a, b);
  }

  static Object __ror__(Object a, Object b) {
    return Union.make(b, a);
  }

  @Getter("__origin__")
  static Object originAttr(Object self) {
    return ((PyGenericAlias) self).origin;
  }

  @Getter("__args__")
  static Object argsAttr(Object self) {
    return ((PyGenericAlias) self).args;
  }

  /** {@code int | None}: {@code types.UnionType}. */
  public static final class Union {
    static final PyType TYPE =
        PyType.fromSpec(
            PyType.Spec.of("UnionType", Union.class, MethodHandles.lookup())
                .module("types")
                .notBaseType());

    final PyTuple args;

    Union(PyTuple args) {
      this.args = args;
    }

    private static boolean unionable(Object o) {
      return o instanceof PyType || o == PyNone.NONE || o instanceof PyGenericAlias
          || o instanceof Union;
    }

    /** {@code a | b} for types, or NotImplemented. */
    static Object make(Object a, Object b) {
      if (!unionable(a) || !unionable(b)) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      java.util.List<Object> items = new java.util.ArrayList<>();
      for (Object o : new Object[] {a, b}) {
        if (o instanceof Union u) {
          for (int i = 0; i < u.args.size(); i++) {
            add(items, u.args.get(i));
          }
        } else {
          add(items, o == PyNone.NONE ? PyType.of(PyNone.NONE) : o);
        }
      }
      if (items.size() == 1) {
        return items.get(0);
      }
      return new Union(PyTuple.of(items));
    }

    private static void add(java.util.List<Object> items, Object o) {
      for (Object x : items) {
        if (x == o || Abstract.richCompareBool(x, o, Abstract.EQ)) {
          return;
        }
      }
      items.add(o);
    }

    static Object __repr__(Object self) {
      Union u = (Union) self;
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < u.args.size(); i++) {
        if (i > 0) {
          sb.append(" | ");
        }
        Object a = u.args.get(i);
        sb.append(a == PyType.of(PyNone.NONE) ? "None" : argRepr(a));
      }
      return sb.toString();
    }

    static Object __or__(Object a, Object b) {
      return make(a, b);
    }

    static Object __ror__(Object a, Object b) {
      return make(b, a);
    }

    static Object __eq__(Object a, Object b) {
      if (!(b instanceof Union y)) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
      return Abstract.richCompareBool(
          PySet.fromIterable(((Union) a).args, true), PySet.fromIterable(y.args, true),
          Abstract.EQ);
    }

    static Object __hash__(Object self) {
      return Abstract.hash(PySet.fromIterable(((Union) self).args, true));
    }

    @Getter("__args__")
    static Object argsAttr(Object self) {
      return ((Union) self).args;
    }
  }
}
