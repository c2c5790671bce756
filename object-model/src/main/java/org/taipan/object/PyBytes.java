package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/** The {@code bytes} type, CPython's {@code Objects/bytesobject.c} (a first, small part). */
public final class PyBytes {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("bytes", PyBytes.class, MethodHandles.lookup()));

  static {
    TYPE.define(
        "fromhex",
        new PyClassMethod(
            Exposer.moduleFunctions(FromHex.class, MethodHandles.lookup(), null).get("fromhex")));
  }

  /** {@code bytes.fromhex(string)}, a classmethod: {@code bytes_fromhex}. */
  static final class FromHex {
    private FromHex() {}

    /** Counts its own arguments, so that the class it is bound to is not one of them. */
    @PythonMethod
    static Object fromhex(Object cls, Object[] args) {
      if (args.length != 1) {
        throw PyErr.format(
            PyExc.TypeError, "bytes.fromhex() takes exactly one argument (%d given)",
            args.length);
      }
      Object string = args[0];
      if (!PyUnicode.isStr(string)) {
        throw PyErr.format(
            PyExc.TypeError, "fromhex() argument must be str, not %s",
            PyType.of(string).getName());
      }
      int[] cp = PyUnicode.asJavaString(string).codePoints().toArray();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int i = 0;
      while (true) {
        // whitespace may stand between pairs of digits, not inside a pair
        while (i < cp.length && isSpace(cp[i])) {
          i++;
        }
        if (i >= cp.length) {
          break;
        }
        int hi = Character.digit(cp[i], 16);
        if (hi < 0 || cp[i] > 127) {
          throw notHex(i);
        }
        int lo = i + 1 < cp.length && cp[i + 1] < 128 ? Character.digit(cp[i + 1], 16) : -1;
        if (lo < 0) {
          throw notHex(i + 1);
        }
        out.write(hi * 16 + lo);
        i += 2;
      }
      PyBytes r = new PyBytes(out.toByteArray());
      return cls == TYPE ? r : Abstract.call(cls, r);
    }

    private static boolean isSpace(int c) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static PyException notHex(int pos) {
      return PyErr.format(
          PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos);
    }
  }

  final byte[] value;

  /** Bytes holding {@code value} (not copied). */
  public PyBytes(byte[] value) {
    this.value = value;
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return value.clone();
  }

  private static Charset charset(String encoding) {
    String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    switch (e) {
      case "utf-8", "utf8", "u8":
        return StandardCharsets.UTF_8;
      case "ascii", "us-ascii":
        return StandardCharsets.US_ASCII;
      case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
        return StandardCharsets.ISO_8859_1;
      default:
        try {
          return Charset.forName(e);
        } catch (RuntimeException ex) {
          throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
    }
  }

  static Object decode(PyBytes b, String encoding) {
    Charset cs = charset(encoding);
    if (cs == StandardCharsets.US_ASCII) {
      for (int i = 0; i < b.value.length; i++) {
        if (b.value[i] < 0) {
          throw decodeError("ascii", b.value, i, i + 1, "ordinal not in range(128)");
        }
      }
    } else if (cs == StandardCharsets.UTF_8) {
      checkUtf8(b.value);
    }
    return PyUnicode.wrap(new String(b.value, cs));
  }

  private static PyException decodeError(String codec, byte[] v, int start, int end,
      String reason) {
    return PyErr.newException(PyExc.UnicodeDecodeError, codec, new PyBytes(v.clone()),
        (long) start, (long) end, reason);
  }

  /**
   * Strict UTF-8 validation with the error ranges and reasons of CPython's decoder: a bad lead
   * byte, a bad continuation byte (the range is the valid prefix), or data that ends early.
   */
  private static void checkUtf8(byte[] v) {
    int i = 0;
    int n = v.length;
    while (i < n) {
      int c = v[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
          : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 0) {
        throw decodeError("utf-8", v, i, i + 1, "invalid start byte");
      }
      for (int k = 1; k < len; k++) {
        if (i + k >= n) {
          throw decodeError("utf-8", v, i, n, "unexpected end of data");
        }
        int d = v[i + k] & 0xff;
        int lo = 0x80;
        int hi = 0xBF;
        if (k == 1) {
          // the second byte excludes overlong forms, surrogates and code points past U+10FFFF
          lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
          hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        }
        if (d < lo || d > hi) {
          throw decodeError("utf-8", v, i, i + k, "invalid continuation byte");
        }
      }
      i += len;
    }
  }

  /** A str argument of a codec method: {@code fn() argument 'name' must be str, not T}. */
  static String codecArg(Object o, String fn, String name) {
    if (!PyUnicode.isStr(o)) {
      throw PyErr.format(PyExc.TypeError, "%s() argument '%s' must be str, not %.200s", fn,
          name, o == PyNone.NONE ? "None" : PyType.of(o).getName());
    }
    return PyUnicode.asJavaString(o);
  }

  static Object encode(String s, String encoding) {
    Charset cs = charset(encoding);
    if (cs == StandardCharsets.US_ASCII) {
      int[] cps = s.codePoints().toArray();
      for (int i = 0; i < cps.length; i++) {
        if (cps[i] > 127) {
          // the error covers the whole run of characters ASCII cannot encode
          int j = i + 1;
          while (j < cps.length && cps[j] > 127) {
            j++;
          }
          throw PyErr.newException(PyExc.UnicodeEncodeError, "ascii", PyUnicode.wrap(s),
              (long) i, (long) j, "ordinal not in range(128)");
        }
      }
    }
    return new PyBytes(s.getBytes(cs));
  }

  static Object __repr__(Object self) {
    byte[] v = ((PyBytes) self).value;
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : v) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder("b").append(q);
    for (byte x : v) {
      int c = x & 0xff;
      if (c == q || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(q).toString();
  }

  static Object __len__(Object self) {
    return (long) ((PyBytes) self).value.length;
  }

  static Object __hash__(Object self) {
    return (long) Arrays.hashCode(((PyBytes) self).value);
  }

  static Object __eq__(Object a, Object b) {
    return b instanceof PyBytes y
        ? (Object) Arrays.equals(((PyBytes) a).value, y.value)
        : PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __ne__(Object a, Object b) {
    return b instanceof PyBytes y
        ? (Object) !Arrays.equals(((PyBytes) a).value, y.value)
        : PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __lt__(Object a, Object b) {
    return b instanceof PyBytes y
        ? (Object) (Arrays.compareUnsigned(((PyBytes) a).value, y.value) < 0)
        : PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __add__(Object a, Object b) {
    if (!(b instanceof PyBytes y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    byte[] x = ((PyBytes) a).value;
    byte[] r = Arrays.copyOf(x, x.length + y.value.length);
    System.arraycopy(y.value, 0, r, x.length, y.value.length);
    return new PyBytes(r);
  }

  /** {@code bytes % args}: {@code bytes_mod}. */
  static Object __mod__(Object a, Object args) {
    return new PyBytes(PercentFormat.formatBytes(((PyBytes) a).value, args));
  }

  /** {@code bytes_repeat}: NotImplemented for a count that is not an index. */
  static Object __mul__(Object a, Object n) {
    long k = Sequences.repeatCount(n);
    if (k < 0) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    byte[] x = ((PyBytes) a).value;
    if (x.length != 0 && k > (Integer.MAX_VALUE - 8) / x.length) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    byte[] r = new byte[(int) (x.length * k)];
    for (int i = 0; i < k; i++) {
      System.arraycopy(x, 0, r, i * x.length, x.length);
    }
    return new PyBytes(r);
  }

  static Object __rmul__(Object a, Object n) {
    return __mul__(a, n);
  }

  static Object __getitem__(Object self, Object key) {
    byte[] v = ((PyBytes) self).value;
    if (key instanceof PySlice s) {
      long[] r = s.indices(v.length);
      byte[] out = new byte[(int) r[3]];
      for (int i = 0, j = (int) r[0]; i < out.length; i++, j += (int) r[2]) {
        out[i] = v[j];
      }
      return new PyBytes(out);
    }
    if (!PyNumber.isIndex(key)) {
      throw PyErr.format(PyExc.TypeError, "byte indices must be integers or slices, not %.200s",
          PyType.of(key).getName());
    }
    long i = PyNumber.asLongClamped(key);
    if (i < 0) {
      i += v.length;
    }
    if (i < 0 || i >= v.length) {
      throw PyErr.format(PyExc.IndexError, "index out of range");
    }
    return (long) (v[(int) i] & 0xff);
  }

  static Object __iter__(Object self) {
    return new PySeqIterator(self);
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (args.length == 0) {
      return new PyBytes(new byte[0]);
    }
    Object x = args[0];
    int nargs = args.length - (kwnames == null ? 0 : kwnames.length);
    String encoding = nargs > 1 ? codecArg(args[1], "bytes", "encoding") : null;
    if (nargs > 2) {
      codecArg(args[2], "bytes", "errors");
    }
    if (PyUnicode.isStr(x)) {
      if (encoding == null) {
        throw PyErr.format(PyExc.TypeError, "string argument without an encoding");
      }
      return encode(PyUnicode.asJavaString(x), encoding);
    }
    if (encoding != null) {
      throw PyErr.format(PyExc.TypeError, "encoding without a string argument");
    }
    Object bytesMethod = PyType.of(x).lookup("__bytes__");
    if (bytesMethod != null && !(x instanceof PyBytes)) {
      Object r = Abstract.callAsMethod(bytesMethod, x, new Object[0], null);
      if (!(r instanceof PyBytes)) {
        throw PyErr.format(PyExc.TypeError, "__bytes__ returned non-bytes (type %.200s)",
            PyType.of(r).getName());
      }
      return r;
    }
    PyType xt = PyType.of(x);
    if (!PyNumber.isIndex(x) && !xt.hasSlot(SpecialMethod.op_iter)
        && !xt.hasSlot(SpecialMethod.op_getitem)) {
      throw PyErr.format(
          PyExc.TypeError, "cannot convert '%.200s' object to bytes", xt.getName());
    }
    if (PyNumber.isIndex(x)) {
      int n = PyNumber.asSize(x);
      if (n < 0) {
        throw PyErr.format(PyExc.ValueError, "negative count");
      }
      return new PyBytes(new byte[n]);
    }
    Object it = Abstract.iter(x);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object o; (o = Abstract.next(it)) != null; ) {
      int b = PyNumber.asSize(o);
      if (b < 0 || b > 255) {
        throw PyErr.format(PyExc.ValueError, "bytes must be in range(0, 256)");
      }
      out.write(b);
    }
    return new PyBytes(out.toByteArray());
  }

  @PythonMethod(positionalOnly = false)
  static Object decode(Object self, @Default("'utf-8'") Object encoding,
      @Default("'strict'") Object errors) {
    String enc = codecArg(encoding, "decode", "encoding");
    codecArg(errors, "decode", "errors");
    return decode((PyBytes) self, enc);
  }

  /**
   * {@code bytes.hex(sep=<unrepresentable>, bytes_per_sep=1)}: with a separator, groups of
   * {@code |bytes_per_sep|} bytes counted from the right when it is positive, from the left when
   * it is negative ({@code _Py_strhex_impl}).
   */
  @PythonMethod(positionalOnly = false)
  static Object hex(Object self, @Default("<unrepresentable>") Object sep,
      @Default("1") Object bytes_per_sep) {
    byte[] v = ((PyBytes) self).value;
    long group = PyNumber.asLongClamped(PyNumber.index(bytes_per_sep));
    int sepChar = -1;
    if (sep != ArgParser.UNREPRESENTABLE) {
      if (Abstract.size(sep) != 1) {
        throw PyErr.format(PyExc.ValueError, "sep must be length 1.");
      }
      if (PyUnicode.isStr(sep)) {
        sepChar = PyUnicode.asJavaString(sep).codePointAt(0);
      } else if (sep instanceof PyBytes b) {
        sepChar = b.value[0] & 0xff;
      } else {
        throw PyErr.format(PyExc.TypeError, "sep must be str or bytes.");
      }
      if (sepChar > 127) {
        throw PyErr.format(PyExc.ValueError, "sep must be ASCII.");
      }
    }
    StringBuilder sb = new StringBuilder(v.length * 3);
    long n = Math.abs(group);
    for (int i = 0; i < v.length; i++) {
      if (i > 0 && sepChar >= 0 && n > 0) {
        // a separator before byte i when a group ends there
        boolean boundary = group > 0 ? (v.length - i) % n == 0 : i % n == 0;
        if (boundary) {
          sb.append((char) sepChar);
        }
      }
      sb.append(Character.forDigit((v[i] >> 4) & 0xf, 16));
      sb.append(Character.forDigit(v[i] & 0xf, 16));
    }
    return sb.toString();
  }

  /** {@code bytes.join(iterable_of_bytes)}: {@code stringlib_bytes_join}. */
  @PythonMethod
  static Object join(Object self, Object iterable) {
    Object it;
    try {
      it = Abstract.iter(iterable);
    } catch (PyException e) {
      if (PyType.of(e.value).isSubtypeOf(PyExc.TypeError)) {
        throw PyErr.format(PyExc.TypeError, "can only join an iterable");
      }
      throw e;
    }
    byte[] sep = ((PyBytes) self).value;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int i = 0;
    for (Object item; (item = Abstract.next(it)) != null; i++) {
      if (!(item instanceof PyBytes b)) {
        throw PyErr.format(
            PyExc.TypeError, "sequence item %d: expected a bytes-like object, %.80s found", i,
            PyType.of(item).getName());
      }
      if (i > 0) {
        out.write(sep, 0, sep.length);
      }
      out.write(b.value, 0, b.value.length);
    }
    return new PyBytes(out.toByteArray());
  }

  /**
   * The needle of {@code bytes.find} and its kin: bytes, or an int that is one byte ({@code
   * stringlib_parse_args_finds_byte}).
   */
  private static byte[] needle(Object sub) {
    if (sub instanceof PyBytes b) {
      return b.value;
    }
    if (PyNumber.isIndex(sub)) {
      Object i = PyNumber.index(sub);
      if (!(i instanceof Long l) || l < 0 || l > 255) {
        throw PyErr.format(PyExc.ValueError, "byte must be in range(0, 256)");
      }
      return new byte[] {(byte) (long) l};
    }
    throw PyErr.format(PyExc.TypeError,
        "argument should be integer or bytes-like object, not '%.200s'",
        PyType.of(sub).getName());
  }

  /** The first (or last) index of {@code t} in {@code v[from:to]}, or -1. */
  private static int indexOf(byte[] v, byte[] t, int from, int to, boolean last) {
    if (to - from < t.length) {
      return -1;
    }
    int step = last ? -1 : 1;
    for (int i = last ? to - t.length : from; last ? i >= from : i <= to - t.length; i += step) {
      if (Arrays.equals(v, i, i + t.length, t, 0, t.length)) {
        return i;
      }
    }
    return -1;
  }

  private static int find(Object self, Object sub, Object start, Object end, boolean last) {
    byte[] v = ((PyBytes) self).value;
    byte[] t = needle(sub);
    int[] r = PySlice.adjust(start, end, v.length);
    return r[0] > v.length ? -1 : indexOf(v, t, r[0], r[1], last);
  }

  static Object __contains__(Object self, Object x) {
    if (!(x instanceof PyBytes) && !PyNumber.isIndex(x)) {
      throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.200s'",
          PyType.of(x).getName());
    }
    byte[] v = ((PyBytes) self).value;
    return indexOf(v, needle(x), 0, v.length, false) >= 0;
  }

  @PythonMethod
  @GetArgs
  static Object find(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    return (long) find(self, sub, start, end, false);
  }

  @PythonMethod
  @GetArgs
  static Object rfind(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    return (long) find(self, sub, start, end, true);
  }

  @PythonMethod
  @GetArgs
  static Object index(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    int i = find(self, sub, start, end, false);
    if (i < 0) {
      throw PyErr.format(PyExc.ValueError, "subsection not found");
    }
    return (long) i;
  }

  @PythonMethod
  @GetArgs
  static Object rindex(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    int i = find(self, sub, start, end, true);
    if (i < 0) {
      throw PyErr.format(PyExc.ValueError, "subsection not found");
    }
    return (long) i;
  }

  @PythonMethod
  @GetArgs
  static Object count(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    byte[] v = ((PyBytes) self).value;
    byte[] t = needle(sub);
    int[] r = PySlice.adjust(start, end, v.length);
    if (r[0] > r[1]) {
      return 0L;
    }
    if (t.length == 0) {
      return (long) (r[1] - r[0] + 1);
    }
    long c = 0;
    for (int i = indexOf(v, t, r[0], r[1], false); i >= 0;
        i = indexOf(v, t, i + t.length, r[1], false)) {
      c++;
    }
    return c;
  }
}
