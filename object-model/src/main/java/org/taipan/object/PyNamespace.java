package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.Map;

/**
 * {@code types.SimpleNamespace}, CPython's {@code Objects/namespaceobject.c}: an object whose
 * attributes are the keyword arguments it was made with, compared by its {@code __dict__}. {@code
 * sys.implementation} is one, and {@code types.py} finds the type through it.
 */
public final class PyNamespace implements PyObject, WithDict {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("SimpleNamespace", PyNamespace.class, MethodHandles.lookup())
              .module("types")
              .allocator(PyNamespace::new));

  static {
    TYPE.setDoc("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)");
    TYPE.define("__hash__", PyNone.NONE);
    TYPE.fillSlots();
  }

  private final PyType type;
  private final PyDict dict = new PyDict();

  private PyNamespace(PyType type) {
    this.type = type;
  }

  /** A {@code types.SimpleNamespace} holding {@code attributes} in order. */
  public static PyNamespace of(Map<String, Object> attributes) {
    PyNamespace ns = new PyNamespace(TYPE);
    for (Map.Entry<String, Object> e : attributes.entrySet()) {
      ns.dict.put(e.getKey(), e.getValue());
    }
    return ns;
  }

  @Override
  public PyType getType() {
    return type;
  }

  @Override
  public PyDict getDict() {
    return dict;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls.allocate();
  }

  // CPython's namespace type names the generic attribute functions itself, so they show in its
  // __dict__
  static Object __getattribute__(Object self, Object name) {
    return PyBaseObject.__getattribute__(self, name);
  }

  static Object __setattr__(Object self, Object name, Object value) {
    return PyBaseObject.__setattr__(self, name, value);
  }

  static Object __delattr__(Object self, Object name) {
    return PyBaseObject.__delattr__(self, name);
  }

  /** {@code namespace_init}: keyword arguments only, each becoming an attribute. */
  static Object __init__(Object self, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    if (args.length > nk) {
      throw PyErr.format(PyExc.TypeError, "no positional arguments expected");
    }
    PyDict d = ((PyNamespace) self).dict;
    int first = args.length - nk;
    for (int i = 0; i < nk; i++) {
      d.put(kwnames[i], args[first + i]);
    }
    return PyNone.NONE;
  }

  /**
   * {@code namespace_repr}: {@code namespace(a=1)} for the exact type, the class name for a
   * subclass, {@code namespace(...)} for an object already being printed.
   */
  static Object __repr__(Object self) {
    PyNamespace ns = (PyNamespace) self;
    String name = ns.type == TYPE ? "namespace" : ns.type.getName();
    if (ReprGuard.enter(self)) {
      return name + "(...)";
    }
    try {
      StringBuilder sb = new StringBuilder(name).append('(');
      boolean first = true;
      for (Map.Entry<Object, Object> e : ns.dict.entries()) {
        Object k = e.getKey();
        if (PyUnicode.isStr(k) && PyUnicode.length(k) > 0) {
          sb.append(first ? "" : ", ")
              .append(PyUnicode.asJavaString(k))
              .append('=')
              .append(Abstract.reprJava(e.getValue()));
          first = false;
        }
      }
      return sb.append(')').toString();
    } finally {
      ReprGuard.leave(self);
    }
  }

  /**
   * {@code namespace_richcompare}: two namespaces (of any subclasses) compare as their {@code
   * __dict__}s do, under every operator.
   */
  private static Object compare(Object self, Object other, int op) {
    if (other instanceof PyNamespace o) {
      return Abstract.richCompare(((PyNamespace) self).dict, o.dict, op);
    }
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __eq__(Object self, Object other) {
    return compare(self, other, Abstract.EQ);
  }

  static Object __ne__(Object self, Object other) {
    return compare(self, other, Abstract.NE);
  }

  static Object __lt__(Object self, Object other) {
    return compare(self, other, Abstract.LT);
  }

  static Object __le__(Object self, Object other) {
    return compare(self, other, Abstract.LE);
  }

  static Object __gt__(Object self, Object other) {
    return compare(self, other, Abstract.GT);
  }

  static Object __ge__(Object self, Object other) {
    return compare(self, other, Abstract.GE);
  }

  /** {@code (type(self), (), self.__dict__)}. */
  @org.taipan.api.expose.PythonMethod
  static Object __reduce__(Object self) {
    PyNamespace ns = (PyNamespace) self;
    return new PyTuple(ns.type, PyTuple.EMPTY, ns.dict);
  }

  @Getter(value = "__dict__", readonlyMember = true)
  static Object dictAttr(Object self) {
    return ((PyNamespace) self).dict;
  }
}
