package org.taipan.stdlib.core.data;

import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PySlice;
import org.taipan.object.PyType;

/**
 * Bytes-like arguments of the data modules ({@code PyObject_GetBuffer} with {@code PyBUF_SIMPLE}
 * or {@code PyBUF_WRITABLE}). {@code bytes} is read directly; the other buffer types ({@code
 * bytearray}, {@code memoryview}, {@code array.array}) are reached through their Python
 * operations until the object model has a buffer protocol of its own.
 */
final class Buffers {
  private Buffers() {}

  private static final PyType BYTES = PyType.of(new PyBytes(new byte[0]));

  /** Whether {@code o} exports a buffer. */
  static boolean isBytesLike(Object o) {
    if (o instanceof PyBytes) {
      return true;
    }
    PyType t = PyType.of(o);
    if (t.isSubtypeOf(BYTES)) {
      return true;
    }
    for (PyType b : t.getMro()) {
      String n = b.getName();
      String m = b.getModule();
      if ((n.equals("bytearray") || n.equals("memoryview")) && m.equals("builtins")
          || n.equals("array") && m.equals("array")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The bytes of a readable buffer, a copy ("a bytes-like object is required, not 'str'").
   */
  static byte[] readable(Object o) {
    if (o instanceof PyBytes b) {
      return b.toByteArray();
    }
    if (!isBytesLike(o)) {
      throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'",
          PyType.of(o).getName());
    }
    return ((PyBytes) Abstract.call(BYTES, o)).toByteArray();
  }

  /** Whether {@code o} exports a writable buffer. */
  static boolean isWritable(Object o) {
    if (o instanceof PyBytes || !isBytesLike(o) || PyType.of(o).isSubtypeOf(BYTES)) {
      return false;
    }
    Object ro = Abstract.lookupAttr(o, "readonly");
    // array.array is written through its items, which this bridge does not do yet
    return !PyType.of(o).getModule().equals("array") && (ro == null || !Abstract.isTrue(ro));
  }

  /** Checks {@code o} is writable ("argument must be read-write bytes-like object, not bytes"). */
  static void requireWritable(Object o) {
    if (!isWritable(o)) {
      throw PyErr.format(PyExc.TypeError,
          "argument must be read-write bytes-like object, not %s", PyType.of(o).getName());
    }
  }

  /** The size in bytes of a buffer. */
  static long byteLength(Object o) {
    if (o instanceof PyBytes b) {
      return Abstract.size(b);
    }
    Object nbytes = Abstract.lookupAttr(o, "nbytes");
    if (nbytes != null) {
      return DataSupport.asSsize(nbytes);
    }
    Object itemsize = Abstract.lookupAttr(o, "itemsize");
    long n = Abstract.size(o);
    return itemsize == null ? n : n * DataSupport.asSsize(itemsize);
  }

  /** Writes {@code data} into a writable buffer at byte offset {@code off}. */
  static void write(Object o, long off, byte[] data) {
    Object target = o;
    if (Abstract.lookupAttr(o, "cast") != null) {
      target = Abstract.callMethod(o, "cast", "B");
    }
    Abstract.setItem(target, new PySlice(off, off + data.length, PyNone.NONE),
        new PyBytes(data));
  }
}
