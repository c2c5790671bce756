package org.taipan.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The format-specification mini-language of {@code format()} and f-strings, for {@code int},
 * {@code float} and {@code str}: CPython's {@code Python/formatter_unicode.c}. Rounding is done on
 * the exact binary value, half to even, as CPython's {@code PyOS_double_to_string} does.
 */
public final class FormatSpec {
  /** The fill character, a code point (it may lie outside the BMP). */
  int fill = ' ';
  char align = 0;
  char sign = '-';
  boolean alternate;
  boolean zeroPad;
  int width = -1;
  char grouping = 0;
  int precision = -1;
  char type = 0;
  /** The 'z' option (PEP 682), allowed for float and complex presentation only. */
  boolean noNegativeZero;

  private FormatSpec() {}

  /** Parses a spec string. */
  static FormatSpec parse(String s) {
    return parse(s, null);
  }

  /** Parses a spec for a value of the named type (for the error message). */
  static FormatSpec parse(String s, String typeName) {
    FormatSpec f = new FormatSpec();
    int i = 0;
    int n = s.length();
    int first = n > 0 ? Character.charCount(s.codePointAt(0)) : 0;
    boolean fillSpecified = false;
    if (n > first && "<>=^".indexOf(s.charAt(first)) >= 0) {
      fillSpecified = true;
      f.fill = s.codePointAt(0);
      f.align = s.charAt(first);
      i = first + 1;
    } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
      f.align = s.charAt(0);
      i = 1;
    }
    if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
      f.sign = s.charAt(i++);
    }
    if (i < n && s.charAt(i) == 'z') {
      f.noNegativeZero = true;
      i++;
    }
    if (i < n && s.charAt(i) == '#') {
      f.alternate = true;
      i++;
    }
    if (i < n && s.charAt(i) == '0') {
      f.zeroPad = true;
      i++;
    }
    int st = i;
    while (i < n && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i > st) {
      long w = digits(s, st, i);
      if (w > Integer.MAX_VALUE) {
        throw PyErr.newException(PyExc.MemoryError);
      }
      f.width = (int) w;
    }
    if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
      f.grouping = s.charAt(i++);
      if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_') && s.charAt(i) != f.grouping) {
        throw PyErr.format(PyExc.ValueError, "Cannot specify both ',' and '_'.");
      }
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      st = i;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (i == st) {
        throw PyErr.format(PyExc.ValueError, "Format specifier missing precision");
      }
      long prec = digits(s, st, i);
      if (prec > Integer.MAX_VALUE) {
        throw PyErr.format(PyExc.ValueError, "precision too big");
      }
      f.precision = (int) prec;
    }
    if (i < n) {
      f.type = s.charAt(i++);
    }
    if (i < n) {
      if (typeName != null) {
        throw PyErr.format(
            PyExc.ValueError,
            "Invalid format specifier '%s' for object of type '%s'",
            s,
            typeName);
      }
      throw PyErr.format(PyExc.ValueError, "Invalid format specifier");
    }
    char t = f.type != 0 ? f.type : "str".equals(typeName) ? 's' : 0;
    if (f.grouping != 0 && "deEfFgG%".indexOf(t) < 0 && t != 0
        && !(f.grouping == '_' && "boxX".indexOf(t) >= 0)) {
      throw PyErr.format(PyExc.ValueError, t > ' ' && t < 0x7f
          ? "Cannot specify '%c' with '%c'." : "Cannot specify '%c' with '\\x%x'.",
          f.grouping, (int) t);
    }
    // As parse_internal_render_format_spec: '0' sets the fill unless one was given, and the
    // '=' alignment only where the default alignment is right (numbers, not str).
    if (f.zeroPad && !fillSpecified) {
      f.fill = '0';
      if (f.align == 0 && !"str".equals(typeName)) {
        f.align = '=';
      }
    }
    return f;
  }

  /** The decimal number {@code s[from:to]} ({@code get_integer}), refusing Py_ssize_t overflow. */
  static long digits(String s, int from, int to) {
    long v = 0;
    for (int k = from; k < to; k++) {
      int d = Character.digit(s.charAt(k), 10);
      if (v > (Long.MAX_VALUE - d) / 10) {
        throw PyErr.format(PyExc.ValueError, "Too many decimal digits in format string");
      }
      v = v * 10 + d;
    }
    return v;
  }

  private String pad(String sign, String body, char defaultAlign) {
    char a = align == 0 ? defaultAlign : align;
    int len = sign.length() + body.codePointCount(0, body.length());
    if (width <= len) {
      return sign + body;
    }
    String fillS = Character.toString(fill).repeat(width - len);
    switch (a) {
      case '<':
        return sign + body + fillS;
      case '^': {
        int left = (width - len) / 2;
        String f = Character.toString(fill);
        return f.repeat(left) + sign + body + f.repeat(width - len - left);
      }
      case '=':
        return sign + fillS + body;
      default:
        return fillS + sign + body;
    }
  }

  private static String group(String digits, char sep, int every) {
    if (sep == 0) {
      return digits;
    }
    StringBuilder sb = new StringBuilder();
    int n = digits.length();
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % every == 0) {
        sb.append(sep);
      }
      sb.append(digits.charAt(i));
    }
    return sb.toString();
  }

  private String signOf(boolean negative) {
    if (negative) {
      return "-";
    }
    return sign == '+' ? "+" : sign == ' ' ? " " : "";
  }

  /** {@code format(int, spec)}. */
  static String formatInt(Object v, String spec) {
    if (spec.isEmpty()) {
      return PyLong.toDecimal(v);
    }
    FormatSpec f = parse(spec, PyType.of(v).getName());
    if (f.type != 0 && "eEfFgG%".indexOf(f.type) >= 0) {
      return formatFloat(PyLong.toDouble(v), spec);
    }
    if (f.precision >= 0) {
      throw PyErr.format(PyExc.ValueError, "Precision not allowed in integer format specifier");
    }
    if (f.noNegativeZero) {
      throw PyErr.format(PyExc.ValueError,
          "Negative zero coercion (z) not allowed in integer format specifier");
    }
    BigInteger b = PyLong.big(v);
    boolean neg = b.signum() < 0;
    b = b.abs();
    String digits;
    String prefix = "";
    int every = 3;
    switch (f.type) {
      case 0, 'd', 'n' -> digits = b.toString();
      case 'b' -> {
        digits = b.toString(2);
        prefix = "0b";
        every = 4;
      }
      case 'o' -> {
        digits = b.toString(8);
        prefix = "0o";
        every = 4;
      }
      case 'x' -> {
        digits = b.toString(16);
        prefix = "0x";
        every = 4;
      }
      case 'X' -> {
        digits = b.toString(16).toUpperCase(java.util.Locale.ROOT);
        prefix = "0X";
        every = 4;
      }
      case 'c' -> {
        digits = new String(Character.toChars(b.intValue()));
        if (f.sign != '-') {
          throw PyErr.format(
              PyExc.ValueError, "Sign not allowed with integer format specifier 'c'");
        }
        if (f.alternate) {
          throw PyErr.format(PyExc.ValueError,
              "Alternate form (#) not allowed with integer format specifier 'c'");
        }
      }
      default -> throw PyErr.format(
          PyExc.ValueError,
          "Unknown format code '%c' for object of type '%s'",
          f.type,
          PyType.of(v).getName());
    }
    if (f.grouping != 0 && f.align == '=' && f.fill == '0' && f.width > 0) {
      // zero padding participates in grouping
      int target = f.width - f.signOf(neg).length() - (f.alternate ? prefix.length() : 0);
      return f.signOf(neg) + (f.alternate ? prefix : "") + zeroGrouped(digits, f.grouping, target, every);
    }
    digits = group(digits, f.grouping, every);
    String s = f.signOf(neg) + (f.alternate ? prefix : "");
    return f.pad(s, digits, '>');
  }

  /** {@code format(float, spec)}. */
  static String formatFloat(double d, String spec) {
    if (spec.isEmpty()) {
      return PyFloat.repr(d);
    }
    FormatSpec f = parse(spec, "float");
    char t = f.type;
    if (t != 0 && "eEfFgGn%".indexOf(t) < 0) {
      throw PyErr.format(
          PyExc.ValueError, "Unknown format code '%c' for object of type 'float'", t);
    }
    String body = f.floatBody(Math.abs(d), t, f.precision);
    String sign = f.signOf(f.negative(d, body));
    if (f.grouping != 0 && f.align == '=' && f.fill == '0' && f.width > 0
        && Character.isDigit(body.charAt(0))) {
      // zero padding participates in grouping, as for int
      int end = integerEnd(body);
      String rest = body.substring(end);
      return sign + zeroGrouped(body.substring(0, end), f.grouping, f.width - sign.length() - rest.length(), 3)
          + rest;
    }
    return f.pad(sign, f.grouped(body), '>');
  }

  /**
   * {@code digits} grouped, with zeros put in front until the result is at least {@code target}
   * long; a separator never comes first ({@code _PyUnicode_InsertThousandsGrouping}).
   */
  private static String zeroGrouped(String digits, char sep, int target, int every) {
    String g = group(digits, sep, every);
    while (g.length() < target) {
      digits = "0" + digits;
      g = group(digits, sep, every);
    }
    return g;
  }

  /**
   * {@code format(complex, spec)} ({@code format_complex_internal}): each part formatted as a
   * float; with no type, in parentheses unless the real part is +0, like {@code repr}.
   */
  static String formatComplex(double re, double im, String spec) {
    FormatSpec f = parse(spec, "complex");
    if (f.fill == '0') {
      throw PyErr.format(
          PyExc.ValueError, "Zero padding is not allowed in complex format specifier");
    } else if (f.align == '=') {
      throw PyErr.format(PyExc.ValueError,
          "'=' alignment flag is not allowed in complex format specifier");
    }
    char t = f.type;
    boolean skipReal = false;
    boolean parens = false;
    if (t == 0) {
      t = 'r';
      skipReal = re == 0.0 && 1.0 / re > 0;
      parens = !skipReal;
    } else if (t == 'n') {
      t = 'g';
    } else if ("eEfFgG".indexOf(t) < 0) {
      throw PyErr.format(
          PyExc.ValueError, "Unknown format code '%c' for object of type 'complex'", t);
    }
    int p = f.precision;
    if (t == 'r' && p >= 0) {
      t = 'g';
    }
    String reBody = f.grouped(f.floatBody(Math.abs(re), t, p));
    String imBody = f.grouped(f.floatBody(Math.abs(im), t, p));
    boolean imNeg = f.negative(im, imBody);
    StringBuilder sb = new StringBuilder();
    if (parens) {
      sb.append('(');
    }
    if (!skipReal) {
      sb.append(f.signOf(f.negative(re, reBody))).append(reBody).append(imNeg ? "-" : "+");
    } else {
      sb.append(f.signOf(imNeg));
    }
    sb.append(imBody).append('j');
    if (parens) {
      sb.append(')');
    }
    return f.pad("", sb.toString(), '>');
  }

  /**
   * The digits of {@code a >= 0} for presentation type {@code t} (0: like repr, with a
   * precision like 'g' that keeps a digit after the point; 'r': repr without a trailing ".0")
   * and precision {@code p} (negative: the default).
   */
  private String floatBody(double a, char t, int p) {
    boolean upper = t == 'E' || t == 'F' || t == 'G';
    if (!Double.isFinite(a)) {
      String body = Double.isNaN(a) ? "nan" : "inf";
      return (upper ? body.toUpperCase(java.util.Locale.ROOT) : body) + (t == '%' ? "%" : "");
    }
    return switch (t) {
      case 'f', 'F' -> fixed(a, p < 0 ? 6 : p, alternate);
      case 'e', 'E' -> sci(a, p < 0 ? 6 : p, alternate, upper);
      case '%' -> fixed(a * 100, p < 0 ? 6 : p, alternate) + "%";
      case 'g', 'G', 'n' -> general(a, p < 0 ? 6 : p, alternate, upper, false);
      case 'r' -> {
        String r = PyFloat.repr(a);
        r = r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
        int e = r.indexOf('e');
        yield !alternate || r.indexOf('.') >= 0 ? r
            : e < 0 ? r + "." : r.substring(0, e) + "." + r.substring(e);
      }
      default -> p < 0 ? PyFloat.repr(a) : general(a, p, alternate, false, true);
    };
  }

  /** Whether {@code d}, shown as {@code body}, takes a minus sign ('z' drops it from zeros). */
  private boolean negative(double d, String body) {
    if (Double.isNaN(d) || !(d < 0 || d == 0.0 && 1.0 / d < 0)) {
      return false;
    }
    return !(noNegativeZero && Double.isFinite(d)
        && body.chars().noneMatch(c -> c >= '1' && c <= '9'));
  }

  /** The integer part of a formatted float with the grouping separator put in. */
  private String grouped(String body) {
    if (grouping == 0 || !Character.isDigit(body.charAt(0))) {
      return body;
    }
    int end = integerEnd(body);
    return group(body.substring(0, end), grouping, 3) + body.substring(end);
  }

  /** Where the integer digits of a formatted float end. */
  private static int integerEnd(String body) {
    int dot = body.indexOf('.');
    int e = body.indexOf('e');
    return dot >= 0 ? dot : e >= 0 ? e : body.endsWith("%") ? body.length() - 1 : body.length();
  }

  static String fixed(double a, int p, boolean alt) {
    String s = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
    if (p == 0 && alt) {
      s += ".";
    }
    return s;
  }

  static String sci(double a, int p, boolean alt, boolean upper) {
    String digits;
    int exp;
    if (a == 0.0) {
      digits = "0".repeat(p + 1);
      exp = 0;
    } else {
      BigDecimal r = new BigDecimal(a).round(new MathContext(p + 1, RoundingMode.HALF_EVEN));
      digits = r.unscaledValue().toString();
      exp = digits.length() - 1 - r.scale();
      if (digits.length() < p + 1) {
        digits = digits + "0".repeat(p + 1 - digits.length());
      } else if (digits.length() > p + 1) {
        digits = digits.substring(0, p + 1);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(digits.charAt(0));
    if (p > 0 || alt) {
      sb.append('.');
    }
    sb.append(digits, 1, digits.length());
    sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
    int ae = Math.abs(exp);
    if (ae < 10) {
      sb.append('0');
    }
    sb.append(ae);
    return sb.toString();
  }

  /**
   * The {@code g} presentation; with {@code reprStyle} the empty type with a precision, which
   * always keeps one digit after the point in fixed notation.
   */
  static String general(double a, int p, boolean alt, boolean upper, boolean reprStyle) {
    if (p == 0) {
      p = 1;
    }
    int exp;
    if (a == 0.0) {
      exp = 0;
    } else {
      BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
      exp = r.precision() - 1 - r.scale();
    }
    String s;
    // with the ".0" it adds, the repr style goes to exponent notation one digit earlier
    if (exp >= -4 && exp < (reprStyle ? p - 1 : p)) {
      s = fixed(a, Math.max(p - 1 - exp, 0), alt);
      if (!alt) {
        if (s.indexOf('.') >= 0) {
          s = s.replaceAll("0+$", "");
          if (s.endsWith(".")) {
            s = reprStyle ? s + "0" : s.substring(0, s.length() - 1);
          }
        } else if (reprStyle) {
          s = s + ".0";
        }
      }
    } else {
      s = sci(a, p - 1, alt, upper);
      if (!alt) {
        int e = s.indexOf(upper ? 'E' : 'e');
        String m = s.substring(0, e);
        if (m.indexOf('.') >= 0) {
          m = m.replaceAll("0+$", "");
          if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
          }
        }
        s = m + s.substring(e);
      }
    }
    return s;
  }

  /** {@code format(str, spec)}. */
  static String formatStr(String s, String spec) {
    if (spec.isEmpty()) {
      return s;
    }
    FormatSpec f = parse(spec, "str");
    if (f.type != 0 && f.type != 's') {
      throw PyErr.format(
          PyExc.ValueError, "Unknown format code '%c' for object of type 'str'", f.type);
    }
    if (f.noNegativeZero) {
      throw PyErr.format(PyExc.ValueError,
          "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f.sign != '-') {
      throw PyErr.format(PyExc.ValueError, "Sign not allowed in string format specifier");
    }
    if (f.align == '=') {
      throw PyErr.format(
          PyExc.ValueError, "'=' alignment not allowed in string format specifier");
    }
    if (f.precision >= 0 && f.precision < s.codePointCount(0, s.length())) {
      s = s.substring(0, s.offsetByCodePoints(0, f.precision));
    }
    return f.pad("", s, '<');
  }
}
