package org.taipan.object;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The case, classification, padding, translation and conversion methods shared by {@code bytes}
 * and {@code bytearray}: ASCII-only as CPython's {@code Objects/bytes_methods.c}, plus {@code hex},
 * {@code fromhex}, {@code maketrans} and {@code decode}. Results are of self's kind.
 */
final class BytesTransforms {
  private BytesTransforms() {}

  /** Adds {@code fromhex} (a classmethod) and {@code maketrans} (a staticmethod) to a type. */
  static void defineClassMethods(PyType t) {
    java.util.Map<String, Object> fs =
        Exposer.moduleFunctions(Static.class, MethodHandles.lookup(), null);
    t.define("fromhex", new PyClassMethod(fs.get("fromhex")));
    t.define("maketrans", new PyStaticMethod(fs.get("maketrans")));
  }

  /** The functions bound as a classmethod and a staticmethod. */
  static final class Static {
    private Static() {}

    /** {@code fromhex(string)}: counts its own arguments, the class not being one of them. */
    @PythonMethod
    static Object fromhex(Object cls, Object[] args) {
      String name = cls == PyByteArray.TYPE ? "bytearray" : "bytes";
      if (cls instanceof PyType t && t.isSubtypeOf(PyByteArray.TYPE)) {
        name = "bytearray";
      }
      if (args.length != 1) {
        throw PyErr.format(
            PyExc.TypeError, "%s.fromhex() takes exactly one argument (%d given)", name,
            args.length);
      }
      Object string = args[0];
      if (!PyUnicode.isStr(string)) {
        throw PyErr.format(
            PyExc.TypeError, "fromhex() argument must be str, not %s",
            PyType.of(string).getName());
      }
      byte[] r = parseHex(PyUnicode.asJavaString(string).codePoints().toArray());
      if (cls == PyBytes.TYPE) {
        return new PyBytes(r);
      } else if (cls == PyByteArray.TYPE) {
        return new PyByteArray(r);
      }
      boolean array = cls instanceof PyType t && t.isSubtypeOf(PyByteArray.TYPE);
      return Abstract.call(cls, array ? new PyByteArray(r) : new PyBytes(r));
    }

    /** {@code bytes.maketrans(frm, to)}: a 256-byte table mapping each byte of frm to to's. */
    @PythonMethod
    static Object maketrans(Object frm, Object to) {
      byte[] f = PyBuffer.get(frm).toByteArray();
      byte[] t = PyBuffer.get(to).toByteArray();
      if (f.length != t.length) {
        throw PyErr.format(PyExc.ValueError, "maketrans arguments must have same length");
      }
      byte[] table = new byte[256];
      for (int i = 0; i < 256; i++) {
        table[i] = (byte) i;
      }
      for (int i = 0; i < f.length; i++) {
        table[f[i] & 0xff] = t[i];
      }
      return new PyBytes(table);
    }
  }

  /** {@code _PyBytes_FromHex}: pairs of hex digits, whitespace allowed between pairs. */
  static byte[] parseHex(int[] cp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(cp.length / 2);
    int i = 0;
    while (true) {
      while (i < cp.length && ByteSeq.isSpace(cp[i])) {
        i++;
      }
      if (i >= cp.length) {
        break;
      }
      int hi = cp[i] < 128 ? Character.digit(cp[i], 16) : -1;
      if (hi < 0) {
        throw notHex(i);
      }
      int lo = i + 1 < cp.length && cp[i + 1] < 128 ? Character.digit(cp[i + 1], 16) : -1;
      if (lo < 0) {
        throw notHex(i + 1);
      }
      out.write(hi * 16 + lo);
      i += 2;
    }
    return out.toByteArray();
  }

