package org.taipan.parser.tokenize;

import java.io.ByteArrayOutputStream;

/**
 * UTF-8 with Python's {@code surrogateescape} convention: each byte of an invalid sequence decodes
 * to the lone surrogate {@code U+DC80..U+DCFF}, so source with bad bytes can be tokenized and the
 * bad bytes reported later with CPython's "(unicode error) 'utf-8' codec can't decode ..." message
 * where CPython reports them (in a string literal or a name; never in a comment).
 */
public final class Utf8 {
  private Utf8() {}

  /** Decodes, escaping invalid bytes as lone surrogates. */
  public static String decodeSurrogateEscape(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int len = sequenceLength(b, i, to);
      if (len <= 0) {
        sb.append((char) (0xDC00 | c));
        i++;
        continue;
      }
      int cp;
      if (len == 2) {
        cp = ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
      } else if (len == 3) {
        cp = ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
      } else {
        cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
      }
      sb.appendCodePoint(cp);
      i += len;
    }
    return sb.toString();
  }

  /** Length of the valid UTF-8 sequence at {@code i}, or 0 if invalid, -1 if cut off by {@code to}. */
  public static int sequenceLength(byte[] b, int i, int to) {
    int c = b[i] & 0xFF;
    int need;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) {
        lo = 0xA0;
      } else if (c == 0xED) {
        hi = 0x9F;
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) {
        lo = 0x90;
      } else if (c == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return 0;
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= to) {
        return -1;
      }
      int x = b[i + k] & 0xFF;
      if (k == 1 ? (x < lo || x > hi) : (x < 0x80 || x > 0xBF)) {
        return 0;
      }
    }
    return need + 1;
  }

  /** True if the text holds a byte escaped by {@link #decodeSurrogateEscape}. */
  public static boolean hasEscapedByte(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** The original bytes of text that may hold escaped bytes. */
  public static byte[] encodeSurrogateEscape(CharSequence s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        out.write(c & 0xFF);
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.writeBytes(new String(new char[] {c, s.charAt(i + 1)}).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        i++;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  /**
   * CPython's message for the first undecodable byte of the text's original bytes, as Python's
   * UTF-8 decoder words it: {@code 'utf-8' codec can't decode byte 0xff in position 0: invalid
   * start byte}. Positions count from the start of the text, or, with {@code runs}, from the start
   * of the run of non-ASCII bytes holding the error (CPython decodes string literals with escapes
   * one such run at a time).
   */
  public static String decodeErrorMessage(CharSequence text, boolean runs) {
    byte[] b = encodeSurrogateEscape(text);
    int i = 0;
    while (i < b.length) {
      if ((b[i] & 0x80) == 0) {
        i++;
        continue;
      }
      int base = 0;
      int end = b.length;
      if (runs) {
        base = i;
        end = i;
        while (end < b.length && (b[end] & 0x80) != 0) {
          end++;
        }
      }
      int j = i;
      while (j < end) {
        String err = errorAt(b, j, end, base);
        if (err != null) {
          return err;
        }
        j += (b[j] & 0x80) == 0 ? 1 : sequenceLength(b, j, end);
      }
      i = end;
    }
    return "'utf-8' codec can't decode";
  }

  /** Like {@link #decodeErrorMessage(CharSequence, boolean)} over the whole text. */
  public static String decodeErrorMessage(CharSequence text) {
    return decodeErrorMessage(text, false);
  }

  /** The error for the sequence at {@code i}, or null if it decodes (or is ASCII). */
  private static String errorAt(byte[] b, int i, int end, int base) {
    int c = b[i] & 0xFF;
    if (c < 0x80) {
      return null;
    }
    int need;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return String.format(
          "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", c, i - base);
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= end) {
        return range(b, i, end - 1, base, "unexpected end of data");
      }
      int x = b[i + k] & 0xFF;
      if (k == 1 ? (x < lo || x > hi) : (x < 0x80 || x > 0xBF)) {
        return range(b, i, i + k - 1, base, "invalid continuation byte");
      }
    }
    return null;
  }

  private static String range(byte[] b, int from, int to, int base, String reason) {
    if (to > from) {
      return String.format(
          "'utf-8' codec can't decode bytes in position %d-%d: %s", from - base, to - base, reason);
    }
    return String.format(
        "'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[from] & 0xFF, from - base, reason);
  }
}
