package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * {@code super(type, obj)}, CPython's {@code PySuper_Type} in {@code Objects/typeobject.c}:
 * attribute lookup that starts after {@code type} in the MRO of {@code obj}'s type. The compiler
 * turns a zero-argument {@code super()} into the two-argument form.
 */
public final class PySuper {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("super", PySuper.class, MethodHandles.lookup()));

  PyType type;
  Object obj;
  PyType objType;

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return new PySuper();
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    PySuper s = (PySuper) self;
    if (args.length == 0) {
      throw PyErr.format(PyExc.RuntimeError, "super(): no arguments");
    }
    if (!(args[0] instanceof PyType t)) {
      throw PyErr.format(
          PyExc.TypeError,
          "super() argument 1 must be a type, not %s",
          PyType.of(args[0]).getName());
    }
    s.type = t;
    if (args.length > 1 && args[1] != PyNone.NONE) {
      Object obj = args[1];
      s.obj = obj;
      if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
        s.objType = ot;
      } else if (PyType.of(obj).isSubtypeOf(t)) {
        s.objType = PyType.of(obj);
      } else {
        throw PyErr.format(
            PyExc.TypeError,
            "super(type, obj): obj must be an instance or subtype of type");
      }
    }
    return PyNone.NONE;
  }

  static Object __getattribute__(Object self, Object nameObj) {
    PySuper s = (PySuper) self;
    String name = PyUnicode.asJavaString(nameObj);
    if (s.objType != null && !name.equals("__class__")) {
      PyType[] mro = s.objType.getMro();
      int i = 0;
      while (i < mro.length && mro[i] != s.type) {
        i++;
      }
      for (i++; i < mro.length; i++) {
        Object v = mro[i].getOwn(name);
        if (v != null) {
          PyType vt = PyType.of(v);
          if (vt.hasSlot(SpecialMethod.op_get)) {
            Object inst = s.obj == s.objType ? null : s.obj;
            return Slots.call(vt.slot(SpecialMethod.op_get), v, inst, s.objType);
          }
          return v;
        }
      }
    }
    return PyBaseObject.__getattribute__(self, nameObj);
  }

  static Object __repr__(Object self) {
    PySuper s = (PySuper) self;
    if (s.objType != null) {
      return "<super: <class '" + s.type.getName() + "'>, <" + s.objType.getName() + " object>>";
    }
    return "<super: <class '" + s.type.getName() + "'>, NULL>";
  }
}
