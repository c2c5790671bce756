package org.taipan.parser.impl;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.taipan.parser.ast.BytesConstant;
import org.taipan.parser.ast.CodePointString;
import org.taipan.parser.ast.EllipsisConstant;
import org.taipan.parser.ast.ImaginaryConstant;
import org.taipan.parser.ast.NoneConstant;
import org.taipan.parser.tokenize.UnicodeTables;

/**
 * Python's {@code repr()} of the constant values that appear in an AST, exactly as CPython 3.11
 * prints them: {@code unicode_repr} ({@code Objects/unicodeobject.c}), {@code bytes_repr},
 * {@code float_repr} (shortest round-trip digits, {@code 'r'} format) and {@code complex_repr}.
 * Internal; used by {@link org.taipan.parser.AstDump}.
 */
public final class PyRepr {
  private PyRepr() {}

  /** The repr of any constant value or identifier. */
  public static String repr(Object v) {
    if (v instanceof String s) {
      return str(s.codePoints().toArray());
    } else if (v instanceof CodePointString c) {
      return str(c.codePoints());
    } else if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) {
      return v.toString();
    } else if (v instanceof Double d) {
      return floatRepr(d, true);
    } else if (v instanceof ImaginaryConstant c) {
      return floatRepr(c.imag(), false) + "j";
    } else if (v instanceof Boolean b) {
      return b ? "True" : "False";
    } else if (v == NoneConstant.NONE || v == null) {
      return "None";
    } else if (v == EllipsisConstant.ELLIPSIS) {
      return "Ellipsis";
    } else if (v instanceof BytesConstant b) {
      return bytes(b.value());
    }
    throw new IllegalArgumentException("not a constant: " + v);
  }

  static String str(int[] cps) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (int cp : cps) {
      if (cp == '\'') {
        hasSingle = true;
      } else if (cp == '"') {
        hasDouble = true;
      }
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder(cps.length + 2);
    sb.append(quote);
    for (int cp : cps) {
      if (cp == quote || cp == '\\') {
        sb.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        sb.append("\\t");
      } else if (cp == '\n') {
        sb.append("\\n");
      } else if (cp == '\r') {
        sb.append("\\r");
      } else if (cp < ' ' || cp == 0x7f) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x7f) {
        sb.append((char) cp);
      } else if (isPrintable(cp)) {
        sb.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    }
    sb.append(quote);
    return sb.toString();
  }

  static boolean isPrintable(int cp) {
    return UnicodeTables.isPrintable(cp);
  }

  static String bytes(byte[] b) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte x : b) {
      if (x == '\'') {
        hasSingle = true;
      } else if (x == '"') {
        hasDouble = true;
      }
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder(b.length + 3);
    sb.append('b').append(quote);
    for (byte x : b) {
      int c = x & 0xFF;
      if (c == quote || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < ' ' || c >= 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    sb.append(quote);
    return sb.toString();
  }

  /**
   * Python's float repr: the shortest digits that round-trip, in fixed notation when the decimal
   * exponent is in [-4, 16), else scientific with a two-digit minimum exponent. With {@code
   * addDot0} (float, not complex), integral values get {@code .0}.
   */
  static String floatRepr(double d, boolean addDot0) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      String z = (1 / d < 0) ? "-0" : "0";
      return addDot0 ? z + ".0" : z;
    }
    String digits = null;
    int exp = 0;
    for (int prec = 1; prec <= 17; prec++) {
      String e = String.format("%." + (prec - 1) + "e", Math.abs(d));
      if (Double.parseDouble(e) == Math.abs(d)) {
        int ei = e.indexOf('e');
        digits = e.substring(0, ei).replace(".", "");
        exp = Integer.parseInt(e.substring(ei + 1));
        break;
      }
    }
    if (digits == null) {
      digits = new BigDecimal(Math.abs(d)).unscaledValue().toString();
    }
    // Strip trailing zeros of the significant digits.
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    digits = digits.substring(0, end);
    StringBuilder sb = new StringBuilder();
    if (d < 0) {
      sb.append('-');
    }
    int decpt = exp + 1;
    if (decpt > -4 && decpt <= 16) {
      if (decpt <= 0) {
        sb.append("0.");
        for (int i = 0; i < -decpt; i++) {
          sb.append('0');
        }
        sb.append(digits);
      } else if (decpt >= digits.length()) {
        sb.append(digits);
        for (int i = digits.length(); i < decpt; i++) {
          sb.append('0');
        }
        if (addDot0) {
          sb.append(".0");
        }
      } else {
        sb.append(digits, 0, decpt).append('.').append(digits.substring(decpt));
      }
    } else {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits.substring(1));
      }
      int e = decpt - 1;
      sb.append('e').append(e < 0 ? '-' : '+');
      int ae = Math.abs(e);
      if (ae < 10) {
        sb.append('0');
      }
      sb.append(ae);
    }
    return sb.toString();
  }
}
