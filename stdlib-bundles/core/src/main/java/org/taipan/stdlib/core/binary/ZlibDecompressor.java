package org.taipan.stdlib.core.binary;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PositionalOnly;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyType;

/**
 * {@code zlib.Decompress}, CPython's decompression object ({@code compobject} with {@code
 * inflate}): a raw JDK {@link Inflater} with the zlib or gzip header and trailer read here
 * ({@link ZlibFraming}), {@code unused_data}, {@code unconsumed_tail} and {@code eof} kept as
 * CPython's {@code save_unconsumed_input} keeps them.
 *
 * <p>{@code copy()} replays the input consumed so far into a new inflater, stopping at the same
 * amount of output; the log is dropped past {@link ZlibCompressor#HISTORY_LIMIT} bytes.
 */
final class ZlibDecompressor {
  static final PyType TYPE = PyType.fromSpec(
      PyType.Spec.of("Decompress", ZlibDecompressor.class, MethodHandles.lookup()).module("zlib")
          .notBaseType());

  private enum Phase { HEADER, BODY, TRAILER, DONE }

  /** What one run over some input ended with, as zlib's return codes. */
  private static final int OK = 0;
  private static final int STREAM_END = 1;

  private final int wbits;
  private final boolean raw;
  private final boolean acceptZlib;
  private final boolean acceptGzip;
  private final int windowLimit;
  private final byte[] dict;
  private final Inflater inflater = new Inflater(true);
  private Phase phase;
  private boolean gzip;
  private byte[] pending = new byte[0];
  private int check;
  private long size;
  private long produced;
  private boolean initialised = true;
  boolean eof;
  byte[] unusedData = new byte[0];
  byte[] unconsumedTail = new byte[0];
  private ByteArrayOutputStream history = new ByteArrayOutputStream();

  private ZlibDecompressor(int wbits, boolean raw, boolean zlib, boolean gzip, int windowLimit,
      byte[] dict) {
    this.wbits = wbits;
    this.raw = raw;
    this.acceptZlib = zlib;
    this.acceptGzip = gzip;
    this.windowLimit = windowLimit;
    this.dict = dict;
    this.phase = raw ? Phase.BODY : Phase.HEADER;
    if (raw && dict != null) {
      inflater.setDictionary(dict);
    }
  }

  /** {@code inflateInit2} with CPython's arguments; null when zlib would refuse {@code wbits}. */
  static ZlibDecompressor create(int wbits, byte[] dict) {
    if (wbits < 0) {
      if (wbits < -15 || wbits > -8) {
        return null;
      }
      return new ZlibDecompressor(wbits, true, false, false, 0, dict);
    }
    int w = wbits < 48 ? wbits & 15 : wbits;
    if (w != 0 && (w < 8 || w > 15)) {
      return null;
    }
    boolean zlib = wbits < 16 || wbits >= 32;
    boolean gz = wbits >= 16;
    return new ZlibDecompressor(wbits, false, zlib, gz, w, dict);
  }

  private void addCheck(byte[] b, int off, int n) {
    if (!raw) {
      check = gzip ? Checksums.crc32(check, b, off, n) : Checksums.adler32(check, b, off, n);
    }
    size += n;
  }

  /** The position in the input a run stopped at. */
  private int pos;

  /**
   * Inflates {@code in} from {@code pos} on, writing at most {@code maxOut} bytes (unbounded when
   * negative); leaves {@link #pos} at the first byte not consumed.
   *
   * @return {@link #OK} or {@link #STREAM_END}
   */
  private int run(byte[] in, long maxOut, ByteArrayOutputStream out, String what) {
    int start = pos;
    try {
      return runPhases(in, maxOut, out, what);
    } finally {
      if (history != null) {
        history.write(in, start, pos - start);
        if (history.size() > ZlibCompressor.HISTORY_LIMIT) {
          history = null;
        }
      }
    }
  }

