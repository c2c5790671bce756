package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code float} type, CPython's {@code Objects/floatobject.c}, on {@code Double}: arithmetic
 * with Python's floor-division and modulo rules, exact comparison with ints, the hash that agrees
 * with int's, and {@code repr} as the shortest string that round-trips ({@code float_repr_style ==
 * 'short'}).
 */
public final class PyFloat {
  private PyFloat() {}

  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("float", PyFloat.class, MethodHandles.lookup())
          .classes(Double.class)
          .allocator(t -> new Derived(t, 0.0)));

  /** An instance of a Python subclass of {@code float}: the value and an instance dictionary. */
  static final class Derived extends SubclassInstance {
    final double value;

    Derived(PyType type, double value) {
      super(type);
      this.value = value;
    }
  }

  /** The value of a float or of an instance of a float subclass. */
  static double value(Object f) {
    return f instanceof Double d ? d : ((Derived) f).value;
  }

  private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

  static {
    TYPE.define(
        "fromhex",
        new PyClassMethod(
            Exposer.moduleFunctions(FromHex.class, MethodHandles.lookup(), null).get("fromhex")));
    TYPE.define(
        "__getformat__",
        new PyClassMethod(
            Exposer.moduleFunctions(FromHex.class, MethodHandles.lookup(), null)
                .get("__getformat__")));
  }

  /** {@code float.fromhex(string)}, a classmethod: {@code float_fromhex}. */
  static final class FromHex {
    private FromHex() {}

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile(
        "([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?");

    @PythonMethod
    static Object fromhex(Object cls, Object string) {
      if (!PyUnicode.isStr(string)) {
        throw PyErr.format(PyExc.TypeError, "bad argument type for built-in operation");
      }
      String s = PyUnicode.asJavaString(string).strip();
      double d = parseHex(s);
      return cls == TYPE ? (Object) d : Abstract.call(cls, d);
    }

    /** {@code float.__getformat__(typestr)}: the JVM's float and double are IEEE 754. */
    @PythonMethod
    static Object __getformat__(Object cls, Object typestr) {
      if (!PyUnicode.isStr(typestr)) {
        throw PyErr.format(PyExc.TypeError, "__getformat__() argument must be str, not %s",
            PyType.of(typestr).getName());
      }
      String t = PyUnicode.asJavaString(typestr);
      if (!t.equals("double") && !t.equals("float")) {
        throw PyErr.format(
            PyExc.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
      }
      return java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN
          ? "IEEE, little-endian" : "IEEE, big-endian";
    }

    private static double parseHex(String s) {
      String l = s.toLowerCase(java.util.Locale.ROOT);
      String body = l.startsWith("-") || l.startsWith("+") ? l.substring(1) : l;
      boolean neg = l.startsWith("-");
      if (body.equals("inf") || body.equals("infinity")) {
        return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      } else if (body.equals("nan")) {
        return Double.NaN;
      }
      java.util.regex.Matcher m = HEX.matcher(s);
      String whole = m.matches() ? m.group(2) : "";
      String frac = m.matches() && m.group(3) != null ? m.group(3) : "";
      if (!m.matches() || whole.isEmpty() && frac.isEmpty()) {
        throw PyErr.format(PyExc.ValueError, "invalid hexadecimal floating-point string");
      }
      // the exponent beyond any representable range saturates: the digits decide the rest
      String e = m.group(4) == null ? "0" : m.group(4);
      BigInteger exp = new BigInteger(e).max(BigInteger.valueOf(-100_000))
          .min(BigInteger.valueOf(100_000));
      String lit = "0x" + (whole.isEmpty() ? "0" : whole) + "." + frac + "p" + exp;
      double d = Double.parseDouble(lit);
      if (Double.isInfinite(d)) {
        throw PyErr.format(
            PyExc.OverflowError, "hexadecimal value too large to represent as a float");
      }
      return neg ? -d : d;
    }
  }

  // ---------------------------------------------------------------- repr

  /**
   * The shortest decimal digits that read back as {@code d} (positive, finite, non-zero), and the
   * decimal exponent: {@code d ≈ 0.DIGITS × 10^exp}.
   */
  static String[] shortestDigits(double d) {
    BigDecimal exact = new BigDecimal(d);
    int lo = 1;
    int hi = 17;
    BigDecimal best = null;
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      BigDecimal r = exact.round(new MathContext(mid, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        hi = mid;
        best = r;
      } else {
        lo = mid + 1;
      }
    }
    if (best == null || best.precision() > lo) {
      best = exact.round(new MathContext(lo, RoundingMode.HALF_EVEN));
    }
    BigDecimal s = best.stripTrailingZeros();
    String digits = s.unscaledValue().toString();
    int exp = digits.length() - s.scale();
    return new String[] {digits, Integer.toString(exp)};
  }

  /** {@code repr(d)}, as CPython's {@code float_repr}. */
  public static String repr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    } else if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    } else if (d == 0.0) {
      return (1.0 / d < 0) ? "-0.0" : "0.0";
    }
    String sign = d < 0 ? "-" : "";
    String[] de = shortestDigits(Math.abs(d));
    String digits = de[0];
    int decpt = Integer.parseInt(de[1]);
    if (decpt > -4 && decpt <= 16) {
      if (decpt <= 0) {
        return sign + "0." + "0".repeat(-decpt) + digits;
      } else if (decpt >= digits.length()) {
        return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
      } else {
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
      }
    }
    int e = decpt - 1;
    String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
  }

  // ---------------------------------------------------------------- conversions

  private static Double toD(Object o) {
    if (o instanceof Double d) {
      return d;
    } else if (o instanceof Derived f) {
      return f.value;
    } else if (o instanceof Long l) {
      return (double) l;
    } else if (o instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    } else if (o instanceof BigInteger b) {
      return PyLong.toDouble(b);
    } else if (PyLong.isInt(o)) {
      return PyLong.toDouble(o);
    }
    return null;
  }

  /** {@code int(d)}: truncation towards zero, exact. */
  public static Object toInt(double d) {
    if (Double.isNaN(d)) {
      throw PyErr.format(PyExc.ValueError, "cannot convert float NaN to integer");
    } else if (Double.isInfinite(d)) {
      throw PyErr.format(PyExc.OverflowError, "cannot convert float infinity to integer");
    }
    if (Math.abs(d) < 9.0e18) {
      return (long) d;
    }
    return PyLong.normalize(new BigDecimal(d).toBigInteger());
  }

  /** {@code x ** y} for floats, with Python's errors. */
  static Object pow(double x, double y) {
    // C99's special cases where Java's Math.pow answers NaN
    if (y == 0.0) {
      return 1.0;
    } else if (Double.isNaN(x)) {
      return x;
    } else if (Double.isNaN(y)) {
      return x == 1.0 ? 1.0 : y;
    } else if (Double.isInfinite(y) && Math.abs(x) == 1.0) {
      return 1.0;
    }
    if (x == 0.0 && y < 0 && !Double.isInfinite(y)) {
      throw PyErr.format(
          PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    if (x < 0 && !Double.isInfinite(x) && y != Math.floor(y) && !Double.isInfinite(y)) {
      // as CPython: a negative base to a fractional power is complex
      return PyComplex.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
    }
    double r = Math.pow(x, y);
    if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
      throw PyErr.format(PyExc.OverflowError, "(34, 'Numerical result out of range')");
    }
    return r;
  }

  /** Compares a float with an int exactly: {@code d op i}. */
  static Object compareWithInt(double d, Object i, int op) {
    int c;
    if (Double.isNaN(d)) {
      return op == Abstract.NE;
    } else if (Double.isInfinite(d)) {
      c = d > 0 ? 1 : -1;
    } else if (i instanceof Long l && Math.abs(l) < (1L << 53)) {
      c = Double.compare(d, (double) l);
      if (d == 0.0 && l == 0) {
        c = 0;
      }
    } else {
      c = new BigDecimal(d).compareTo(new BigDecimal(PyLong.big(i)));
    }
    return cmpResult(c, op);
  }

  private static boolean cmpResult(int c, int op) {
    return switch (op) {
      case Abstract.LT -> c < 0;
      case Abstract.LE -> c <= 0;
      case Abstract.EQ -> c == 0;
      case Abstract.NE -> c != 0;
      case Abstract.GT -> c > 0;
      default -> c >= 0;
    };
  }

  private static Object cmp(Object a, Object b, int op) {
    double x = value(a);
    if (b instanceof Double || b instanceof Derived) {
      double y = value(b);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return op == Abstract.NE;
      }
      return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
    }
    if (PyLong.isInt(b)) {
      return compareWithInt(x, b, op);
    }
    return NI;
  }

  /** {@code hash(d)} ({@code _Py_HashDouble}), agreeing with int's hash for integral values. */
  public static long hash(double v, Object identity) {
    if (Double.isInfinite(v)) {
      return v > 0 ? 314159 : -314159;
    } else if (Double.isNaN(v)) {
      return System.identityHashCode(identity);
    }
    int e = Math.getExponent(v);
    double m;
    if (v == 0.0) {
      return 0;
    }
    if (e == Double.MIN_EXPONENT - 1) {
      // subnormal: normalise first
      double scaled = v * 0x1p54;
      e = Math.getExponent(scaled) + 1 - 54;
      m = scaled / Math.scalb(1.0, Math.getExponent(scaled) + 1);
    } else {
      e = e + 1;
      m = Math.scalb(v, -e);
    }
    long sign = 1;
    if (m < 0) {
      sign = -1;
      m = -m;
    }
    final int bits = 61;
    final long modulus = PyLong.HASH_MODULUS;
    long x = 0;
    while (m != 0) {
      x = ((x << 28) & modulus) | (x >>> (bits - 28));
      m *= 268435456.0;
      e -= 28;
      long y = (long) m;
      m -= y;
      x += y;
      if (x >= modulus) {
        x -= modulus;
      }
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits);
    x = ((x << e) & modulus) | (x >>> (bits - e));
    x = x * sign;
    return x == -1 ? -2 : x;
  }

  /** Parses {@code float(s)}: Python's float syntax, {@code inf}, {@code nan}, underscores. */
  public static double parse(String s, Object original) {
    String t = PyUnicode.isStr(original) ? PyUnicode.asciiNumeral(s) : s.strip();
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    boolean neg = lower.startsWith("-");
    if (body.equals("inf") || body.equals("infinity")) {
      return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    } else if (body.equals("nan")) {
      // the sign of a NaN is kept, as CPython's dtoa-based parser keeps it
      return neg ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN;
    }
    if (!t.matches("[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?")) {
      throw PyErr.format(
          PyExc.ValueError,
          "could not convert string to float: %s",
          Abstract.reprJava(original));
    }
    return Double.parseDouble(t.replace("_", ""));
  }

  // ---------------------------------------------------------------- special methods

  static Object __repr__(Object self) {
    return repr(value(self));
  }

  static Object __hash__(Object self) {
    return hash(value(self), self);
  }

  static Object __bool__(Object self) {
    return value(self) != 0.0;
  }

  static Object __add__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) (value(a) + y);
  }

  static Object __radd__(Object a, Object b) {
    return __add__(a, b);
  }

  static Object __sub__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) (value(a) - y);
  }

  static Object __rsub__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) (y - value(a));
  }

  static Object __mul__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) (value(a) * y);
  }

  static Object __rmul__(Object a, Object b) {
    return __mul__(a, b);
  }

  static double div(double x, double y) {
    if (y == 0.0) {
      throw PyErr.format(PyExc.ZeroDivisionError, "float division by zero");
    }
    return x / y;
  }

  static double mod(double x, double y, String what) {
    if (y == 0.0) {
      throw PyErr.format(PyExc.ZeroDivisionError, what);
    }
    double m = x % y;
    if (m != 0.0) {
      if ((y < 0) != (m < 0)) {
        m += y;
      }
    } else {
      m = Math.copySign(0.0, y);
    }
    return m;
  }

  static double floordiv(double x, double y) {
    if (y == 0.0) {
      throw PyErr.format(PyExc.ZeroDivisionError, "float floor division by zero");
    }
    double m = x % y;
    double div = (x - m) / y;
    if (m != 0.0 && ((y < 0) != (m < 0))) {
      div -= 1.0;
    }
    double floordiv;
    if (div != 0.0) {
      floordiv = Math.floor(div);
      if (div - floordiv > 0.5) {
        floordiv += 1.0;
      }
    } else {
      floordiv = Math.copySign(0.0, x / y);
    }
    return floordiv;
  }

  static Object __truediv__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) div(value(a), y);
  }

  static Object __rtruediv__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) div(y, value(a));
  }

  static Object __floordiv__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) floordiv(value(a), y);
  }

  static Object __rfloordiv__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) floordiv(y, value(a));
  }

  static Object __mod__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) mod(value(a), y, "float modulo");
  }

  static Object __rmod__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : (Object) mod(y, value(a), "float modulo");
  }

  static Object __divmod__(Object a, Object b) {
    Double y = toD(b);
    if (y == null) {
      return NI;
    }
    if (y == 0.0) {
      throw PyErr.format(PyExc.ZeroDivisionError, "float divmod()");
    }
    return new PyTuple(floordiv(value(a), y), mod(value(a), y, "float divmod()"));
  }

  static Object __rdivmod__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : __divmod__(y, a);
  }

  static Object __pow__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : pow(value(a), y);
  }

  static Object __rpow__(Object a, Object b) {
    Double y = toD(b);
    return y == null ? NI : pow(y, value(a));
  }

  static Object __neg__(Object a) {
    return -value(a);
  }

  static Object __pos__(Object a) {
    return value(a);
  }

  static Object __abs__(Object a) {
    return Math.abs(value(a));
  }

  static Object __int__(Object a) {
    return toInt(value(a));
  }

  static Object __float__(Object a) {
    return value(a);
  }

  static Object __lt__(Object a, Object b) {
    return cmp(a, b, Abstract.LT);
  }

  static Object __le__(Object a, Object b) {
    return cmp(a, b, Abstract.LE);
  }

  static Object __eq__(Object a, Object b) {
    return cmp(a, b, Abstract.EQ);
  }

  static Object __ne__(Object a, Object b) {
    return cmp(a, b, Abstract.NE);
  }

  static Object __gt__(Object a, Object b) {
    return cmp(a, b, Abstract.GT);
  }

  static Object __ge__(Object a, Object b) {
    return cmp(a, b, Abstract.GE);
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nkw = kwnames == null ? 0 : kwnames.length;
    // float_new: keywords are refused unless a subclass's own __init__ may want them
    if (nkw > 0 && (cls == TYPE || cls.lookup("__init__") == PyType.OBJECT.lookup("__init__"))) {
      throw PyErr.format(PyExc.TypeError, "float() takes no keyword arguments");
    }
    int n = args.length - nkw;
    if (n > 1) {
      throw PyErr.format(PyExc.TypeError, "float expected at most 1 argument, got %d", n);
    }
    double v = n == 0 ? 0.0 : newValue(args[0]);
    return cls == TYPE ? (Object) v : new Derived(cls, v);
  }

  /**
   * The value {@code float(x)} makes, {@code PyNumber_Float}: {@code __float__}, then {@code
   * __index__}, then a float subclass's value, and only then text or bytes to parse (so a str
   * subclass with {@code __float__} is converted by it).
   */
  private static double newValue(Object x) {
    if (x instanceof Double d) {
      return d;
    }
    PyType t = PyType.of(x);
    if (PyLong.isInt(x) || t.hasSlot(SpecialMethod.op_float) || t.hasSlot(SpecialMethod.op_index)
        || t.isSubtypeOf(TYPE)) {
      return PyNumber.asDouble(x);
    }
    if (PyUnicode.isStr(x)) {
      return parse(PyUnicode.asJavaString(x), x);
    } else if (PyBuffer.check(x)) {
      // bytes-like objects are parsed as ASCII text; the error shows the bytes' repr
      byte[] b = PyBuffer.bytes(x);
      return parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), x);
    }
    throw PyErr.format(
        PyExc.TypeError,
        "float() argument must be a string or a real number, not '%s'",
        t.getName());
  }

  @PythonMethod
  static Object is_integer(Object self) {
    double d = value(self);
    return !Double.isInfinite(d) && d == Math.floor(d);
  }

  @PythonMethod
  static Object __trunc__(Object self) {
    return toInt(value(self));
  }

  @PythonMethod
  static Object __floor__(Object self) {
    return toInt(Math.floor(value(self)));
  }

  @PythonMethod
  static Object __ceil__(Object self) {
    return toInt(Math.ceil(value(self)));
  }

  @PythonMethod
  static Object __round__(Object self, @Default("None") Object ndigits) {
    double d = value(self);
    if (ndigits == PyNone.NONE) {
      double r = Math.rint(d);
      return toInt(r);
    }
    // PyNumber_AsSsize_t(ndigits, NULL): a huge ndigits is clamped, not refused
    Object i = PyNumber.index(ndigits);
    long nd = i instanceof Long l ? l : ((BigInteger) i).signum() > 0 ? Long.MAX_VALUE
        : Long.MIN_VALUE;
    if (!Double.isFinite(d) || d == 0.0 || nd > NDIGITS_MAX) {
      return d;
    } else if (nd < NDIGITS_MIN) {
      return 0.0 * d;
    }
    double v = new BigDecimal(d).setScale((int) nd, RoundingMode.HALF_EVEN).doubleValue();
    if (Double.isInfinite(v)) {
      throw PyErr.format(PyExc.OverflowError, "rounded value too large to represent");
    }
    return v == 0.0 ? Math.copySign(0.0, d) : v;
  }

  /** Beyond these, rounding a double to {@code ndigits} places changes nothing or leaves 0. */
  private static final int NDIGITS_MAX = (int) ((53 - (-1021)) * 0.30103);
  private static final int NDIGITS_MIN = (int) -((1024 + 1) * 0.30103);

  @PythonMethod
  static Object as_integer_ratio(Object self) {
    double d = value(self);
    if (Double.isInfinite(d)) {
      throw PyErr.format(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
    } else if (Double.isNaN(d)) {
      throw PyErr.format(PyExc.ValueError, "cannot convert NaN to integer ratio");
    }
    BigDecimal b = new BigDecimal(d);
    BigInteger num = b.unscaledValue();
    BigInteger den = BigInteger.ONE;
    if (b.scale() > 0) {
      den = BigInteger.TEN.pow(b.scale());
    } else {
      num = num.multiply(BigInteger.TEN.pow(-b.scale()));
    }
    BigInteger g = num.gcd(den);
    return new PyTuple(PyLong.normalize(num.divide(g)), PyLong.normalize(den.divide(g)));
  }

  @PythonMethod
  static Object conjugate(Object self) {
    return value(self);
  }

  @PythonMethod
  static Object hex(Object self) {
    double d = value(self);
    if (Double.isNaN(d)) {
      return "nan";
    } else if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    String sign = Math.copySign(1.0, d) < 0 ? "-" : "";
    if (d == 0.0) {
      return sign + "0x0.0p+0";
    }
    // float_hex: a leading digit and all 52 fraction bits; subnormals as 0x0.xxx p-1022
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) (bits >>> 52) & 0x7ff;
    long fraction = bits & ((1L << 52) - 1);
    int exp = biased == 0 ? -1022 : biased - 1023;
    return String.format("%s0x%c.%013xp%s%d", sign, biased == 0 ? '0' : '1', fraction,
        exp >= 0 ? "+" : "", exp);
  }

  @PythonMethod
  static Object __format__(Object self, Object spec) {
    String s = PyUnicode.asJavaString(spec);
    if (s.isEmpty()) {
      return Abstract.str(self);
    }
    return FormatSpec.formatFloat(value(self), s);
  }

  @PythonMethod
  static Object __getnewargs__(Object self) {
    return new PyTuple(value(self));
  }

  @Getter(value = "real", doc = "the real part of a complex number")
  static Object real(Object self) {
    return value(self);
  }

  @Getter(value = "imag", doc = "the imaginary part of a complex number")
  static Object imag(Object self) {
    return 0.0;
  }
}
