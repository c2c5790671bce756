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

  private static volatile boolean devMode;

  /** {@code -X dev}: encoding and error handler names are checked even when not needed. */
  public static void setDevMode(boolean on) {
    devMode = on;
  }

  /**
   * CPython's {@code unicode_check_encoding_errors}: in development mode, an unknown encoding or
   * error handler name raises LookupError even when the data would never need it (empty, or all
   * convertible).
   */
  static void checkNames(String encoding, String errors) {
    if (!devMode) {
      return;
    }
    Object codecs = PyImport.importModule("_codecs");
    if (encoding != null) {
      Abstract.callMethod(codecs, "lookup", encoding);
    }
    if (errors != null) {
      Abstract.callMethod(codecs, "lookup_error", errors);
    }
  }

  /** The installed provider, or null. */
  public static Provider provider() {
    return provider;
  }
}
