package org.taipan.object;

import java.util.Arrays;

/**
 * The case mappings and character-class predicates of {@code str}, as CPython 3.11's {@code
 * Objects/unicodeobject.c} does them ({@code do_upper}, {@code do_lower} with {@code
 * handle_capital_sigma}, {@code do_casefold}, {@code do_swapcase}, {@code do_capitalize}, {@code
 * do_title}, {@code unicode_isupper_impl} and friends), over the Unicode 14.0 data of {@link
 * UnicodeDatabase}. Plain ASCII strings take fast paths that never touch the database.
 */
final class StrCase {
  private StrCase() {}

  private static final int CAPITAL_SIGMA = 0x3A3;

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- mappings

  private static final int UPPER = 0;
  private static final int LOWER = 1;
  private static final int CASEFOLD = 2;
  private static final int SWAPCASE = 3;
  private static final int CAPITALIZE = 4;
  private static final int TITLE = 5;

  static Object upper(Object self) {
    return map(self, UPPER);
  }

  static Object lower(Object self) {
    return map(self, LOWER);
  }

  static Object casefold(Object self) {
    return map(self, CASEFOLD);
  }

  static Object swapcase(Object self) {
    return map(self, SWAPCASE);
  }

  static Object capitalize(Object self) {
    return map(self, CAPITALIZE);
  }

  static Object title(Object self) {
    return map(self, TITLE);
  }

  private static Object map(Object self, int how) {
    Object p = PyUnicode.plain(self);
    if (p instanceof String s && isAscii(s)) {
      return asciiMap(s, how);
    }
    int[] a = PyUnicode.codePoints(p);
    Buf out = new Buf(a.length + 8);
    boolean previousCased = false;
    for (int i = 0; i < a.length; i++) {
      int c = a[i];
      switch (how) {
        case UPPER -> UnicodeDatabase.appendUpper(c, out);
        case LOWER -> lower(a, i, out);
        case CASEFOLD -> UnicodeDatabase.appendFolded(c, out);
        case SWAPCASE -> {
          if (UnicodeDatabase.isUpper(c)) {
            lower(a, i, out);
          } else if (UnicodeDatabase.isLower(c)) {
            UnicodeDatabase.appendUpper(c, out);
          } else {
            out.add(c);
          }
        }
        case CAPITALIZE -> {
          if (i == 0) {
            UnicodeDatabase.appendTitle(c, out);
          } else {
            lower(a, i, out);
          }
        }
        default -> {
          if (previousCased) {
            lower(a, i, out);
          } else {
            UnicodeDatabase.appendTitle(c, out);
          }
          previousCased = UnicodeDatabase.isCased(c);
        }
      }
    }
    return PyUnicode.fromCodePoints(out.toArray());
  }

  /** {@code lower_ucs4}: the lower-case mapping, with the final-sigma rule for capital sigma. */
  private static void lower(int[] a, int i, Buf out) {
    int c = a[i];
    if (c == CAPITAL_SIGMA) {
      out.add(finalSigma(a, i) ? 0x3C2 : 0x3C3);
    } else {
      UnicodeDatabase.appendLower(c, out);
    }
  }

  /** {@code handle_capital_sigma}: whether the sigma at i ends a word. */
  private static boolean finalSigma(int[] a, int i) {
    int j = i - 1;
    while (j >= 0 && UnicodeDatabase.isCaseIgnorable(a[j])) {
      j--;
    }
    if (j < 0 || !UnicodeDatabase.isCased(a[j])) {
      return false;
    }
    j = i + 1;
    while (j < a.length && UnicodeDatabase.isCaseIgnorable(a[j])) {
      j++;
    }
    return j == a.length || !UnicodeDatabase.isCased(a[j]);
  }

  private static boolean asciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean asciiLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static Object asciiMap(String s, int how) {
    char[] r = s.toCharArray();
    boolean previousCased = false;
    for (int i = 0; i < r.length; i++) {
      char c = r[i];
      boolean up = asciiUpper(c);
      boolean low = asciiLower(c);
      boolean toUpper = switch (how) {
        case UPPER -> true;
        case SWAPCASE -> low;
        case CAPITALIZE -> i == 0;
        case TITLE -> !previousCased;
        default -> false;
      };
      if (toUpper && low) {
        r[i] = (char) (c - 32);
      } else if (!toUpper && up && how != SWAPCASE) {
        r[i] = (char) (c + 32);
      } else if (how == SWAPCASE && up) {
        r[i] = (char) (c + 32);
      }
      previousCased = up || low;
    }
    return new String(r);
  }

  // ---------------------------------------------------------------- predicates

  /** {@code str.isupper}. */
  static boolean isupper(Object self) {
    int[] a = PyUnicode.codePoints(self);
    boolean cased = false;
    for (int c : a) {
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z') {
          return false;
        }
        cased |= c >= 'A' && c <= 'Z';
      } else if (UnicodeDatabase.isLower(c) || UnicodeDatabase.isTitle(c)) {
        return false;
      } else if (UnicodeDatabase.isUpper(c)) {
        cased = true;
      }
    }
    return cased;
  }

  /** {@code str.islower}. */
  static boolean islower(Object self) {
    int[] a = PyUnicode.codePoints(self);
    boolean cased = false;
    for (int c : a) {
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          return false;
        }
        cased |= c >= 'a' && c <= 'z';
      } else if (UnicodeDatabase.isUpper(c) || UnicodeDatabase.isTitle(c)) {
        return false;
      } else if (UnicodeDatabase.isLower(c)) {
        cased = true;
      }
    }
    return cased;
  }

  /** {@code str.istitle}. */
  static boolean istitle(Object self) {
    int[] a = PyUnicode.codePoints(self);
    boolean cased = false;
    boolean previousCased = false;
    for (int c : a) {
      boolean up;
      boolean low;
      if (c < 0x80) {
        up = c >= 'A' && c <= 'Z';
        low = c >= 'a' && c <= 'z';
      } else {
        up = UnicodeDatabase.isUpper(c) || UnicodeDatabase.isTitle(c);
        low = UnicodeDatabase.isLower(c);
      }
      if (up) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (low) {
        if (!previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else {
        previousCased = false;
      }
    }
    return cased;
  }

  /** {@code str.isidentifier}. */
  static boolean isidentifier(Object self) {
    int[] a = PyUnicode.codePoints(self);
    if (a.length == 0) {
      return false;
    }
    int c0 = a[0];
    if (c0 < 0x80 ? !(c0 == '_' || (c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z')
        : !UnicodeDatabase.isIdentifierStart(c0)) {
      return false;
    }
    for (int i = 1; i < a.length; i++) {
      int c = a[i];
      boolean ok = c < 0x80
          ? c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
          : UnicodeDatabase.isIdentifierContinue(c);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A growable array of code points. */
  static final class Buf implements UnicodeDatabase.CodePointSink {
    int[] a;
    int n;

    Buf(int cap) {
      a = new int[Math.max(cap, 4)];
    }

    @Override
    public void add(int c) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2);
      }
      a[n++] = c;
    }

    int[] toArray() {
      return Arrays.copyOf(a, n);
    }
  }
}
