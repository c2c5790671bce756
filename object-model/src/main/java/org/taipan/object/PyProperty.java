package org.taipan.object;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;

/** {@code property}, CPython's {@code PyProperty_Type} ({@code Objects/descrobject.c}). */
public final class PyProperty {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("property", PyProperty.class, MethodHandles.lookup()));

  Object fget = PyNone.NONE;
  Object fset = PyNone.NONE;
  Object fdel = PyNone.NONE;
  Object doc = PyNone.NONE;
  Object name;

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return new PyProperty();
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    PyProperty p = (PyProperty) self;
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    Object[] vals = {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE};
    String[] names = {"fget", "fset", "fdel", "doc"};
    for (int i = 0; i < n && i < 4; i++) {
      vals[i] = args[i];
    }
    for (int k = 0; k < nk; k++) {
      int idx = java.util.Arrays.asList(names).indexOf(kwnames[k]);
      if (idx < 0) {
        throw PyErr.format(
            PyExc.TypeError, "property() got an unexpected keyword argument '%s'", kwnames[k]);
      }
      vals[idx] = args[n + k];
    }
    p.fget = vals[0];
    p.fset = vals[1];
    p.fdel = vals[2];
    p.doc = vals[3];
    if (p.doc == PyNone.NONE && p.fget != PyNone.NONE) {
      try {
        p.doc = Abstract.getAttr(p.fget, "__doc__");
      } catch (PyException e) {
        p.doc = PyNone.NONE;
      }
    }
    return PyNone.NONE;
  }

  private PyException missing(Object obj, String what) {
    String owner = PyType.of(obj).getName();
    if (name != null) {
      return PyErr.format(
          PyExc.AttributeError,
          "property %s of '%s' object has no %s",
          Abstract.reprJava(name),
          owner,
          what);
    }
    return PyErr.format(PyExc.AttributeError, "property of '%s' object has no %s", owner, what);
  }

  @PythonMethod
  static Object __set_name__(Object self, Object owner, Object name) {
    ((PyProperty) self).name = name;
    return PyNone.NONE;
  }

  /** The getter ({@code fget}), None when there is none; for the interpreter's inline caches. */
  public Object getter() {
    return fget;
  }

  static Object __get__(Object self, Object obj, Object type) {
    PyProperty p = (PyProperty) self;
    if (obj == null) {
      return self;
    }
    if (p.fget == PyNone.NONE) {
      throw p.missing(obj, "getter");
    }
    return Abstract.call(p.fget, new Object[] {obj}, null);
  }

  static Object __set__(Object self, Object obj, Object value) {
    PyProperty p = (PyProperty) self;
    if (value == null) {
      if (p.fdel == PyNone.NONE) {
        throw p.missing(obj, "deleter");
      }
      Abstract.call(p.fdel, new Object[] {obj}, null);
      return PyNone.NONE;
    }
    if (p.fset == PyNone.NONE) {
      throw p.missing(obj, "setter");
    }
    Abstract.call(p.fset, new Object[] {obj, value}, null);
    return PyNone.NONE;
  }

  static Object __delete__(Object self, Object obj) {
    return __set__(self, obj, null);
  }

  private PyProperty copy() {
    PyProperty q = new PyProperty();
    q.fget = fget;
    q.fset = fset;
    q.fdel = fdel;
    q.doc = doc;
    q.name = name;
    return q;
  }

  @PythonMethod
  static Object getter(Object self, Object f) {
    PyProperty q = ((PyProperty) self).copy();
    q.fget = f;
    return q;
  }

  @PythonMethod
  static Object setter(Object self, Object f) {
    PyProperty q = ((PyProperty) self).copy();
    q.fset = f;
    return q;
  }

  @PythonMethod
  static Object deleter(Object self, Object f) {
    PyProperty q = ((PyProperty) self).copy();
    q.fdel = f;
    return q;
  }

  @Getter("fget")
  static Object fgetAttr(Object self) {
    return ((PyProperty) self).fget;
  }

  @Getter("fset")
  static Object fsetAttr(Object self) {
    return ((PyProperty) self).fset;
  }

  @Getter("__doc__")
  static Object docAttr(Object self) {
    return ((PyProperty) self).doc;
  }
}
