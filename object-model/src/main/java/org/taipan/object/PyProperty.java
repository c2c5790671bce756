package org.taipan.object;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;

/**
 * {@code property}, CPython's {@code PyProperty_Type} ({@code Objects/descrobject.c}): the three
 * accessors, a writable {@code __doc__} taken from the getter when none is given (in the instance
 * dict for subclasses, where the class's own {@code __doc__} would shadow it), the name given by
 * {@code __set_name__} for error messages, and {@code getter}/{@code setter}/{@code deleter}
 * copies made by calling the property's own type.
 */
public class PyProperty {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("property", PyProperty.class, MethodHandles.lookup())
          .allocator(Derived::new));

  /** An instance of a Python subclass of property. */
  static final class Derived extends PyProperty implements PyObject, WithDict {
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

  Object fget = PyNone.NONE;
  Object fset = PyNone.NONE;
  Object fdel = PyNone.NONE;
  /** {@code __doc__} of an exact property; null when unset. */
  Object doc;
  /** Whether the doc came from the getter, so that a copy with a new getter takes the new one's. */
  boolean getterDoc;
  Object name;

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyProperty() : cls.allocate();
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    PyProperty p = (PyProperty) self;
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (n > 4) {
      throw PyErr.format(
          PyExc.TypeError, "property() takes at most 4 arguments (%d given)", args.length);
    }
    Object[] vals = {PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE};
    String[] names = {"fget", "fset", "fdel", "doc"};
    System.arraycopy(args, 0, vals, 0, n);
    for (int k = 0; k < nk; k++) {
      int idx = java.util.Arrays.asList(names).indexOf(kwnames[k]);
      if (idx < 0) {
        throw PyErr.format(
            PyExc.TypeError, "'%s' is an invalid keyword argument for property()", kwnames[k]);
      }
      vals[idx] = args[n + k];
    }
    p.fget = vals[0];
    p.fset = vals[1];
    p.fdel = vals[2];
    p.getterDoc = false;
    boolean exact = !(p instanceof Derived);
    Object propDoc = vals[3] != PyNone.NONE ? vals[3] : null;
    if (propDoc == null && p.fget != PyNone.NONE) {
      Object getterDoc = Abstract.lookupAttr(p.fget, "__doc__");
      if (getterDoc == PyNone.NONE && exact) {
        // an exact property keeps no doc rather than None, like CPython's
        getterDoc = null;
      }
      if (getterDoc != null) {
        propDoc = getterDoc;
        p.getterDoc = true;
      }
    }
    if (exact) {
      p.doc = propDoc;
    } else {
      // a subclass keeps the doc in its instance, where the class's __doc__ cannot shadow it
      Abstract.setAttr(self, "__doc__", propDoc == null ? PyNone.NONE : propDoc);
    }
    return PyNone.NONE;
  }

  private PyException missing(Object obj, String what) {
    String owner = Abstract.reprJava(PyType.of(obj).getQualname());
    if (name != null) {
      return PyErr.format(PyExc.AttributeError, "property %s of %s object has no %s",
          Abstract.reprJava(name), owner, what);
    }
    return PyErr.format(PyExc.AttributeError, "property of %s object has no %s", owner, what);
  }

  @PythonMethod
  static Object __set_name__(Object self, Object[] args) {
    if (args.length != 2) {
      throw PyErr.format(PyExc.TypeError,
          "__set_name__() takes 2 positional arguments but %d were given", args.length);
    }
    ((PyProperty) self).name = args[1];
    return PyNone.NONE;
  }

  /** The getter ({@code fget}), None when there is none; for the interpreter's inline caches. */
  public Object getter() {
    return fget;
  }

  static Object __get__(Object self, Object obj, Object type) {
    PyProperty p = (PyProperty) self;
    if (obj == null || obj == PyNone.NONE) {
      // property_descr_get answers None as it answers no instance
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

  /** {@code property_copy}: a new property of this one's type with one accessor replaced. */
  private Object copy(Object get, Object set, Object del) {
    get = get == PyNone.NONE ? fget : get;
    set = set == PyNone.NONE ? fset : set;
    del = del == PyNone.NONE ? fdel : del;
    Object newDoc = getterDoc && get != PyNone.NONE ? PyNone.NONE
        : doc == null ? PyNone.NONE : doc;
    Object copy = Abstract.call(PyType.of(this), get, set, del, newDoc);
    if (copy instanceof PyProperty q) {
      q.name = name;
    }
    return copy;
  }

  @PythonMethod
  static Object getter(Object self, Object f) {
    return ((PyProperty) self).copy(f, PyNone.NONE, PyNone.NONE);
  }

  @PythonMethod
  static Object setter(Object self, Object f) {
    return ((PyProperty) self).copy(PyNone.NONE, f, PyNone.NONE);
  }

  @PythonMethod
  static Object deleter(Object self, Object f) {
    return ((PyProperty) self).copy(PyNone.NONE, PyNone.NONE, f);
  }

  @Getter(value = "fget", readonlyMember = true)
  static Object fgetAttr(Object self) {
    return ((PyProperty) self).fget;
  }

  @Getter(value = "fset", readonlyMember = true)
  static Object fsetAttr(Object self) {
    return ((PyProperty) self).fset;
  }

  @Getter(value = "fdel", readonlyMember = true)
  static Object fdelAttr(Object self) {
    return ((PyProperty) self).fdel;
  }

  @Getter("__doc__")
  static Object docAttr(Object self) {
    Object d = ((PyProperty) self).doc;
    return d == null ? PyNone.NONE : d;
  }

  @Setter("__doc__")
  static void setDoc(Object self, Object value) {
    ((PyProperty) self).doc = value;
  }

  @Getter("__isabstractmethod__")
  static Object isAbstractAttr(Object self) {
    PyProperty p = (PyProperty) self;
    return isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel);
  }

  /** {@code _PyObject_IsAbstract}: a true {@code __isabstractmethod__}. */
  static boolean isAbstract(Object f) {
    Object v = f == null ? null : Abstract.lookupAttr(f, "__isabstractmethod__");
    return v != null && Abstract.isTrue(v);
  }
}
