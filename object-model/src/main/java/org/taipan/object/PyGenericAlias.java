package org.taipan.object;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;

/**
 * {@code types.GenericAlias} ({@code list[int]}, CPython's {@code Objects/genericaliasobject.c})
 * and {@code types.UnionType} ({@code int | None}, {@code Objects/unionobject.c}): enough for
 * annotations evaluated at run time to print and compare as in CPython.
 */
public class PyGenericAlias {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("GenericAlias", PyGenericAlias.class, MethodHandles.lookup())
              .module("types"));

  /** An instance of a Python subclass of {@code GenericAlias} (typing's own aliases). */
  static final class Derived extends PyGenericAlias implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type, Object origin, Object args) {
      super(origin, args);
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

  /** The attributes read from the alias itself; every other name is the origin's. */
  private static final java.util.Set<String> OWN_ATTRIBUTES = java.util.Set.of(
      "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
      "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
      "__copy__", "__deepcopy__");

  final Object origin;
  final PyTuple args;
  private PyTuple parameters;
  /** Whether this is the unpacked form {@code *tuple[int]} that iterating an alias gives. */
  private boolean starred;

  /** {@code Py_GenericAlias(origin, args)}: {@code origin[args]}. */
  public PyGenericAlias(Object origin, Object args) {
    this.origin = origin;
    this.args = args instanceof PyTuple t ? t : new PyTuple(args);
  }

  /** {@code GenericAlias(origin, args)}. */
  static Object __new__(PyType cls, Object[] a, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0 && cls == TYPE) {
      throw PyErr.format(PyExc.TypeError, "GenericAlias() takes no keyword arguments");
    }
    int n = a.length - (kwnames == null ? 0 : kwnames.length);
    if (n != 2) {
      throw PyErr.format(PyExc.TypeError, "GenericAlias expected 2 arguments, got %d", n);
    }
    return cls == TYPE ? new PyGenericAlias(a[0], a[1]) : new Derived(cls, a[0], a[1]);
  }

  /** The builtin types that can be parameterised ({@code __class_getitem__}). */
  /** {@code __class_getitem__} of a builtin type: {@code T[args]} is a generic alias. */
  static final class ClassGetItem {
    private ClassGetItem() {}

    @PythonMethod(doc = "See PEP 585")
    static Object __class_getitem__(Object cls, Object item) {
      return new PyGenericAlias(cls, item);
    }
  }

  /** A new {@code __class_getitem__} classmethod for a builtin type ({@code Py_GenericAlias}). */
  static PyClassMethod classGetItem() {
    return new PyClassMethod(
        Exposer.moduleFunctions(ClassGetItem.class, MethodHandles.lookup(), null)
            .get("__class_getitem__"));
  }

  static boolean isGeneric(PyType t) {
    return switch (t.getName()) {
      case "list", "dict", "tuple", "set", "frozenset", "type", "enumerate", "reversed",
          "filter", "map", "zip" -> !t.isHeapType() || false;
      default -> false;
    };
  }

  /** {@code repr} of a type argument as {@code typing} prints it ({@code ga_repr_item}). */
  static String argRepr(Object a) {
    if (a == PyEllipsis.ELLIPSIS) {
      return "...";
    } else if (a instanceof PyType t) {
      return "builtins".equals(t.getModule()) ? t.getQualname() : t.getModule() + "." + t.getQualname();
    } else if (a instanceof PyGenericAlias) {
      return Abstract.reprJava(a);
    }
    Object qualname = Abstract.lookupAttr(a, "__qualname__");
    Object module = Abstract.lookupAttr(a, "__module__");
    if (qualname != null && module != null && Abstract.lookupAttr(a, "__origin__") == null
        && Abstract.lookupAttr(a, "__args__") == null) {
      if (PyUnicode.isStr(module) && PyUnicode.asJavaString(module).equals("builtins")) {
        return Abstract.strJava(qualname);
      }
      return Abstract.strJava(module) + "." + Abstract.strJava(qualname);
    }
    return Abstract.reprJava(a);
  }

  static Object __repr__(Object self) {
    PyGenericAlias g = (PyGenericAlias) self;
    StringBuilder sb = new StringBuilder(g.starred ? "*" : "");
    sb.append(argRepr(g.origin)).append('[');
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

  static Object __getattribute__(Object self, Object nameObj) {
    String name = PyUnicode.asJavaString(nameObj);
    if (!OWN_ATTRIBUTES.contains(name)) {
      return Abstract.getAttr(((PyGenericAlias) self).origin, name);
    }
    return PyBaseObject.genericGetAttr(self, name);
  }

  /** Calls the origin and records the alias on the result as {@code __orig_class__}. */
  static Object __call__(Object self, Object[] args, String[] kwnames) {
    Object r = Abstract.call(((PyGenericAlias) self).origin, args, kwnames);
    try {
      Abstract.setAttr(r, "__orig_class__", self);
    } catch (PyException e) {
      if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) {
        throw e;
      }
    }
    return r;
  }

  static Object __eq__(Object a, Object b) {
    if (!(b instanceof PyGenericAlias y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyGenericAlias x = (PyGenericAlias) a;
    return x.starred == y.starred
        && Abstract.richCompareBool(x.origin, y.origin, Abstract.EQ)
        && Abstract.richCompareBool(x.args, y.args, Abstract.EQ);
  }

  static Object __ne__(Object a, Object b) {
    Object eq = __eq__(a, b);
    return eq instanceof Boolean e ? !e : eq;
  }

  static Object __hash__(Object self) {
    PyGenericAlias g = (PyGenericAlias) self;
    return Abstract.hash(g.origin) ^ Abstract.hash(g.args);
  }

  @PythonMethod
  static Object __mro_entries__(Object self, Object bases) {
    return new PyTuple(((PyGenericAlias) self).origin);
  }

  @PythonMethod
  static Object __instancecheck__(Object self, Object obj) {
    throw PyErr.format(PyExc.TypeError,
        "isinstance() argument 2 cannot be a parameterized generic");
  }

  @PythonMethod
  static Object __subclasscheck__(Object self, Object obj) {
    throw PyErr.format(PyExc.TypeError,
        "issubclass() argument 2 cannot be a parameterized generic");
  }

  @PythonMethod
  static Object __reduce__(Object self) {
    PyGenericAlias g = (PyGenericAlias) self;
    return new PyTuple(PyType.of(self), new PyTuple(g.origin, g.args));
  }

  static Object __or__(Object a, Object b) {
    return Union.make(a, b);
  }

  static Object __ror__(Object a, Object b) {
    return Union.make(b, a);
  }

  /** {@code list[T][int]}: substitutes the alias's type parameters ({@code _Py_subs_parameters}). */
  static Object __getitem__(Object self, Object item) {
    PyGenericAlias g = (PyGenericAlias) self;
    return new PyGenericAlias(g.origin, new PyTuple(subsParameters(self, g.args, g.parameters(),
        item)));
  }

  /**
   * {@code _Py_subs_parameters}: {@code args} with each of {@code params} replaced by the
   * matching item of {@code item} (an alias's or a union's subscription).
   */
  static Object[] subsParameters(Object self, PyTuple args, PyTuple params, Object item) {
    if (params.size() == 0) {
      throw PyErr.format(PyExc.TypeError, "%s is not a generic class", Abstract.reprJava(self));
    }
    PyTuple items = item instanceof PyTuple t ? t : new PyTuple(item);
    if (items.size() != params.size()) {
      throw PyErr.format(PyExc.TypeError, "Too %s arguments for %s; actual %d, expected %d",
          items.size() > params.size() ? "many" : "few", Abstract.reprJava(self), items.size(),
          params.size());
    }
    Object[] subst = new Object[items.size()];
    for (int i = 0; i < subst.length; i++) {
      Object p = params.get(i);
      Object hook = Abstract.lookupAttr(p, "__typing_subst__");
      subst[i] = hook == null ? items.get(i) : Abstract.call(hook, items.get(i));
    }
    Object[] out = new Object[args.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = substitute(args.get(i), params, subst);
    }
    return out;
  }

  private static Object substitute(Object arg, PyTuple params, Object[] subst) {
    if (arg instanceof PyType) {
      return arg;
    }
    for (int j = 0; j < params.size(); j++) {
      if (params.get(j) == arg) {
        return subst[j];
      }
    }
    Object sub = Abstract.lookupAttr(arg, "__parameters__");
    if (sub instanceof PyTuple st && st.size() > 0) {
      Object[] inner = new Object[st.size()];
      for (int k = 0; k < inner.length; k++) {
        inner[k] = substitute(st.get(k), params, subst);
      }
      return Abstract.getItem(arg, inner.length == 1 ? inner[0] : new PyTuple(inner));
    }
    return arg;
  }

  /** {@code __parameters__}: the type variables among the arguments ({@code _Py_make_parameters}). */
  PyTuple parameters() {
    if (parameters == null) {
      parameters = makeParameters(args);
    }
    return parameters;
  }

  /** {@code _Py_make_parameters}: the type variables among {@code args}, each once. */
  static PyTuple makeParameters(PyTuple args) {
    java.util.List<Object> found = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      if (a instanceof PyType) {
        continue;
      }
      if (Abstract.lookupAttr(a, "__typing_subst__") != null) {
        addOnce(found, a);
        continue;
      }
      Object sub = Abstract.lookupAttr(a, "__parameters__");
      if (sub instanceof PyTuple st) {
        for (int k = 0; k < st.size(); k++) {
          addOnce(found, st.get(k));
        }
      }
    }
    return PyTuple.of(found);
  }

  private static void addOnce(java.util.List<Object> found, Object o) {
    for (Object x : found) {
      if (x == o) {
        return;
      }
    }
    found.add(o);
  }

  @Getter("__parameters__")
  static Object parametersAttr(Object self) {
    return ((PyGenericAlias) self).parameters();
  }

  @Getter("__unpacked__")
  static Object unpackedAttr(Object self) {
    return ((PyGenericAlias) self).starred;
  }

  /** {@code ga_iter}: one item, the unpacked alias ({@code [*tuple[int]]}). */
  static Object __iter__(Object self) {
    PyGenericAlias g = (PyGenericAlias) self;
    PyGenericAlias s = new PyGenericAlias(g.origin, g.args);
    s.starred = true;
    return new PySeqIterator(new PyTuple(s), PySeqIterator.TUPLE);
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

    private PyTuple parameters;

    @Getter("__parameters__")
    static Object parametersAttr(Object self) {
      Union u = (Union) self;
      if (u.parameters == null) {
        u.parameters = makeParameters(u.args);
      }
      return u.parameters;
    }

    /** {@code union_getitem}: the arguments substituted, then or-ed together again. */
    static Object __getitem__(Object self, Object item) {
      Union u = (Union) self;
      Object[] newArgs = subsParameters(self, u.args,
          (PyTuple) parametersAttr(self), item);
      if (newArgs.length == 0) {
        return new Union(PyTuple.EMPTY);
      }
      Object res = newArgs[0];
      for (int i = 1; i < newArgs.length; i++) {
        res = PyNumber.binaryOp(PyNumber.OR, res, newArgs[i]);
      }
      return res;
    }
  }
}
