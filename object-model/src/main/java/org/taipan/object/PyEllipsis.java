package org.taipan.object;

import java.lang.invoke.MethodHandles;

/** {@code Ellipsis} ({@code ...}) and its type, CPython's {@code _Py_EllipsisObject}. */
public final class PyEllipsis {
  /** The one {@code Ellipsis}. */
  public static final PyEllipsis ELLIPSIS = new PyEllipsis();

  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("ellipsis", PyEllipsis.class, MethodHandles.lookup()).notBaseType());

  private PyEllipsis() {}

  static Object __repr__(Object self) {
    return "Ellipsis";
  }

  /** {@code ellipsis_new}: the one {@code Ellipsis}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (args.length > 0) {
      throw PyErr.format(PyExc.TypeError, "EllipsisType takes no arguments");
    }
    return ELLIPSIS;
  }
}
