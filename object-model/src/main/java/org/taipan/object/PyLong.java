package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code int} type, CPython's {@code Objects/longobject.c}. Values are {@code Long} whenever
 * they fit and {@code BigInteger} otherwise (always in that canonical form); {@code bool} values
 * ({@code Boolean}) are accepted wherever an {@code int} is. Floor division and modulo round
 * towards negative infinity, hashes are taken modulo 2**61−1, as in CPython.
 */
public final class PyLong {
  private PyLong() {}

  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("int", PyLong.class, MethodHandles.lookup())
              .classes(Long.class, BigInteger.class)
              .allocator(t -> new Derived(t, 0L)));

  /** An instance of a Python subclass of {@code int}: the value and an instance dictionary. */
  static final class Derived extends SubclassInstance {
    final Object value;

    Derived(PyType type, Object value) {
      super(type);
      this.value = value;
    }
  }

  static {
    TYPE.define(
        "from_bytes",
        new PyClassMethod(
            Exposer.moduleFunctions(FromBytes.class, MethodHandles.lookup(), null)
                .get("from_bytes")));
  }

  /** The byteorder argument of to_bytes and from_bytes: true for 'little', false for 'big'. */
  static boolean littleEndian(Object byteorder) {
    String s = PyUnicode.isStr(byteorder) ? PyUnicode.asJavaString(byteorder) : null;
    if ("little".equals(s)) {
      return true;
    } else if ("big".equals(s)) {
      return false;
    } else if (s == null) {
      throw PyErr.format(PyExc.TypeError, "argument 'byteorder' must be str, not %.200s",
          PyType.of(byteorder).getName());
    }
    throw PyErr.format(PyExc.ValueError, "byteorder must be either 'little' or 'big'");
  }

  /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}, a classmethod. */
  static final class FromBytes {
    private FromBytes() {}

    @PythonMethod(positionalOnly = false)
    static Object from_bytes(
        @org.taipan.api.expose.PositionalOnly Object cls,
        Object bytes,
        @Default("'big'") Object byteorder,
        @org.taipan.api.expose.KeywordOnly @Default("False") Object signed) {
      boolean little = littleEndian(byteorder);
      // PyObject_Bytes: a copy, since it is reversed in place for 'little'
      byte[] b = PyBytes.objectBytes(bytes).clone();
      if (little) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
          byte t = b[i];
          b[i] = b[j];
          b[j] = t;
        }
      }
      BigInteger v = b.length == 0 ? BigInteger.ZERO
          : Abstract.isTrue(signed) ? new BigInteger(b) : new BigInteger(1, b);
      Object r = normalize(v);
      return cls == TYPE ? r : Abstract.call(cls, r);
    }
  }

  /** The plain int value of an int (unwrapping an instance of a subclass). */
  static Object plain(Object o) {
    return o instanceof Derived d ? d.value : o;
  }

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  /** {@code sys.hash_info.modulus}. */
  static final long HASH_MODULUS = (1L << 61) - 1;
  private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

  /** The canonical form of an int value: Long when it fits. */
  public static Object normalize(BigInteger b) {
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  /** Whether {@code o} is an int (including bool). */
  public static boolean isInt(Object o) {
    return o instanceof Long || o instanceof BigInteger || o instanceof Boolean
        || o instanceof Derived;
  }

  /** An int value as a BigInteger. */
  public static BigInteger big(Object o) {
    o = plain(o);
    if (o instanceof Long l) {
      return BigInteger.valueOf(l);
    } else if (o instanceof BigInteger b) {
      return b;
    } else if (o instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    throw new IllegalArgumentException("not an int: " + o);
  }

  /** A bool as 0/1, a Long as itself, otherwise null (a BigInteger or not an int). */
  private static Long small(Object o) {
    o = plain(o);
    if (o instanceof Long l) {
      return l;
    } else if (o instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return null;
  }

  /** An int value as a double, rounding as CPython's {@code PyLong_AsDouble} (OverflowError). */
  public static double toDouble(BigInteger b) {
    double d = b.doubleValue();
    if (Double.isInfinite(d)) {
      throw PyErr.format(PyExc.OverflowError, "int too large to convert to float");
    }
    return d;
  }

  /** An int as a double. */
  public static double toDouble(Object o) {
    Long s = small(o);
    return s != null ? (double) s : toDouble((BigInteger) plain(o));
  }

  // ---------------------------------------------------------------- arithmetic kernels

  /** {@code a + b}. */
  public static Object add(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
    }
    return r;
  }

  /** {@code a - b}. */
  public static Object sub(long a, long b) {
    long r = a - b;
    if (((a ^ b) & (a ^ r)) < 0) {
      return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
    }
    return r;
  }

  /** {@code a * b}. */
  public static Object mul(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
  }

  private static PyException zeroDiv() {
    return PyErr.format(PyExc.ZeroDivisionError, "integer division or modulo by zero");
  }

  /** {@code a // b} on ints. */
  static Object floordiv(Object a, Object b) {
    Long x = small(a);
    Long y = small(b);
    if (x != null && y != null) {
      if (y == 0) {
        throw zeroDiv();
      }
      if (x == Long.MIN_VALUE && y == -1) {
        return BigInteger.valueOf(x).negate();
      }
      return Math.floorDiv((long) x, (long) y);
    }
    BigInteger bb = big(b);
    if (bb.signum() == 0) {
      throw zeroDiv();
    }
    BigInteger[] qr = big(a).divideAndRemainder(bb);
    BigInteger q = qr[0];
    if (qr[1].signum() != 0 && qr[1].signum() != bb.signum()) {
      q = q.subtract(BigInteger.ONE);
    }
    return normalize(q);
  }

  /** {@code a % b} on ints. */
  static Object mod(Object a, Object b) {
    Long x = small(a);
    Long y = small(b);
    if (x != null && y != null) {
      if (y == 0) {
        throw PyErr.format(PyExc.ZeroDivisionError, "integer modulo by zero");
      }
      return Math.floorMod((long) x, (long) y);
    }
    BigInteger bb = big(b);
    if (bb.signum() == 0) {
      throw PyErr.format(PyExc.ZeroDivisionError, "integer modulo by zero");
    }
    BigInteger r = big(a).mod(bb.abs());
    if (bb.signum() < 0 && r.signum() != 0) {
      r = r.add(bb);
    }
    return normalize(r);
  }

  /** {@code a / b} on ints, correctly rounded. */
  static Object truediv(Object a, Object b) {
    Long x = small(a);
    Long y = small(b);
    if (y != null && y == 0 || y == null && big(b).signum() == 0) {
      throw PyErr.format(PyExc.ZeroDivisionError, "division by zero");
    }
    long limit = 1L << 53;
    if (x != null && y != null && Math.abs(x) <= limit && Math.abs(y) <= limit) {
      return (double) x / (double) y;
    }
    BigInteger n = big(a);
    BigInteger d = big(b);
    // the sign as the float division of the rounded operands would give it: 0 / -d is -0.0
    boolean negative = (n.signum() < 0) != (d.signum() < 0);
    double r = divideRounded(n.abs(), d.abs());
    return negative ? -r : r;
  }

  /**
   * {@code n / d} for {@code n >= 0, d > 0} rounded once, half to even, to a double (as CPython's
   * {@code long_true_divide}): the quotient is taken to a few bits beyond the double's last one
   * (53 significant bits, or the subnormal unit 2^-1074), with a sticky remainder.
   */
  private static double divideRounded(BigInteger n, BigInteger d) {
    if (n.signum() == 0) {
      return 0.0;
    }
    int e = n.bitLength() - d.bitLength();  // n/d lies in [2^(e-1), 2^(e+1))
    if (e > 1025) {
      throw PyErr.format(PyExc.OverflowError, "integer division result too large for a float");
    } else if (e < -1080) {
      return 0.0;  // below half the smallest subnormal
    }
    int unit = Math.max(e - 56, -1077);  // exponent of the quotient's last bit
    BigInteger num = unit <= 0 ? n.shiftLeft(-unit) : n;
    BigInteger den = unit <= 0 ? d : d.shiftLeft(unit);
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[0];
    boolean sticky = qr[1].signum() != 0;
    int lsb = Math.max(unit + q.bitLength() - 53, -1074);  // exponent of the double's last bit
    int drop = lsb - unit;
    BigInteger base = q.shiftRight(drop);
    BigInteger rest = q.subtract(base.shiftLeft(drop));
    BigInteger half = BigInteger.ONE.shiftLeft(drop - 1);
    int c = rest.compareTo(half);
    if (c > 0 || c == 0 && (sticky || base.testBit(0))) {
      base = base.add(BigInteger.ONE);
    }
    double r = Math.scalb(base.doubleValue(), lsb);
    if (Double.isInfinite(r)) {
      throw PyErr.format(PyExc.OverflowError, "integer division result too large for a float");
    }
    return r;
  }

  /** {@code a ** b} on ints (a float for a negative exponent). */
  static Object pow(Object a, Object b) {
    BigInteger e = big(b);
    if (e.signum() < 0) {
      double base = toDouble(a);
      if (base == 0.0) {
        throw PyErr.format(
            PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      }
      return PyFloat.pow(base, toDouble(e));
    }
    BigInteger base = big(a);
    if (base.equals(BigInteger.ONE)) {
      return 1L;
    }
    if (base.signum() == 0) {
      return e.signum() == 0 ? 1L : 0L;
    }
    if (base.equals(BigInteger.ONE.negate())) {
      return e.testBit(0) ? -1L : 1L;
    }
    if (e.bitLength() > 31) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    int n = e.intValue();
    Long x = small(a);
    if (x != null) {
      long r = 1;
      long p = x;
      int k = n;
      boolean ok = true;
      while (k > 0) {
        if ((k & 1) != 0) {
          long hi = Math.multiplyHigh(r, p);
          long lo = r * p;
          if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
            ok = false;
            break;
          }
          r = lo;
        }
        k >>= 1;
        if (k > 0) {
          long hi = Math.multiplyHigh(p, p);
          long lo = p * p;
          if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
            ok = false;
            break;
          }
          p = lo;
        }
      }
      if (ok) {
        return r;
      }
    }
    return normalize(base.pow(n));
  }

  /** {@code pow(a, b, m)} on ints. */
  public static Object powMod(Object a, Object b, Object m) {
    BigInteger mod = big(m);
    if (mod.signum() == 0) {
      throw PyErr.format(PyExc.ValueError, "pow() 3rd argument cannot be 0");
    }
    BigInteger e = big(b);
    BigInteger base = big(a);
    BigInteger am = mod.abs();
    if (e.signum() < 0) {
      try {
        base = base.modInverse(am);
      } catch (ArithmeticException ex) {
        throw PyErr.format(PyExc.ValueError, "base is not invertible for the given modulus");
      }
      e = e.negate();
    }
    BigInteger r = base.modPow(e, am);
    if (mod.signum() < 0 && r.signum() != 0) {
      r = r.add(mod);
    }
    return normalize(r);
  }

  static Object lshift(Object a, Object b) {
    BigInteger n = big(b);
    if (n.signum() < 0) {
      throw PyErr.format(PyExc.ValueError, "negative shift count");
    }
    BigInteger x = big(a);
    if (x.signum() == 0) {
      return 0L;
    }
    if (n.bitLength() > 31) {
      throw PyErr.format(PyExc.OverflowError, "too many digits in integer");
    }
    return normalize(x.shiftLeft(n.intValue()));
  }

  static Object rshift(Object a, Object b) {
    BigInteger n = big(b);
    if (n.signum() < 0) {
      throw PyErr.format(PyExc.ValueError, "negative shift count");
    }
    Long x = small(a);
    if (n.bitLength() > 31) {
      return big(a).signum() < 0 ? -1L : 0L;
    }
    int k = n.intValue();
    if (x != null) {
      return k >= 64 ? (x < 0 ? -1L : 0L) : (Object) (x >> k);
    }
    return normalize(big(a).shiftRight(k));
  }

  /** {@code hash(i)} for an int ({@code long_hash}). */
  public static long hash(long v) {
    if (v > -HASH_MODULUS && v < HASH_MODULUS) {
      return v == -1 ? -2 : v;
    }
    return hash(BigInteger.valueOf(v));
  }

  /** {@code hash(i)} for a big int. */
  public static long hash(BigInteger b) {
    long h = b.abs().mod(BIG_MODULUS).longValue();
    if (b.signum() < 0) {
      h = -h;
    }
    return h == -1 ? -2 : h;
  }

  /** Compares two ints: negative, zero or positive. */
  static int compare(Object a, Object b) {
    Long x = small(a);
    Long y = small(b);
    if (x != null && y != null) {
      return Long.compare(x, y);
    }
    return big(a).compareTo(big(b));
  }

  // ---------------------------------------------------------------- parsing and printing

  /**
   * {@code int(s, base)}: parses Python's integer syntax (sign, whitespace, underscores between
   * digits, a prefix when the base is 0 or matches).
   *
   * @param original the argument for the error message
   */
  public static Object parse(String s, int base, Object original) {
    String t = PyUnicode.isStr(original) ? PyUnicode.asciiNumeral(s) : s.strip();
    int i = 0;
    boolean neg = false;
    if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      neg = t.charAt(0) == '-';
      i = 1;
    }
    int b = base;
    if (t.length() >= i + 2 && t.charAt(i) == '0') {
      char p = Character.toLowerCase(t.charAt(i + 1));
      int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : -1;
      if (pb > 0 && (base == 0 || base == pb)) {
        b = pb;
        i += 2;
        if (i < t.length() && t.charAt(i) == '_') {
          i++;
        }
      }
    }
    if (b == 0) {
      b = 10;
      String digits = t.substring(i).replace("_", "");
      if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.matches("0+")) {
        throw invalidLiteral(base, original);
      }
    }
    String body = t.substring(i);
    if (body.isEmpty() || body.startsWith("_") || body.endsWith("_") || body.contains("__")) {
      throw invalidLiteral(base, original);
    }
    body = body.replace("_", "");
    for (int k = 0; k < body.length(); k++) {
      if (Character.digit(body.charAt(k), b) < 0) {
        throw invalidLiteral(base, original);
      }
    }
    int limit = maxStrDigits;
    // the limit holds for every base but the powers of two, whose conversion is linear
    if (Integer.bitCount(b) != 1 && limit > 0 && body.length() > limit) {
      throw PyErr.format(
          PyExc.ValueError,
          "Exceeds the limit (%d digits) for integer string conversion: value has %d digits;"
              + " use sys.set_int_max_str_digits() to increase the limit",
          limit, body.length());
    }
    BigInteger v = new BigInteger(body, b);
    return normalize(neg ? v.negate() : v);
  }

  private static PyException invalidLiteral(int base, Object original) {
    return PyErr.format(
        PyExc.ValueError,
        "invalid literal for int() with base %d: %.200s",
        base,
        Abstract.reprJava(original));
  }

  /**
   * The most decimal digits an int may have when converted from or to a string, 0 for no limit
   * ({@code sys.set_int_max_str_digits}; CPython 3.11's default 4300).
   */
  public static volatile int maxStrDigits = 4300;

  /** {@code repr(i)}. */
  public static String toDecimal(Object o) {
    o = plain(o);
    if (o instanceof Boolean b) {
      return b ? "1" : "0";
    }
    int limit = maxStrDigits;
    // A number of n bits has at most n * log10(2) + 1 < n / 3 + 1 digits.
    if (o instanceof BigInteger b && limit > 0 && b.bitLength() / 3 + 1 > limit) {
      String s = b.toString();
      int digits = s.length() - (b.signum() < 0 ? 1 : 0);
      if (digits > limit) {
        throw PyErr.format(
            PyExc.ValueError,
            "Exceeds the limit (%d digits) for integer string conversion;"
                + " use sys.set_int_max_str_digits() to increase the limit", limit);
      }
      return s;
    }
    return o.toString();
  }

  // ---------------------------------------------------------------- int's special methods

  private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

  static Object __repr__(Object self) {
    return toDecimal(self);
  }

  /** {@code int___sizeof__}: CPython's header and one 4-byte digit per 30 bits (at least one). */
  @org.taipan.api.expose.PythonMethod
  static Object __sizeof__(Object self) {
    int bits = big(self).abs().bitLength();
    return 24L + 4L * Math.max(1, (bits + 29) / 30);
  }

  static Object __hash__(Object self) {
    Long s = small(self);
    return s != null ? hash(s) : hash((BigInteger) plain(self));
  }

  static Object __bool__(Object self) {
    Long s = small(self);
    return s != null ? s != 0 : ((BigInteger) plain(self)).signum() != 0;
  }

  static Object __add__(Object a, Object b) {
    if (!isInt(b)) {
      return NI;
    }
    Long x = small(a);
    Long y = small(b);
    if (x != null && y != null) {
      return add(x, y);
    }
    return normalize(big(a).add(big(b)));
  }

  static Object __radd__(Object a, Object b) {
    return isInt(b) ? __add__(a, b) : NI;
  }

  static Object __sub__(Object a, Object b) {
    if (!isInt(b)) {
      return NI;
    }
    Long x = small(a);
    Long y = small(b);
    if (x != null && y != null) {
      return sub(x, y);
    }
    return normalize(big(a).subtract(big(b)));
  }

  static Object __rsub__(Object a, Object b) {
    return isInt(b) ? __sub__(b, a) : NI;
  }

  static Object __mul__(Object a, Object b) {
    if (!isInt(b)) {
      return NI;
    }
    Long x = small(a);
    Long y = small(b);
    if (x != null && y != null) {
      return mul(x, y);
    }
    return normalize(big(a).multiply(big(b)));
  }

  static Object __rmul__(Object a, Object b) {
    return isInt(b) ? __mul__(a, b) : NI;
  }

  static Object __floordiv__(Object a, Object b) {
    return isInt(b) ? floordiv(a, b) : NI;
  }

  static Object __rfloordiv__(Object a, Object b) {
    return isInt(b) ? floordiv(b, a) : NI;
  }

  static Object __mod__(Object a, Object b) {
    return isInt(b) ? mod(a, b) : NI;
  }

  static Object __rmod__(Object a, Object b) {
    return isInt(b) ? mod(b, a) : NI;
  }

  static Object __divmod__(Object a, Object b) {
    return isInt(b) ? new PyTuple(floordiv(a, b), mod(a, b)) : NI;
  }

  static Object __rdivmod__(Object a, Object b) {
    return isInt(b) ? new PyTuple(floordiv(b, a), mod(b, a)) : NI;
  }

  static Object __truediv__(Object a, Object b) {
    return isInt(b) ? truediv(a, b) : NI;
  }

  static Object __rtruediv__(Object a, Object b) {
    return isInt(b) ? truediv(b, a) : NI;
  }

  static Object __pow__(Object a, Object b) {
    return isInt(b) ? pow(a, b) : NI;
  }

  static Object __rpow__(Object a, Object b) {
    return isInt(b) ? pow(b, a) : NI;
  }

  static Object __lshift__(Object a, Object b) {
    return isInt(b) ? lshift(a, b) : NI;
  }

  static Object __rlshift__(Object a, Object b) {
    return isInt(b) ? lshift(b, a) : NI;
  }

  static Object __rshift__(Object a, Object b) {
    return isInt(b) ? rshift(a, b) : NI;
  }

  static Object __rrshift__(Object a, Object b) {
    return isInt(b) ? rshift(b, a) : NI;
  }

  static Object __and__(Object a, Object b) {
    if (!isInt(b)) {
      return NI;
    }
    Long x = small(a);
    Long y = small(b);
    return x != null && y != null ? (Object) (x & y) : normalize(big(a).and(big(b)));
  }

  static Object __rand__(Object a, Object b) {
    return isInt(b) ? __and__(a, b) : NI;
  }

  static Object __or__(Object a, Object b) {
    if (!isInt(b)) {
      return NI;
    }
    Long x = small(a);
    Long y = small(b);
    return x != null && y != null ? (Object) (x | y) : normalize(big(a).or(big(b)));
  }

  static Object __ror__(Object a, Object b) {
    return isInt(b) ? __or__(a, b) : NI;
  }

  static Object __xor__(Object a, Object b) {
    if (!isInt(b)) {
      return NI;
    }
    Long x = small(a);
    Long y = small(b);
    return x != null && y != null ? (Object) (x ^ y) : normalize(big(a).xor(big(b)));
  }

  static Object __rxor__(Object a, Object b) {
    return isInt(b) ? __xor__(a, b) : NI;
  }

  static Object __neg__(Object a) {
    Long x = small(a);
    if (x != null && x != Long.MIN_VALUE) {
      return -x;
    }
    return normalize(big(a).negate());
  }

  static Object __pos__(Object a) {
    Long x = small(a);
    return x != null ? x : plain(a);
  }

  static Object __abs__(Object a) {
    Long x = small(a);
    if (x != null && x != Long.MIN_VALUE) {
      return Math.abs(x);
    }
    return normalize(big(a).abs());
  }

  static Object __invert__(Object a) {
    Long x = small(a);
    return x != null ? (Object) ~x : normalize(big(a).not());
  }

  static Object __int__(Object a) {
    return __pos__(a);
  }

  static Object __index__(Object a) {
    return __pos__(a);
  }

  static Object __float__(Object a) {
    return toDouble(a);
  }

  private static final int[] SWAP = {
    Abstract.GT, Abstract.GE, Abstract.EQ, Abstract.NE, Abstract.LT, Abstract.LE
  };

  private static Object cmp(Object a, Object b, int op) {
    if (isInt(b)) {
      int c = compare(a, b);
      return switch (op) {
        case Abstract.LT -> c < 0;
        case Abstract.LE -> c <= 0;
        case Abstract.EQ -> c == 0;
        case Abstract.NE -> c != 0;
        case Abstract.GT -> c > 0;
        default -> c >= 0;
      };
    }
    if (b instanceof Double d) {
      return PyFloat.compareWithInt(d, a, SWAP[op]);
    }
    return NI;
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

  /** {@code int(x=0)} and {@code int(x, base=10)}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    Object x = n > 0 ? args[0] : null;
    Object base = n > 1 ? args[1] : null;
    for (int k = 0; k < nk; k++) {
      if (kwnames[k].equals("base")) {
        base = args[n + k];
      } else {
        throw PyErr.format(
            PyExc.TypeError, "'%s' is an invalid keyword argument for int()", kwnames[k]);
      }
    }
    if (n > 2) {
      throw PyErr.format(PyExc.TypeError, "int() takes at most 2 arguments (%d given)", n);
    }
    Object r;
    if (x == null) {
      if (base != null) {
        throw PyErr.format(PyExc.TypeError, "int() missing string argument");
      }
      r = 0L;
    } else if (base == null && PyBuffer.check(x)) {
      // bytes-like objects are parsed as ASCII text; the error shows the bytes' repr
      byte[] bx = PyBuffer.bytes(x);
      Object shown = x instanceof PyBytes ? x : new PyBytes(bx);
      r = parse(new String(bx, java.nio.charset.StandardCharsets.ISO_8859_1), 10, shown);
    } else if (base == null) {
      r = PyNumber.asLong(x);
    } else {
      Object bi = PyNumber.index(base);
      if (!(bi instanceof Long bl) || bl != 0 && (bl < 2 || bl > 36)) {
        throw PyErr.format(PyExc.ValueError, "int() base must be >= 2 and <= 36, or 0");
      }
      int b = (int) (long) (Long) bi;
      if (x instanceof PyBytes || x instanceof PyByteArray) {
        byte[] bx = ByteSeq.contents(x);
        r = parse(new String(bx, java.nio.charset.StandardCharsets.ISO_8859_1), b,
            x instanceof PyBytes ? x : new PyBytes(bx));
      } else if (!PyUnicode.isStr(x)) {
        throw PyErr.format(
            PyExc.TypeError, "int() can't convert non-string with explicit base");
      } else {
        r = parse(PyUnicode.asJavaString(x), b, x);
      }
    }
    if (cls != TYPE) {
      return new Derived(cls, r);
    }
    return r;
  }

  @PythonMethod
  static Object bit_length(Object self) {
    Long x = small(self);
    if (x != null) {
      return (long) (64 - Long.numberOfLeadingZeros(x == Long.MIN_VALUE ? x : Math.abs(x)));
    }
    return (long) ((BigInteger) self).abs().bitLength();
  }

  /** {@code int.as_integer_ratio()}: the int itself (exact) over 1. */
  @PythonMethod
  static Object as_integer_ratio(Object self) {
    return new PyTuple(__pos__(self), 1L);
  }

  @PythonMethod
  static Object bit_count(Object self) {
    return (long) big(self).abs().bitCount();
  }

  @PythonMethod
  static Object conjugate(Object self) {
    return __pos__(self);
  }

  @PythonMethod
  static Object __format__(Object self, Object spec) {
    String s = PyUnicode.asJavaString(spec);
    if (s.isEmpty()) {
      return Abstract.str(self);
    }
    return FormatSpec.formatInt(self, s);
  }

  @PythonMethod
  static Object __round__(Object self, @Default("None") Object ndigits) {
    if (ndigits == PyNone.NONE) {
      return __pos__(self);
    }
    long nd = PyNumber.asLongClamped(ndigits);
    if (nd >= 0) {
      return __pos__(self);
    }
    BigInteger p = BigInteger.TEN.pow((int) Math.min(-nd, 100000));
    BigInteger v = big(self);
    BigInteger[] qr = v.divideAndRemainder(p);
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() < 0) {
      q = q.subtract(BigInteger.ONE);
      r = r.add(p);
    }
    int c = r.shiftLeft(1).compareTo(p);
    if (c > 0 || (c == 0 && q.testBit(0))) {
      q = q.add(BigInteger.ONE);
    }
    return normalize(q.multiply(p));
  }

  @PythonMethod
  static Object __trunc__(Object self) {
    return __pos__(self);
  }

  @PythonMethod
  static Object __floor__(Object self) {
    return __pos__(self);
  }

  @PythonMethod
  static Object __ceil__(Object self) {
    return __pos__(self);
  }

  @PythonMethod
  static Object __getnewargs__(Object self) {
    return new PyTuple(__pos__(self));
  }

  @PythonMethod(positionalOnly = false)
  static Object to_bytes(
      Object self,
      @Default("1") Object length,
      @Default("'big'") Object byteorder,
      @org.taipan.api.expose.KeywordOnly @Default("False") Object signed) {
    int len = PyNumber.asAllocSize(length);
    boolean little = littleEndian(byteorder);
    if (len < 0) {
      throw PyErr.format(PyExc.ValueError, "length argument must be non-negative");
    }
    BigInteger v = big(self);
    boolean sgn = Abstract.isTrue(signed);
    if (!sgn && v.signum() < 0) {
      throw PyErr.format(PyExc.OverflowError, "can't convert negative int to unsigned");
    }
    // the bytes needed: the magnitude's, plus a sign bit when signed
    // (CPython lets -1 and 0 fit in no bytes at all)
    long needed = ((long) v.bitLength() + (sgn && v.bitLength() > 0 ? 1 : 0) + 7) / 8;
    if (needed > len) {
      throw PyErr.format(PyExc.OverflowError, "int too big to convert");
    }
    byte[] raw = v.toByteArray();
    byte[] out = new byte[len];
    java.util.Arrays.fill(out, (byte) (v.signum() < 0 ? 0xff : 0));
    // the two's complement bytes, right-aligned; the ones left out are sign bytes
    int n = Math.min(raw.length, len);
    System.arraycopy(raw, raw.length - n, out, len - n, n);
    if (little) {
      for (int i = 0, j = len - 1; i < j; i++, j--) {
        byte t = out[i];
        out[i] = out[j];
        out[j] = t;
      }
    }
    return new PyBytes(out);
  }

  @Getter(value = "real", doc = "the real part of a complex number")
  static Object real(Object self) {
    return __pos__(self);
  }

  @Getter(value = "imag", doc = "the imaginary part of a complex number")
  static Object imag(Object self) {
    return 0L;
  }

  @Getter(value = "numerator", doc = "the numerator of a rational number in lowest terms")
  static Object numerator(Object self) {
    return __pos__(self);
  }

  @Getter(value = "denominator", doc = "the denominator of a rational number in lowest terms")
  static Object denominator(Object self) {
    return 1L;
  }
}
