package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.BufferViews;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyMemoryView;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/** {@code _io.BytesIO}, CPython's {@code Modules/_io/bytesio.c}: a growable byte array. */
class PyBytesIO extends PyBufferedIOBase {
  static final PyType TYPE = IoSupport.type("BytesIO", PyBytesIO.class, MethodHandles.lookup(),
      PyBytesIO::new, PyBufferedIOBase.TYPE);

  /** The bytes; null once closed. */
  private byte[] buf = new byte[0];
  private int size;
  private int pos;
  /**
   * The views of the buffer {@code getbuffer} hands out, CPython's exports: while one is still
   * reachable the BytesIO refuses to change.
   */
  final BufferViews views = new BufferViews();

  PyBytesIO(PyType type) {
    super(type);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    Object[] a = IoSupport.bind("BytesIO", args, kwnames, 0, "initial_bytes");
    PyBytesIO b = (PyBytesIO) self;
    // as CPython, a second __init__ empties the contents before it checks for exports
    b.size = 0;
    b.pos = 0;
    b.checkExports();
    b.buf = new byte[0];
    if (a[0] != null && a[0] != PyNone.NONE) {
      b.writeBytes(IoSupport.bytesLike(a[0]));
      b.pos = 0;
    }
    return PyNone.NONE;
  }

  /** The type's name as CPython's {@code tp_name} spells it in messages. */
  static String tpName(Object o) {
    PyType t = PyType.of(o);
    return t.isHeapType() ? t.getName() : t.getModule() + "." + t.getName();
  }

  private static PyBytesIO checked(Object self) {
    PyBytesIO b = (PyBytesIO) self;
    if (b.buf == null) {
      throw IoSupport.closedFile();
    }
    return b;
  }

