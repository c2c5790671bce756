package org.taipan.object;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code complex} type, CPython's {@code Objects/complexobject.c}: a pair of doubles with
 * CPython's division ({@code _Py_c_quot}), power ({@code _Py_c_pow}, exact for small integer
 * exponents), hash and repr.
 */
public class PyComplex {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("complex", PyComplex.class, MethodHandles.lookup()));

  /** The real part. */
  public final double real;
  /** The imaginary part. */
  public final double imag;

  /** {@code complex(real, imag)}. */
  public PyComplex(double real, double imag) {
    this.real = real;
    this.imag = imag;
  }

  /** An instance of a Python subclass of {@code complex}. */
  static final class Derived extends PyComplex implements AssignableClass, WithDict {
    private PyType type;
    private PyDict dict;

    Derived(PyType type, double real, double imag) {
      super(real, imag);
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public void setType(PyType t) {
      type = t;
    }

    @Override
    public PyDict getDict() {
      PyDict d = dict;
      return d != null ? d : (dict = new PyDict());
    }

    @Override
    public boolean replaceDict(PyDict d) {
      dict = d;
      return true;
    }
  }

  /** {@code c} as an exact complex (a subclass instance's value). */
  private static PyComplex exact(PyComplex c) {
    return c.getClass() == PyComplex.class ? c : new PyComplex(c.real, c.imag);
  }

  private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

  /** A complex from an operand, or null if it is not a number complex arithmetic accepts. */
  private static PyComplex of(Object o) {
    if (o instanceof PyComplex c) {
      return c;
    } else if (o instanceof Double d) {
      return new PyComplex(d, 0.0);
    } else if (PyLong.isInt(o)) {
      return new PyComplex(PyLong.toDouble(o), 0.0);
    }
    return null;
  }

  private static String part(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    } else if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    String r = PyFloat.repr(v);
    return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
  }

  static Object __repr__(Object self) {
    PyComplex c = (PyComplex) self;
    String im = part(c.imag);
    if (c.real == 0.0 && Math.copySign(1.0, c.real) > 0) {
      return im + "j";
    }
    String sign = im.startsWith("-") ? "" : "+";
    return "(" + part(c.real) + sign + im + "j)";
  }

  static Object __hash__(Object self) {
    PyComplex c = (PyComplex) self;
    long hr = PyFloat.hash(c.real, self);
    long hi = PyFloat.hash(c.imag, self);
    long h = hr + 1000003L * hi;
    return h == -1 ? -2L : h;
  }

  static Object __bool__(Object self) {
    PyComplex c = (PyComplex) self;
    return c.real != 0.0 || c.imag != 0.0;
  }

  static Object __add__(Object a, Object b) {
    PyComplex x = (PyComplex) a;
    PyComplex y = of(b);
    return y == null ? NI : new PyComplex(x.real + y.real, x.imag + y.imag);
  }

  static Object __radd__(Object a, Object b) {
    return __add__(a, b);
  }

  static Object __sub__(Object a, Object b) {
    PyComplex x = (PyComplex) a;
    PyComplex y = of(b);
    return y == null ? NI : new PyComplex(x.real - y.real, x.imag - y.imag);
  }

  static Object __rsub__(Object a, Object b) {
    PyComplex y = of(b);
    return y == null ? NI : __sub__(y, a);
  }

  static PyComplex mul(PyComplex x, PyComplex y) {
    return new PyComplex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real);
  }

  static Object __mul__(Object a, Object b) {
    PyComplex y = of(b);
    return y == null ? NI : mul((PyComplex) a, y);
  }

  static Object __rmul__(Object a, Object b) {
    return __mul__(a, b);
  }

  static PyComplex quot(PyComplex a, PyComplex b) {
    double absBr = Math.abs(b.real);
    double absBi = Math.abs(b.imag);
    if (absBr >= absBi) {
      if (absBr == 0.0) {
        throw PyErr.format(PyExc.ZeroDivisionError, "complex division by zero");
      }
      double ratio = b.imag / b.real;
      double denom = b.real + b.imag * ratio;
      return new PyComplex(
          (a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
    } else if (absBi >= absBr) {
      double ratio = b.real / b.imag;
      double denom = b.real * ratio + b.imag;
      return new PyComplex(
          (a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
    }
    return new PyComplex(Double.NaN, Double.NaN);
  }

  static Object __truediv__(Object a, Object b) {
    PyComplex y = of(b);
    return y == null ? NI : quot((PyComplex) a, y);
  }

  static Object __rtruediv__(Object a, Object b) {
    PyComplex y = of(b);
    return y == null ? NI : quot(y, (PyComplex) a);
  }

  /** {@code a ** b} ({@code _Py_c_pow}, with {@code c_powi} for small integral exponents). */
  static PyComplex pow(PyComplex a, PyComplex b) {
    if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
      int n = (int) b.real;
      PyComplex r = powu(a, Math.abs(n));
      if (n < 0 && r.real == 0.0 && r.imag == 0.0) {
        // c_quot's EDOM, which complex_pow reports as for a zero base
        throw PyErr.format(PyExc.ZeroDivisionError, "0.0 to a negative or complex power");
      }
      return n < 0 ? quot(new PyComplex(1.0, 0.0), r) : r;
    }
    if (b.real == 0.0 && b.imag == 0.0) {
      return new PyComplex(1.0, 0.0);
    }
    if (a.real == 0.0 && a.imag == 0.0) {
      if (b.imag != 0.0 || b.real < 0.0) {
        throw PyErr.format(
            PyExc.ZeroDivisionError, "0.0 to a negative or complex power");
      }
      return new PyComplex(0.0, 0.0);
    }
    double vabs = Math.hypot(a.real, a.imag);
    double len = Math.pow(vabs, b.real);
    double at = Math.atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
      len /= Math.exp(at * b.imag);
      phase += b.imag * Math.log(vabs);
    }
    return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
  }

  private static PyComplex powu(PyComplex x, int n) {
    PyComplex r = new PyComplex(1.0, 0.0);
    PyComplex p = x;
    int mask = 1;
    while (mask > 0 && n >= mask) {
      if ((n & mask) != 0) {
        r = mul(r, p);
      }
      mask <<= 1;
      p = mul(p, p);
    }
    return r;
  }

  static Object __pow__(Object a, Object b) {
    PyComplex y = of(b);
    return y == null ? NI : pow((PyComplex) a, y);
  }

  static Object __rpow__(Object a, Object b) {
    PyComplex y = of(b);
    return y == null ? NI : pow(y, (PyComplex) a);
  }

  static Object __neg__(Object a) {
    PyComplex x = (PyComplex) a;
    return new PyComplex(-x.real, -x.imag);
  }

  static Object __pos__(Object a) {
    return exact((PyComplex) a);
  }

  static Object __abs__(Object a) {
    PyComplex x = (PyComplex) a;
    double r = Math.hypot(x.real, x.imag);
    if (Double.isInfinite(r) && !Double.isInfinite(x.real) && !Double.isInfinite(x.imag)) {
      throw PyErr.format(PyExc.OverflowError, "absolute value too large");
    }
    return r;
  }

  static Object __eq__(Object a, Object b) {
    PyComplex x = (PyComplex) a;
    if (b instanceof PyComplex y) {
      return x.real == y.real && x.imag == y.imag;
    }
    if (b instanceof Double || PyLong.isInt(b)) {
      return x.imag == 0.0 && Abstract.richCompareBool(x.real, b, Abstract.EQ);
    }
    return NI;
  }

  static Object __ne__(Object a, Object b) {
    Object r = __eq__(a, b);
    return r instanceof Boolean t ? (Object) !t : r;
  }

  /** {@code complex(real=0, imag=0)} ({@code complex_new}): a subclass gets its own instance. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (n > 2) {
      throw PyErr.format(
          PyExc.TypeError, "complex() takes at most 2 arguments (%d given)", args.length);
    }
    Object[] ri = {n > 0 ? args[0] : null, n > 1 ? args[1] : null};
    for (int k = 0; k < nk; k++) {
      int at = kwnames[k].equals("real") ? 0 : kwnames[k].equals("imag") ? 1 : -1;
      if (at < 0) {
        throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for complex()",
            kwnames[k]);
      }
      if (at < n) {
        throw PyErr.format(PyExc.TypeError,
            "argument for complex() given by name ('%s') and position (%d)", kwnames[k], at + 1);
      }
      ri[at] = args[n + k];
    }
    PyComplex c = make(ri[0], ri[1]);
    if (cls != TYPE) {
      return new Derived(cls, c.real, c.imag);
    }
    return ri[1] == null && ri[0] != null && ri[0].getClass() == PyComplex.class ? ri[0] : exact(c);
  }

  private static PyComplex make(Object reArg, Object imArg) {
    Object re = reArg != null ? reArg : 0.0;
    Object im = imArg != null ? imArg : 0.0;
    if (PyUnicode.isStr(re)) {
      if (imArg != null) {
        throw PyErr.format(
            PyExc.TypeError, "complex() can't take second arg if first is a string");
      }
      return parse(PyUnicode.asJavaString(re));
    }
    if (PyUnicode.isStr(im)) {
      throw PyErr.format(PyExc.TypeError, "complex() second arg can't be a string");
    }
    Object special = re.getClass() == PyComplex.class ? null : PyType.of(re).lookup("__complex__");
    if (special != null) {
      // try_complex_special_method
      re = Abstract.callAsMethod(special, re, new Object[0], null);
      if (!(re instanceof PyComplex)) {
        throw PyErr.format(PyExc.TypeError, "__complex__ returned non-complex (type %.200s)",
            PyType.of(re).getName());
      }
    }
    boolean rc = re instanceof PyComplex;
    boolean ic = im instanceof PyComplex;
    if (!rc && !isNumber(re)) {
      throw PyErr.format(PyExc.TypeError,
          "complex() first argument must be a string or a number, not '%.200s'",
          PyType.of(re).getName());
    }
    if (!ic && !isNumber(im)) {
      throw PyErr.format(PyExc.TypeError,
          "complex() second argument must be a number, not '%.200s'", PyType.of(im).getName());
    }
    PyComplex r = rc ? (PyComplex) re : new PyComplex(PyNumber.asDouble(re), 0.0);
    PyComplex i = ic ? (PyComplex) im : new PyComplex(PyNumber.asDouble(im), 0.0);
    double real = ic ? r.real - i.imag : r.real;
    double imag = rc && imArg != null ? i.real + r.imag : rc ? r.imag : i.real;
    return new PyComplex(real, imag);
  }

  /** Whether complex() accepts {@code o} as a number: it has __complex__, __float__ or __index__. */
  private static boolean isNumber(Object o) {
    PyType t = PyType.of(o);
    return o instanceof Double || PyNumber.isIndex(o) || t.hasSlot(SpecialMethod.op_float)
        || t.lookup("__complex__") != null;
  }

  private static PyComplex parse(String s) {
    String t = s.strip();
    if (t.startsWith("(") && t.endsWith(")")) {
      t = t.substring(1, t.length() - 1).strip();
    }
    String num = "(?:[0-9_]*\\.?[0-9_]+(?:[eE][+-]?[0-9]+)?|[0-9_]+\\.|inf|nan|infinity)";
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(?i)([+-]?" + num + ")?(?:([+-]" + num + "?)j)?|([+-]?" + num + "?)j")
            .matcher(t);
    if (t.isEmpty() || !m.matches()) {
      throw PyErr.format(PyExc.ValueError, "complex() arg is a malformed string");
    }
    if (m.group(3) != null || (m.group(1) == null && m.group(2) == null && t.endsWith("j"))) {
      String g = m.group(3) == null ? "" : m.group(3);
      return new PyComplex(0.0, imagPart(g));
    }
    double re = m.group(1) == null ? 0.0 : PyFloat.parse(m.group(1), s);
    double im = m.group(2) == null ? 0.0 : imagPart(m.group(2));
    if (m.group(2) == null && t.endsWith("j")) {
      return new PyComplex(0.0, imagPart(m.group(1)));
    }
    return new PyComplex(re, im);
  }

  private static double imagPart(String g) {
    if (g.isEmpty() || g.equals("+")) {
      return 1.0;
    } else if (g.equals("-")) {
      return -1.0;
    }
    return PyFloat.parse(g, g);
  }

  @PythonMethod
  static Object conjugate(Object self) {
    PyComplex c = (PyComplex) self;
    return new PyComplex(c.real, -c.imag);
  }

  @PythonMethod
  static Object __format__(Object self, Object spec) {
    String s = PyUnicode.asJavaString(spec);
    if (s.isEmpty()) {
      return Abstract.str(self);
    }
    PyComplex c = (PyComplex) self;
    return FormatSpec.formatComplex(c.real, c.imag, s);
  }

  @Getter(value = "real", readonlyMember = true)
  static Object realAttr(Object self) {
    return ((PyComplex) self).real;
  }

  @Getter(value = "imag", readonlyMember = true)
  static Object imagAttr(Object self) {
    return ((PyComplex) self).imag;
  }
}
