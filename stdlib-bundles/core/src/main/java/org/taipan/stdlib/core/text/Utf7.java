package org.taipan.stdlib.core.text;

import java.io.ByteArrayOutputStream;

/**
 * The UTF-7 codec (RFC 2152) of {@code _codecs}, CPython's {@code PyUnicode_DecodeUTF7Stateful}
 * and {@code _PyUnicode_EncodeUTF7}: ASCII letters, digits, punctuation and white space stand for
 * themselves, everything else goes in {@code +...-} sections of modified base 64 over UTF-16.
 */
final class Utf7 {
  private Utf7() {}

  /** 0: direct, 1: optional direct, 2: white space, 3: must be encoded. */
  private static final byte[] CATEGORY = new byte[128];

  static {
    java.util.Arrays.fill(CATEGORY, (byte) 3);
    for (char c : "\t\n\r ".toCharArray()) {
      CATEGORY[c] = 2;
    }
    for (char c : "!\"#$%&*;<=>@[]^_`{|}".toCharArray()) {
      CATEGORY[c] = 1;
    }
    for (char c : "'(),-./:?".toCharArray()) {
      CATEGORY[c] = 0;
    }
    for (int c = 0; c < 128; c++) {
      if (Character.isLetterOrDigit(c)) {
        CATEGORY[c] = 0;
      }
    }
  }

  private static final String B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private static boolean isBase64(int c) {
    return c < 128 && B64.indexOf(c) >= 0;
  }

  private static boolean encodeDirect(int c) {
    return c > 0 && c < 128 && CATEGORY[c] != 3;
  }

  static byte[] encode(int[] cps) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
    boolean inShift = false;
    int bits = 0;
    long buffer = 0;
    for (int ch : cps) {
      if (inShift && encodeDirect(ch)) {
        if (bits > 0) {
          out.write(B64.charAt((int) ((buffer << (6 - bits)) & 0x3F)));
          buffer = 0;
          bits = 0;
        }
        inShift = false;
        if (isBase64(ch) || ch == '-') {
          out.write('-');
        }
        out.write(ch);
        continue;
      }
      if (!inShift) {
        if (ch == '+') {
          out.write('+');
          out.write('-');
          continue;
        }
        if (encodeDirect(ch)) {
          out.write(ch);
          continue;
        }
        out.write('+');
        inShift = true;
      }
      int[] units = ch >= 0x10000
          ? new int[] {0xD800 | ((ch - 0x10000) >> 10), 0xDC00 | ((ch - 0x10000) & 0x3FF)}
          : new int[] {ch};
      for (int u : units) {
        bits += 16;
        buffer = (buffer << 16) | u;
        while (bits >= 6) {
          out.write(B64.charAt((int) ((buffer >> (bits - 6)) & 0x3F)));
          bits -= 6;
        }
        buffer &= (1L << bits) - 1;
      }
    }
    if (bits > 0) {
      out.write(B64.charAt((int) ((buffer << (6 - bits)) & 0x3F)));
    }
    if (inShift) {
      out.write('-');
    }
    return out.toByteArray();
  }

  static Decoders.Result decode(byte[] d, String errors, boolean last) {
    CodePointBuffer out = new CodePointBuffer(d.length);
    int n = d.length;
    int s = 0;
    boolean inShift = false;
    int bits = 0;
    long buffer = 0;
    int surrogate = 0;
    int startinpos = 0;
    int shiftOutStart = 0;
    while (s < n) {
      int ch = d[s] & 0xff;
      String errmsg = null;
      if (inShift) {
        if (isBase64(ch)) {
          buffer = (buffer << 6) | B64.indexOf(ch);
          bits += 6;
          s++;
          if (bits >= 16) {
            int outCh = (int) (buffer >> (bits - 16));
            bits -= 16;
            buffer &= (1L << bits) - 1;
            if (surrogate != 0) {
              if (outCh >= 0xDC00 && outCh <= 0xDFFF) {
                int c = 0x10000 + ((surrogate - 0xD800) << 10) + (outCh - 0xDC00);
                out.append(c);
                surrogate = 0;
                continue;
              }
              out.append(surrogate);
              surrogate = 0;
            }
            if (outCh >= 0xD800 && outCh <= 0xDBFF) {
              surrogate = outCh;
            } else {
              out.append(outCh);
            }
          }
        } else {
          inShift = false;
          if (bits >= 6) {
            s++;
            errmsg = "partial character in shift sequence";
          } else if (bits > 0 && buffer != 0) {
            s++;
            errmsg = "non-zero padding bits in shift sequence";
          } else {
            if (surrogate != 0 && ch <= 127 && ch != '+') {
              out.append(surrogate);
            }
            surrogate = 0;
            if (ch == '-') {
              s++;
            }
          }
        }
      } else if (ch == '+') {
        startinpos = s;
        s++;
        if (s < n && d[s] == '-') {
          s++;
          out.append('+');
        } else if (s < n && !isBase64(d[s] & 0xff)) {
          s++;
          errmsg = "ill-formed sequence";
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.length();
          bits = 0;
          buffer = 0;
        }
      } else if (ch <= 127) {
        s++;
        out.append(ch);
      } else {
        startinpos = s;
        s++;
        errmsg = "unexpected special character";
      }
      if (errmsg != null) {
        ErrorHandlers.Replacement r =
            ErrorHandlers.onDecode(errors, "utf7", d, startinpos, s, errmsg);
        out.append(CodePointBuffer.of(r.value()));
        s = r.newpos();
      }
    }
    if (inShift && last) {
      inShift = false;
      if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
        ErrorHandlers.Replacement r =
            ErrorHandlers.onDecode(errors, "utf7", d, startinpos, n, "unterminated shift sequence");
        out.append(CodePointBuffer.of(r.value()));
        if (r.newpos() < n) {
          Decoders.Result rest =
              decode(java.util.Arrays.copyOfRange(d, r.newpos(), n), errors, true);
          out.append(CodePointBuffer.of(rest.str()));
        }
      }
    }
    if (!last && inShift) {
      return new Decoders.Result(truncate(out, shiftOutStart), startinpos, 0);
    }
    return new Decoders.Result(out.toStr(), n, 0);
  }

  private static Object truncate(CodePointBuffer out, int length) {
    int[] all = CodePointBuffer.of(out.toStr());
    return org.taipan.object.PyUnicode.fromCodePoints(java.util.Arrays.copyOf(all, length));
  }
}
