package org.taipan.object;

import org.taipan.api.expose.PythonMethod;

/**
 * The methods of {@code object}, CPython's {@code PyBaseObject_Type} in {@code
 * Objects/typeobject.c}: generic attribute access ({@code PyObject_GenericGetAttr}), identity
 * comparison and hashing, the default {@code repr}, {@code __new__} and {@code __init__}.
 */
public final class PyBaseObject {
  private PyBaseObject() {}

  static Object __repr__(Object self) {
    PyType t = PyType.of(self);
    return String.format(
        "<%s object at 0x%012x>", t.fullName(), (long) System.identityHashCode(self) * 16);
  }

  static Object __str__(Object self) {
    return Abstract.repr(self);
  }

  static Object __hash__(Object self) {
    return (long) System.identityHashCode(self);
  }

  static Object __eq__(Object self, Object other) {
    return self == other ? Boolean.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __ne__(Object self, Object other) {
    PyType t = PyType.of(self);
    if (!t.hasSlot(SpecialMethod.op_eq)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    Object r = Slots.call(t.slot(SpecialMethod.op_eq), self, other);
    if (r == PyNotImplemented.NOT_IMPLEMENTED) {
      return r;
    }
    return !Abstract.isTrue(r);
  }

  static Object __lt__(Object self, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __le__(Object self, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __gt__(Object self, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __ge__(Object self, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  /** {@code PyObject_GenericGetAttr}. */
  static Object __getattribute__(Object self, Object nameObj) {
    String name = attributeName(nameObj);
    Object r = genericGetAttr(self, name);
    if (r == null) {
      throw PyErr.noAttribute(self, name);
    }
    return r;
  }

  /** Generic lookup returning null instead of raising when the attribute is absent. */
  static Object genericGetAttr(Object self, String name) {
    PyType t = PyType.of(self);
    Object descr = t.lookup(name);
    PyType dt = null;
    if (descr != null) {
      dt = PyType.of(descr);
      if (dt.hasSlot(SpecialMethod.op_set) && dt.hasSlot(SpecialMethod.op_get)) {
        return Slots.call(dt.slot(SpecialMethod.op_get), descr, self, t);
      }
    }
    if (self instanceof WithDict wd && !t.slotsOnly) {
      Object v = wd.getDict().get(name);
      if (v != null) {
        return v;
      }
    }
    if (descr != null) {
      if (descr instanceof MethodLike) {
        return new PyMethod(descr, self);
      }
      if (dt.hasSlot(SpecialMethod.op_get)) {
        return Slots.call(dt.slot(SpecialMethod.op_get), descr, self, t);
      }
      return descr;
    }
    return null;
  }

  /** {@code PyObject_GenericSetAttr}; a null value deletes. */
  static void genericSetAttr(Object self, String name, Object value) {
    PyType t = PyType.of(self);
    Object descr = t.lookup(name);
    if (descr != null) {
      PyType dt = PyType.of(descr);
      if (dt.hasSlot(SpecialMethod.op_set)) {
        if (value == null) {
          if (dt.hasSlot(SpecialMethod.op_delete)) {
            Slots.call(dt.slot(SpecialMethod.op_delete), descr, self);
            return;
          }
        }
        Slots.call(dt.slot(SpecialMethod.op_set), descr, self, value);
        return;
      }
    }
    if (self instanceof WithDict wd && !t.slotsOnly) {
      if (value == null) {
        if (wd.getDict().remove(name) == null) {
          throw PyErr.noAttribute(self, name);
        }
      } else {
        wd.getDict().put(name, value);
      }
      return;
    }
    if (descr == null) {
      throw PyErr.attributeError(
          self,
          name,
          String.format("'%s' object has no attribute '%s'", t.getName(), name));
    }
    throw PyErr.attributeError(
        self,
        name,
        String.format("'%s' object attribute '%s' is read-only", t.getName(), name));
  }

  static Object __setattr__(Object self, Object name, Object value) {
    notOnType(self, "__setattr__");
    genericSetAttr(self, attributeName(name), value);
    return PyNone.NONE;
  }

  static Object __delattr__(Object self, Object name) {
    notOnType(self, "__delattr__");
    genericSetAttr(self, attributeName(name), null);
    return PyNone.NONE;
  }

  /** The name argument of the generic attribute methods, which must be a str. */
  private static String attributeName(Object name) {
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(PyExc.TypeError, "attribute name must be string, not '%.200s'",
          PyType.of(name).getName());
    }
    return PyUnicode.asJavaString(name);
  }

  /**
   * CPython's {@code hackcheck}: object's __setattr__ and __delattr__ may not bypass type's own
   * (which keeps type caches right). Only the case of a type object is checked here.
   */
  private static void notOnType(Object self, String what) {
    if (self instanceof PyType) {
      throw PyErr.format(PyExc.TypeError, "can't apply this %s to type object", what);
    }
  }

  private static boolean overrides(PyType t, String name) {
    return t.lookup(name) != PyType.OBJECT.getOwn(name);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    if (args.length > 0) {
      PyType t = PyType.of(self);
      if (overrides(t, "__init__")) {
        throw PyErr.format(
            PyExc.TypeError,
            "object.__init__() takes exactly one argument (the instance to initialize)");
      }
      if (!overrides(t, "__new__")) {
        throw PyErr.format(
            PyExc.TypeError,
            "%s.__init__() takes exactly one argument (the instance to initialize)",
            t.getName());
      }
    }
    return PyNone.NONE;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (args.length > 0) {
      if (overrides(cls, "__new__")) {
        throw PyErr.format(
            PyExc.TypeError,
            "object.__new__() takes exactly one argument (the type to instantiate)");
      }
      if (!overrides(cls, "__init__")) {
        throw PyErr.format(PyExc.TypeError, "%s() takes no arguments", cls.getName());
      }
    }
    if (cls.isAbstract()) {
      throw abstractInstantiation(cls);
    }
    return cls == PyType.OBJECT ? new Plain() : cls.allocate();
  }

  /** CPython's error for {@code object.__new__} of a class with abstract methods. */
  private static PyException abstractInstantiation(PyType cls) {
    Object methods = Abstract.getAttr(cls, "__abstractmethods__");
    PyList sorted = new PyList();
    sorted.extend(methods);
    PyList.sortArray(sorted, PyNone.NONE, false);
    StringBuilder names = new StringBuilder();
    for (Object m : sorted.toArray()) {
      names.append(names.length() == 0 ? "" : ", ").append(Abstract.strJava(m));
    }
    return PyErr.format(
        PyExc.TypeError,
        "Can't instantiate abstract class %s with abstract method%s %s",
        cls.getName(),
        sorted.size() > 1 ? "s" : "",
        names);
  }

  /** An instance of {@code object} itself: no attributes of its own. */
  static final class Plain implements PyObject {
    @Override
    public PyType getType() {
      return PyType.OBJECT;
    }
  }

  /** The classmethods of {@code object}: {@code __init_subclass__} and {@code __subclasshook__}. */
  static final class ClassMethods {
    private ClassMethods() {}

    @org.taipan.api.expose.PythonMethod
    static Object __init_subclass__(Object cls, PyDict kwargs) {
      if (kwargs.size() > 0) {
        throw PyErr.format(
            PyExc.TypeError,
            "%s.__init_subclass__() takes no keyword arguments",
            ((PyType) cls).getName());
      }
      return PyNone.NONE;
    }

    /**
     * {@code object.__subclasshook__(*args)} ({@code object_subclasshook}): a classmethod that
     * leaves the decision to the normal mechanism, whatever it is given.
     */
    @org.taipan.api.expose.PythonMethod
    static Object __subclasshook__(Object cls, Object[] args) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
  }


  @Getter("__class__")
  static Object classAttr(Object self) {
    return PyType.of(self);
  }

  /** {@code object.__class__ = C} ({@code object_set_class}). */
  @Setter("__class__")
  static void setClass(Object self, Object value) {
    if (value == null) {
      throw PyErr.format(PyExc.TypeError, "can't delete __class__ attribute");
    }
    if (!(value instanceof PyType newto)) {
      throw PyErr.format(PyExc.TypeError, "__class__ must be set to a class, not '%s' object",
          PyType.of(value).tpName());
    }
    PyType oldto = PyType.of(self);
    boolean modules = newto.isSubtypeOf(PyModule.TYPE) && oldto.isSubtypeOf(PyModule.TYPE);
    if (!modules && (!newto.isMutable() || !oldto.isMutable())
        || !(self instanceof AssignableClass a)) {
      throw PyErr.format(
          PyExc.TypeError,
          "__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    PyType.compatibleForAssignment(oldto, newto, "__class__");
    a.setType(newto);
  }

  @PythonMethod
  static Object __format__(Object self, Object spec) {
    String s = PyUnicode.asJavaString(spec);
    if (!s.isEmpty()) {
      throw PyErr.format(
          PyExc.TypeError,
          "unsupported format string passed to %s.__format__",
          PyType.of(self).getName());
    }
    return Abstract.str(self);
  }

  /**
   * {@code object.__dir__} ({@code object___dir___impl}): the instance's {@code __dict__} keys
   * and the attributes of its {@code __class__} and that class's bases.
   */
  @PythonMethod
  static Object __dir__(Object self) {
    PyDict names = new PyDict();
    Object d = Abstract.lookupAttr(self, "__dict__");
    if (d instanceof PyDict pd) {
      for (Object k : pd.keyList()) {
        names.put(k, PyNone.NONE);
      }
    }
    Object cls = Abstract.lookupAttr(self, "__class__");
    if (cls != null) {
      mergeClassDict(cls, names);
    }
    return new PyList(names.keyList());
  }

  /**
   * CPython's {@code merge_class_dict}: the keys of {@code cls.__dict__} and, recursively, of its
   * {@code __bases__}' into {@code names}.
   */
  static void mergeClassDict(Object cls, PyDict names) {
    Object d = Abstract.lookupAttr(cls, "__dict__");
    if (d != null) {
      Object keys = Abstract.callMethod(d, "keys");
      Object it = Abstract.iter(keys);
      for (Object k; (k = Abstract.next(it)) != null; ) {
        names.put(k, PyNone.NONE);
      }
    }
    Object bases = Abstract.lookupAttr(cls, "__bases__");
    if (bases != null) {
      Object it = Abstract.iter(bases);
      for (Object b; (b = Abstract.next(it)) != null; ) {
        mergeClassDict(b, names);
      }
    }
  }

  @PythonMethod
  static Object __sizeof__(Object self) {
    // object___sizeof___impl: tp_basicsize, plus tp_itemsize for each item of a varying-size object
    int[] s = TypeSizes.of(PyType.of(self));
    long size = s[0];
    if (s[1] != 0) {
      try {
        size += (long) s[1] * Abstract.size(self);
      } catch (PyException e) {
        // not sized after all: the fixed part is all there is
      }
    }
    return size;
  }
}
