package org.taipan.object;

import java.lang.invoke.MethodHandles;

/** A module object, CPython's {@code Objects/moduleobject.c}: a named namespace. */
public final class PyModule implements WithDict, AssignableClass {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("module", PyModule.class, MethodHandles.lookup())
          .allocator(t -> new PyModule(t)));

  static {
    // in the type's own dict, so that a module's __doc__ is found in the module's dict and not
    // through object's __doc__ descriptor
    TYPE.setDoc("Create a module object.\n\n"
        + "The name must be a string; the optional doc argument can have any type.");
    // modules take weak references (tp_weaklistoffset), so a subclass adds no __weakref__
    TYPE.weakrefable = true;
  }

  private final PyDict dict;
  /** The module's class: null for {@code module} itself, else a subclass of it. */
  private PyType type;

  /** A bare instance of a subclass of {@code module} ({@code new_module}): an empty namespace. */
  private PyModule(PyType type) {
    this.dict = new PyDict();
    this.type = type == TYPE ? null : type;
  }

  @Override
  public PyType getType() {
    return type == null ? TYPE : type;
  }

  /** {@code __class__} assignment between {@code module} and its subclasses. */
  @Override
  public void setType(PyType t) {
    this.type = t == TYPE ? null : t;
  }

  /** A module named {@code name} with a fresh namespace. */
  public PyModule(String name) {
    this(name, new PyDict());
  }

  /** A module named {@code name} using {@code dict} as its namespace. */
  public PyModule(String name, PyDict dict) {
    this.dict = dict;
    if (dict.get("__name__") == null) {
      dict.put("__name__", name);
      dict.put("__doc__", PyNone.NONE);
      dict.put("__package__", PyNone.NONE);
      dict.put("__loader__", PyNone.NONE);
      dict.put("__spec__", PyNone.NONE);
    }
  }

  @Override
  public PyDict getDict() {
    return dict;
  }

  /** The module's {@code __name__}. */
  public String getName() {
    Object n = dict.get("__name__");
    return PyUnicode.isStr(n) ? PyUnicode.asJavaString(n) : "?";
  }

  /** Sets a module attribute. */
  public void put(String name, Object value) {
    dict.put(name, value);
  }

  static Object __repr__(Object self) {
    PyModule m = (PyModule) self;
    Object file = m.dict.get("__file__");
    if (file != null && PyUnicode.isStr(file)) {
      return "<module '" + m.getName() + "' from '" + PyUnicode.asJavaString(file) + "'>";
    }
    return "<module '" + m.getName() + "' (built-in)>";
  }

  static Object __getattribute__(Object self, Object name) {
    String n = PyUnicode.asJavaString(name);
    Object r = PyBaseObject.genericGetAttr(self, n);
    if (r != null) {
      return r;
    }
    PyModule m = (PyModule) self;
    Object ga = m.dict.get("__getattr__");
    if (ga != null) {
      return Abstract.call(ga, name);
    }
    Object modName = m.dict.get("__name__");
    if (modName == null || !PyUnicode.isStr(modName)) {
      throw PyErr.attributeError(self, n, String.format("module has no attribute '%s'", n));
    }
    // module_getattro: say when a circular import is the likely cause
    String mn = PyUnicode.asJavaString(modName);
    Object spec = m.dict.get("__spec__");
    if (specIsInitializing(spec)) {
      throw PyErr.attributeError(self, n, String.format("partially initialized module '%s' has "
          + "no attribute '%s' (most likely due to a circular import)", mn, n));
    }
    if (specIsUninitializedSubmodule(spec, name)) {
      throw PyErr.attributeError(self, n, String.format("cannot access submodule '%s' of module "
          + "'%s' (most likely due to a circular import)", n, mn));
    }
    throw PyErr.attributeError(self, n, String.format("module '%s' has no attribute '%s'", mn, n));
  }

  /**
   * {@code _PyModuleSpec_IsInitializing}: whether a module's spec says it is still being executed
   * ({@code spec._initializing}, which {@code importlib} sets around the execution).
   */
  public static boolean specIsInitializing(Object spec) {
    if (spec == null || spec == PyNone.NONE) {
      return false;
    }
    try {
      Object v = Abstract.lookupAttr(spec, "_initializing");
      return v != null && Abstract.isTrue(v);
    } catch (PyException e) {
      return false;
    }
  }

  /**
   * {@code _PyModuleSpec_IsUninitializedSubmodule}: whether {@code name} is a submodule of the
   * spec's package being imported ({@code spec._uninitialized_submodules}).
   */
  static boolean specIsUninitializedSubmodule(Object spec, Object name) {
    if (spec == null || spec == PyNone.NONE) {
      return false;
    }
    try {
      Object v = Abstract.lookupAttr(spec, "_uninitialized_submodules");
      return v != null && Abstract.contains(v, name);
    } catch (PyException e) {
      return false;
    }
  }

  /** {@code module.__dir__()}: the namespace's own {@code __dir__()}, or its keys. */
  @org.taipan.api.expose.PythonMethod
  static Object __dir__(Object self) {
    // module_dir reads __dict__ as an attribute, so a subclass's class attribute answers
    if (!(Abstract.getAttr(self, "__dict__") instanceof PyDict d)) {
      throw PyErr.format(PyExc.TypeError, "<module>.__dict__ is not a dictionary");
    }
    Object custom = d.get("__dir__");
    if (custom != null) {
      return Abstract.call(custom);
    }
    return new PyList(d.keyList());
  }

  /** {@code new_module}: an empty namespace; {@code __init__} names it. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return new PyModule(cls);
  }

  /** {@code module.__init__(name, doc=None)} ({@code module_init_dict}). */
  static Object __init__(Object self, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    Object name = null;
    Object doc = PyNone.NONE;
    int n = args.length - nk;
    if (n > 2) {
      throw PyErr.format(PyExc.TypeError, "module() takes at most 2 arguments (%d given)",
          args.length);
    }
    if (n > 0) {
      name = args[0];
    }
    if (n > 1) {
      doc = args[1];
    }
    for (int k = 0; k < nk; k++) {
      switch (kwnames[k]) {
        case "name" -> name = args[n + k];
        case "doc" -> doc = args[n + k];
        default -> throw PyErr.format(PyExc.TypeError,
            "module() got an unexpected keyword argument '%s'", kwnames[k]);
      }
    }
    if (name == null) {
      throw PyErr.format(PyExc.TypeError, "module() missing required argument 'name' (pos 1)");
    }
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(PyExc.TypeError, "module() argument 'name' must be str, not %s",
          PyType.of(name).getName());
    }
    PyDict d = ((PyModule) self).dict;
    d.put("__name__", name);
    d.put("__doc__", doc);
    d.put("__package__", PyNone.NONE);
    d.put("__loader__", PyNone.NONE);
    d.put("__spec__", PyNone.NONE);
    return PyNone.NONE;
  }

  @Getter("__dict__")
  static Object dictAttr(Object self) {
    return ((PyModule) self).getDict();
  }

  /** {@code module.__annotations__}: kept in the namespace, made empty there when missing. */
  @Getter("__annotations__")
  static Object annotationsAttr(Object self) {
    PyDict d = ((PyModule) self).dict;
    Object a = d.get("__annotations__");
    if (a == null) {
      a = new PyDict();
      d.put("__annotations__", a);
    }
    return a;
  }

  @Setter("__annotations__")
  static void setAnnotations(Object self, Object v) {
    PyDict d = ((PyModule) self).dict;
    if (v != null) {
      d.put("__annotations__", v);
    } else if (d.remove("__annotations__") == null) {
      throw PyErr.attributeError(self, "__annotations__", "__annotations__");
    }
  }
}