  private int runPhases(byte[] in, long maxOut, ByteArrayOutputStream out, String what) {
    byte[] buf = new byte[8192];
    while (true) {
      switch (phase) {
        case HEADER -> {
          byte[] all = concat(pending, in, pos);
          ZlibFraming.Header h = ZlibFraming.read(all, all.length, acceptZlib, acceptGzip,
              windowLimit);
          if (h == null) {
            pending = all;
            pos = in.length;
            return OK;
          }
          pos += h.length - pending.length;
          pending = new byte[0];
          gzip = h.gzip;
          check = gzip ? 0 : 1;
          if (h.needDict) {
            if (dict == null) {
              throw ZlibModule.error(ZlibModule.Z_NEED_DICT, what, null);
            }
            if (Checksums.adler32(1, dict, 0, dict.length) != h.dictId) {
              throw ZlibModule.error(ZlibModule.Z_DATA_ERROR, "setting zdict", null);
            }
            inflater.setDictionary(dict);
          }
          phase = Phase.BODY;
        }
        case BODY -> {
          inflater.setInput(in, pos, in.length - pos);
          try {
            while (true) {
              if (maxOut >= 0 && produced >= maxOut) {
                pos = in.length - inflater.getRemaining();
                return OK;
              }
              int room = maxOut < 0 ? buf.length : (int) Math.min(buf.length, maxOut - produced);
              int n = inflater.inflate(buf, 0, room);
              out.write(buf, 0, n);
              addCheck(buf, 0, n);
              produced += n;
              if (inflater.finished()) {
                break;
              }
              if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                pos = in.length;
                return OK;
              }
            }
          } catch (DataFormatException e) {
            pos = in.length - inflater.getRemaining();
            throw ZlibModule.error(ZlibModule.Z_DATA_ERROR, what, e.getMessage());
          }
          pos = in.length - inflater.getRemaining();
          phase = Phase.TRAILER;
        }
        case TRAILER -> {
          int need = raw ? 0 : gzip ? 8 : 4;
          int take = Math.min(need - pending.length, in.length - pos);
          pending = concat(pending, Arrays.copyOfRange(in, pos, pos + take), 0);
          pos += take;
          if (pending.length < need) {
            return OK;
          }
          checkTrailer(pending);
          pending = new byte[0];
          phase = Phase.DONE;
        }
        default -> {
          return STREAM_END;
        }
      }
    }
  }

  private void checkTrailer(byte[] t) {
    if (raw) {
      return;
    }
    if (gzip) {
      int crc = (t[0] & 0xff) | (t[1] & 0xff) << 8 | (t[2] & 0xff) << 16 | (t[3] & 0xff) << 24;
      int len = (t[4] & 0xff) | (t[5] & 0xff) << 8 | (t[6] & 0xff) << 16 | (t[7] & 0xff) << 24;
      if (crc != check) {
        throw ZlibModule.error(ZlibModule.Z_DATA_ERROR, "decompressing data",
            "incorrect data check");
      }
      if (len != (int) size) {
        throw ZlibModule.error(ZlibModule.Z_DATA_ERROR, "decompressing data",
            "incorrect length check");
      }
    } else {
      int adler = (t[0] & 0xff) << 24 | (t[1] & 0xff) << 16 | (t[2] & 0xff) << 8 | (t[3] & 0xff);
      if (adler != check) {
        throw ZlibModule.error(ZlibModule.Z_DATA_ERROR, "decompressing data",
            "incorrect data check");
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b, int from) {
    byte[] r = Arrays.copyOf(a, a.length + b.length - from);
    System.arraycopy(b, from, r, a.length, b.length - from);
    return r;
  }

  /** {@code zlib.decompress}: the whole stream at once; an unfinished stream is an error. */
  byte[] decompressAll(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length * 3));
    history = null;
    pos = 0;
    int r = run(in, -1, out, "decompressing data");
    inflater.end();
    if (r != STREAM_END) {
      throw ZlibModule.error(ZlibModule.Z_BUF_ERROR, "decompressing data", null);
    }
    return out.toByteArray();
  }

  /** {@code save_unconsumed_input}. */
  private void saveUnconsumed(byte[] in, int r) {
    if (r == STREAM_END && pos < in.length) {
      // CPython 3.11 keeps the leftover in unconsumed_tail too (avail_in is not cleared)
      unusedData = concat(unusedData, in, pos);
    }
    if (pos < in.length || unconsumedTail.length > 0) {
      unconsumedTail = Arrays.copyOfRange(in, pos, in.length);
    }
  }

  private Object decompressData(byte[] in, long maxLength, String what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pos = 0;
    int r = OK;
    try {
      r = run(in, maxLength > 0 ? produced + maxLength : -1, out, what);
    } catch (PyException e) {
      saveUnconsumed(in, OK);
      throw e;
    }
    saveUnconsumed(in, r);
    if (r == STREAM_END) {
      eof = true;
    }
    return new PyBytes(out.toByteArray());
  }

  private static ZlibDecompressor self(Object o) {
    return (ZlibDecompressor) o;
  }

  @PythonMethod(positionalOnly = false, doc = "Return a bytes object containing the "
      + "decompressed version of the data.")
  static Object decompress(Object self, @PositionalOnly Object data,
      @Default("0") Object max_length) {
    byte[] b = BinaryArgs.buffer(data);
    long max = BinaryArgs.ssize(max_length);
    if (max < 0) {
      throw PyErr.format(PyExc.ValueError, "max_length must be non-negative");
    }
    ZlibDecompressor d = self(self);
    if (!d.initialised) {
      throw ZlibModule.error(ZlibModule.Z_STREAM_ERROR, "decompressing data", null);
    }
    return d.decompressData(b, max, "decompressing data");
  }

  @PythonMethod(doc = "Return a bytes object containing any remaining decompressed data.")
  static Object flush(Object self, @Default("16384") Object length) {
    long n = BinaryArgs.ssize(length);
    if (n <= 0) {
      throw PyErr.format(PyExc.ValueError, "length must be greater than zero");
    }
    ZlibDecompressor d = self(self);
    if (!d.initialised) {
      throw ZlibModule.error(ZlibModule.Z_STREAM_ERROR, "flushing", null);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] in = d.unconsumedTail;
    d.pos = 0;
    int r;
    try {
      r = d.run(in, -1, out, "flushing");
    } catch (PyException e) {
      d.saveUnconsumed(in, OK);
      throw e;
    }
    d.saveUnconsumed(in, r);
    if (r == STREAM_END) {
      d.eof = true;
      d.initialised = false;
      d.inflater.end();
    }
    return new PyBytes(out.toByteArray());
  }

  @PythonMethod(doc = "Return a copy of the decompression object.")
  static Object copy(Object self) {
    ZlibDecompressor d = self(self);
    if (!d.initialised) {
      throw PyErr.format(PyExc.ValueError, "Inconsistent stream state");
    }
    if (d.history == null) {
      throw PyErr.newException(ZlibModule.ERROR,
          "Error -2 while copying decompression object: copy() replays the input and is only "
              + "available for the first " + (ZlibCompressor.HISTORY_LIMIT >> 20)
              + " MiB on this runtime");
    }
    ZlibDecompressor r = create(d.wbits, d.dict);
    byte[] consumed = d.history.toByteArray();
    r.pos = 0;
    r.run(consumed, d.produced, new ByteArrayOutputStream(), "copying");
    r.eof = d.eof;
    r.unusedData = d.unusedData;
    r.unconsumedTail = d.unconsumedTail;
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

  @Getter("unused_data")
  static Object unused_data(Object self) {
    return new PyBytes(self(self).unusedData.clone());
  }

  @Getter("unconsumed_tail")
  static Object unconsumed_tail(Object self) {
    return new PyBytes(self(self).unconsumedTail.clone());
  }

  @Getter("eof")
  static Object eof(Object self) {
    return self(self).eof;
  }
}
