package org.taipan.stdlib.core.io;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PySlice;
import org.taipan.object.PyType;

/**
 * {@code _io._RawIOBase}, CPython's {@code rawiobase_*} in {@code Modules/_io/iobase.c}: {@code
 * read} over {@code readinto}, and {@code readall} over {@code read}.
 */
class PyRawIOBase extends PyIOBase {
  static final PyType TYPE = IoSupport.type("_RawIOBase", PyRawIOBase.class,
      MethodHandles.lookup(), null, PyIOBase.TYPE);

  PyRawIOBase(PyType type) {
    super(type);
  }

  @PythonMethod
  static Object read(Object self, @Default("-1") Object size) {
    long n = IoSupport.ssize(size);
    if (n < 0) {
      return Abstract.callMethod(self, "readall");
    }
    Object b = IoSupport.newByteArray(n);
    Object got = Abstract.callMethod(self, "readinto", b);
    if (got == PyNone.NONE) {
      return PyNone.NONE;
    }
    long k = IoSupport.ssize(got);
    if (k < 0 || k > n) {
      throw PyErr.format(PyExc.ValueError, "readinto returned %d outside buffer size %d", k, n);
    }
    Object part = Abstract.getItem(b, new PySlice(0L, k, PyNone.NONE));
    return Abstract.call(PyType.of(new PyBytes(new byte[0])), part);
  }

  @PythonMethod
  static Object readall(Object self) {
    ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    boolean any = false;
    while (true) {
      Object data = Abstract.callMethod(self, "read", (long) IoSupport.DEFAULT_BUFFER_SIZE);
      if (data == PyNone.NONE) {
        if (!any) {
          return PyNone.NONE;
        }
        break;
      }
      if (!(data instanceof PyBytes b)) {
        throw IoSupport.typeError("read() should return bytes");
      }
      byte[] d = b.toByteArray();
      if (d.length == 0) {
        break;
      }
      any = true;
      chunks.write(d, 0, d.length);
    }
    return new PyBytes(chunks.toByteArray());
  }

  @PythonMethod
  static Object readinto(Object self, Object[] args) {
    throw PyErr.newException(PyExc.NotImplementedError);
  }

  @PythonMethod
  static Object write(Object self, Object[] args) {
    throw PyErr.newException(PyExc.NotImplementedError);
  }
}
