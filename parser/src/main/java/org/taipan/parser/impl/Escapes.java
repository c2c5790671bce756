package org.taipan.parser.impl;

import java.io.ByteArrayOutputStream;
import org.taipan.parser.ast.CodePointString;

/**
 * Decodes the body of a string or bytes literal, as CPython's {@code decode_unicode_with_escapes}
 * and {@code decode_bytes_with_escapes} in {@code Parser/string_parser.c}. A decoding problem is
 * reported through {@link Problem} so the caller can raise CPython's "(unicode error) ..." message
 * at the right token.
 */
public final class Escapes {
  private Escapes() {}

  /** A decoding error: the message after CPython's {@code (unicode error) } prefix. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Problem(String msg) {
      super(msg, null, false, false);
    }
  }

  /**
   * The first escape in {@code s[from, to)} that Python 3.11 deprecates, as its warning's message
   * ("invalid escape sequence" with the backslash and character, or "invalid octal escape
   * sequence" for an octal value above 0o377), or null when there is none. Backslash-N, -u and
   * -U are escapes only in str literals.
   */
  static String firstInvalidEscape(char[] s, int from, int to, boolean bytes) {
    for (int i = from; i + 1 < to; i++) {
      if (s[i] != '\\') {
        continue;
      }
      char c = s[++i];
      switch (c) {
        case '\n', '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v', 'x' -> {}
        case 'N', 'u', 'U' -> {
          if (bytes) {
            return "invalid escape sequence '\\" + c + "'";
          }
        }
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int start = i;
          int v = c - '0';
          while (i + 1 < to && i - start < 2 && s[i + 1] >= '0' && s[i + 1] <= '7') {
            v = v * 8 + (s[++i] - '0');
          }
          if (v > 0377) {
            return "invalid octal escape sequence '\\" + new String(s, start, i + 1 - start) + "'";
          }
        }
        default -> {
          return "invalid escape sequence '\\" + new String(Character.toChars(
              Character.isHighSurrogate(c) && i + 1 < to ? Character.toCodePoint(c, s[i + 1]) : c))
              + "'";
        }
      }
    }
    return null;
  }

  /**
   * Decodes {@code s[from, to)} as a str body with escapes. Returns a {@link String}, or a {@link
   * CodePointString} when an escape produced a lone surrogate.
   */
  static Object decodeStr(char[] s, int from, int to) {
    int bs = -1;
    for (int i = from; i < to; i++) {
      if (s[i] == '\\') {
        bs = i;
        break;
      }
    }
    if (bs < 0) {
      return new String(s, from, to - from);
    }
    CodePoints sb = new CodePoints(to - from);
    for (int k = from; k < bs; k++) {
      sb.append(s[k]);
    }
    boolean loneSurrogate = false;
    int i = bs;
    while (i < to) {
      char c = s[i];
      if (c != '\\') {
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s[i + 1])) {
          sb.appendCodePoint(Character.toCodePoint(c, s[i + 1]));
          i += 2;
          continue;
        }
        sb.append(c);
        i++;
        continue;
      }
      int escStart = i - from;
      i++;
      if (i >= to) {
        throw new Problem(
            "'unicodeescape' codec can't decode byte 0x5c in position "
                + escStart
                + ": \\ at end of string");
      }
      c = s[i++];
      switch (c) {
        case '\n' -> {}
        case '\\' -> sb.append('\\');
        case '\'' -> sb.append('\'');
        case '"' -> sb.append('"');
        case 'a' -> sb.append('\u0007');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'v' -> sb.append('\u000b');
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = c - '0';
          for (int k = 0; k < 2 && i < to && s[i] >= '0' && s[i] <= '7'; k++) {
            v = v * 8 + (s[i++] - '0');
          }
          sb.append((char) v);
        }
        case 'x', 'u', 'U' -> {
          int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
          int v = 0;
          for (int k = 0; k < digits; k++) {
            int d = i < to ? Character.digit(s[i], 16) : -1;
            if (d < 0) {
              String what = c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
              throw new Problem(
                  "'unicodeescape' codec can't decode bytes in position "
                      + escStart
                      + "-"
                      + (i - from - 1)
                      + ": truncated "
                      + what
                      + " escape");
            }
            v = v * 16 + d;
            i++;
          }
          if (v > 0x10FFFF || v < 0) {
            throw new Problem(
                "'unicodeescape' codec can't decode bytes in position "
                    + escStart
                    + "-"
                    + (i - from - 1)
                    + ": illegal Unicode character");
          }
          if (v >= 0xD800 && v <= 0xDFFF) {
            loneSurrogate = true;
          }
          sb.appendCodePoint(v);
        }
        case 'N' -> {
          int close = -1;
          if (i < to && s[i] == '{') {
            for (int k = i + 1; k < to; k++) {
              if (s[k] == '}') {
                close = k;
                break;
              }
            }
          }
          int cp = -1;
          if (close > i + 1) {
            String name = new String(s, i + 1, close - i - 1);
            cp = lookupName(name);
          }
          if (cp < 0) {
            int end = close < 0 ? to - from - 1 : close - from;
            throw new Problem(
                "'unicodeescape' codec can't decode bytes in position "
                    + escStart
                    + "-"
                    + end
                    + (close < 0 ? ": malformed \\N character escape" : ": unknown Unicode character name"));
          }
          sb.appendCodePoint(cp);
          i = close + 1;
        }
        default -> {
          sb.append('\\');
          sb.append(c);
        }
      }
    }
    if (loneSurrogate) {
      return toCodePoints(sb);
    }
    return new String(sb.a, 0, sb.n);
  }

  /** A growable array of code points. */
  private static final class CodePoints {
    int[] a;
    int n;

    CodePoints(int cap) {
      a = new int[Math.max(cap, 4)];
    }

    void append(char c) {
      appendCodePoint(c);
    }

    void appendCodePoint(int cp) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = cp;
    }
  }

  private static Object toCodePoints(CodePoints sb) {
    return new CodePointString(java.util.Arrays.copyOf(sb.a, sb.n));
  }

  /** The runtime's character names ({@link org.taipan.parser.Parser#setCharacterNames}). */
  private static volatile java.util.function.ToIntFunction<String> names;

  /** Installs the lookup of {@code \\N{...}} names: code point, or -1 when unknown. */
  public static void setCharacterNames(java.util.function.ToIntFunction<String> lookup) {
    names = lookup;
  }

  private static int lookupName(String name) {
    java.util.function.ToIntFunction<String> n = names;
    if (n != null) {
      return n.applyAsInt(name);
    }
    try {
      return Character.codePointOf(name);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  /** Decodes {@code s[from, to)} as a bytes body; the caller has checked it is ASCII. */
  static byte[] decodeBytes(char[] s, int from, int to, boolean raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
    int i = from;
    while (i < to) {
      char c = s[i++];
      if (raw || c != '\\') {
        out.write(c);
        continue;
      }
      if (i >= to) {
        throw new Problem("\\ at end of string");
      }
      c = s[i++];
      switch (c) {
        case '\n' -> {}
        case '\\' -> out.write('\\');
        case '\'' -> out.write('\'');
        case '"' -> out.write('"');
        case 'a' -> out.write(7);
        case 'b' -> out.write(8);
        case 'f' -> out.write(12);
        case 'n' -> out.write(10);
        case 'r' -> out.write(13);
        case 't' -> out.write(9);
        case 'v' -> out.write(11);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = c - '0';
          for (int k = 0; k < 2 && i < to && s[i] >= '0' && s[i] <= '7'; k++) {
            v = v * 8 + (s[i++] - '0');
          }
          out.write(v & 0xFF);
        }
        case 'x' -> {
          int d1 = i < to ? Character.digit(s[i], 16) : -1;
          int d2 = i + 1 < to ? Character.digit(s[i + 1], 16) : -1;
          if (d1 < 0 || d2 < 0) {
            throw new Problem("invalid \\x escape at position " + (i - 2 - from));
          }
          out.write(d1 * 16 + d2);
          i += 2;
        }
        default -> {
          out.write('\\');
          out.write(c);
        }
      }
    }
    return out.toByteArray();
  }
}
