package org.taipan.stdlib.core.binary;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyType;

/**
 * {@code zlib.Compress}, CPython's compression object ({@code compobject} with {@code deflate}):
 * a raw JDK {@link Deflater} inside the zlib or gzip framing written here.
 *
 * <p>The JDK's deflater always works with a 32 KiB window. For a smaller {@code wbits} the input
 * goes in segments of less than the window with a full flush between them, so that no
 * back-reference reaches further than a zlib with that window can follow: the output is valid
 * for the window its header announces, only a little larger.
 *
 * <p>{@code copy()} rebuilds the state by replaying the calls so far into a new deflater (the
 * JDK's cannot be cloned); the replay log is dropped past {@link #HISTORY_LIMIT} bytes of input,
 * after which {@code copy()} is refused.
 */
final class ZlibCompressor {
  static final PyType TYPE = PyType.fromSpec(
      PyType.Spec.of("Compress", ZlibCompressor.class, MethodHandles.lookup()).module("zlib")
          .notBaseType());

  static final int HISTORY_LIMIT = 32 << 20;
  private static final int RAW = 0;
  private static final int ZLIB = 1;
  private static final int GZIP = 2;

  private final int level;
  private final int strategy;
  private final int wrap;
  private final int windowBits;
  private final byte[] dict;
  private final Deflater deflater;
  /** Bytes of input allowed between full flushes (MAX_VALUE for a 32 KiB window). */
  private final int segmentLimit;
  private int segmentRoom;
  private boolean headerDone;
  private boolean finished;
  private int check;
  private long size;
  /** The calls so far: input arrays, and flush modes as Integers; null once too long. */
  private List<Object> history = new ArrayList<>();
  private long historyBytes;