  private static PyException notHex(int pos) {
    return PyErr.format(
        PyExc.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", pos);
  }

  /**
   * {@code hex(sep=<unrepresentable>, bytes_per_sep=1)}: with a separator, groups of {@code
   * |bytes_per_sep|} bytes counted from the right when it is positive, from the left when it is
   * negative ({@code _Py_strhex_impl}).
   */
  @PythonMethod(positionalOnly = false)
  static Object hex(Object self, @Default("<unrepresentable>") Object sep,
      @Default("1") Object bytes_per_sep) {
    return hex(ByteSeq.arr(self), 0, ByteSeq.len(self), sep, bytes_per_sep);
  }

  /** The hex digits of {@code v[from:from+n]}, shared with {@code memoryview.hex}. */
  static String hex(byte[] v, int from, int n, Object sep, Object bytesPerSep) {
    long group = PyNumber.asLongClamped(PyNumber.index(bytesPerSep));
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
    StringBuilder sb = new StringBuilder(n * 3);
    long g = Math.abs(group);
    for (int i = 0; i < n; i++) {
      if (i > 0 && sepChar >= 0 && g > 0) {
        boolean boundary = group > 0 ? (n - i) % g == 0 : i % g == 0;
        if (boundary) {
          sb.append((char) sepChar);
        }
      }
      int b = v[from + i];
      sb.append(Character.forDigit((b >> 4) & 0xf, 16));
      sb.append(Character.forDigit(b & 0xf, 16));
    }
    return sb.toString();
  }

  @PythonMethod(positionalOnly = false)
  static Object decode(Object self, @Default("'utf-8'") Object encoding,
      @Default("'strict'") Object errors) {
    String enc = PyBytes.codecArg(encoding, "decode", "encoding");
    String err = PyBytes.codecArg(errors, "decode", "errors");
    PyCodecs.checkNames(enc, err);
    PyCodecs.Provider codecs = PyCodecs.provider();
    if (codecs != null) {
      return codecs.decode(self, enc, err);
    }
    return PyBytes.decode(ByteSeq.contents(self), enc);
  }

  // ---------------------------------------------------------------- case

  private interface ByteMap {
    int map(int c);
  }

  private static Object mapBytes(Object self, ByteMap f) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    byte[] r = new byte[n];
    for (int i = 0; i < n; i++) {
      r[i] = (byte) f.map(v[i] & 0xff);
    }
    return ByteSeq.make(self, r);
  }

  private static int lower(int c) {
    return ByteSeq.isUpper(c) ? c + 32 : c;
  }

  private static int upper(int c) {
    return ByteSeq.isLower(c) ? c - 32 : c;
  }

  @PythonMethod
  static Object lower(Object self) {
    return mapBytes(self, BytesTransforms::lower);
  }

  @PythonMethod
  static Object upper(Object self) {
    return mapBytes(self, BytesTransforms::upper);
  }

  @PythonMethod
  static Object swapcase(Object self) {
    return mapBytes(self, c -> ByteSeq.isUpper(c) ? c + 32 : upper(c));
  }

