package org.taipan.object;

import java.lang.invoke.MethodHandles;

/** {@code staticmethod}, CPython's {@code PyStaticMethod_Type} ({@code Objects/funcobject.c}). */
public final class PyStaticMethod implements PyCallable {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("staticmethod", PyStaticMethod.class, MethodHandles.lookup()));

  final Object callable;

  /** Wraps a callable. */
  public PyStaticMethod(Object callable) {
    this.callable = callable;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    return Abstract.call(callable, args, kwnames);
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (args.length != 1) {
      throw PyErr.format(
          PyExc.TypeError, "staticmethod expected 1 argument, got %d", args.length);
    }
    return new PyStaticMethod(args[0]);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    return PyNone.NONE;
  }

  static Object __get__(Object self, Object obj, Object type) {
    return ((PyStaticMethod) self).callable;
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyStaticMethod) self).call(args, kwnames);
  }

  @Getter("__func__")
  static Object func(Object self) {
    return ((PyStaticMethod) self).callable;
  }
}
