package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code str} type, CPython's {@code Objects/unicodeobject.c}. A value is a {@code String}
 * when every character is a BMP code point that is not a surrogate, and a {@link PyCodePoints}
 * otherwise; {@link #wrap} picks the form, so equal strings always have the same representation.
 */
public final class PyUnicode {
  private PyUnicode() {}

  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("str", PyUnicode.class, MethodHandles.lookup())
              .classes(String.class, PyCodePoints.class)
              .allocator(t -> new Derived(t, "")));

  static {
    TYPE.define(
        "maketrans",
        new PyStaticMethod(
            Exposer.moduleFunctions(MakeTrans.class, MethodHandles.lookup(), null)
                .get("maketrans")));
  }

  /** {@code str.maketrans(x, y=None, z=None)}, a staticmethod. */
  static final class MakeTrans {
    private MakeTrans() {}

    @PythonMethod
    static Object maketrans(Object x, Object[] rest) {
      PyDict d = new PyDict();
      if (rest.length == 0) {
        if (!(x instanceof PyDict m)) {
          throw PyErr.format(
              PyExc.TypeError, "if you give only one argument to maketrans it must be a dict");
        }
        for (java.util.Map.Entry<Object, Object> e : m.entries()) {
          Object k = e.getKey();
          if (isStr(k)) {
            if (length(k) != 1) {
              throw PyErr.format(
                  PyExc.ValueError, "string keys in translate table must be of length 1");
            }
            k = (long) cps(k)[0];
          } else if (!PyLong.isInt(k)) {
            throw PyErr.format(
                PyExc.TypeError, "keys in translate table must be strings or integers");
          }
          d.put(k, e.getValue());
        }
        return d;
      }
      if (rest.length > 2) {
        throw PyErr.format(PyExc.TypeError, "maketrans expected at most 3 arguments, got %d",
            rest.length + 1);
      }
      if (!isStr(x)) {
        throw PyErr.format(PyExc.TypeError,
            "first maketrans argument must be a string if there is a second argument");
      }
      for (int k = 0; k < rest.length; k++) {
        if (!isStr(rest[k])) {
          throw PyErr.format(PyExc.TypeError, "maketrans() argument %d must be str, not %s",
              k + 2, PyType.of(rest[k]).getName());
        }
      }
      int[] a = cps(x);
      int[] b = cps(rest[0]);
      if (a.length != b.length) {
        throw PyErr.format(
            PyExc.ValueError, "the first two maketrans arguments must have equal length");
      }
      for (int i = 0; i < a.length; i++) {
        d.put((long) a[i], (long) b[i]);
      }
      if (rest.length > 1) {
        for (int c : cps(rest[1])) {
          d.put((long) c, PyNone.NONE);
        }
      }
      return d;
    }
  }

  /** An instance of a Python subclass of {@code str}: the value and an instance dictionary. */
  static final class Derived extends SubclassInstance {
    final Object value;

    Derived(PyType type, Object value) {
      super(type);
      this.value = value;
    }
  }

  /** The exact str value of a str (unwrapping an instance of a subclass). */
  static Object plain(Object o) {
    return o instanceof Derived d ? d.value : o;
  }

  private static final Object NI = PyNotImplemented.NOT_IMPLEMENTED;

  /** Whether {@code o} is a {@code str}. */
  public static boolean isStr(Object o) {
    return o instanceof String || o instanceof PyCodePoints || o instanceof Derived;
  }

  /** The canonical Python {@code str} for a Java string (which may hold surrogate pairs). */
  public static Object wrap(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return new PyCodePoints(s.codePoints().toArray());
      }
    }
    return s;
  }

  /** The canonical {@code str} for an array of code points. */
  public static Object fromCodePoints(int[] cps) {
    for (int c : cps) {
      if (c >= 0xD800 && (c <= 0xDFFF || c > 0xFFFF)) {
        return new PyCodePoints(cps);
      }
    }
    return new String(cps, 0, cps.length);
  }

  /** A {@code str} as a Java string; TypeError for anything else. */
  public static String asJavaString(Object o) {
    o = plain(o);
    if (o instanceof String s) {
      return s;
    } else if (o instanceof PyCodePoints p) {
      return p.toString();
    }
    throw PyErr.format(
        PyExc.TypeError, "expected str, got %s", PyType.of(o).getName());
  }

  /**
   * Checks that a {@code str} can be encoded to UTF-8, as {@code PyUnicode_AsUTF8} does before
   * C code uses the text: a lone surrogate raises CPython's UnicodeEncodeError.
   */
  public static void checkUtf8(Object s) {
    Object p = plain(s);
    if (p instanceof String) {
      return;
    }
    int[] cps = cps(p);
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] >= 0xD800 && cps[i] <= 0xDFFF) {
        int j = i + 1;
        while (j < cps.length && cps[j] >= 0xD800 && cps[j] <= 0xDFFF) {
          j++;
        }
        throw PyErr.newException(PyExc.UnicodeEncodeError, "utf-8", p, (long) i, (long) j,
            "surrogates not allowed");
      }
    }
  }

  /** The code points of a {@code str}, lone surrogates kept as they are. */
  public static int[] codePoints(Object s) {
    return cps(s);
  }

  private static int[] cps(Object o) {
    o = plain(o);
    if (o instanceof PyCodePoints p) {
      return p.cps;
    }
    return ((String) o).codePoints().toArray();
  }

  /** The length in code points. */
  public static int length(Object s) {
    s = plain(s);
    return s instanceof String j ? j.length() : ((PyCodePoints) s).length();
  }

  /**
   * A str argument of {@code method} as a Java string, or the TypeError that method raises in
   * CPython for another type (each method's parser words it in its own way).
   */
  private static String arg(Object o, String method) {
    o = plain(o);
    if (o instanceof String s) {
      return s;
    } else if (o instanceof PyCodePoints p) {
      return p.toString();
    }
    String type = PyType.of(o).getName();
    throw switch (method) {
      case "split", "rsplit" -> PyErr.format(
          PyExc.TypeError, "must be str or None, not %.100s", type);
      case "strip", "lstrip", "rstrip" -> PyErr.format(
          PyExc.TypeError, "%s arg must be None or str", method);
      case "removeprefix", "removesuffix" -> PyErr.format(
          PyExc.TypeError, "%s() argument must be str, not %.100s", method, type);
      case "replace 1", "replace 2" -> PyErr.format(
          PyExc.TypeError, "replace() argument %s must be str, not %.100s",
          method.substring(8), type);
      default -> PyErr.format(PyExc.TypeError, "must be str, not %.100s", type);
    };
  }

  /** {@code hash(s)}. */
  public static long hash(String s) {
    // String caches its 32-bit hash; spread it to 64 bits (str hashes are randomised in CPython,
    // so no program can depend on their values)
    return spreadHash(s.hashCode());
  }

  /** Spreads a Java string hash to 64 bits; {@code bytes} hash through it too. */
  static long spreadHash(int javaHash) {
    long h = javaHash * 0x9E3779B97F4A7C15L;
    h ^= (h >>> 29);
    return h == -1 ? -2 : h;
  }

  /** {@code repr(s)}, quoting and escaping as CPython's {@code unicode_repr}. */
  public static String repr(String s) {
    boolean hasSingle = s.indexOf('\'') >= 0;
    char q = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder(s.length() + 2);
    sb.append(q);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else if (c < 0x7f) {
        sb.append((char) c);
      } else if (isPrintable(c)) {
        sb.appendCodePoint(c);
      } else if (c <= 0xff) {
        sb.append(String.format("\\x%02x", c));
      } else if (c <= 0xffff) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append(String.format("\\U%08x", c));
      }
    }
    return sb.append(q).toString();
  }

  /** Python's {@code str.isprintable} for one code point. */
  static boolean isPrintable(int c) {
    if (c < 0x80) {
      return c >= 0x20 && c < 0x7f;
    }
    return UnicodeDatabase.isPrintable(c);
  }

  // ---------------------------------------------------------------- special methods

  static Object __repr__(Object self) {
    self = plain(self);
    if (self instanceof PyCodePoints p) {
      StringBuilder sb = new StringBuilder();
      String r = repr(p.toString());
      // lone surrogates print escaped
      for (int i = 0; i < r.length(); i++) {
        char c = r.charAt(i);
        if (Character.isSurrogate(c)
            && !(Character.isHighSurrogate(c)
                && i + 1 < r.length()
                && Character.isLowSurrogate(r.charAt(i + 1)))
            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(r.charAt(i - 1)))) {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      return wrap(sb.toString());
    }
    return repr((String) self);
  }

  static Object __str__(Object self) {
    return plain(self);
  }

  static Object __hash__(Object self) {
    return hash(asJavaString(self));
  }

  static Object __len__(Object self) {
    return (long) length(self);
  }

  static Object __bool__(Object self) {
    return length(self) != 0;
  }

  static Object __add__(Object a, Object b) {
    if (!isStr(b)) {
      return NI;
    }
    a = plain(a);
    b = plain(b);
    if (a instanceof String x && b instanceof String y) {
      return x.concat(y);
    }
    return wrap(asJavaString(a) + asJavaString(b));
  }

  static Object __mul__(Object a, Object n) {
    long k = Sequences.repeatCount(n);
    if (k < 0) {
      return NI;
    }
    if (k == 0) {
      return "";
    }
    a = plain(a);
    int len = length(a);
    if (k > Long.MAX_VALUE / Math.max(len, 1)) {
      throw PyErr.format(PyExc.OverflowError, "repeated string is too long");
    }
    if (k * len > Integer.MAX_VALUE - 8) {
      // CPython fails to allocate it; no Java string holds it
      throw PyErr.format(PyExc.MemoryError, "");
    }
    if (a instanceof String s) {
      return s.repeat((int) k);
    }
    return wrap(asJavaString(a).repeat((int) k));
  }

  static Object __rmul__(Object a, Object n) {
    return __mul__(a, n);
  }

  static Object __mod__(Object a, Object args) {
    return wrap(PercentFormat.format(asJavaString(a), args));
  }

  static Object __contains__(Object a, Object b) {
    if (!isStr(b)) {
      throw PyErr.format(
          PyExc.TypeError,
          "'in <string>' requires string as left operand, not %s",
          PyType.of(b).getName());
    }
    return asJavaString(a).contains(asJavaString(b));
  }

  static Object __getitem__(Object self, Object key) {
    self = plain(self);
    if (key instanceof PySlice sl) {
      int len = length(self);
      long[] r = sl.indices(len);
      int start = (int) r[0];
      int stop = (int) r[1];
      int step = (int) r[2];
      if (self instanceof String s && step == 1) {
        return stop > start ? s.substring(start, stop) : "";
      }
      int[] cp = cps(self);
      int n = (int) r[3];
      int[] out = new int[n];
      for (int i = 0, j = start; i < n; i++, j += step) {
        out[i] = cp[j];
      }
      return fromCodePoints(out);
    }
    if (!PyNumber.isIndex(key)) {
      throw PyErr.format(
          PyExc.TypeError, "string indices must be integers, not '%s'", PyType.of(key).getName());
    }
    long i = PyNumber.asItemIndex(key);
    int len = length(self);
    if (i < 0) {
      i += len;
    }
    if (i < 0 || i >= len) {
      throw PyErr.format(PyExc.IndexError, "string index out of range");
    }
    if (self instanceof String s) {
      return String.valueOf(s.charAt((int) i));
    }
    return fromCodePoints(new int[] {((PyCodePoints) self).cps[(int) i]});
  }

  static Object __iter__(Object self) {
    return new PySeqIterator(self);
  }

  private static int compare(Object a, Object b) {
    a = plain(a);
    b = plain(b);
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    int[] x = cps(a);
    int[] y = cps(b);
    return java.util.Arrays.compare(x, y);
  }

  /**
   * Equal code points. A str with lone surrogates may be held as a {@code PyCodePoints} or (once
   * through {@link #asJavaString}) as a Java {@code String}: the two forms compare by code point.
   */
  private static boolean equal(Object a, Object b) {
    a = plain(a);
    b = plain(b);
    if (a.getClass() == b.getClass()) {
      return a.equals(b);
    }
    return java.util.Arrays.equals(cps(a), cps(b));
  }

  static Object __eq__(Object a, Object b) {
    if (!isStr(b)) {
      return NI;
    }
    return equal(a, b);
  }

  static Object __ne__(Object a, Object b) {
    if (!isStr(b)) {
      return NI;
    }
    return !equal(a, b);
  }

  static Object __lt__(Object a, Object b) {
    return isStr(b) ? (Object) (compare(a, b) < 0) : NI;
  }

  static Object __le__(Object a, Object b) {
    return isStr(b) ? (Object) (compare(a, b) <= 0) : NI;
  }

  static Object __gt__(Object a, Object b) {
    return isStr(b) ? (Object) (compare(a, b) > 0) : NI;
  }

  static Object __ge__(Object a, Object b) {
    return isStr(b) ? (Object) (compare(a, b) >= 0) : NI;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    Object obj = n > 0 ? args[0] : null;
    Object encoding = n > 1 ? args[1] : null;
    Object errors = n > 2 ? args[2] : null;
    for (int k = 0; k < nk; k++) {
      switch (kwnames[k]) {
        case "object" -> obj = args[n + k];
        case "encoding" -> encoding = args[n + k];
        case "errors" -> errors = args[n + k];
        default -> throw PyErr.format(
            PyExc.TypeError, "'%s' is an invalid keyword argument for str()", kwnames[k]);
      }
    }
    if (n > 3) {
      throw PyErr.format(PyExc.TypeError, "str() takes at most 3 arguments (%d given)", n);
    }
    Object v = obj == null ? "" : encoding != null || errors != null
        ? decoded(obj, encoding, errors) : Abstract.strKeepingSubclass(obj);
    return cls == TYPE ? v : new Derived(cls, plain(v));
  }

  /** {@code PyUnicode_FromEncodedObject}: {@code str(obj, encoding, errors)} through the codecs. */
  private static Object decoded(Object obj, Object encoding, Object errors) {
    String enc = encoding == null ? "utf-8" : PyBytes.codecArg(encoding, "str", "encoding");
    String err = errors == null ? "strict" : PyBytes.codecArg(errors, "str", "errors");
    if (isStr(obj)) {
      throw PyErr.format(PyExc.TypeError, "decoding str is not supported");
    }
    if (!PyBuffer.check(obj)) {
      throw PyErr.format(
          PyExc.TypeError, "decoding to str: need a bytes-like object, %s found",
          PyType.of(obj).getName());
    }
    PyCodecs.checkNames(encoding == null ? null : enc, errors == null ? null : err);
    if (obj instanceof PyBytes b && b.value.length == 0) {
      // empty bytes decode to '' without a codec lookup
      return "";
    }
    PyCodecs.Provider codecs = PyCodecs.provider();
    return codecs != null ? codecs.decode(obj, enc, err)
        : PyBytes.decode(PyBuffer.bytes(obj), enc);
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod
  static Object join(Object self, Object iterable) {
    String sep = asJavaString(self);
    StringBuilder sb = new StringBuilder();
    Object it;
    try {
      it = Abstract.iter(iterable);
    } catch (PyException e) {
      if (e.matches(PyExc.TypeError)) {
        throw PyErr.format(PyExc.TypeError, "can only join an iterable");
      }
      throw e;
    }
    int i = 0;
    Object only = null;
    for (Object x; (x = Abstract.next(it)) != null; i++) {
      only = i == 0 ? x : null;
      if (!isStr(x)) {
        throw PyErr.format(
            PyExc.TypeError,
            "sequence item %d: expected str instance, %s found",
            i,
            PyType.of(x).getName());
      }
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(asJavaString(x));
    }
    if (i == 1 && !(only instanceof Derived)) {
      return only; // CPython returns a lone exact str item itself
    }
    return wrap(sb.toString());
  }

  /**
   * A numeral as {@code int()} and {@code float()} read it ({@code
   * _PyUnicode_TransformDecimalAndSpaceToASCII}): decimal digits of any script become ASCII
   * digits, whitespace a space, any other non-ASCII character '?'; then spaces are trimmed.
   */
  public static String asciiNumeral(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 && sb == null) {
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      int cp = s.codePointAt(i);
      if (cp < 128) {
        sb.append(c);
      } else if (UnicodeDatabase.decimalValue(cp) >= 0) {
        sb.append((char) ('0' + UnicodeDatabase.decimalValue(cp)));
      } else if (isPySpace(cp)) {
        sb.append(' ');
      } else {
        sb.append('?');
      }
      i += Character.charCount(cp) - 1;
    }
    return (sb == null ? s : sb.toString()).strip();
  }

  /** {@code Py_UNICODE_ISSPACE}. */
  static boolean isPySpace(int c) {
    if (c < 0x80) {
      return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return UnicodeDatabase.isSpace(c);
  }

  @PythonMethod(positionalOnly = false)
  static Object split(Object self, @Default("None") Object sep, @Default("-1") Object maxsplit) {
    String s = asJavaString(self);
    int max = PyNumber.asLimit(maxsplit);
    List<Object> out = new ArrayList<>();
    if (sep == PyNone.NONE) {
      int i = 0;
      int n = s.length();
      while (true) {
        while (i < n && isPySpace(s.charAt(i))) {
          i++;
        }
        if (i >= n) {
          break;
        }
        if (max >= 0 && out.size() == max) {
          // the rest keeps its trailing whitespace, as CPython's split_whitespace leaves it
          out.add(wrap(s.substring(i)));
          break;
        }
        int j = i;
        while (j < n && !isPySpace(s.charAt(j))) {
          j++;
        }
        out.add(wrap(s.substring(i, j)));
        i = j;
      }
      return new PyList(out);
    }
    String d = arg(sep, "split");
    if (d.isEmpty()) {
      throw PyErr.format(PyExc.ValueError, "empty separator");
    }
    int i = 0;
    while (max < 0 || out.size() < max) {
      int j = s.indexOf(d, i);
      if (j < 0) {
        break;
      }
      out.add(wrap(s.substring(i, j)));
      i = j + d.length();
    }
    out.add(wrap(s.substring(i)));
    return new PyList(out);
  }

  @PythonMethod(positionalOnly = false)
  static Object rsplit(Object self, @Default("None") Object sep, @Default("-1") Object maxsplit) {
    int max = PyNumber.asLimit(maxsplit);
    if (max < 0) {
      // no limit, still splitting from the right: 'abbbc'.rsplit('bb') is ['ab', 'c']
      max = Integer.MAX_VALUE;
    }
    String s = asJavaString(self);
    List<Object> out = new ArrayList<>();
    if (sep == PyNone.NONE) {
      int j = s.length();
      while (true) {
        while (j > 0 && isPySpace(s.charAt(j - 1))) {
          j--;
        }
        if (j <= 0) {
          break;
        }
        if (out.size() == max) {
          out.add(0, wrap(s.substring(0, j)));
          break;
        }
        int i = j;
        while (i > 0 && !isPySpace(s.charAt(i - 1))) {
          i--;
        }
        out.add(0, wrap(s.substring(i, j)));
        j = i;
      }
      return new PyList(out);
    }
    String d = arg(sep, "rsplit");
    if (d.isEmpty()) {
      throw PyErr.format(PyExc.ValueError, "empty separator");
    }
    int end = s.length();
    while (out.size() < max) {
      int j = s.lastIndexOf(d, end - d.length());
      if (j < 0) {
        break;
      }
      out.add(0, wrap(s.substring(j + d.length(), end)));
      end = j;
    }
    out.add(0, wrap(s.substring(0, end)));
    return new PyList(out);
  }

  @PythonMethod(positionalOnly = false)
  static Object splitlines(Object self, @Default("False") Object keepends) {
    String s = asJavaString(self);
    // Argument Clinic's bool(accept={int}): an index, not any object's truth
    boolean keep = keepends instanceof Boolean b ? b : Abstract.isTrue(PyNumber.index(keepends));
    List<Object> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      int j = i;
      while (j < n && "\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(s.charAt(j)) < 0) {
        j++;
      }
      int eol = j;
      if (j < n) {
        j += (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') ? 2 : 1;
      }
      out.add(wrap(s.substring(i, keep ? j : eol)));
      i = j;
    }
    return new PyList(out);
  }

  private static String stripChars(Object self, Object chars, boolean left, boolean right) {
    String s = asJavaString(self);
    int i = 0;
    int j = s.length();
    if (chars == PyNone.NONE) {
      while (left && i < j && isPySpace(s.charAt(i))) {
        i++;
      }
      while (right && j > i && isPySpace(s.charAt(j - 1))) {
        j--;
      }
    } else {
      String cs = arg(chars, left && right ? "strip" : left ? "lstrip" : "rstrip");
      while (left && i < j && cs.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      while (right && j > i && cs.indexOf(s.charAt(j - 1)) >= 0) {
        j--;
      }
    }
    return s.substring(i, j);
  }

  @PythonMethod
  static Object strip(Object self, @Default("None") Object chars) {
    return wrap(stripChars(self, chars, true, true));
  }

  @PythonMethod
  static Object lstrip(Object self, @Default("None") Object chars) {
    return wrap(stripChars(self, chars, true, false));
  }

  @PythonMethod
  static Object rstrip(Object self, @Default("None") Object chars) {
    return wrap(stripChars(self, chars, false, true));
  }

  private static boolean affix(Object self, Object x, Object start, Object end, boolean prefix,
      String name) {
    String s = asJavaString(self);
    int[] r = PySlice.adjust(start, end, s.length());
    String sub = r[1] >= r[0] ? s.substring(r[0], r[1]) : null;
    if (x instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) {
        if (affix(self, t.get(i), start, end, prefix, name)) {
          return true;
        }
      }
      return false;
    }
    if (!isStr(x)) {
      throw PyErr.format(
          PyExc.TypeError,
          "%s first arg must be str or a tuple of str, not %s",
          name,
          PyType.of(x).getName());
    }
    if (sub == null) {
      return false;
    }
    String a = asJavaString(x);
    return prefix ? sub.startsWith(a) : sub.endsWith(a);
  }

  @PythonMethod
  @GetArgs
  static Object startswith(
      Object self, Object prefix, @Default("None") Object start, @Default("None") Object end) {
    return affix(self, prefix, start, end, true, "startswith");
  }

  @PythonMethod
  @GetArgs
  static Object endswith(
      Object self, Object suffix, @Default("None") Object start, @Default("None") Object end) {
    return affix(self, suffix, start, end, false, "endswith");
  }

  private static int findIn(Object self, Object sub, Object start, Object end, boolean rev) {
    String s = asJavaString(self);
    String t = arg(sub, "find");
    if (plain(self) instanceof PyCodePoints || plain(sub) instanceof PyCodePoints) {
      int[] a = cps(self);
      int[] b = cps(sub);
      int[] r = PySlice.adjust(start, end, a.length);
      if (r[1] - r[0] < b.length) {
        return b.length == 0 && r[0] <= a.length && r[0] <= r[1] ? r[0] : -1;
      }
      return indexOf(a, r[0], r[1], b, rev);
    }
    int[] r = PySlice.adjust(start, end, s.length());
    if (r[1] - r[0] < t.length()) {
      return t.isEmpty() && r[0] <= s.length() && r[0] <= r[1] ? r[0] : -1;
    }
    String region = s.substring(r[0], r[1]);
    int i = rev ? region.lastIndexOf(t) : region.indexOf(t);
    return i < 0 ? -1 : i + r[0];
  }

  /** The first (or last) index of {@code b} in {@code a[from, to)}, or -1. */
  private static int indexOf(int[] a, int from, int to, int[] b, boolean rev) {
    int last = to - b.length;
    if (rev) {
      for (int i = last; i >= from; i--) {
        if (Arrays.equals(a, i, i + b.length, b, 0, b.length)) {
          return i;
        }
      }
    } else {
      for (int i = from; i <= last; i++) {
        if (Arrays.equals(a, i, i + b.length, b, 0, b.length)) {
          return i;
        }
      }
    }
    return -1;
  }

  @PythonMethod
  @GetArgs
  static Object find(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    return (long) findIn(self, sub, start, end, false);
  }

  @PythonMethod
  @GetArgs
  static Object rfind(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    return (long) findIn(self, sub, start, end, true);
  }

  @PythonMethod
  @GetArgs
  static Object index(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    int i = findIn(self, sub, start, end, false);
    if (i < 0) {
      throw PyErr.format(PyExc.ValueError, "substring not found");
    }
    return (long) i;
  }

  @PythonMethod
  @GetArgs
  static Object rindex(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    int i = findIn(self, sub, start, end, true);
    if (i < 0) {
      throw PyErr.format(PyExc.ValueError, "substring not found");
    }
    return (long) i;
  }

  @PythonMethod
  @GetArgs
  static Object count(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    String s = asJavaString(self);
    String t = arg(sub, "count");
    if (plain(self) instanceof PyCodePoints || plain(sub) instanceof PyCodePoints) {
      int[] a = cps(self);
      int[] b = cps(sub);
      int[] r = PySlice.adjust(start, end, a.length);
      if (r[1] < r[0]) {
        return 0L;
      }
      if (b.length == 0) {
        return (long) (r[1] - r[0]) + 1;
      }
      long c = 0;
      for (int i = indexOf(a, r[0], r[1], b, false); i >= 0;
          i = indexOf(a, i + b.length, r[1], b, false)) {
        c++;
      }
      return c;
    }
    int[] r = PySlice.adjust(start, end, s.length());
    if (r[1] < r[0]) {
      return 0L;
    }
    String region = s.substring(r[0], r[1]);
    if (t.isEmpty()) {
      return (long) region.length() + 1;
    }
    long c = 0;
    for (int i = region.indexOf(t); i >= 0; i = region.indexOf(t, i + t.length())) {
      c++;
    }
    return c;
  }

  @PythonMethod
  static Object replace(Object self, Object old, Object repl, @Default("-1") Object count) {
    String s = asJavaString(self);
    String o = arg(old, "replace 1");
    String r = arg(repl, "replace 2");
    int max = PyNumber.asLimit(count);
    if (max < 0) {
      if (o.isEmpty()) {
        StringBuilder sb = new StringBuilder(r);
        for (int i = 0; i < s.length(); i++) {
          sb.append(s.charAt(i)).append(r);
        }
        return wrap(sb.toString());
      }
      return wrap(s.replace(o, r));
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    int done = 0;
    while (done < max) {
      int j = o.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(o, i);
      if (j < 0) {
        break;
      }
      sb.append(s, i, j).append(r);
      if (o.isEmpty()) {
        if (j < s.length()) {
          sb.append(s.charAt(j));
        }
        i = j + 1;
      } else {
        i = j + o.length();
      }
      done++;
    }
    if (i <= s.length()) {
      sb.append(s.substring(i));
    }
    return wrap(sb.toString());
  }

  @PythonMethod
  static Object upper(Object self) {
    return StrCase.upper(self);
  }

  @PythonMethod
  static Object lower(Object self) {
    return StrCase.lower(self);
  }

  @PythonMethod
  static Object casefold(Object self) {
    return StrCase.casefold(self);
  }

  @PythonMethod
  static Object swapcase(Object self) {
    return StrCase.swapcase(self);
  }

  @PythonMethod
  static Object capitalize(Object self) {
    return StrCase.capitalize(self);
  }

  @PythonMethod
  static Object title(Object self) {
    return StrCase.title(self);
  }

  private interface CpTest {
    boolean test(int c);
  }

  private static boolean all(Object self, CpTest t) {
    int[] a = cps(self);
    if (a.length == 0) {
      return false;
    }
    for (int c : a) {
      if (!t.test(c)) {
        return false;
      }
    }
    return true;
  }

  @PythonMethod
  static Object isdigit(Object self) {
    return all(self, c -> c < 0x80 ? c >= '0' && c <= '9' : UnicodeDatabase.isDigit(c));
  }

  @PythonMethod
  static Object isdecimal(Object self) {
    return all(self, c -> c < 0x80 ? c >= '0' && c <= '9' : UnicodeDatabase.isDecimal(c));
  }

  @PythonMethod
  static Object isnumeric(Object self) {
    return all(self, c -> c < 0x80 ? c >= '0' && c <= '9' : UnicodeDatabase.isNumeric(c));
  }

  @PythonMethod
  static Object isalpha(Object self) {
    return all(self, c -> c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
        : UnicodeDatabase.isAlpha(c));
  }

  @PythonMethod
  static Object isalnum(Object self) {
    return all(self, c -> c < 0x80
        ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
        : UnicodeDatabase.isAlnum(c));
  }

  @PythonMethod
  static Object isspace(Object self) {
    return all(self, PyUnicode::isPySpace);
  }

  @PythonMethod
  static Object isascii(Object self) {
    return asJavaString(self).chars().allMatch(c -> c < 128);
  }

  @PythonMethod
  static Object isprintable(Object self) {
    for (int c : cps(self)) {
      if (!isPrintable(c)) {
        return false;
      }
    }
    return true;
  }

  @PythonMethod
  static Object isupper(Object self) {
    return StrCase.isupper(self);
  }

  @PythonMethod
  static Object islower(Object self) {
    return StrCase.islower(self);
  }

  @PythonMethod
  static Object istitle(Object self) {
    return StrCase.istitle(self);
  }

  @PythonMethod
  static Object isidentifier(Object self) {
    return StrCase.isidentifier(self);
  }

  private static String fillChar(Object fill) {
    String f = asJavaString(fill);
    if (f.codePointCount(0, f.length()) != 1) {
      throw PyErr.format(
          PyExc.TypeError, "The fill character must be exactly one character long");
    }
    return f;
  }

  @PythonMethod
  static Object center(Object self, Object width, @Default("' '") Object fillchar) {
    String s = asJavaString(self);
    int w = PyNumber.asAllocSize(width);
    String f = fillChar(fillchar);
    int len = length(self);
    if (w <= len) {
      return plain(self);
    }
    int marg = w - len;
    int left = marg / 2 + (marg & w & 1);
    return wrap(f.repeat(left) + s + f.repeat(marg - left));
  }

  @PythonMethod
  static Object ljust(Object self, Object width, @Default("' '") Object fillchar) {
    int w = PyNumber.asAllocSize(width);
    int len = length(self);
    return w <= len ? plain(self) : wrap(asJavaString(self) + fillChar(fillchar).repeat(w - len));
  }

  @PythonMethod
  static Object rjust(Object self, Object width, @Default("' '") Object fillchar) {
    int w = PyNumber.asAllocSize(width);
    int len = length(self);
    return w <= len ? plain(self) : wrap(fillChar(fillchar).repeat(w - len) + asJavaString(self));
  }

  @PythonMethod
  static Object zfill(Object self, Object width) {
    String s = asJavaString(self);
    int w = PyNumber.asAllocSize(width);
    int len = length(self);
    if (w <= len) {
      return plain(self);
    }
    String pad = "0".repeat(w - len);
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      return wrap(s.charAt(0) + pad + s.substring(1));
    }
    return wrap(pad + s);
  }

  @PythonMethod
  static Object partition(Object self, Object sep) {
    String s = asJavaString(self);
    String d = arg(sep, "partition");
    if (d.isEmpty()) {
      throw PyErr.format(PyExc.ValueError, "empty separator");
    }
    int i = s.indexOf(d);
    if (i < 0) {
      return new PyTuple(self, "", "");
    }
    return new PyTuple(wrap(s.substring(0, i)), sep, wrap(s.substring(i + d.length())));
  }

  @PythonMethod
  static Object rpartition(Object self, Object sep) {
    String s = asJavaString(self);
    String d = arg(sep, "rpartition");
    if (d.isEmpty()) {
      throw PyErr.format(PyExc.ValueError, "empty separator");
    }
    int i = s.lastIndexOf(d);
    if (i < 0) {
      return new PyTuple("", "", self);
    }
    return new PyTuple(wrap(s.substring(0, i)), sep, wrap(s.substring(i + d.length())));
  }

  @PythonMethod
  static Object removeprefix(Object self, Object prefix) {
    String s = asJavaString(self);
    String p = arg(prefix, "removeprefix");
    return s.startsWith(p) ? wrap(s.substring(p.length())) : plain(self);
  }

  @PythonMethod
  static Object removesuffix(Object self, Object suffix) {
    String s = asJavaString(self);
    String p = arg(suffix, "removesuffix");
    return s.endsWith(p) && !p.isEmpty() ? wrap(s.substring(0, s.length() - p.length())) : plain(self);
  }

  @PythonMethod(positionalOnly = false)
  static Object expandtabs(Object self, @Default("8") Object tabsize) {
    String s = asJavaString(self);
    int ts = PyNumber.asCInt(tabsize);
    StringBuilder sb = new StringBuilder();
    int col = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        if (ts > 0) {
          int n = ts - col % ts;
          sb.append(" ".repeat(n));
          col += n;
        }
      } else {
        sb.append(c);
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
      }
    }
    return wrap(sb.toString());
  }

  @PythonMethod(positionalOnly = false)
  static Object encode(Object self, @Default("'utf-8'") Object encoding,
      @Default("'strict'") Object errors) {
    String enc = PyBytes.codecArg(encoding, "encode", "encoding");
    String err = PyBytes.codecArg(errors, "encode", "errors");
    return encodeWith(self, enc, err);
  }

  /**
   * {@code PyUnicode_AsEncodedString}: {@code s} encoded through the codec registry ({@code
   * str.encode}, {@code bytes(s, encoding, errors)}); {@code errors} null means strict.
   */
  static Object encodeWith(Object s, String encoding, String errors) {
    PyCodecs.checkNames(encoding, errors);
    PyCodecs.Provider codecs = PyCodecs.provider();
    if (codecs != null) {
      return codecs.encode(s, encoding, errors == null ? "strict" : errors);
    }
    return PyBytes.encode(asJavaString(s), encoding);
  }

  @PythonMethod
  static Object format(Object self, Object[] args, PyDict kwargs) {
    return wrap(StrFormat.format(asJavaString(self), args, kwargs));
  }

  @PythonMethod
  static Object format_map(Object self, Object mapping) {
    return wrap(StrFormat.formatMap(asJavaString(self), mapping));
  }

  @PythonMethod
  static Object __format__(Object self, Object spec) {
    if (isStr(spec) && length(spec) == 0 && self instanceof Derived) {
      return Abstract.str(self); // format_obj: a subclass's __str__ decides
    }
    return wrap(FormatSpec.formatStr(asJavaString(self), asJavaString(spec)));
  }

  @PythonMethod
  static Object translate(Object self, Object table) {
    int[] a = cps(self);
    StrCase.Buf out = new StrCase.Buf(a.length);
    for (int c : a) {
      Object r;
      try {
        r = Abstract.getItem(table, (long) c);
      } catch (PyException e) {
        if (e.matches(PyExc.LookupError)) {
          out.add(c);
          continue;
        }
        throw e;
      }
      if (r == PyNone.NONE) {
        continue;
      }
      if (PyLong.isInt(r)) {
        Object v = PyNumber.index(r);
        if (!(v instanceof Long l) || l < 0 || l > 0x10FFFF) {
          throw PyErr.format(PyExc.ValueError, "character mapping must be in range(0x110000)");
        }
        out.add((int) (long) l);
      } else if (isStr(r)) {
        for (int x : cps(r)) {
          out.add(x);
        }
      } else {
        throw PyErr.format(PyExc.TypeError, "character mapping must return integer, None or str");
      }
    }
    return fromCodePoints(out.toArray());
  }

  @PythonMethod
  static Object __getnewargs__(Object self) {
    Object p = plain(self);
    // a copy, as CPython's _PyUnicode_Copy
    return new PyTuple(p instanceof String str ? new String(str) : p);
  }

  @PythonMethod
  static Object __sizeof__(Object self) {
    // CPython's compact layouts: ASCII (48-byte header), else 72 bytes and 1, 2 or 4 bytes a
    // character by the widest one; both store a terminating NUL
    Object p = plain(self);
    int n = length(p);
    int max = 0;
    if (p instanceof String s) {
      for (int i = 0; i < s.length(); i++) {
        max = Math.max(max, s.charAt(i));
      }
    } else {
      for (int cp : ((PyCodePoints) p).cps) {
        max = Math.max(max, cp);
      }
    }
    if (max < 0x80) {
      return 48L + n + 1;
    }
    int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    return 72L + (long) width * (n + 1);
  }
}
