package org.taipan.stdlib.core.text;

import org.taipan.object.PyBuffer;

/**
 * The bytes of a bytes-like object, standing in for {@code PyObject_GetBuffer(o, PyBUF_SIMPLE)}
 * in the text modules ({@code bytes}, {@code bytearray}, contiguous {@code memoryview}s).
 */
final class Buffers {
  private Buffers() {}

  /** A copy of the bytes of {@code o}, or null when it does not export a buffer. */
  static byte[] bytesOrNull(Object o) {
    return PyBuffer.bytesOrNull(o);
  }
}
