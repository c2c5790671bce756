package org.taipan.stdlib.core.text;

import java.io.ByteArrayOutputStream;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyWarnings;

/**
 * The escape codecs of {@code _codecs}: {@code unicode_escape} and {@code raw_unicode_escape}
 * ({@code Objects/unicodeobject.c}) and the bytes-to-bytes {@code escape_encode} and {@code
 * escape_decode} ({@code Objects/bytesobject.c}) that {@code pickle} and {@code codecs} use.
 */
final class EscapeCodecs {
  private EscapeCodecs() {}

  private static final byte[] HEX = "0123456789abcdef".getBytes();

  private static void hex(ByteArrayOutputStream out, char kind, int c, int digits) {
    out.write('\\');
    out.write(kind);
    for (int k = digits - 1; k >= 0; k--) {
      out.write(HEX[(c >> (4 * k)) & 0xF]);
    }
  }

  /** {@code PyUnicode_AsUnicodeEscapeString}. */
  static byte[] unicodeEscapeEncode(int[] cps) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
    for (int c : cps) {
      if (c == '\\') {
        out.write('\\');
        out.write('\\');
      } else if (c == '\t') {
        out.write('\\');
        out.write('t');
      } else if (c == '\n') {
        out.write('\\');
        out.write('n');
      } else if (c == '\r') {
        out.write('\\');
        out.write('r');
      } else if (c >= 0x20 && c < 0x7F) {
        out.write(c);
      } else if (c < 0x100) {
        hex(out, 'x', c, 2);
      } else if (c < 0x10000) {
        hex(out, 'u', c, 4);
      } else {
        hex(out, 'U', c, 8);
      }
    }
    return out.toByteArray();
  }

  /** {@code PyUnicode_AsRawUnicodeEscapeString}. */
  static byte[] rawUnicodeEscapeEncode(int[] cps) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
    for (int c : cps) {
      if (c < 0x100) {
        out.write(c);
      } else if (c < 0x10000) {
        hex(out, 'u', c, 4);
      } else {
        hex(out, 'U', c, 8);
      }
    }
    return out.toByteArray();
  }

  private static int hexDigit(int b) {
    return Character.digit(b, 16);
  }

  /** {@code _PyUnicode_DecodeUnicodeEscapeInternal}. */
  static Decoders.Result unicodeEscapeDecode(byte[] d, String errors, boolean last) {
    String enc = "unicodeescape";
    CodePointBuffer out = new CodePointBuffer(d.length);
    int n = d.length;
    int i = 0;
    while (i < n) {
      int c = d[i] & 0xff;
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      if (i + 1 >= n) {
        if (!last) {
          break;
        }
        i = replaceAt(out, errors, enc, d, start, n, "\\ at end of string");
        continue;
      }
      int e = d[i + 1] & 0xff;
      i += 2;
      switch (e) {
        case '\n' -> { }
        case '\\' -> out.append('\\');
        case '\'' -> out.append('\'');
        case '"' -> out.append('"');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'v' -> out.append(0x0B);
        case 'a' -> out.append(0x07);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
            v = v * 8 + (d[i++] - '0');
          }
          if (v > 0377) {
            PyWarnings.warn(PyExc.DeprecationWarning,
                String.format("invalid octal escape sequence '\\%o'", v), 1);
          }
          out.append(v);
        }
        case 'x', 'u', 'U' -> {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          String what = e == 'x' ? "truncated \\xXX escape"
              : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
          int v = 0;
          int k = 0;
          while (k < digits && i < n && hexDigit(d[i] & 0xff) >= 0) {
            v = v * 16 + hexDigit(d[i++] & 0xff);
            k++;
          }
          if (k < digits) {
            if (i >= n && !last) {
              i = start;
              return new Decoders.Result(out.toStr(), start, 0);
            }
            i = replaceAt(out, errors, enc, d, start, i, what);
          } else if (Integer.toUnsignedLong(v) > 0x10FFFF) {
            i = replaceAt(out, errors, enc, d, start, i, "illegal Unicode character");
          } else {
            out.append(v);
          }
        }
        case 'N' -> {
          int close = -1;
          if (i < n && d[i] == '{') {
            for (int k = i + 1; k < n; k++) {
              if (d[k] == '}') {
                close = k;
                break;
              }
            }
          }
          if (close < 0 || close == i + 1) {
            if (close < 0 && !last) {
              return new Decoders.Result(out.toStr(), start, 0);
            }
            i = replaceAt(out, errors, enc, d, start, close < 0 ? n : close + 1,
                "malformed \\N character escape");
          } else {
            String name = new String(d, i + 1, close - i - 1,
                java.nio.charset.StandardCharsets.ISO_8859_1);
            int cp = codePointOf(name);
            if (cp < 0) {
              i = replaceAt(out, errors, enc, d, start, close + 1,
                  "unknown Unicode character name");
            } else {
              out.append(cp);
              i = close + 1;
            }
          }
        }
        default -> {
          PyWarnings.warn(PyExc.DeprecationWarning,
              String.format("invalid escape sequence '\\%c'", (char) e), 1);
          out.append('\\');
          out.append(e);
        }
      }
    }
    return new Decoders.Result(out.toStr(), i, 0);
  }

  private static int codePointOf(String name) {
    return org.taipan.object.UnicodeDatabase.lookup(name, true);
  }

  private static int replaceAt(CodePointBuffer out, String errors, String enc, byte[] d,
      int start, int end, String reason) {
    ErrorHandlers.Replacement r = ErrorHandlers.onDecode(errors, enc, d, start, end, reason);
    out.append(CodePointBuffer.of(r.value()));
    return r.newpos();
  }

  /** {@code _PyUnicode_DecodeRawUnicodeEscapeStateful}. */
  static Decoders.Result rawUnicodeEscapeDecode(byte[] d, String errors, boolean last) {
    String enc = "rawunicodeescape";
    CodePointBuffer out = new CodePointBuffer(d.length);
    int n = d.length;
    int i = 0;
    while (i < n) {
      int c = d[i] & 0xff;
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      int start = i;
      int slashes = 0;
      while (i < n && d[i] == '\\') {
        slashes++;
        i++;
      }
      if (slashes % 2 == 0 || i >= n || (d[i] != 'u' && d[i] != 'U')) {
        if (i >= n && slashes % 2 == 1 && !last) {
          for (int k = 0; k < slashes - 1; k++) {
            out.append('\\');
          }
          return new Decoders.Result(out.toStr(), i - 1, 0);
        }
        for (int k = 0; k < slashes; k++) {
          out.append('\\');
        }
        continue;
      }
      for (int k = 0; k < slashes - 1; k++) {
        out.append('\\');
      }
      start = i - 1;
      int digits = d[i] == 'u' ? 4 : 8;
      i++;
      int v = 0;
      int k = 0;
      while (k < digits && i < n && hexDigit(d[i] & 0xff) >= 0) {
        v = v * 16 + hexDigit(d[i++] & 0xff);
        k++;
      }
      if (k < digits) {
        if (i >= n && !last) {
          return new Decoders.Result(out.toStr(), start, 0);
        }
        i = replaceAt(out, errors, enc, d, start, i,
            digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
      } else if (Integer.toUnsignedLong(v) > 0x10FFFF) {
        i = replaceAt(out, errors, enc, d, start, i, "\\Uxxxxxxxx out of range");
      } else {
        out.append(v);
      }
    }
    return new Decoders.Result(out.toStr(), i, 0);
  }

  /** {@code PyBytes_Repr} without its quotes, as {@code escape_encode} gives it. */
  static byte[] escapeEncode(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 8);
    for (byte x : data) {
      int c = x & 0xff;
      if (c == '\'' || c == '\\') {
        out.write('\\');
        out.write(c);
      } else if (c == '\t') {
        out.write('\\');
        out.write('t');
      } else if (c == '\n') {
        out.write('\\');
        out.write('n');
      } else if (c == '\r') {
        out.write('\\');
        out.write('r');
      } else if (c < 0x20 || c >= 0x7F) {
        hex(out, 'x', c, 2);
      } else {
        out.write(c);
      }
    }
    return out.toByteArray();
  }

  /** {@code _PyBytes_DecodeEscape}: the escapes of a bytes literal. */
  static byte[] escapeDecode(byte[] d, String errors) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
    int n = d.length;
    int i = 0;
    while (i < n) {
      int c = d[i++] & 0xff;
      if (c != '\\') {
        out.write(c);
        continue;
      }
      if (i >= n) {
        throw PyErr.format(PyExc.ValueError, "Trailing \\ in string");
      }
      int e = d[i++] & 0xff;
      switch (e) {
        case '\n' -> { }
        case '\\' -> out.write('\\');
        case '\'' -> out.write('\'');
        case '"' -> out.write('"');
        case 'b' -> out.write('\b');
        case 'f' -> out.write('\f');
        case 't' -> out.write('\t');
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 'v' -> out.write(0x0B);
        case 'a' -> out.write(0x07);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          for (int k = 0; k < 2 && i < n && d[i] >= '0' && d[i] <= '7'; k++) {
            v = v * 8 + (d[i++] - '0');
          }
          if (v > 0377) {
            PyWarnings.warn(PyExc.DeprecationWarning,
                String.format("invalid octal escape sequence '\\%o'", v), 1);
          }
          out.write(v & 0xFF);
        }
        case 'x' -> {
          if (i + 1 < n && hexDigit(d[i] & 0xff) >= 0 && hexDigit(d[i + 1] & 0xff) >= 0) {
            out.write(hexDigit(d[i] & 0xff) * 16 + hexDigit(d[i + 1] & 0xff));
            i += 2;
          } else if (errors == null || errors.equals("strict")) {
            throw PyErr.format(PyExc.ValueError, "invalid \\x escape at position %d", i - 2);
          } else if (errors.equals("replace")) {
            out.write('?');
            while (i < n && hexDigit(d[i] & 0xff) >= 0 && i < n) {
              i++;
              break;
            }
          } else if (!errors.equals("ignore")) {
            throw PyErr.format(PyExc.ValueError,
                "decoding error; unknown error handling code: %.400s", errors);
          }
        }
        default -> {
          PyWarnings.warn(PyExc.DeprecationWarning,
              String.format("invalid escape sequence '\\%c'", (char) e), 1);
          out.write('\\');
          out.write(e);
        }
      }
    }
    return out.toByteArray();
  }
}
