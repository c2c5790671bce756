package org.taipan.stdlib.core.text;

import org.taipan.object.PyBytes;

/**
 * The bytes of a bytes-like object, standing in for {@code PyObject_GetBuffer(o, PyBUF_SIMPLE)}
 * in the text modules: {@code bytes} (and its subclasses) for now; other buffer types are added
 * here as the object model provides them.
 */
final class Buffers {
  private Buffers() {}

  /** A copy of the bytes of {@code o}, or null when it does not export a buffer. */
  static byte[] bytesOrNull(Object o) {
    if (o instanceof PyBytes b) {
      return b.toByteArray();
    }
    return null;
  }
}
