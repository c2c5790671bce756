package org.taipan.object;

import java.lang.invoke.MethodHandles;

/** {@code None} and its type {@code NoneType} ({@code Objects/object.c}, {@code _Py_NoneStruct}). */
public final class PyNone {
  /** The one {@code None}. */
  public static final PyNone NONE = new PyNone();

  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("NoneType", PyNone.class, MethodHandles.lookup()).notBaseType());

  private PyNone() {}

  static Object __repr__(Object self) {
    return "None";
  }

  static Object __bool__(Object self) {
    return Boolean.FALSE;
  }

  static Object __hash__(Object self) {
    return (long) 0xFCA86420L;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (args.length > 0) {
      throw PyErr.format(PyExc.TypeError, "NoneType takes no arguments");
    }
    return NONE;
  }

  @Override
  public String toString() {
    return "None";
  }
}
