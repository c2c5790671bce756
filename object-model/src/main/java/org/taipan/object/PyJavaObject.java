package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * The type of a Java object that the object model does not otherwise know. For now it behaves as a
 * plain {@code object}; Java interop will give it the Java class's methods.
 */
final class PyJavaObject {
  private PyJavaObject() {}

  static final PyType TYPE =
      PyType.fromSpec(
          new PyType.Spec(
              "JavaObject",
              "java",
              PyJavaObject.class,
              MethodHandles.lookup(),
              null,
              java.util.List.of(),
              null,
              false));

  static Object __repr__(Object self) {
    return "<java object " + self.getClass().getName() + ">";
  }
}
