package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code bytes} type, CPython's {@code Objects/bytesobject.c}: an immutable array of bytes.
 * The methods it shares with {@code bytearray} live in {@link BytesMethods} and {@link
 * BytesTransforms}.
 */
public class PyBytes implements PyBuffer.Exporter {
  static final PyType TYPE;

  static {
    TYPE = PyType.fromSpec(PyType.Spec.of("bytes", PyBytes.class, MethodHandles.lookup()));
    Exposer.expose(TYPE, BytesMethods.class, MethodHandles.lookup());
    Exposer.expose(TYPE, BytesTransforms.class, MethodHandles.lookup());
    BytesTransforms.defineClassMethods(TYPE);
    TYPE.fillSlots();
  }

  /** An instance of a Python subclass of {@code bytes}. */
  static final class Derived extends PyBytes implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type, byte[] value) {
      super(value);
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      if (dict == null) {
        dict = new PyDict();
      }
      return dict;
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

  @Override
  public PyBuffer getBuffer(boolean writable) {
    return new PyBuffer(this, value, 0, value.length, true);
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
    return decode(b.value, encoding);
  }

  /** Decodes bytes (strict errors) as {@code PyUnicode_Decode}. */
  static Object decode(byte[] v, String encoding) {
    Charset cs = charset(encoding);
    if (cs == StandardCharsets.US_ASCII) {
      for (int i = 0; i < v.length; i++) {
        if (v[i] < 0) {
          throw decodeError("ascii", v, i, i + 1, "ordinal not in range(128)");
        }
      }
    } else if (cs == StandardCharsets.UTF_8) {
      checkUtf8(v);
    }
    return PyUnicode.wrap(new String(v, cs));
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
    return ByteSeq.repr(v, v.length, true);
  }

  static Object __len__(Object self) {
    return (long) ((PyBytes) self).value.length;
  }

  static Object __hash__(Object self) {
    return hash(((PyBytes) self).value);
  }

  /**
   * {@code _Py_HashBytes}: the same hash a {@code str} of the same Latin-1 characters has, as
   * CPython hashes a one-byte-kind string's buffer exactly as it hashes bytes.
   */
  static long hash(byte[] v) {
    int h = 0;
    for (byte b : v) {
      h = 31 * h + (b & 0xff);
    }
    return PyUnicode.spreadHash(h);
  }

  /** {@code bytes_richcompare}: bytes with bytes only; bytearray and memoryview answer for mixes. */
  private static Object cmp(Object a, Object b, int op) {
    if (!(b instanceof PyBytes y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    byte[] x = ((PyBytes) a).value;
    return ByteSeq.compare(x, x.length, y.value, y.value.length, op);
  }

  static Object __eq__(Object a, Object b) {
    return cmp(a, b, Abstract.EQ);
  }

  static Object __ne__(Object a, Object b) {
    return cmp(a, b, Abstract.NE);
  }

  static Object __lt__(Object a, Object b) {
    return cmp(a, b, Abstract.LT);
  }

  static Object __le__(Object a, Object b) {
    return cmp(a, b, Abstract.LE);
  }

  static Object __gt__(Object a, Object b) {
    return cmp(a, b, Abstract.GT);
  }

  static Object __ge__(Object a, Object b) {
    return cmp(a, b, Abstract.GE);
  }

  /** {@code bytes_concat}: the right operand may be any buffer; the result is bytes. */
  static Object __add__(Object a, Object b) {
    PyBuffer y = ByteSeq.simpleBufferOrNull(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    byte[] x = ((PyBytes) a).value;
    return new PyBytes(ByteSeq.concat(x, x.length, y.toByteArray(), y.length));
  }

  /** {@code bytes % args}: {@code bytes_mod}. */
  static Object __mod__(Object a, Object args) {
    return new PyBytes(PercentFormat.formatBytes(((PyBytes) a).value, args));
  }

  static Object __rmod__(Object a, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  /** {@code bytes_repeat}: NotImplemented for a count that is not an index. */
  static Object __mul__(Object a, Object n) {
    byte[] x = ((PyBytes) a).value;
    byte[] r = ByteSeq.repeat(x, x.length, n);
    return r == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyBytes(r);
  }

  static Object __rmul__(Object a, Object n) {
    return __mul__(a, n);
  }

  static Object __getitem__(Object self, Object key) {
    byte[] v = ((PyBytes) self).value;
    if (key instanceof PySlice s) {
      return new PyBytes(ByteSeq.slice(v, v.length, s));
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

  /** {@code bytes(source=b'', encoding=None, errors=None)}: {@code bytes_new_impl}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (n > 3) {
      throw PyErr.format(
          PyExc.TypeError, "bytes() takes at most 3 arguments (%d given)", args.length);
    }
    Object[] p = new Object[3];
    System.arraycopy(args, 0, p, 0, n);
    java.util.List<String> names = java.util.List.of("source", "encoding", "errors");
    for (int k = 0; k < nk; k++) {
      int slot = names.indexOf(kwnames[k]);
      if (slot < 0) {
        throw PyErr.format(PyExc.TypeError,
            "'%s' is an invalid keyword argument for bytes()", kwnames[k]);
      }
      if (slot < n) {
        throw PyErr.format(PyExc.TypeError,
            "argument for bytes() given by name ('%s') and position (%d)", kwnames[k],
            slot + 1);
      }
      p[slot] = args[n + k];
    }
    Object x = p[0];
    String encoding = p[1] == null ? null : codecArg(p[1], "bytes", "encoding");
    String errors = p[2] == null ? null : codecArg(p[2], "bytes", "errors");
    PyBytes r = fromSource(x, encoding, errors);
    return cls == TYPE ? r : new Derived(cls, r.value);
  }

  private static PyBytes fromSource(Object x, String encoding, String errors) {
    if (x == null) {
      if (encoding != null || errors != null) {
        throw PyErr.format(PyExc.TypeError, encoding != null
            ? "encoding without a string argument" : "errors without a string argument");
      }
      return new PyBytes(new byte[0]);
    }
    if (encoding != null) {
      if (!PyUnicode.isStr(x)) {
        throw PyErr.format(PyExc.TypeError, "encoding without a string argument");
      }
      return plainBytes(PyUnicode.encodeWith(x, encoding, errors));
    }
    if (errors != null) {
      throw PyErr.format(PyExc.TypeError, PyUnicode.isStr(x)
          ? "string argument without an encoding" : "errors without a string argument");
    }
    PyBytes viaMethod = fromBytesMethod(x);
    if (viaMethod != null) {
      return viaMethod;
    }
    if (PyUnicode.isStr(x)) {
      throw PyErr.format(PyExc.TypeError, "string argument without an encoding");
    }
    Object i = null;
    if (PyNumber.isIndex(x)) {
      try {
        i = PyNumber.index(x);
      } catch (PyException e) {
        // a TypeError from __index__ lets the object be read as a buffer or iterable instead
        if (!e.matches(PyExc.TypeError)) {
          throw e;
        }
      }
    }
    if (i != null) {
      if (!(i instanceof Long l) || l > Integer.MAX_VALUE) {
        throw PyErr.format(
            PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
      }
      if (l < 0) {
        throw PyErr.format(PyExc.ValueError, "negative count");
      }
      return new PyBytes(new byte[(int) (long) l]);
    }
    return new PyBytes(fromObject(x));
  }

  /** What an encoder returned, as plain bytes (str.encode has checked it is bytes). */
  static PyBytes plainBytes(Object encoded) {
    if (encoded instanceof Derived d) {
      return new PyBytes(d.value);
    } else if (encoded instanceof PyBytes b) {
      return b;
    }
    throw PyErr.format(PyExc.TypeError, "encoder returned '%.400s' instead of 'bytes'",
        PyType.of(encoded).getName());
  }

  /**
   * {@code PyObject_Bytes}: the bytes of {@code bytes(x)} for one argument: its {@code
   * __bytes__} when it has one, else {@link #fromObject}.
   */
  static byte[] objectBytes(Object x) {
    if (x instanceof PyBytes b && !(x instanceof Derived)) {
      return b.value;
    }
    PyBytes viaMethod = fromBytesMethod(x);
    return viaMethod != null ? viaMethod.value : fromObject(x);
  }

  /** What {@code type(x).__bytes__(x)} returns, checked to be bytes; null without the method. */
  private static PyBytes fromBytesMethod(Object x) {
    Object bytesMethod = PyType.of(x).lookup("__bytes__");
    if (bytesMethod == null) {
      return null;
    }
    Object r = Abstract.callAsMethod(bytesMethod, x, new Object[0], null);
    if (!(r instanceof PyBytes b)) {
      throw PyErr.format(PyExc.TypeError, "__bytes__ returned non-bytes (type %.200s)",
          PyType.of(r).getName());
    }
    return b;
  }

  /** {@code PyBytes_FromObject}: the bytes of a buffer or of an iterable of ints. */
  static byte[] fromObject(Object x) {
    byte[] b = PyBuffer.toContiguousOrNull(x);
    if (b != null) {
      return b;
    }
    PyType xt = PyType.of(x);
    if (PyUnicode.isStr(x) || (!xt.hasSlot(SpecialMethod.op_iter)
        && !xt.hasSlot(SpecialMethod.op_getitem))) {
      throw PyErr.format(
          PyExc.TypeError, "cannot convert '%.200s' object to bytes", xt.getName());
    }
    Object it = Abstract.iter(x);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object o; (o = Abstract.next(it)) != null; ) {
      Object i = PyNumber.index(o);
      if (!(i instanceof Long l) || l < 0 || l > 255) {
        throw PyErr.format(PyExc.ValueError, "bytes must be in range(0, 256)");
      }
      out.write((int) (long) l);
    }
    return out.toByteArray();
  }

  static Object __contains__(Object self, Object x) {
    return ByteSeq.contains(self, x);
  }

  /** {@code bytes.__getnewargs__()}: the value as plain bytes, for pickling subclasses. */
  @PythonMethod
  static Object __getnewargs__(Object self) {
    return new PyTuple(new PyBytes(((PyBytes) self).value));
  }

  /** {@code bytes.__bytes__()}: self for exact bytes, a plain copy for a subclass's instance. */
  @PythonMethod
  static Object __bytes__(Object self) {
    return self instanceof Derived d ? new PyBytes(d.value) : self;
  }
}
