package org.taipan.object;

/**
 * The codec machinery as {@code str.encode} and {@code bytes.decode} reach it, CPython's {@code
 * PyUnicode_AsEncodedString} and {@code PyUnicode_Decode}: a provider (the {@code _codecs}
 * module's bundle) installs the implementation; without one the object model's own UTF-8,
 * ASCII and Latin-1 conversions serve.
 */
public final class PyCodecs {
  private PyCodecs() {}

  /** What encodes and decodes text through the codec registry. */
  public interface Provider {
    /** {@code str.encode(encoding, errors)}: the bytes, or the codec's exception. */
    Object encode(Object str, String encoding, String errors);

    /** {@code bytes.decode(encoding, errors)} of the bytes-like {@code data}. */
    Object decode(Object data, String encoding, String errors);
  }

  private static volatile Provider provider;

  /** Installs the implementation (done once, when the codec bundle is loaded). */
  public static void setProvider(Provider p) {
    provider = p;
  }

  /** The installed provider, or null. */
  public static Provider provider() {
    return provider;
  }
}