  @PythonMethod
  static Object capitalize(Object self) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    byte[] r = new byte[n];
    for (int i = 0; i < n; i++) {
      int c = v[i] & 0xff;
      r[i] = (byte) (i == 0 ? upper(c) : lower(c));
    }
    return ByteSeq.make(self, r);
  }

  @PythonMethod
  static Object title(Object self) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    byte[] r = new byte[n];
    boolean previousCased = false;
    for (int i = 0; i < n; i++) {
      int c = v[i] & 0xff;
      if (ByteSeq.isLower(c)) {
        r[i] = (byte) (previousCased ? c : c - 32);
        previousCased = true;
      } else if (ByteSeq.isUpper(c)) {
        r[i] = (byte) (previousCased ? c + 32 : c);
        previousCased = true;
      } else {
        r[i] = (byte) c;
        previousCased = false;
      }
    }
    return ByteSeq.make(self, r);
  }

  // ---------------------------------------------------------------- classification

  private interface BytePredicate {
    boolean test(int c);
  }

  /** True when self is not empty and every byte passes ({@code _Py_bytes_isalpha} and kin). */
  private static Object all(Object self, BytePredicate p) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    if (n == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!p.test(v[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlpha(int c) {
    return ByteSeq.isLower(c) || ByteSeq.isUpper(c);
  }

  @PythonMethod
  static Object isalpha(Object self) {
    return all(self, BytesTransforms::isAlpha);
  }

  @PythonMethod
  static Object isalnum(Object self) {
    return all(self, c -> isAlpha(c) || ByteSeq.isDigit(c));
  }

  @PythonMethod
  static Object isdigit(Object self) {
    return all(self, ByteSeq::isDigit);
  }

  @PythonMethod
  static Object isspace(Object self) {
    return all(self, ByteSeq::isSpace);
  }

  @PythonMethod
  static Object isascii(Object self) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    for (int i = 0; i < n; i++) {
      if (v[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** {@code islower}/{@code isupper}: some cased byte, none of the other case. */
  private static Object cased(Object self, boolean wantLower) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    boolean any = false;
    for (int i = 0; i < n; i++) {
      int c = v[i] & 0xff;
      if (wantLower ? ByteSeq.isUpper(c) : ByteSeq.isLower(c)) {
        return false;
      }
      any |= wantLower ? ByteSeq.isLower(c) : ByteSeq.isUpper(c);
    }
    return any;
  }

  @PythonMethod
  static Object islower(Object self) {
    return cased(self, true);
  }

  @PythonMethod
  static Object isupper(Object self) {
    return cased(self, false);
  }

  @PythonMethod
  static Object istitle(Object self) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    boolean cased = false;
    boolean previousCased = false;
    for (int i = 0; i < n; i++) {
      int c = v[i] & 0xff;
      if (ByteSeq.isUpper(c)) {
        if (previousCased) {
          return false;
        }
        previousCased = true;
        cased = true;
      } else if (ByteSeq.isLower(c)) {
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

  // ---------------------------------------------------------------- padding

  /** The fill byte of {@code center}/{@code ljust}/{@code rjust}: a bytes of length 1. */
  private static int fillByte(Object fillchar, String fn) {
    if (fillchar instanceof PyBytes b && b.value.length == 1) {
      return b.value[0] & 0xff;
    }
    if (fillchar instanceof PyByteArray a && a.size == 1) {
      return a.value[0] & 0xff;
    }
    throw PyErr.format(PyExc.TypeError,
        "%s() argument 2 must be a byte string of length 1, not %.50s", fn,
        PyType.of(fillchar).getName());
  }

  private static Object pad(Object self, Object width, int left, int fill, int total) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    byte[] r = new byte[total];
    java.util.Arrays.fill(r, (byte) fill);
    System.arraycopy(v, 0, r, left, n);
    return ByteSeq.make(self, r);
  }

  private static long width(Object width) {
    long w = PyNumber.asLongClamped(PyNumber.index(width));
    if (w > Integer.MAX_VALUE - 8) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    return w;
  }

  @PythonMethod
  static Object center(Object self, Object width, @Default("b' '") Object fillchar) {
    long w = width(width);
    int fill = fillByte(fillchar, "center");
    int n = ByteSeq.len(self);
    if (w <= n) {
      return ByteSeq.make(self, ByteSeq.contents(self).clone());
    }
    long marg = w - n;
    long left = marg / 2 + (marg & w & 1);
    return pad(self, width, (int) left, fill, (int) w);
  }

  @PythonMethod
  static Object ljust(Object self, Object width, @Default("b' '") Object fillchar) {
    long w = width(width);
    int fill = fillByte(fillchar, "ljust");
    int n = ByteSeq.len(self);
    if (w <= n) {
      return ByteSeq.make(self, ByteSeq.contents(self).clone());
    }
    return pad(self, width, 0, fill, (int) w);
  }

  @PythonMethod
  static Object rjust(Object self, Object width, @Default("b' '") Object fillchar) {
    long w = width(width);
    int fill = fillByte(fillchar, "rjust");
    int n = ByteSeq.len(self);
    if (w <= n) {
      return ByteSeq.make(self, ByteSeq.contents(self).clone());
    }
    return pad(self, width, (int) (w - n), fill, (int) w);
  }

  @PythonMethod
  static Object zfill(Object self, Object width) {
    long w = width(width);
    int n = ByteSeq.len(self);
    if (w <= n) {
      return ByteSeq.make(self, ByteSeq.contents(self).clone());
    }
    Object padded = pad(self, width, (int) (w - n), '0', (int) w);
    byte[] r = ByteSeq.arr(padded);
    int fillEnd = (int) (w - n);
    if (n > 0 && (r[fillEnd] == '+' || r[fillEnd] == '-')) {
      r[0] = r[fillEnd];
      r[fillEnd] = '0';
    }
    return padded;
  }

  @PythonMethod(positionalOnly = false)
  static Object expandtabs(Object self, @Default("8") Object tabsize) {
    long tab = PyNumber.asLongClamped(PyNumber.index(tabsize));
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    long col = 0;
    for (int i = 0; i < n; i++) {
      byte c = v[i];
      if (c == '\t') {
        if (tab > 0) {
          long k = tab - col % tab;
          if (out.size() + k > Integer.MAX_VALUE - 8) {
            throw PyErr.format(PyExc.OverflowError, "result too long");
          }
          col += k;
          for (long j = 0; j < k; j++) {
            out.write(' ');
          }
        }
      } else {
        out.write(c);
        col = c == '\n' || c == '\r' ? 0 : col + 1;
      }
    }
    return ByteSeq.make(self, out.toByteArray());
  }

  // ---------------------------------------------------------------- translate

  /** {@code translate(table, /, delete=b'')}: table is None or 256 bytes. */
  @PythonMethod(positionalOnly = false)
  static Object translate(
      Object self, @org.taipan.api.expose.PositionalOnly Object table,
      @Default("b''") Object delete) {
    byte[] t = null;
    if (table != PyNone.NONE) {
      t = PyBuffer.get(table).toByteArray();
      if (t.length != 256) {
        throw PyErr.format(
            PyExc.ValueError, "translation table must be 256 characters long");
      }
    }
    boolean[] del = new boolean[256];
    for (byte b : PyBuffer.get(delete).toByteArray()) {
      del[b & 0xff] = true;
    }
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    for (int i = 0; i < n; i++) {
      int c = v[i] & 0xff;
      if (!del[c]) {
        out.write(t == null ? c : t[c]);
      }
    }
    return ByteSeq.make(self, out.toByteArray());
  }
}
