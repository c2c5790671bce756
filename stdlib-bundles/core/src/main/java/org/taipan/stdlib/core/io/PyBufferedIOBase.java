package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyType;

/**
 * {@code _io._BufferedIOBase}, CPython's {@code bufferediobase_*} in {@code
 * Modules/_io/bufferedio.c}: {@code readinto} over {@code read}, the rest unsupported.
 */
class PyBufferedIOBase extends PyIOBase {
  static final PyType TYPE = IoSupport.type("_BufferedIOBase", PyBufferedIOBase.class,
      MethodHandles.lookup(), null, PyIOBase.TYPE);

  PyBufferedIOBase(PyType type) {
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
  static Object read1(Object self, Object[] args) {
    throw IoSupport.unsupported("read1");
  }

  @PythonMethod
  static Object write(Object self, Object[] args) {
    throw IoSupport.unsupported("write");
  }

  @PythonMethod
  static Object readinto(Object self, Object buffer) {
    return readintoWith(self, buffer, "read", "readinto");
  }

  @PythonMethod
  static Object readinto1(Object self, Object buffer) {
    return readintoWith(self, buffer, "read1", "readinto1");
  }

  /** {@code _bufferediobase_readinto_generic}: reads with {@code method}, copies into buffer. */
  static Object readintoWith(Object self, Object buffer, String method, String name) {
    int len = IoSupport.writableLength(name, buffer);
    Object data = Abstract.callMethod(self, method, (long) len);
    if (!(data instanceof PyBytes b)) {
      throw IoSupport.typeError("read() should return bytes");
    }
    byte[] d = b.toByteArray();
    if (d.length > len) {
      throw IoSupport.valueError(
          "read() returned too much data: %d bytes requested, %d returned", len, d.length);
    }
    IoSupport.fill(buffer, d, d.length);
    return (long) d.length;
  }
}
