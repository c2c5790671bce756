package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyCodePoints;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyImport;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/** Shared pieces of {@code _io}: type creation, its errors, argument and buffer conversions. */
final class IoSupport {
  private IoSupport() {}

  /** {@code DEFAULT_BUFFER_SIZE}. */
  static final int DEFAULT_BUFFER_SIZE = 8192;

  /** {@code io.UnsupportedOperation}, a subclass of both OSError and ValueError. */
  static final PyType UNSUPPORTED_OPERATION = unsupportedOperation();

  private static PyType unsupportedOperation() {
    PyDict ns = new PyDict();
    ns.put("__module__", "io");
    return (PyType) Abstract.call(PyType.TYPE, "UnsupportedOperation",
        new PyTuple(PyExc.OSError, PyExc.ValueError), ns);
  }

  /** A type of {@code _io} whose instances are made by {@code alloc} (null: not instantiable). */
  static PyType type(String name, Class<?> impl, MethodHandles.Lookup lookup,
      Function<PyType, Object> alloc, PyType base) {
    return PyType.fromSpec(
        new PyType.Spec(name, "_io", impl, lookup, base, List.of(), alloc, true));
  }

  // ---------------------------------------------------------------- errors

  static PyException unsupported(String msg) {
    return PyErr.format(UNSUPPORTED_OPERATION, "%s", msg);
  }

  /** The ValueError of an operation on a closed file ({@code _PyIOBase_check_closed}). */
  static PyException closedFile() {
    return PyErr.format(PyExc.ValueError, "I/O operation on closed file.");
  }

  /** The shorter message the C implementations use ({@code CHECK_CLOSED} in bytesio.c). */
  static PyException closedFileShort() {
    return PyErr.format(PyExc.ValueError, "I/O operation on closed file");
  }

  static PyException typeError(String fmt, Object... args) {
    return PyErr.format(PyExc.TypeError, fmt, args);
  }

  static PyException valueError(String fmt, Object... args) {
    return PyErr.format(PyExc.ValueError, fmt, args);
  }

  static String typeName(Object o) {
    return PyType.of(o).getName();
  }

  // ---------------------------------------------------------------- arguments

  /**
   * Binds constructor arguments ({@code PyArg_ParseTupleAndKeywords} with optional objects):
   * the result has one slot per name, null where nothing was passed.
   *
   * @param required how many leading parameters are required
   */
  static Object[] bind(String fname, Object[] args, String[] kwnames, int required,
      String... names) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (n > names.length) {
      throw typeError("%s() takes at most %d argument%s (%d given)", fname, names.length,
          names.length == 1 ? "" : "s", args.length);
    }
    Object[] out = new Object[names.length];
    System.arraycopy(args, 0, out, 0, n);
    for (int k = 0; k < nk; k++) {
      int i = Arrays.asList(names).indexOf(kwnames[k]);
      if (i < 0) {
        throw typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], fname);
      }
      if (i < n) {
        throw typeError("argument for %s() given by name ('%s') and position (%d)", fname,
            kwnames[k], i + 1);
      }
      out[i] = args[n + k];
    }
    for (int i = 0; i < required; i++) {
      if (out[i] == null) {
        throw typeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
      }
    }
    return out;
  }

  /** As {@link #bind(String, Object[], String[], int, String...)} for {@code *args, **kwargs}. */
  static Object[] bind(String fname, Object[] args, PyDict kwargs, int required,
      String... names) {
    int nk = kwargs.size();
    Object[] all = Arrays.copyOf(args, args.length + nk);
    String[] kn = new String[nk];
    int k = 0;
    for (java.util.Map.Entry<Object, Object> e : kwargs.entries()) {
      kn[k] = PyUnicode.asJavaString(e.getKey());
      all[args.length + k++] = e.getValue();
    }
    return bind(fname, all, kn, required, names);
  }

  /** {@code _Py_convert_optional_to_ssize_t}: None is -1, else an index as a long. */
  static long optionalSize(Object o) {
    if (o == null || o == PyNone.NONE) {
      return -1;
    }
    if (!PyNumber.isIndex(o)) {
      throw typeError("argument should be integer or None, not '%s'", typeName(o));
    }
    return ssize(o);
  }

  /** {@code PyNumber_AsSsize_t(o, PyExc_OverflowError)}. */
  static long ssize(Object o) {
    Object i = PyNumber.index(o);
    if (i instanceof Long l) {
      return l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
  }

  /** A C int argument ({@code _PyLong_AsInt}) with CPython's messages. */
  static int cint(Object o) {
    if (o instanceof Double) {
      throw typeError("'float' object cannot be interpreted as an integer");
    }
    Object i = PyNumber.index(o);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    throw PyErr.format(PyExc.OverflowError,
        "Python int too large to convert to C int");
  }

  // ---------------------------------------------------------------- buffers

  /** The bytes of a bytes-like object (a copy), or TypeError "a bytes-like object is required". */
  static byte[] bytesLike(Object o) {
    org.taipan.object.PyBuffer b = org.taipan.object.PyBuffer.get(o);
    return Arrays.copyOfRange(b.array, b.offset, b.offset + b.length);
  }

  /** The length of a writable buffer for {@code readinto}, or the TypeError of a bad one. */
  static int writableLength(String method, Object b) {
    return org.taipan.object.PyBuffer.getWritable(b, method + "()").length;
  }

  /** Copies {@code n} bytes of {@code data} into the start of a writable buffer. */
  static void fill(Object b, byte[] data, int n) {
    org.taipan.object.PyBuffer buf = org.taipan.object.PyBuffer.getWritable(b, "readinto()");
    System.arraycopy(data, 0, buf.array, buf.offset, n);
  }

  // ---------------------------------------------------------------- strings

  /** The code points of a str. */
  static int[] codePoints(Object s) {
    if (s instanceof PyCodePoints p) {
      int[] r = new int[p.length()];
      for (int i = 0; i < r.length; i++) {
        r[i] = p.codePointAt(i);
      }
      return r;
    }
    return PyUnicode.asJavaString(s).codePoints().toArray();
  }

  /** A str of code points {@code [from, to)}. */
  static Object str(int[] cps, int from, int to) {
    return PyUnicode.fromCodePoints(Arrays.copyOfRange(cps, from, to));
  }

  /** A module, imported if need be. */
  static Object module(String name) {
    return PyImport.importModule(name);
  }

  /** {@code bytearray(n)}, for the default {@code read} over a Python {@code readinto}. */
  static Object newByteArray(long n) {
    return Abstract.call(Abstract.getAttr(module("builtins"), "bytearray"), n);
  }
}
