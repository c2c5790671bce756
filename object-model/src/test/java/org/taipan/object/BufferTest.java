package org.taipan.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The bytes-like protocol other modules use ({@link PyBuffer}), as CPython's buffer protocol. */
class BufferTest {

  private static String message(PyException e) {
    return PyType.of(e.value).getName() + ": " + Abstract.str(e.value);
  }

  @Test
  void bytesBytearrayAndViewsAreBytesLike() {
    byte[] abc = {'a', 'b', 'c'};
    assertArrayEquals(abc, PyBuffer.bytes(new PyBytes(abc.clone())));
    assertArrayEquals(abc, PyBuffer.bytes(new PyByteArray(abc.clone())));
    Object view = PyMemoryView.of(new PyBytes(abc.clone()));
    assertArrayEquals(abc, PyBuffer.bytes(view));
    Object reversed = Abstract.getItem(view, new PySlice(PyNone.NONE, PyNone.NONE, -1L));
    assertArrayEquals(new byte[] {'c', 'b', 'a'}, PyBuffer.toContiguousOrNull(reversed));
    assertNull(PyBuffer.getOrNull("abc"));
    assertFalse(PyBuffer.check(1L));
  }

  @Test
  void bytesIsReadOnlyAndBytearrayWritable() {
    PyByteArray a = new PyByteArray(new byte[] {1, 2});
    PyBuffer w = PyBuffer.getWritable(a, "readinto()");
    w.put(0, 9);
    assertEquals(9, a.toByteArray()[0]);
    assertSame(a, w.obj);
    PyException e = assertThrows(PyException.class,
        () -> PyBuffer.getWritable(new PyBytes(new byte[1]), "readinto()"));
    assertEquals("TypeError: readinto() argument must be read-write bytes-like object, not bytes",
        message(e));
  }

  @Test
  void notBytesLikeIsATypeError() {
    PyException e = assertThrows(PyException.class, () -> PyBuffer.get("text"));
    assertEquals("TypeError: a bytes-like object is required, not 'str'", message(e));
  }

  @Test
  void aViewWrittenThroughChangesItsBytearray() {
    PyByteArray a = new PyByteArray(new byte[] {'a', 'b', 'c', 'd'});
    Object view = PyMemoryView.of(a);
    Object evens = Abstract.getItem(view, new PySlice(PyNone.NONE, PyNone.NONE, 2L));
    Abstract.setItem(evens, 1L, 0x5aL);
    assertArrayEquals(new byte[] {'a', 'b', 'Z', 'd'}, a.toByteArray());
    PyException e = assertThrows(PyException.class, () -> PyBuffer.getOrNull(evens));
    assertEquals("BufferError: memoryview: underlying buffer is not C-contiguous", message(e));
  }
}
