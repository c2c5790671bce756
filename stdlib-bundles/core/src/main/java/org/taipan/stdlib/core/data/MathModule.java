package org.taipan.stdlib.core.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyFloat;
import org.taipan.object.PyLong;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The {@code math} module, CPython's {@code Modules/mathmodule.c}: the libm wrappers with its
 * error rules ({@code math_1}: a NaN from a non-NaN is a domain error, an infinity from a finite
 * value a range error), and the exact integer functions on {@link BigInteger}.
 */
@PythonModule(value = "math",
    doc = "This module provides access to the mathematical functions\n"
        + "defined by the C standard.")
public final class MathModule {
  private MathModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("pi", Math.PI);
    m.put("e", Math.E);
    m.put("tau", 2 * Math.PI);
    m.put("inf", Double.POSITIVE_INFINITY);
    m.put("nan", Double.NaN);
  }

  static PyException domain() {
    return PyErr.format(PyExc.ValueError, "math domain error");
  }

  static PyException range() {
    return PyErr.format(PyExc.OverflowError, "math range error");
  }

  /** {@code math_1}: applies {@code f} with CPython's error rules. */
  static Object math1(Object x, DoubleUnaryOperator f, boolean canOverflow) {
    double d = PyNumber.asDouble(x);
    double r = f.applyAsDouble(d);
    if (Double.isNaN(r) && !Double.isNaN(d)) {
      throw domain();
    }
    if (Double.isInfinite(r) && Double.isFinite(d)) {
      throw canOverflow ? range() : domain();
    }
    return r;
  }

  @PythonMethod public static Object sqrt(Object x) {
    return math1(x, Math::sqrt, false);
  }

  @PythonMethod(doc = "Error function at x.")
  public static Object erf(Object x) {
    return math1(x, LibM::erf, false);
  }

  @PythonMethod(doc = "Complementary error function at x.")
  public static Object erfc(Object x) {
    return math1(x, LibM::erfc, false);
  }

  @PythonMethod public static Object exp(Object x) {
    return math1(x, Math::exp, true);
  }

  @PythonMethod public static Object exp2(Object x) {
    return math1(x, v -> Math.pow(2.0, v), true);
  }

  @PythonMethod public static Object expm1(Object x) {
    return math1(x, Math::expm1, true);
  }

  @PythonMethod public static Object cbrt(Object x) {
    return math1(x, Math::cbrt, false);
  }

  @PythonMethod public static Object sin(Object x) {
    return math1(x, Math::sin, false);
  }

  @PythonMethod public static Object cos(Object x) {
    return math1(x, Math::cos, false);
  }

  @PythonMethod public static Object tan(Object x) {
    return math1(x, Math::tan, false);
  }

  @PythonMethod public static Object asin(Object x) {
    return math1(x, Math::asin, false);
  }

  @PythonMethod public static Object acos(Object x) {
    return math1(x, Math::acos, false);
  }

  @PythonMethod public static Object atan(Object x) {
    return math1(x, Math::atan, false);
  }

  @PythonMethod public static Object sinh(Object x) {
    return math1(x, Math::sinh, true);
  }

  @PythonMethod public static Object cosh(Object x) {
    return math1(x, StrictMath::cosh, true);
  }

  @PythonMethod public static Object tanh(Object x) {
    return math1(x, Math::tanh, false);
  }

  @PythonMethod public static Object asinh(Object x) {
    return math1(x, v -> Double.isInfinite(v) || v == 0 ? v
        : Math.abs(v) > 0x1p28 ? Math.copySign(Math.log(Math.abs(v)) + Math.log(2.0), v)
        : Math.copySign(Math.log1p(Math.abs(v) + v * v / (1 + Math.sqrt(1 + v * v))), v), false);
  }

  @PythonMethod public static Object acosh(Object x) {
    return math1(x, v -> v < 1 ? Double.NaN
        : v > 0x1p28 ? Math.log(v) + Math.log(2.0)
        : Math.log(v + Math.sqrt(v * v - 1)), false);
  }

  @PythonMethod public static Object atanh(Object x) {
    return math1(x, v -> Math.abs(v) >= 1 ? Double.NaN : 0.5 * Math.log1p(2 * v / (1 - v)),
        false);
  }

  @PythonMethod public static Object log1p(Object x) {
    return math1(x, v -> v <= -1 ? Double.NaN : Math.log1p(v), false);
  }

  @PythonMethod public static Object fabs(Object x) {
    return Math.abs(PyNumber.asDouble(x));
  }

  @PythonMethod public static Object degrees(Object x) {
    return PyNumber.asDouble(x) * (180.0 / Math.PI);
  }

  @PythonMethod public static Object radians(Object x) {
    return PyNumber.asDouble(x) * (Math.PI / 180.0);
  }

  @PythonMethod public static Object isfinite(Object x) {
    return Double.isFinite(PyNumber.asDouble(x));
  }

  @PythonMethod public static Object isinf(Object x) {
    return Double.isInfinite(PyNumber.asDouble(x));
  }

  @PythonMethod public static Object isnan(Object x) {
    return Double.isNaN(PyNumber.asDouble(x));
  }

  @PythonMethod public static Object copysign(Object x, Object y) {
    return Math.copySign(PyNumber.asDouble(x), PyNumber.asDouble(y));
  }

  @PythonMethod public static Object atan2(Object y, Object x) {
    return Math.atan2(PyNumber.asDouble(y), PyNumber.asDouble(x));
  }

  @PythonMethod public static Object fmod(Object x, Object y) {
    double a = PyNumber.asDouble(x);
    double b = PyNumber.asDouble(y);
    if (Double.isInfinite(b) && Double.isFinite(a)) {
      return a;
    }
    double r = a % b;
    if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) {
      throw domain();
    }
    return r;
  }

  @PythonMethod public static Object remainder(Object x, Object y) {
    double a = PyNumber.asDouble(x);
    double b = PyNumber.asDouble(y);
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.NaN;
    }
    if (Double.isInfinite(a) || b == 0) {
      throw domain();
    }
    if (Double.isInfinite(b)) {
      return a;
    }
    return Math.IEEEremainder(a, b);
  }

  @PythonMethod public static Object pow(Object x, Object y) {
    double a = PyNumber.asDouble(x);
    double b = PyNumber.asDouble(y);
    if (Double.isNaN(a)) {
      return b == 0 ? 1.0 : a;
    }
    if (Double.isNaN(b)) {
      return a == 1 ? 1.0 : b;
    }
    double r = Math.pow(a, b);
    if (Double.isFinite(a) && Double.isFinite(b)) {
      if (Double.isNaN(r)) {
        throw domain();
      }
      if (Double.isInfinite(r)) {
        if (a == 0) {
          throw domain();
        }
        throw range();
      }
    }
    return r;
  }

  @PythonMethod public static Object nextafter(Object x, Object y) {
    return Math.nextAfter(PyNumber.asDouble(x), PyNumber.asDouble(y));
  }

  @PythonMethod public static Object ulp(Object x) {
    double d = PyNumber.asDouble(x);
    if (Double.isNaN(d)) {
      return d;
    }
    d = Math.abs(d);
    if (Double.isInfinite(d)) {
      return d;
    }
    if (d == Double.MAX_VALUE) {
      return d - Math.nextDown(d);
    }
    return Math.nextUp(d) - d;
  }

  @PythonMethod public static Object ldexp(Object x, Object i) {
    double d = PyNumber.asDouble(x);
    if (!PyLong.isInt(i)) {
      throw DataSupport.typeError("Expected an int as second argument to ldexp.");
    }
    long e = PyNumber.asLongClamped(i);
    if (d == 0 || !Double.isFinite(d)) {
      return d;
    }
    e = Math.max(-10000, Math.min(10000, e));
    double r = Math.scalb(d, (int) e);
    if (Double.isInfinite(r)) {
      throw PyErr.format(PyExc.OverflowError, "math range error");
    }
    return r;
  }

  @PythonMethod public static Object frexp(Object x) {
    double d = PyNumber.asDouble(x);
    if (d == 0 || !Double.isFinite(d)) {
      return new PyTuple(d, 0L);
    }
    int e = Math.getExponent(d);
    if (e == Double.MIN_EXPONENT - 1) {
      d *= 0x1p54;
      e = Math.getExponent(d) - 54;
      double m = d / Math.scalb(1.0, Math.getExponent(d) + 1);
      return new PyTuple(m, (long) e + 1);
    }
    return new PyTuple(Math.scalb(d, -(e + 1)), (long) e + 1);
  }

  @PythonMethod public static Object modf(Object x) {
    double d = PyNumber.asDouble(x);
    if (Double.isInfinite(d)) {
      return new PyTuple(Math.copySign(0.0, d), d);
    }
    double ip = d < 0 ? Math.ceil(d) : Math.floor(d);
    return new PyTuple(Math.copySign(d - ip, d), ip);
  }

  // ---------------------------------------------------------------- rounding

  private static Object viaDunder(Object x, String name) {
    Object f = PyType.of(x).lookup(name);
    return f == null ? null : Abstract.callAsMethod(f, x, new Object[0], null);
  }

  @PythonMethod public static Object floor(Object x) {
    if (PyLong.isInt(x) && !(x instanceof Boolean)) {
      return x;
    }
    if (x instanceof Double d) {
      return PyFloat.toInt(Math.floor(checkFinite(d)));
    }
    Object r = viaDunder(x, "__floor__");
    return r != null ? r : PyFloat.toInt(Math.floor(checkFinite(PyNumber.asDouble(x))));
  }

  @PythonMethod public static Object ceil(Object x) {
    if (PyLong.isInt(x) && !(x instanceof Boolean)) {
      return x;
    }
    if (x instanceof Double d) {
      return PyFloat.toInt(Math.ceil(checkFinite(d)));
    }
    Object r = viaDunder(x, "__ceil__");
    return r != null ? r : PyFloat.toInt(Math.ceil(checkFinite(PyNumber.asDouble(x))));
  }

  private static double checkFinite(double d) {
    if (Double.isNaN(d)) {
      throw PyErr.format(PyExc.ValueError, "cannot convert float NaN to integer");
    }
    if (Double.isInfinite(d)) {
      throw PyErr.format(PyExc.OverflowError, "cannot convert float infinity to integer");
    }
    return d;
  }

  @PythonMethod public static Object trunc(Object x) {
    Object r = viaDunder(x, "__trunc__");
    if (r == null) {
      throw DataSupport.typeError("type %s doesn't define __trunc__ method",
          DataSupport.typeName(x));
    }
    return r;
  }

  // ---------------------------------------------------------------- logarithms

  private static double logOf(Object x, DoubleUnaryOperator f, String fname) {
    if (PyLong.isInt(x)) {
      BigInteger b = PyLong.big(PyNumber.index(x));
      if (b.signum() <= 0) {
        throw domain();
      }
      int bits = b.bitLength();
      if (bits > 1024) {
        // frexp: x = m * 2**bits with m in [0.5, 1), as _PyLong_Frexp
        double m = b.shiftRight(bits - 60).doubleValue() / 0x1p60;
        return f.applyAsDouble(m) + f.applyAsDouble(2.0) * bits;
      }
      return f.applyAsDouble(b.doubleValue());
    }
    double d = PyNumber.asDouble(x);
    if (Double.isNaN(d) || d == Double.POSITIVE_INFINITY) {
      return d;
    }
    if (d <= 0) {
      throw domain();
    }
    return f.applyAsDouble(d);
  }

  @PythonMethod public static Object log(Object x, Object[] base) {
    if (base.length > 1) {
      throw DataSupport.typeError("log expected at most 2 arguments, got %d", base.length + 1);
    }
    double num = logOf(x, Math::log, "log");
    if (base.length == 0) {
      return num;
    }
    double den = logOf(base[0], Math::log, "log");
    if (den == 0) {
      throw PyErr.format(PyExc.ZeroDivisionError, "float division by zero");
    }
    return num / den;
  }

  @PythonMethod public static Object log2(Object x) {
    return logOf(x, v -> {
      int e = Math.getExponent(v);
      if (v == Math.scalb(1.0, e)) {
        return e;
      }
      return Math.log(v) / Math.log(2.0);
    }, "log2");
  }

  @PythonMethod public static Object log10(Object x) {
    return logOf(x, Math::log10, "log10");
  }

  // ---------------------------------------------------------------- integers

  private static BigInteger bigIndex(Object o) {
    return PyLong.big(PyNumber.index(o));
  }

  @PythonMethod public static Object factorial(Object n) {
    if (n instanceof Double) {
      throw DataSupport.typeError("'float' object cannot be interpreted as an integer");
    }
    BigInteger b = bigIndex(n);
    if (b.signum() < 0) {
      throw DataSupport.valueError("factorial() not defined for negative values");
    }
    if (b.bitLength() > 31) {
      throw PyErr.format(PyExc.OverflowError,
          "factorial() argument should not exceed %d", Long.MAX_VALUE);
    }
    return PyLong.normalize(product(1, b.intValue()));
  }

  /** The product of lo..hi, split in halves so the big multiplications balance. */
  private static BigInteger product(long lo, long hi) {
    if (hi < lo) {
      return BigInteger.ONE;
    }
    if (hi - lo < 16) {
      BigInteger r = BigInteger.valueOf(lo);
      for (long i = lo + 1; i <= hi; i++) {
        r = r.multiply(BigInteger.valueOf(i));
      }
      return r;
    }
    long mid = (lo + hi) >>> 1;
    return product(lo, mid).multiply(product(mid + 1, hi));
  }

  @PythonMethod public static Object gcd(Object[] args) {
    BigInteger g = BigInteger.ZERO;
    for (Object a : args) {
      g = g.gcd(bigIndex(a));
    }
    return PyLong.normalize(g);
  }

  @PythonMethod public static Object lcm(Object[] args) {
    BigInteger l = BigInteger.ONE;
    for (Object a : args) {
      BigInteger b = bigIndex(a).abs();
      if (b.signum() == 0 || l.signum() == 0) {
        l = BigInteger.ZERO;
        continue;
      }
      l = l.divide(l.gcd(b)).multiply(b);
    }
    return PyLong.normalize(l);
  }

  @PythonMethod public static Object isqrt(Object n) {
    BigInteger b = bigIndex(n);
    if (b.signum() < 0) {
      throw DataSupport.valueError("isqrt() argument must be nonnegative");
    }
    return PyLong.normalize(b.sqrt());
  }

  @PythonMethod public static Object comb(Object n, Object k) {
    BigInteger bn = bigIndex(n);
    BigInteger bk = bigIndex(k);
    if (bn.signum() < 0) {
      throw DataSupport.valueError("n must be a non-negative integer");
    }
    if (bk.signum() < 0) {
      throw DataSupport.valueError("k must be a non-negative integer");
    }
    if (bk.compareTo(bn) > 0) {
      return 0L;
    }
    BigInteger nk = bn.subtract(bk);
    if (nk.compareTo(bk) < 0) {
      bk = nk;
    }
    if (bk.bitLength() > 31) {
      throw PyErr.format(PyExc.OverflowError,
          "min(n - k, k) must not exceed %d", Long.MAX_VALUE);
    }
    BigInteger r = BigInteger.ONE;
    int kk = bk.intValue();
    for (int i = 1; i <= kk; i++) {
      r = r.multiply(bn.subtract(BigInteger.valueOf(kk - i))).divide(BigInteger.valueOf(i));
    }
    return PyLong.normalize(r);
  }

  @PythonMethod public static Object perm(Object n, @Default("None") Object k) {
    BigInteger bn = bigIndex(n);
    if (k == PyNone.NONE) {
      if (bn.signum() < 0) {
        throw DataSupport.valueError("n must be a non-negative integer");
      }
      return factorial(n);
    }
    BigInteger bk = bigIndex(k);
    if (bn.signum() < 0) {
      throw DataSupport.valueError("n must be a non-negative integer");
    }
    if (bk.signum() < 0) {
      throw DataSupport.valueError("k must be a non-negative integer");
    }
    if (bk.compareTo(bn) > 0) {
      return 0L;
    }
    if (bk.bitLength() > 31) {
      throw PyErr.format(PyExc.OverflowError, "k must not exceed %d", Long.MAX_VALUE);
    }
    BigInteger r = BigInteger.ONE;
    int kk = bk.intValue();
    for (int i = 0; i < kk; i++) {
      r = r.multiply(bn.subtract(BigInteger.valueOf(i)));
    }
    return PyLong.normalize(r);
  }

  // ---------------------------------------------------------------- sums, products, distances

  @PythonMethod public static Object fsum(Object seq) {
    Object it = Abstract.iter(seq);
    BigDecimal sum = BigDecimal.ZERO;
    double special = 0;
    boolean inf = false;
    boolean nan = false;
    for (Object x; (x = Abstract.next(it)) != null; ) {
      double d = PyNumber.asDouble(x);
      if (Double.isNaN(d)) {
        nan = true;
      } else if (Double.isInfinite(d)) {
        if (inf && special != d) {
          nan = true;
        }
        inf = true;
        special = d;
      } else if (!nan && !inf) {
        sum = sum.add(new BigDecimal(d));
      }
    }
    if (nan) {
      if (inf) {
        throw DataSupport.valueError("-inf + inf in fsum");
      }
      return Double.NaN;
    }
    if (inf) {
      return special;
    }
    double r = sum.doubleValue();
    if (Double.isInfinite(r)) {
      throw PyErr.format(PyExc.OverflowError, "intermediate overflow in fsum");
    }
    return r;
  }

  @PythonMethod(positionalOnly = false)
  public static Object prod(Object iterable, @KeywordOnly @Default("1") Object start) {
    Object r = start;
    Object it = Abstract.iter(iterable);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      r = PyNumber.multiply(r, x);
    }
    return r;
  }

  private static double hypotOf(double[] v) {
    double max = 0;
    boolean nan = false;
    for (double d : v) {
      d = Math.abs(d);
      if (Double.isInfinite(d)) {
        return d;
      }
      if (Double.isNaN(d)) {
        nan = true;
      }
      max = Math.max(max, d);
    }
    if (nan) {
      return Double.NaN;
    }
    if (max == 0 || v.length <= 1) {
      return max;
    }
    BigDecimal s = BigDecimal.ZERO;
    for (double d : v) {
      BigDecimal b = new BigDecimal(d);
      s = s.add(b.multiply(b));
    }
    return Math.sqrt(s.doubleValue()) == Double.POSITIVE_INFINITY
        ? max * Math.sqrt(sumScaled(v, max)) : correctSqrt(s);
  }

  private static double sumScaled(double[] v, double max) {
    double s = 0;
    for (double d : v) {
      s += (d / max) * (d / max);
    }
    return s;
  }

  private static double correctSqrt(BigDecimal s) {
    return s.sqrt(new java.math.MathContext(40)).doubleValue();
  }

  @PythonMethod public static Object hypot(Object[] coords) {
    double[] v = new double[coords.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = PyNumber.asDouble(coords[i]);
    }
    return hypotOf(v);
  }

  @PythonMethod public static Object dist(Object p, Object q) {
    PyTuple a = PyTuple.fromIterable(p);
    PyTuple b = PyTuple.fromIterable(q);
    if (a.size() != b.size()) {
      throw DataSupport.valueError("both points must have the same number of dimensions");
    }
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = PyNumber.asDouble(a.get(i)) - PyNumber.asDouble(b.get(i));
    }
    return hypotOf(v);
  }

  @PythonMethod(positionalOnly = false)
  public static Object isclose(Object a, Object b, @KeywordOnly @Default("None") Object rel_tol,
      @Default("None") Object abs_tol) {
    double x = PyNumber.asDouble(a);
    double y = PyNumber.asDouble(b);
    double rt = rel_tol == PyNone.NONE ? 1e-09 : PyNumber.asDouble(rel_tol);
    double at = abs_tol == PyNone.NONE ? 0.0 : PyNumber.asDouble(abs_tol);
    if (rt < 0 || at < 0) {
      throw DataSupport.valueError("tolerances must be non-negative");
    }
    if (x == y) {
      return true;
    }
    if (Double.isInfinite(x) || Double.isInfinite(y)) {
      return false;
    }
    double diff = Math.abs(y - x);
    return diff <= Math.abs(rt * y) || diff <= Math.abs(rt * x) || diff <= at;
  }
}
