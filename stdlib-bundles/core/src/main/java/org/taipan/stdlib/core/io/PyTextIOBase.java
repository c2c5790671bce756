package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/** {@code _io._TextIOBase}, CPython's {@code textiobase_*} in {@code Modules/_io/textio.c}. */
class PyTextIOBase extends PyIOBase {
  static final PyType TYPE = IoSupport.type("_TextIOBase", PyTextIOBase.class,
      MethodHandles.lookup(), null, PyIOBase.TYPE);

  PyTextIOBase(PyType type) {
    super(type);
  }

  @PythonMethod
  static Object detach(Object self) {
    throw IoSupport.unsupported("detach");
  }

  @PythonMethod
  static Object read(Object self, Object[] args) {
    throw IoSupport.unsupported("read");
  }

  @PythonMethod
  static Object readline(Object self, Object[] args) {
    throw IoSupport.unsupported("readline");
  }

  @PythonMethod
  static Object write(Object self, Object[] args) {
    throw IoSupport.unsupported("write");
  }

  @Getter("encoding")
  static Object encoding(Object self) {
    return PyNone.NONE;
  }

  @Getter("newlines")
  static Object newlines(Object self) {
    return PyNone.NONE;
  }

  @Getter("errors")
  static Object errors(Object self) {
    return PyNone.NONE;
  }
}
