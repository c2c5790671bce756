package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * {@code _io.StringIO}, CPython's {@code Modules/_io/stringio.c}: text in memory as an array of
 * code points, so that positions are code-point indices as in CPython, with the same newline rules
 * as {@code TextIOWrapper} (translation on write through an {@link PyIncrementalNewlineDecoder}).
 */
class PyStringIO extends PyTextIOBase {
  static final PyType TYPE = IoSupport.type("StringIO", PyStringIO.class, MethodHandles.lookup(),
      PyStringIO::new, PyTextIOBase.TYPE);

  private int[] buf = new int[0];
  private int size;
  private int pos;
  private boolean ok;
  private boolean closed;
  /** The newline argument ({@code readnl}); null for None. */
  private String readnl;
  /** What "\n" becomes on write, or null for no change. */
  private String writenl;
  private boolean readuniversal;
  private boolean readtranslate;
  private PyIncrementalNewlineDecoder decoder;

  PyStringIO(PyType type) {
    super(type);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    Object[] a = IoSupport.bind("StringIO", args, kwnames, 0, "initial_value", "newline");
    ((PyStringIO) self).init(a[0], a[1] == null ? "\n" : a[1]);
    return PyNone.NONE;
  }

  private void init(Object value, Object newlineObj) {
    if (newlineObj != PyNone.NONE && !PyUnicode.isStr(newlineObj)) {
      throw IoSupport.typeError("newline must be str or None, not %.200s",
          IoSupport.typeName(newlineObj));
    }
    String newline = newlineObj == PyNone.NONE ? null : PyUnicode.asJavaString(newlineObj);
    if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
        && !newline.equals("\r\n")) {
      throw IoSupport.valueError("illegal newline value: %s", Abstract.reprJava(newlineObj));
    }
    if (value != null && value != PyNone.NONE && !PyUnicode.isStr(value)) {
      throw IoSupport.typeError("initial_value must be str or None, not %.200s",
          IoSupport.typeName(value));
    }
    ok = false;
    buf = new int[0];
    size = 0;
    pos = 0;
    readnl = newline;
    readuniversal = newline == null || newline.isEmpty();
    readtranslate = newline == null;
    writenl = newline != null && newline.startsWith("\r") ? newline : null;
    decoder = readuniversal ? PyIncrementalNewlineDecoder.of(PyNone.NONE, readtranslate) : null;
    if (value != null && value != PyNone.NONE && PyUnicode.length(value) > 0) {
      writeStr(value);
    }
    pos = 0;
    closed = false;
    ok = true;
  }

  private static PyStringIO checked(Object self) {
    PyStringIO s = (PyStringIO) self;
    if (!s.ok) {
      throw IoSupport.valueError("I/O operation on uninitialized object");
    }
    if (s.closed) {
      throw IoSupport.closedFileShort();
    }
    return s;
  }

  private void writeStr(Object obj) {
    Object decoded = decoder == null ? obj : decoder.decodeObject(obj, true);
    int[] cps = IoSupport.codePoints(decoded);
    if (writenl != null) {
      int[] nl = writenl.codePoints().toArray();
      int extra = 0;
      boolean any = false;
      for (int c : cps) {
        if (c == '\n') {
          extra += nl.length - 1;
          any = true;
        }
      }
      if (any) {
        int[] t = new int[cps.length + extra];
        int j = 0;
        for (int c : cps) {
          if (c == '\n') {
            for (int x : nl) {
              t[j++] = x;
            }
          } else {
            t[j++] = c;
          }
        }
        cps = t;
      }
    }
    int end = pos + cps.length;
    if (end > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
    }
    if (pos > size) {
      Arrays.fill(buf, size, pos, 0);
    }
    System.arraycopy(cps, 0, buf, pos, cps.length);
    pos = end;
    if (end > size) {
      size = end;
    }
  }

  @PythonMethod
  static Object getvalue(Object self) {
    PyStringIO s = checked(self);
    return IoSupport.str(s.buf, 0, s.size);
  }

  @PythonMethod
  static Object read(Object self, @Default("-1") Object size) {
    PyStringIO s = checked(self);
    long n = IoSupport.optionalSize(size);
    int avail = Math.max(0, s.size - s.pos);
    if (n < 0 || n > avail) {
      n = avail;
    }
    if (n <= 0) {
      return "";
    }
    Object r = IoSupport.str(s.buf, s.pos, s.pos + (int) n);
    s.pos += (int) n;
    return r;
  }

  /** {@code _PyIO_find_line_ending} over code points; the end of the line or -1. */
  private int lineEnd(int start, int end) {
    if (readtranslate) {
      for (int i = start; i < end; i++) {
        if (buf[i] == '\n') {
          return i + 1;
        }
      }
      return -1;
    }
    if (readuniversal) {
      for (int i = start; i < end; i++) {
        if (buf[i] == '\n') {
          return i + 1;
        }
        if (buf[i] == '\r') {
          return i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
        }
      }
      return -1;
    }
    int[] nl = readnl.codePoints().toArray();
    outer:
    for (int i = start; i + nl.length <= end; i++) {
      for (int k = 0; k < nl.length; k++) {
        if (buf[i + k] != nl[k]) {
          continue outer;
        }
      }
      return i + nl.length;
    }
    return -1;
  }

  private Object readLine(long limit) {
    if (pos >= size) {
      return "";
    }
    if (limit < 0 || limit > size - pos) {
      limit = size - pos;
    }
    int end = pos + (int) limit;
    int e = lineEnd(pos, end);
    if (e < 0) {
      e = end;
    }
    Object r = IoSupport.str(buf, pos, e);
    pos = e;
    return r;
  }

  @PythonMethod
  static Object readline(Object self, @Default("-1") Object size) {
    PyStringIO s = checked(self);
    return s.readLine(IoSupport.optionalSize(size));
  }

  static Object __next__(Object self) {
    PyStringIO s = checked(self);
    Object line;
    if (PyType.of(self) == TYPE) {
      line = s.readLine(-1);
    } else {
      line = Abstract.callMethod(self, "readline");
      if (!PyUnicode.isStr(line)) {
        throw PyErr.format(PyExc.OSError,
            "readline() should have returned a str object, not '%.200s'",
            IoSupport.typeName(line));
      }
    }
    if (PyUnicode.length(line) == 0) {
      throw PyErr.newException(PyExc.StopIteration);
    }
    return line;
  }

  @PythonMethod
  static Object write(Object self, Object obj) {
    PyStringIO s = checked(self);
    if (!PyUnicode.isStr(obj)) {
      throw IoSupport.typeError("string argument expected, got '%s'", IoSupport.typeName(obj));
    }
    long n = PyUnicode.length(obj);
    if (n > 0) {
      s.writeStr(obj);
    }
    return n;
  }

  @PythonMethod
  static Object tell(Object self) {
    return (long) checked(self).pos;
  }

  @PythonMethod
  static Object seek(Object self, Object pos, @Default("0") Object whence) {
    PyStringIO s = checked(self);
    long p = IoSupport.ssize(pos);
    int w = IoSupport.cint(whence);
    if (w != 0 && w != 1 && w != 2) {
      throw IoSupport.valueError("Invalid whence (%d, should be 0, 1 or 2)", w);
    } else if (p < 0 && w == 0) {
      throw IoSupport.valueError("Negative seek position %d", p);
    } else if (w != 0 && p != 0) {
      throw PyErr.format(PyExc.OSError, "Can't do nonzero cur-relative seeks");
    }
    if (w == 1) {
      p = s.pos;
    } else if (w == 2) {
      p = s.size;
    }
    if (p > Integer.MAX_VALUE - 8) {
      throw PyErr.format(PyExc.OverflowError, "new position too large");
    }
    s.pos = (int) p;
    return p;
  }

  @PythonMethod
  static Object truncate(Object self, @Default("None") Object pos) {
    PyStringIO s = checked(self);
    long n = pos == PyNone.NONE ? s.pos : IoSupport.optionalSize(pos);
    if (n < 0) {
      throw IoSupport.valueError("Negative size value %d", n);
    }
    if (n < s.size) {
      s.size = (int) n;
    }
    return n;
  }

  @PythonMethod
  static Object readable(Object self) {
    checked(self);
    return true;
  }

  @PythonMethod
  static Object writable(Object self) {
    checked(self);
    return true;
  }

  @PythonMethod
  static Object seekable(Object self) {
    checked(self);
    return true;
  }

  @PythonMethod
  static Object close(Object self) {
    PyStringIO s = (PyStringIO) self;
    s.closed = true;
    s.buf = new int[0];
    s.size = 0;
    return PyNone.NONE;
  }

  @Getter("closed")
  static Object closed(Object self) {
    PyStringIO s = (PyStringIO) self;
    if (!s.ok) {
      throw IoSupport.valueError("I/O operation on uninitialized object");
    }
    return s.closed;
  }

  @Getter("line_buffering")
  static Object lineBuffering(Object self) {
    checked(self);
    return false;
  }

  @Getter("newlines")
  static Object newlines(Object self) {
    PyStringIO s = checked(self);
    if (s.decoder == null) {
      return PyNone.NONE;
    }
    return PyIncrementalNewlineDecoder.newlinesOf(s.decoder.seennl);
  }

  @PythonMethod
  static Object __getstate__(Object self) {
    PyStringIO s = checked(self);
    PyDict d = s.dictOrNull();
    return new PyTuple(IoSupport.str(s.buf, 0, s.size),
        s.readnl == null ? PyNone.NONE : s.readnl, (long) s.pos,
        d == null || d.size() == 0 ? PyNone.NONE : d.copy());
  }

  @PythonMethod
  static Object __setstate__(Object self, Object state) {
    PyStringIO s = (PyStringIO) self;
    if (s.closed) {
      throw IoSupport.closedFileShort();
    }
    if (!(state instanceof PyTuple t) || t.size() < 4) {
      throw IoSupport.typeError("%.200s.__setstate__ argument should be 4-tuple, got %.200s",
          PyBytesIO.tpName(self), IoSupport.typeName(state));
    }
    s.init(PyNone.NONE, t.get(1));
    Object value = t.get(0);
    if (!PyUnicode.isStr(value)) {
      throw IoSupport.typeError("initial_value must be str or None, not %.200s",
          IoSupport.typeName(value));
    }
    s.buf = IoSupport.codePoints(value);
    s.size = s.buf.length;
    Object p = t.get(2);
    if (!(p instanceof Long) && !(p instanceof java.math.BigInteger)
        && !(p instanceof Boolean)) {
      throw IoSupport.typeError("third item of state must be an integer, got %.200s",
          IoSupport.typeName(p));
    }
    long pv = IoSupport.ssize(PyNumber.index(p));
    if (pv < 0) {
      throw IoSupport.valueError("position value cannot be negative");
    }
    s.pos = (int) pv;
    Object d = t.get(3);
    if (d != PyNone.NONE) {
      if (!(d instanceof PyDict dd)) {
        throw IoSupport.typeError("fourth item of state should be a dict, got a %.200s",
            IoSupport.typeName(d));
      }
      s.getDict().update(dd);
    }
    return PyNone.NONE;
  }
}
