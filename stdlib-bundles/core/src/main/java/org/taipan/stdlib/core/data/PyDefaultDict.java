package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNotImplemented;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.Setter;
import org.taipan.object.WithDict;

/**
 * {@code collections.defaultdict}, CPython's {@code defdict} in {@code
 * Modules/_collectionsmodule.c}: a dict whose {@code __missing__} calls a factory.
 */
class PyDefaultDict extends PyDict {
  static final PyType DICT = PyType.of(new PyDict());
  static final PyType TYPE =
      DataSupport.type("defaultdict", "collections", PyDefaultDict.class, MethodHandles.lookup(),
          Derived::new, DICT, PyDefaultDict.class);

  static {
    DataSupport.genericAlias(TYPE);
  }

  Object factory = PyNone.NONE;

  /** An instance of a Python subclass. */
  static final class Derived extends PyDefaultDict implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type) {
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

  private static PyDefaultDict self(Object o) {
    return (PyDefaultDict) o;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyDefaultDict() : new Derived(cls);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int np = args.length - nk;
    Object f = PyNone.NONE;
    Object[] rest = args;
    if (np > 0) {
      f = args[0];
      if (f != PyNone.NONE && !Abstract.isCallable(f)) {
        throw DataSupport.typeError("first argument must be callable or None");
      }
      rest = Arrays.copyOfRange(args, 1, args.length);
    }
    self(self).factory = f;
    return Abstract.callAsMethod(DICT.lookup("__init__"), self, rest, kwnames);
  }

  @PythonMethod
  static Object __missing__(Object self, Object key) {
    Object f = self(self).factory;
    if (f == PyNone.NONE) {
      throw PyErr.newException(PyExc.KeyError, new PyTuple(key));
    }
    Object v = Abstract.call(f);
    Abstract.setItem(self, key, v);
    return v;
  }

  @PythonMethod
  static Object copy(Object self) {
    return Abstract.call(PyType.of(self), self(self).factory, self);
  }

  @PythonMethod
  static Object __copy__(Object self) {
    return copy(self);
  }

  @PythonMethod
  static Object __reduce__(Object self) {
    Object f = self(self).factory;
    Object args = f == PyNone.NONE ? PyTuple.EMPTY : new PyTuple(f);
    Object items = Abstract.iter(Abstract.callMethod(self, "items"));
    return new PyTuple(PyType.of(self), args, PyNone.NONE, PyNone.NONE, items);
  }

  @Getter("default_factory")
  static Object defaultFactory(Object self) {
    return self(self).factory;
  }

  @Setter("default_factory")
  static void setDefaultFactory(Object self, Object v) {
    self(self).factory = v == null ? PyNone.NONE : v;
  }

  static Object __repr__(Object self) {
    PyDefaultDict d = self(self);
    String base = PyUnicode.asJavaString(
        Abstract.callAsMethod(DICT.lookup("__repr__"), self, new Object[0], null));
    String fr;
    if (d.factory == PyNone.NONE) {
      fr = "None";
    } else if (DataSupport.reprEnter(d.factory)) {
      fr = "...";
    } else {
      try {
        fr = Abstract.reprJava(d.factory);
      } finally {
        DataSupport.reprLeave(d.factory);
      }
    }
    return DataSupport.typeName(self) + "(" + fr + ", " + base + ")";
  }

  static Object __or__(Object self, Object other) {
    if (!(other instanceof PyDict)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    Object r = copy(self);
    Abstract.callMethod(r, "update", other);
    return r;
  }

  static Object __ror__(Object self, Object other) {
    if (!(other instanceof PyDict)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    Object r = Abstract.call(PyType.of(self), self(self).factory, other);
    Abstract.callMethod(r, "update", self);
    return r;
  }
}
