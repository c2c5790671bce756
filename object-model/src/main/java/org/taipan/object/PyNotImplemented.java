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
}
