package org.taipan.stdlib.core.text;

import java.io.ByteArrayOutputStream;
import org.taipan.object.PyBytes;

/**
 * The loop every character encoder shares ({@code unicode_encode_ucs1}, {@code
 * unicode_encode_utf8}, ...): characters the codec can encode are written, and each run it
 * cannot goes to the error handler, whose replacement is written in its place.
 */
abstract class Encoder {
  final String encoding;
  final String reason;

  Encoder(String encoding, String reason) {
    this.encoding = encoding;
    this.reason = reason;
  }

  abstract boolean canEncode(int cp);

  abstract void write(ByteArrayOutputStream out, int cp);

  /** Encodes the whole of {@code str} (its code points {@code cps}). */
  byte[] encode(Object str, int[] cps, String errors) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 16);
    begin(out);
    int n = cps.length;
    int i = 0;
    while (i < n) {
      int c = cps[i];
      if (canEncode(c)) {
        write(out, c);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && !canEncode(cps[j])) {
        j++;
      }
      ErrorHandlers.Replacement r = ErrorHandlers.onEncode(errors, encoding, str, n, i, j, reason);
      if (r.value() instanceof PyBytes b) {
        out.writeBytes(b.toByteArray());
      } else {
        for (int rc : CodePointBuffer.of(r.value())) {
          if (!canEncode(rc)) {
            throw ErrorHandlers.encodeError(encoding, str, i, j, reason);
          }
          write(out, rc);
        }
      }
      i = r.newpos();
    }
    return out.toByteArray();
  }

  /** Writes what comes before the characters (a byte order mark). */
  void begin(ByteArrayOutputStream out) {}

  /** ASCII or Latin-1: one byte per character below {@code limit}. */
  static Encoder ucs1(String encoding, int limit) {
    return new Encoder(encoding, "ordinal not in range(" + limit + ")") {
      @Override
      boolean canEncode(int cp) {
        return cp < limit;
      }

      @Override
      void write(ByteArrayOutputStream out, int cp) {
        out.write(cp);
      }
    };
  }

  /** UTF-8: everything but surrogates. */
  static Encoder utf8() {
    return new Encoder("utf-8", "surrogates not allowed") {
      @Override
      boolean canEncode(int cp) {
        return cp < 0xD800 || cp > 0xDFFF;
      }

      @Override
      void write(ByteArrayOutputStream out, int c) {
        if (c < 0x80) {
          out.write(c);
        } else if (c < 0x800) {
          out.write(0xC0 | (c >> 6));
          out.write(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
          out.write(0xE0 | (c >> 12));
          out.write(0x80 | ((c >> 6) & 0x3F));
          out.write(0x80 | (c & 0x3F));
        } else {
          out.write(0xF0 | (c >> 18));
          out.write(0x80 | ((c >> 12) & 0x3F));
          out.write(0x80 | ((c >> 6) & 0x3F));
          out.write(0x80 | (c & 0x3F));
        }
      }
    };
  }

  /**
   * UTF-16 or UTF-32 ({@code width} 2 or 4) in a byte order: {@code byteorder} 0 writes a BOM and
   * little-endian data, -1 little-endian, 1 big-endian.
   */
  static Encoder utf16or32(int width, int byteorder) {
    String base = width == 2 ? "utf-16" : "utf-32";
    String name = byteorder == -1 ? base + "-le" : byteorder == 1 ? base + "-be" : base;
    boolean big = byteorder == 1;
    return new Encoder(name, "surrogates not allowed") {
      @Override
      boolean canEncode(int cp) {
        return cp < 0xD800 || cp > 0xDFFF;
      }

      @Override
      void begin(ByteArrayOutputStream out) {
        if (byteorder == 0) {
          unit(out, 0xFEFF);
        }
      }

      private void unit(ByteArrayOutputStream out, int u) {
        for (int i = 0; i < width; i++) {
          int shift = big ? 8 * (width - 1 - i) : 8 * i;
          out.write((u >> shift) & 0xFF);
        }
      }

      @Override
      void write(ByteArrayOutputStream out, int c) {
        if (width == 2 && c >= 0x10000) {
          int v = c - 0x10000;
          unit(out, 0xD800 | (v >> 10));
          unit(out, 0xDC00 | (v & 0x3FF));
        } else {
          unit(out, c);
        }
      }
    };
  }
}
