package org.taipan.object;

import java.lang.invoke.MethodHandles;

/** {@code classmethod}, CPython's {@code PyClassMethod_Type} ({@code Objects/funcobject.c}). */
public final class PyClassMethod {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("classmethod", PyClassMethod.class, MethodHandles.lookup()));

  final Object callable;

  /** Wraps a callable. */
  public PyClassMethod(Object callable) {
    this.callable = callable;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (args.length != 1) {
      throw PyErr.format(PyExc.TypeError, "classmethod expected 1 argument, got %d", args.length);
    }
    return new PyClassMethod(args[0]);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    return PyNone.NONE;
  }

  static Object __get__(Object self, Object obj, Object type) {
    Object t = type == null ? PyType.of(obj) : type;
    return new PyMethod(((PyClassMethod) self).callable, t);
  }

  @Getter("__func__")
  static Object func(Object self) {
    return ((PyClassMethod) self).callable;
  }
}
