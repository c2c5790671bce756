package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * The {@code bool} type on {@code Boolean}, a subclass of {@code int} ({@code
 * Objects/boolobject.c}).
 */
public final class PyBool {
  private PyBool() {}

  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("bool", PyBool.class, MethodHandles.lookup())
              .base(PyLong.TYPE)
              .classes(Boolean.class)
              .notBaseType());

  static Object __repr__(Object self) {
    return (Boolean) self ? "True" : "False";
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(PyExc.TypeError, "bool() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErr.format(PyExc.TypeError, "bool expected at most 1 argument, got %d", args.length);
    }
    return args.length == 0 ? Boolean.FALSE : (Object) Abstract.isTrue(args[0]);
  }

  static Object __and__(Object a, Object b) {
    if (b instanceof Boolean y) {
      return (Boolean) a & y;
    }
    return PyLong.__and__(a, b);
  }

  static Object __rand__(Object a, Object b) {
    return __and__(a, b);
  }

  static Object __or__(Object a, Object b) {
    if (b instanceof Boolean y) {
      return (Boolean) a | y;
    }
    return PyLong.__or__(a, b);
  }

  static Object __ror__(Object a, Object b) {
    return __or__(a, b);
  }

  static Object __xor__(Object a, Object b) {
    if (b instanceof Boolean y) {
      return (Boolean) a ^ y;
    }
    return PyLong.__xor__(a, b);
  }

  static Object __rxor__(Object a, Object b) {
    return __xor__(a, b);
  }
}
