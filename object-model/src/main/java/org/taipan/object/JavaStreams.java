package org.taipan.object;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Raw binary streams over Java byte streams, for the standard streams of an interpreter whose
 * embedder gives its own {@code InputStream}/{@code OutputStream} instead of the process's file
 * descriptors. The {@code _io} module's bundle installs the factory when the module is made; the
 * interpreter wraps what it returns in {@code _io}'s buffered and text layers, as CPython's
 * {@code create_stdio} wraps a {@code FileIO}.
 */
public final class JavaStreams {
  private JavaStreams() {}

  /** What makes a raw stream ({@code _io._RawIOBase}) over one Java stream. */
  public interface Factory {
    /**
     * A raw stream named {@code name} reading {@code in}, or writing {@code out} (one of them is
     * null). Closing it leaves the Java stream open, as {@code closefd=False} does.
     */
    Object rawStream(InputStream in, OutputStream out, String name);
  }

  private static volatile Factory factory;

  /** Installs the factory (done by the {@code _io} module). */
  public static void setFactory(Factory f) {
    factory = f;
  }

  /** The installed factory, or null when no {@code _io} module was made. */
  public static Factory factory() {
    return factory;
  }
}
