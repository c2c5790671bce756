package org.taipan.object;

import java.lang.invoke.MethodHandles;

/** {@code NotImplemented} and {@code NotImplementedType} ({@code _Py_NotImplementedStruct}). */
public final class PyNotImplemented {
  /** The one {@code NotImplemented}. */
  public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("NotImplementedType", PyNotImplemented.class, MethodHandles.lookup())
              .notBaseType());

  private PyNotImplemented() {}

  static Object __repr__(Object self) {
    return "NotImplemented";
  }

  /** {@code notimplemented_new}: the one {@code NotImplemented}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (args.length > 0) {
      throw PyErr.format(PyExc.TypeError, "NotImplementedType takes no arguments");
    }
    return NOT_IMPLEMENTED;
  }

  /** {@code notimplemented_bool}: true, with a DeprecationWarning. */
  static Object __bool__(Object self) {
    PyWarnings.warn(PyExc.DeprecationWarning,
        "NotImplemented should not be used in a boolean context", 1);
    return Boolean.TRUE;
  }
}