  private ZlibCompressor(int level, int wrap, int windowBits, int strategy, byte[] dict) {
    this.level = level;
    this.wrap = wrap;
    this.windowBits = windowBits;
    this.strategy = strategy;
    this.dict = dict;
    this.deflater = new Deflater(level, true);
    // the JDK has no Z_RLE or Z_FIXED; the default strategy makes a valid stream for both
    deflater.setStrategy(strategy == 1 ? Deflater.FILTERED
        : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
    this.segmentLimit = windowBits >= 15 ? Integer.MAX_VALUE : (1 << windowBits) - 262;
    this.segmentRoom = segmentLimit;
    this.check = wrap == ZLIB ? 1 : 0;
    if (dict != null) {
      if (segmentLimit == Integer.MAX_VALUE) {
        deflater.setDictionary(dict);
      } else {
        // only as much of the dictionary as leaves the first segment within the window
        int d = Math.min(dict.length, segmentLimit / 2);
        deflater.setDictionary(dict, dict.length - d, d);
        segmentRoom = segmentLimit - d;
      }
    }
  }

  /**
   * {@code deflateInit2} with CPython's arguments; null when zlib would refuse them
   * ({@code Z_STREAM_ERROR}).
   */
  static ZlibCompressor create(int level, int method, int wbits, int memLevel, int strategy,
      byte[] dict) {
    if (level == -1) {
      level = 6;
    }
    int wrap;
    int w;
    if (wbits < 0) {
      wrap = RAW;
      w = -wbits;
    } else if (wbits > 15) {
      wrap = GZIP;
      w = wbits - 16;
    } else {
      wrap = ZLIB;
      w = wbits;
    }
    if (level < 0 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || w < 8 || w > 15
        || strategy < 0 || strategy > 4 || (w == 8 && wrap != ZLIB)) {
      return null;
    }
    return new ZlibCompressor(level, wrap, w == 8 ? 9 : w, strategy, dict);
  }

  private void record(Object op, long bytes) {
    if (history != null) {
      historyBytes += bytes;
      if (historyBytes > HISTORY_LIMIT) {
        history = null;
      } else {
        history.add(op);
      }
    }
  }

  private void header(ByteArrayOutputStream out) {
    if (headerDone) {
      return;
    }
    headerDone = true;
    if (wrap == ZLIB) {
      int flags = strategy >= 2 || level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
      int h = ((8 + ((windowBits - 8) << 4)) << 8) | (flags << 6);
      if (dict != null) {
        h |= 0x20;
      }
      h += 31 - (h % 31);
      out.write(h >> 8);
      out.write(h & 0xff);
      if (dict != null) {
        int id = Checksums.adler32(1, dict, 0, dict.length);
        writeBigEndian(out, id);
      }
    } else if (wrap == GZIP) {
      int xfl = level == 9 ? 2 : strategy >= 2 || level < 2 ? 4 : 0;
      out.write(0x1f);
      out.write(0x8b);
      out.write(8);
      out.write(0);
      out.writeBytes(new byte[4]);
      out.write(xfl);
      out.write(3);
    }
  }

  private static void writeBigEndian(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private static void writeLittleEndian(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }

  private void drain(int mode, ByteArrayOutputStream out) {
    byte[] buf = new byte[8192];
    if (mode == Deflater.NO_FLUSH) {
      while (!deflater.needsInput()) {
        int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
        out.write(buf, 0, n);
      }
      return;
    }
    int n;
    do {
      n = deflater.deflate(buf, 0, buf.length, mode);
      out.write(buf, 0, n);
    } while (n == buf.length);
  }

  /** {@code Compress.compress}: deflates {@code data} with {@code Z_NO_FLUSH}. */
  void compressInto(byte[] data, ByteArrayOutputStream out) {
    if (finished) {
      throw ZlibModule.error(ZlibModule.Z_STREAM_ERROR, "compressing data", null);
    }
    record(data, data.length);
    header(out);
    int pos = 0;
    while (pos < data.length) {
      if (segmentRoom == 0) {
        drain(Deflater.FULL_FLUSH, out);
        segmentRoom = segmentLimit;
      }
      int n = Math.min(data.length - pos, segmentRoom);
      deflater.setInput(data, pos, n);
      drain(Deflater.NO_FLUSH, out);
      check = wrap == GZIP ? Checksums.crc32(check, data, pos, n)
          : wrap == ZLIB ? Checksums.adler32(check, data, pos, n) : 0;
      size += n;
      pos += n;
      if (segmentLimit != Integer.MAX_VALUE) {
        segmentRoom -= n;
      }
    }
  }

  /** {@code Compress.flush(mode)}. */
  void flushInto(int mode, ByteArrayOutputStream out) {
    if (mode == ZlibModule.Z_NO_FLUSH) {
      return;
    }
    if (finished || mode < 0 || mode > 5) {
      throw ZlibModule.error(ZlibModule.Z_STREAM_ERROR, "flushing", null);
    }
    record(mode, 0);
    header(out);
    if (mode == ZlibModule.Z_FINISH) {
      deflater.finish();
      byte[] buf = new byte[8192];
      while (!deflater.finished()) {
        int n = deflater.deflate(buf);
        out.write(buf, 0, n);
      }
      deflater.end();
      if (wrap == ZLIB) {
        writeBigEndian(out, check);
      } else if (wrap == GZIP) {
        writeLittleEndian(out, check);
        writeLittleEndian(out, (int) size);
      }
      finished = true;
    } else if (mode == 3) {
      drain(Deflater.FULL_FLUSH, out);
      segmentRoom = segmentLimit;
    } else {
      // Z_PARTIAL_FLUSH and Z_BLOCK as a sync flush: the JDK has neither; the stream stays valid
      drain(Deflater.SYNC_FLUSH, out);
    }
  }

  private static ZlibCompressor self(Object o) {
    return (ZlibCompressor) o;
  }

  @PythonMethod(doc = "Returns a bytes object containing compressed data.")
  static Object compress(Object self, Object data) {
    byte[] b = BinaryArgs.buffer(data);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    self(self).compressInto(b, out);
    return new PyBytes(out.toByteArray());
  }

  @PythonMethod(doc = "Return a bytes object containing any remaining compressed data.")
  static Object flush(Object self, @Default("4") Object mode) {
    int m = BinaryArgs.cInt(mode);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    self(self).flushInto(m, out);
    return new PyBytes(out.toByteArray());
  }

  @PythonMethod(doc = "Return a copy of the compression object.")
  static Object copy(Object self) {
    ZlibCompressor c = self(self);
    if (c.finished) {
      throw PyErr.format(PyExc.ValueError, "Inconsistent stream state");
    }
    if (c.history == null) {
      throw PyErr.newException(ZlibModule.ERROR,
          "Error -2 while copying compression object: copy() replays the input and is only "
              + "available for the first " + (HISTORY_LIMIT >> 20) + " MiB on this runtime");
    }
    ZlibCompressor r = new ZlibCompressor(c.level, c.wrap, c.windowBits, c.strategy, c.dict);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    for (Object op : c.history) {
      if (op instanceof byte[] b) {
        r.compressInto(b, sink);
      } else {
        r.flushInto((Integer) op, sink);
      }
      sink.reset();
    }
    return r;
  }

  @PythonMethod
  static Object __copy__(Object self) {
    return copy(self);
  }

  @PythonMethod
  static Object __deepcopy__(Object self, Object memo) {
    return copy(self);
  }
}
