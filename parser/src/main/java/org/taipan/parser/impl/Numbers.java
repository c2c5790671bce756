package org.taipan.parser.impl;

import java.math.BigInteger;
import org.taipan.parser.ast.ImaginaryConstant;

/**
 * The values of numeric literals, as CPython's {@code parsenumber} in {@code Parser/pegen.c}:
 * int ({@code Long} when it fits, else {@code BigInteger}), float ({@code Double}) or imaginary
 * ({@link ImaginaryConstant}). The tokenizer has already checked the syntax.
 */
final class Numbers {
  private Numbers() {}

  static Object parse(String text) {
    String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
    int n = s.length();
    char last = s.charAt(n - 1);
    if (last == 'j' || last == 'J') {
      return new ImaginaryConstant(parseFloat(s.substring(0, n - 1)));
    }
    if (n > 1 && s.charAt(0) == '0') {
      char k = s.charAt(1);
      int radix = k == 'x' || k == 'X' ? 16 : k == 'o' || k == 'O' ? 8 : k == 'b' || k == 'B' ? 2 : 0;
      if (radix != 0) {
        return integer(s.substring(2), radix);
      }
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return parseFloat(s);
      }
    }
    return integer(s, 10);
  }

  private static Object integer(String digits, int radix) {
    if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
      return Long.parseLong(digits, radix);
    }
    BigInteger b = new BigInteger(digits, radix);
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  private static double parseFloat(String s) {
    return Double.parseDouble(s);
  }
}
