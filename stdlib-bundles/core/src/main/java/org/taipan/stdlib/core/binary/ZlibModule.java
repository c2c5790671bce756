package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PositionalOnly;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/**
 * The {@code zlib} module, CPython's {@code Modules/zlibmodule.c}, over the JDK's raw deflate
 * ({@link java.util.zip.Deflater}, {@link java.util.zip.Inflater} with {@code nowrap}): the zlib
 * and gzip framing ({@link ZlibFraming}) and the checksums ({@link Checksums}) are ours, so that
 * every {@code wbits} form zlib accepts works and errors carry zlib's messages.
 */
@PythonModule(value = "zlib", doc = "The functions in this module allow compression and "
    + "decompression using the\nzlib library, which is based on GNU zip.\n\n"
    + "adler32(string[, start]) -- Compute an Adler-32 checksum.\n"
    + "compress(data[, level]) -- Compress data, with compression level 0-9 or -1.\n"
    + "compressobj([level[, ...]]) -- Return a compressor object.\n"
    + "crc32(string[, start]) -- Compute a CRC-32 checksum.\n"
    + "decompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\n"
    + "decompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n"
    + "'wbits' is window buffer size and container format.\n"
    + "Compressor objects support compress() and flush() methods; decompressor\n"
    + "objects support decompress() and flush().")
public final class ZlibModule {
  private ZlibModule() {}

  /** {@code zlib.error}. */
  static final PyType ERROR = BinaryArgs.newException("zlib", "error", PyExc.Exception);

