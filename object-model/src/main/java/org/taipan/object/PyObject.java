package org.taipan.object;

/**
 * A Java object that knows its Python type itself, rather than through the class-to-type registry:
 * instances of classes defined in Python (whose type is not fixed by the Java class) and exception
 * instances. Mirrors the {@code ob_type} field of CPython's {@code PyObject} header, which only
 * these objects need.
 */
public interface PyObject {
  /** The Python type of this object ({@code Py_TYPE(self)}). */
  PyType getType();
}
