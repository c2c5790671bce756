package org.taipan.stdlib.core.text;

import org.taipan.object.PyTuple;
import org.taipan.object.PyUnicode;

/**
 * The byte decoders of {@code _codecs} ({@code Objects/unicodeobject.c}): ASCII, Latin-1,
 * UTF-8, UTF-16 and UTF-32, each with CPython's error ranges and reasons, the error handler for
 * anything undecodable, and the {@code final} rule of incremental decoding (an incomplete
 * sequence at the end is left unconsumed unless {@code final}).
 */
final class Decoders {
  private Decoders() {}

  /** The decoded text and the number of bytes consumed. */
  record Result(Object str, int consumed, int byteorder) {
    PyTuple pair() {
      return new PyTuple(str, (long) consumed);
    }
  }

  private static int replace(CodePointBuffer out, String errors, String encoding, byte[] data,
      int start, int end, String reason) {
    ErrorHandlers.Replacement r =
        ErrorHandlers.onDecode(errors, encoding, data, start, end, reason);
    out.append(CodePointBuffer.of(r.value()));
    return r.newpos();
  }

  static Result latin1(byte[] data) {
    int[] cps = new int[data.length];
    for (int i = 0; i < cps.length; i++) {
      cps[i] = data[i] & 0xff;
    }
    return new Result(PyUnicode.fromCodePoints(cps), data.length, 0);
  }

  static Result ascii(byte[] data, String errors) {
    CodePointBuffer out = new CodePointBuffer(data.length);
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xff;
      if (b < 0x80) {
        out.append(b);
        i++;
      } else {
        i = replace(out, errors, "ascii", data, i, i + 1, "ordinal not in range(128)");
      }
    }
    return new Result(out.toStr(), data.length, 0);
  }

  static Result utf8(byte[] data, String errors, boolean last) {
    CodePointBuffer out = new CodePointBuffer(data.length);
    int n = data.length;
    int i = 0;
    loop:
    while (i < n) {
      int c = data[i] & 0xff;
      if (c < 0x80) {
        out.append(c);
        i++;
        continue;
      }
      int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
          : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 0) {
        i = replace(out, errors, "utf-8", data, i, i + 1, "invalid start byte");
        continue;
      }
      int cp = c & (0xFF >> (len + 1));
      for (int k = 1; k < len; k++) {
        if (i + k >= n) {
          if (!last) {
            break loop;
          }
          i = replace(out, errors, "utf-8", data, i, n, "unexpected end of data");
          continue loop;
        }
        int d = data[i + k] & 0xff;
        int lo = 0x80;
        int hi = 0xBF;
        if (k == 1) {
          lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
          hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        }
        if (d < lo || d > hi) {
          i = replace(out, errors, "utf-8", data, i, i + k, "invalid continuation byte");
          continue loop;
        }
        cp = (cp << 6) | (d & 0x3F);
      }
      out.append(cp);
      i += len;
    }
    return new Result(out.toStr(), i, 0);
  }

  /**
   * UTF-16 ({@code width} 2) or UTF-32 ({@code width} 4); {@code byteorder} 0 reads a BOM if
   * there is one (little-endian otherwise), -1 little-endian, 1 big-endian.
   */
  static Result utf16or32(int width, byte[] data, String errors, int byteorder, boolean last) {
    int n = data.length;
    int i = 0;
    int bo = byteorder;
    if (bo == 0 && n >= width) {
      long bom = unit(data, 0, width, false);
      if (bom == 0xFEFF) {
        bo = -1;
        i = width;
      } else if (bom == (width == 2 ? 0xFFFE : 0xFFFE0000L)) {
        bo = 1;
        i = width;
      }
    }
    boolean big = bo == 1;
    String enc = (width == 2 ? "utf-16" : "utf-32") + (big ? "-be" : "-le");
    CodePointBuffer out = new CodePointBuffer(n / width);
    while (i < n) {
      if (i + width > n) {
        if (!last) {
          break;
        }
        i = replace(out, errors, enc, data, i, n, "truncated data");
        continue;
      }
      long u = unit(data, i, width, big);
      if (width == 4) {
        if (u > 0x10FFFF) {
          i = replace(out, errors, enc, data, i, i + 4, "code point not in range(0x110000)");
        } else if (u >= 0xD800 && u <= 0xDFFF) {
          i = replace(out, errors, enc, data, i, i + 4,
              "code point in surrogate code point range(0xd800, 0xe000)");
        } else {
          out.append((int) u);
          i += 4;
        }
        continue;
      }
      if (u < 0xD800 || u > 0xDFFF) {
        out.append((int) u);
        i += 2;
      } else if (u >= 0xDC00) {
        i = replace(out, errors, enc, data, i, i + 2, "illegal encoding");
      } else if (i + 4 > n) {
        if (!last) {
          break;
        }
        i = replace(out, errors, enc, data, i, n, "unexpected end of data");
      } else {
        long u2 = unit(data, i + 2, 2, big);
        if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
          out.append((int) (0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)));
          i += 4;
        } else {
          i = replace(out, errors, enc, data, i, i + 2, "illegal UTF-16 surrogate");
        }
      }
    }
    return new Result(out.toStr(), i, bo);
  }

  private static long unit(byte[] d, int at, int width, boolean big) {
    long u = 0;
    for (int k = 0; k < width; k++) {
      int b = d[at + (big ? k : width - 1 - k)] & 0xff;
      u = (u << 8) | b;
    }
    return u;
  }
}
