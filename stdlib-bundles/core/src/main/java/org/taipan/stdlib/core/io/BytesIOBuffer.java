package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyType;

/**
 * {@code _io._BytesIOBuffer}, CPython's {@code bytesiobuf} in {@code Modules/_io/bytesio.c}: the
 * object whose buffer {@code BytesIO.getbuffer()} views, the BytesIO's own live bytes. Exports it
 * holds (a view inside a {@code with} block) forbid the BytesIO to re-size.
 */
final class BytesIOBuffer implements PyBuffer.Resizable {
  static final PyType TYPE = PyType.fromSpec(new PyType.Spec("_BytesIOBuffer", "_io",
      BytesIOBuffer.class, MethodHandles.lookup(), null, List.of(BytesIOBuffer.class), null,
      false));

  private final PyBytesIO source;

  BytesIOBuffer(PyBytesIO source) {
    this.source = source;
  }

  @Override
  public PyBuffer getBuffer(boolean writable) {
    return new PyBuffer(this, source.liveArray(), 0, source.liveSize(), false);
  }

  @Override
  public byte[] liveArray() {
    return source.liveArray();
  }

  /**
   * The whole array: bytes past the BytesIO's size stay readable, as in CPython, where a second
   * {@code __init__} empties a BytesIO whose buffer a view holds, and the view still shows them.
   */
  @Override
  public int liveSize() {
    return source.liveArray().length;
  }

  @Override
  public void addExports(int delta) {
    source.exports += delta;
  }
}
