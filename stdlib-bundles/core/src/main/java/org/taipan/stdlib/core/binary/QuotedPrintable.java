package org.taipan.stdlib.core.binary;

import java.io.ByteArrayOutputStream;

/**
 * Quoted-printable ({@code binascii.a2b_qp}, {@code b2a_qp}) as CPython's {@code binascii.c} does
 * it, which is RFC 1521 with the quirks the {@code quopri} module expects: lines at most 76
 * characters, the line ending of the first line (CRLF or LF) used for every line, {@code =}
 * followed by a line end as a soft break.
 */
final class QuotedPrintable {
  private QuotedPrintable() {}

  private static final int MAXLINESIZE = 76;
  private static final byte[] UPPER_HEX =
      "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Byte {@code i} of {@code a}, or 0 past the end (C reads the NUL terminator there). */
  private static int at(byte[] a, int i) {
    return i < a.length ? a[i] & 0xff : 0;
  }

  static byte[] decode(byte[] a, boolean header) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length);
    int in = 0;
    int n = a.length;
    while (in < n) {
      int c = a[in] & 0xff;
      if (c == '=') {
        in++;
        if (in >= n) {
          break;
        }
        int d = a[in] & 0xff;
        if (d == '\n' || d == '\r') {
          // soft line break: skip to the end of the line
          if (d != '\n') {
            while (in < n && a[in] != '\n') {
              in++;
            }
          }
          if (in < n) {
            in++;
          }
        } else if (d == '=') {
          // "==" comes from an old broken encoder
          out.write('=');
          in++;
        } else if (isHex(d) && isHex(at(a, in + 1))) {
          out.write(Character.digit(d, 16) << 4 | Character.digit(at(a, in + 1), 16));
          in += 2;
        } else {
          out.write('=');
        }
      } else if (header && c == '_') {
        out.write(' ');
        in++;
      } else {
        out.write(c);
        in++;
      }
    }
    return out.toByteArray();
  }

  static byte[] encode(byte[] b, boolean quotetabs, boolean istext, boolean header) {
    int n = b.length;
    boolean crlf = false;
    for (int i = 0; i < n; i++) {
      if (b[i] == '\n') {
        crlf = i > 0 && b[i - 1] == '\r';
        break;
      }
    }
    // the output, with its last byte kept reachable for the end-of-line whitespace rule
    byte[] out = new byte[n * 3 + 16];
    int o = 0;
    int linelen = 0;
    int in = 0;
    while (in < n) {
      int c = b[in] & 0xff;
      if (out.length - o < 8) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      boolean quote = c > 126
          || c == '='
          || (header && c == '_')
          || (c == '.' && linelen == 0
              && (at(b, in + 1) == '\n' || at(b, in + 1) == '\r' || at(b, in + 1) == 0))
          || (!istext && (c == '\r' || c == '\n'))
          || ((c == '\t' || c == ' ') && in + 1 == n)
          || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
      if (quote) {
        if (linelen + 3 >= MAXLINESIZE) {
          out[o++] = '=';
          if (crlf) {
            out[o++] = '\r';
          }
          out[o++] = '\n';
          linelen = 0;
        }
        out[o++] = '=';
        out[o++] = UPPER_HEX[c >> 4];
        out[o++] = UPPER_HEX[c & 0xf];
        in++;
        linelen += 3;
      } else if (istext && (c == '\n' || (in + 1 < n && c == '\r' && b[in + 1] == '\n'))) {
        linelen = 0;
        // protect whitespace at the end of a line
        if (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '\t')) {
          int ch = out[o - 1];
          out[o - 1] = '=';
          out[o++] = UPPER_HEX[ch >> 4];
          out[o++] = UPPER_HEX[ch & 0xf];
        }
        if (crlf) {
          out[o++] = '\r';
        }
        out[o++] = '\n';
        in += c == '\r' ? 2 : 1;
      } else {
        if (in + 1 != n && b[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
          out[o++] = '=';
          if (crlf) {
            out[o++] = '\r';
          }
          out[o++] = '\n';
          linelen = 0;
        }
        linelen++;
        out[o++] = (byte) (header && c == ' ' ? '_' : c);
        in++;
      }
    }
    return java.util.Arrays.copyOf(out, o);
  }
}
