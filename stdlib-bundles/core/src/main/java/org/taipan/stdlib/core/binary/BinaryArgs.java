package org.taipan.stdlib.core.binary;

import java.math.BigInteger;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The argument conversions the binary modules share, as Argument Clinic's converters: {@code
 * Py_buffer} (any bytes-like object), binascii's {@code ascii_buffer} (bytes-like or an ASCII
 * {@code str}), C {@code int} and the bit-masking {@code unsigned int}; and {@code
 * PyErr_NewException} for the modules' error classes.
 */
final class BinaryArgs {
  private BinaryArgs() {}

  /**
   * A copy of the bytes of a bytes-like object ({@code PyObject_GetBuffer(PyBUF_SIMPLE)}: bytes,
   * bytearray, contiguous memoryview …), or null when {@code o} exports no buffer.
   */
  static byte[] bufferOrNull(Object o) {
    return PyBuffer.bytesOrNull(o);
  }

  /** Clinic's {@code Py_buffer}: "a bytes-like object is required, not 'T'". */
  static byte[] buffer(Object o) {
    byte[] b = bufferOrNull(o);
    if (b == null) {
      throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.100s'",
          typeName(o));
    }
    return b;
  }

  /** binascii's {@code ascii_buffer_converter}: a bytes-like object or a str of ASCII only. */
  static byte[] asciiBuffer(Object o) {
    if (PyUnicode.isStr(o)) {
      String s = PyUnicode.asJavaString(o);
      byte[] r = new byte[s.length()];
      for (int i = 0; i < r.length; i++) {
        char c = s.charAt(i);
        if (c > 127) {
          throw PyErr.format(PyExc.ValueError,
              "string argument should contain only ASCII characters");
        }
        r[i] = (byte) c;
      }
      return r;
    }
    byte[] b = bufferOrNull(o);
    if (b == null) {
      throw PyErr.format(PyExc.TypeError,
          "argument should be bytes, buffer or ASCII string, not '%.100s'", typeName(o));
    }
    return b;
  }

  /** Clinic's {@code int} ({@code _PyLong_AsInt}), also its {@code bool(accept={int})}. */
  static int cInt(Object o) {
    Object i = PyNumber.index(o);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
  }

  /** Clinic's {@code Py_ssize_t}: an index that fits a Java long, else OverflowError. */
  static long ssize(Object o) {
    Object i = PyNumber.index(o);
    if (i instanceof Long l) {
      return l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
  }

  /** Clinic's {@code unsigned_int(bitwise=True)}: the low 32 bits of any int, as a Java int. */
  static int uintMask(Object o) {
    Object i = PyNumber.index(o);
    return i instanceof Long l ? (int) (long) l : ((BigInteger) i).intValue();
  }

  /** An unsigned 32-bit value as a Python int. */
  static Object unsigned(int v) {
    return v & 0xFFFFFFFFL;
  }

  static String typeName(Object o) {
    return PyType.of(o).getName();
  }

  /** {@code PyErr_NewException("module.Name", base, NULL)}: a heap class in {@code module}. */
  static PyType newException(String module, String name, PyType base) {
    PyDict ns = new PyDict();
    ns.put("__module__", module);
    return PyType.newHeapType(PyType.of(base), name, new PyType[] {base}, ns);
  }
}