  static final int MAX_WBITS = 15;
  static final int DEF_BUF_SIZE = 16384;
  static final int Z_NO_FLUSH = 0;
  static final int Z_FINISH = 4;
  /** zlib's return codes that reach messages. */
  static final int Z_NEED_DICT = 2;
  static final int Z_STREAM_ERROR = -2;
  static final int Z_DATA_ERROR = -3;
  static final int Z_BUF_ERROR = -5;

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("error", ERROR);
    Object[][] constants = {
        {"MAX_WBITS", 15L}, {"DEFLATED", 8L}, {"DEF_MEM_LEVEL", 8L},
        {"DEF_BUF_SIZE", (long) DEF_BUF_SIZE}, {"Z_NO_COMPRESSION", 0L}, {"Z_BEST_SPEED", 1L},
        {"Z_BEST_COMPRESSION", 9L}, {"Z_DEFAULT_COMPRESSION", -1L}, {"Z_FILTERED", 1L},
        {"Z_HUFFMAN_ONLY", 2L}, {"Z_RLE", 3L}, {"Z_FIXED", 4L}, {"Z_DEFAULT_STRATEGY", 0L},
        {"Z_NO_FLUSH", 0L}, {"Z_PARTIAL_FLUSH", 1L}, {"Z_SYNC_FLUSH", 2L}, {"Z_FULL_FLUSH", 3L},
        {"Z_FINISH", 4L}, {"Z_BLOCK", 5L}, {"Z_TREES", 6L},
        // the versions of the pinned oracle's zlib (built against 1.2.7, running 1.2.13)
        {"ZLIB_VERSION", "1.2.7"}, {"ZLIB_RUNTIME_VERSION", "1.2.13"},
    };
    for (Object[] c : constants) {
      m.put((String) c[0], c[1]);
    }
  }

  /**
   * {@code zlib_error}: "Error N while WHAT: MSG", with zlib's message or the one CPython gives
   * the code when zlib has none.
   */
  static PyException error(int code, String what, String msg) {
    if (msg == null) {
      msg = switch (code) {
        case Z_BUF_ERROR -> "incomplete or truncated stream";
        case Z_STREAM_ERROR -> "inconsistent stream state";
        case Z_DATA_ERROR -> "invalid input data";
        default -> null;
      };
    }
    return PyErr.newException(ERROR, msg == null
        ? String.format("Error %d while %s", code, what)
        : String.format("Error %d while %s: %.200s", code, what, msg));
  }

  @PythonMethod(positionalOnly = false, doc = "Returns a bytes object containing compressed data.")
  public static Object compress(@PositionalOnly Object data, @Default("-1") Object level,
      @Default("15") Object wbits) {
    byte[] b = BinaryArgs.buffer(data);
    int lv = BinaryArgs.cInt(level);
    int wb = BinaryArgs.cInt(wbits);
    ZlibCompressor c = ZlibCompressor.create(lv, 8, wb, 8, 0, null);
    if (c == null) {
      throw PyErr.newException(ERROR, "Bad compression level");
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length / 2 + 64);
    c.compressInto(b, out);
    c.flushInto(Z_FINISH, out);
    return new PyBytes(out.toByteArray());
  }

  @PythonMethod(positionalOnly = false, doc = "Returns a bytes object containing the "
      + "uncompressed data.")
  public static Object decompress(@PositionalOnly Object data, @Default("15") Object wbits,
      @Default("16384") Object bufsize) {
    byte[] b = BinaryArgs.buffer(data);
    int wb = BinaryArgs.cInt(wbits);
    long bs = BinaryArgs.ssize(bufsize);
    if (bs < 0) {
      throw PyErr.format(PyExc.ValueError, "bufsize must be non-negative");
    }
    ZlibDecompressor d = ZlibDecompressor.create(wb, null);
    if (d == null) {
      throw error(Z_STREAM_ERROR, "preparing to decompress data", null);
    }
    return new PyBytes(d.decompressAll(b));
  }

  @PythonMethod(positionalOnly = false, doc = "Return a compressor object.")
  public static Object compressobj(@Default("-1") Object level, @Default("8") Object method,
      @Default("15") Object wbits, @Default("8") Object memLevel,
      @Default("0") Object strategy, @Default("None") Object zdict) {
    int lv = BinaryArgs.cInt(level);
    int me = BinaryArgs.cInt(method);
    int wb = BinaryArgs.cInt(wbits);
    int ml = BinaryArgs.cInt(memLevel);
    int st = BinaryArgs.cInt(strategy);
    byte[] dict = null;
    if (zdict != PyNone.NONE) {
      dict = BinaryArgs.buffer(zdict);
    }
    ZlibCompressor c = ZlibCompressor.create(lv, me, wb, ml, st, dict);
    if (c == null) {
      throw PyErr.format(PyExc.ValueError, "Invalid initialization option");
    }
    return c;
  }

  @PythonMethod(positionalOnly = false, doc = "Return a decompressor object.")
  public static Object decompressobj(@Default("15") Object wbits,
      @Default("<unrepresentable>") Object zdict) {
    int wb = BinaryArgs.cInt(wbits);
    byte[] dict = null;
    if (zdict != null && zdict.getClass() != Object.class) {
      dict = BinaryArgs.bufferOrNull(zdict);
      if (dict == null) {
        throw PyErr.format(PyExc.TypeError, "zdict argument must support the buffer protocol");
      }
    }
    ZlibDecompressor d = ZlibDecompressor.create(wb, dict);
    if (d == null) {
      throw PyErr.format(PyExc.ValueError, "Invalid initialization option");
    }
    return d;
  }

  @PythonMethod(doc = "Compute a CRC-32 checksum of data.")
  public static Object crc32(Object data, @Default("0") Object value) {
    byte[] b = BinaryArgs.buffer(data);
    return BinaryArgs.unsigned(Checksums.crc32(BinaryArgs.uintMask(value), b, 0, b.length));
  }

  @PythonMethod(doc = "Compute an Adler-32 checksum of data.")
  public static Object adler32(Object data, @Default("1") Object value) {
    byte[] b = BinaryArgs.buffer(data);
    return BinaryArgs.unsigned(Checksums.adler32(BinaryArgs.uintMask(value), b, 0, b.length));
  }
}
