package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyType;

/**
 * {@code _io._BytesIOBuffer}, CPython's {@code bytesiobuf} in {@code Modules/_io/bytesio.c}: the
 * object whose buffer {@code BytesIO.getbuffer()} views, the BytesIO's own bytes. Its views count
 * as the BytesIO's exports, which forbid it to write, re-size or close.
 */
final class BytesIOBuffer implements PyBuffer.Exporter {
  static final PyType TYPE = PyType.fromSpec(new PyType.Spec("_BytesIOBuffer", "_io",
      BytesIOBuffer.class, MethodHandles.lookup(), null, List.of(BytesIOBuffer.class), null,
      false));

  private final PyBytesIO source;

  BytesIOBuffer(PyBytesIO source) {
    this.source = source;
  }

  /** The BytesIO's array: while a view holds it the BytesIO writes nothing, so it stays current. */
  @Override
  public PyBuffer getBuffer(boolean writable) {
    return new PyBuffer(this, source.array(), 0, source.size(), false);
  }

  @Override
  public void viewed(Object view) {
    source.views.add(view);
  }

  @Override
  public void unviewed(Object view) {
    source.views.remove(view);
  }
}