  private void checkExports() {
    if (views.exported()) {
      throw PyErr.format(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
    }
  }

  private void writeBytes(byte[] data) {
    int end = pos + data.length;
    if (end > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
    }
    if (pos > size) {
      Arrays.fill(buf, size, pos, (byte) 0);
    }
    System.arraycopy(data, 0, buf, pos, data.length);
    pos = end;
    if (end > size) {
      size = end;
    }
  }

  private byte[] take(long n) {
    int avail = Math.max(0, size - pos);
    if (n < 0 || n > avail) {
      n = avail;
    }
    byte[] r = Arrays.copyOfRange(buf, Math.min(pos, size), Math.min(pos, size) + (int) n);
    pos += (int) n;
    return r;
  }

  private byte[] line(long limit) {
    int start = Math.min(pos, size);
    int maxlen = size - start;
    if (limit < 0 || limit > maxlen) {
      limit = maxlen;
    }
    int end = start;
    int stop = start + (int) limit;
    while (end < stop) {
      if (buf[end++] == '\n') {
        break;
      }
    }
    pos = end;
    return Arrays.copyOfRange(buf, start, end);
  }

  /** The array of the bytes, for a view of them. */
  byte[] array() {
    return buf;
  }

  int size() {
    return size;
  }

  /** {@code getbuffer()}: a writable view of the live contents. */
  @PythonMethod
  static Object getbuffer(Object self) {
    PyBytesIO b = checked(self);
    return PyMemoryView.of(new BytesIOBuffer(b));
  }

  @PythonMethod
  static Object getvalue(Object self) {
    PyBytesIO b = checked(self);
    return new PyBytes(Arrays.copyOf(b.buf, b.size));
  }

  @PythonMethod
  static Object read(Object self, @Default("-1") Object size) {
    PyBytesIO b = checked(self);
    return new PyBytes(b.take(IoSupport.optionalSize(size)));
  }

  @PythonMethod
  static Object read1(Object self, @Default("-1") Object size) {
    return read(self, size);
  }

  @PythonMethod
  static Object readline(Object self, @Default("-1") Object size) {
    PyBytesIO b = checked(self);
    return new PyBytes(b.line(IoSupport.optionalSize(size)));
  }

  @PythonMethod
  static Object readlines(Object self, @Default("None") Object size) {
    PyBytesIO b = checked(self);
    long hint = IoSupport.optionalSize(size);
    PyList r = new PyList();
    long total = 0;
    while (true) {
      byte[] l = b.line(-1);
      if (l.length == 0) {
        break;
      }
      r.append(new PyBytes(l));
      total += l.length;
      if (hint > 0 && total >= hint) {
        break;
      }
    }
    return r;
  }

  @PythonMethod
  static Object readinto(Object self, Object buffer) {
    PyBytesIO b = checked(self);
    int len = IoSupport.writableLength("readinto", buffer);
    byte[] d = b.take(len);
    IoSupport.fill(buffer, d, d.length);
    return (long) d.length;
  }

  @PythonMethod
  static Object write(Object self, Object data) {
    PyBytesIO b = checked(self);
    b.checkExports();
    byte[] d = IoSupport.bytesLike(data);
    if (d.length > 0) {
      b.writeBytes(d);
    }
    return (long) d.length;
  }

  @PythonMethod
  static Object writelines(Object self, Object lines) {
    checked(self);
    Object it = Abstract.iter(lines);
    for (Object line; (line = Abstract.next(it)) != null; ) {
      write(self, line);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object seek(Object self, Object pos, @Default("0") Object whence) {
    PyBytesIO b = checked(self);
    long p = IoSupport.ssize(pos);
    int w = IoSupport.cint(whence);
    if (p < 0 && w == 0) {
      throw IoSupport.valueError("negative seek value %d", p);
    }
    if (w == 1) {
      p += b.pos;
    } else if (w == 2) {
      p += b.size;
    } else if (w != 0) {
      throw IoSupport.valueError("invalid whence (%d, should be 0, 1 or 2)", w);
    }
    if (p < 0) {
      p = 0;
    }
    if (p > Integer.MAX_VALUE - 8) {
      throw PyErr.format(PyExc.OverflowError, "new position too large");
    }
    b.pos = (int) p;
    return p;
  }

  @PythonMethod
  static Object tell(Object self) {
    return (long) checked(self).pos;
  }

  @PythonMethod
  static Object truncate(Object self, @Default("None") Object size) {
    PyBytesIO b = checked(self);
    b.checkExports();
    long n = size == PyNone.NONE ? b.pos : IoSupport.optionalSize(size);
    if (n < 0) {
      throw IoSupport.valueError("negative size value %d", n);
    }
    if (n < b.size) {
      b.size = (int) n;
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
  static Object isatty(Object self) {
    checked(self);
    return false;
  }

  @PythonMethod
  static Object flush(Object self) {
    checked(self);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object close(Object self) {
    PyBytesIO b = (PyBytesIO) self;
    b.checkExports();
    b.buf = null;
    b.size = 0;
    return PyNone.NONE;
  }

  @Getter("closed")
  static Object closed(Object self) {
    return ((PyBytesIO) self).buf == null;
  }

  static Object __next__(Object self) {
    PyBytesIO b = checked(self);
    byte[] l = b.line(-1);
    if (l.length == 0) {
      throw PyErr.newException(PyExc.StopIteration);
    }
    return new PyBytes(l);
  }

  @PythonMethod
  static Object __getstate__(Object self) {
    PyBytesIO b = checked(self);
    PyDict d = b.dictOrNull();
    return new PyTuple(new PyBytes(Arrays.copyOf(b.buf, b.size)), (long) b.pos,
        d == null || d.size() == 0 ? PyNone.NONE : d.copy());
  }

  @PythonMethod
  static Object __setstate__(Object self, Object state) {
    PyBytesIO b = checked(self);
    if (!(state instanceof PyTuple t) || t.size() < 3) {
      throw IoSupport.typeError("%.200s.__setstate__ argument should be 3-tuple, got %.200s",
          tpName(self), IoSupport.typeName(state));
    }
    b.checkExports();
    b.size = 0;
    b.pos = 0;
    b.buf = new byte[0];
    b.writeBytes(IoSupport.bytesLike(t.get(0)));
    Object p = t.get(1);
    if (!(p instanceof Long) && !(p instanceof java.math.BigInteger)
        && !(p instanceof Boolean)) {
      throw IoSupport.typeError("second item of state must be an integer, not %.200s",
          IoSupport.typeName(p));
    }
    long pv = IoSupport.ssize(p);
    if (pv < 0) {
      throw IoSupport.valueError("position value cannot be negative");
    }
    b.pos = (int) pv;
    Object d = t.get(2);
    if (d != PyNone.NONE) {
      if (!(d instanceof PyDict dd)) {
        throw IoSupport.typeError("third item of state should be a dict, got a %.200s",
            IoSupport.typeName(d));
      }
      b.getDict().update(dd);
    }
    return PyNone.NONE;
  }
}
