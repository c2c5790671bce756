package org.taipan.stdlib.core.io;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Finalizers;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;
import org.taipan.object.WithDict;

/**
 * {@code _io._IOBase}, CPython's {@code Modules/_io/iobase.c}, and the Java base of every stream
 * object: it carries the object's type and instance dictionary, and the flag CPython keeps as the
 * {@code __IOBase_closed} attribute. The default methods work through Python calls on {@code self}
 * ({@code readline} over {@code peek} and {@code read}, iteration over {@code readline}).
 */
class PyIOBase implements PyObject, WithDict, Finalizers.Elective {
  static final PyType TYPE =
      IoSupport.type("_IOBase", PyIOBase.class, MethodHandles.lookup(), PyIOBase::new, null);

  private final PyType type;
  private PyDict dict;
  /** {@code __IOBase_closed}. */
  boolean ioBaseClosed;
  /**
   * The stream that wraps this one (the buffer over a raw file, the text wrapper over a buffer),
   * while it does: the two become unreachable together, and this one's {@code __del__} first
   * finalizes that one, which flushes into this one, as CPython's reference counts order them.
   */
  PyIOBase wrapper;
  /** Whether this stream's {@code __del__} is running. */
  boolean inDel;

  PyIOBase(PyType type) {
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

  /** The instance dictionary if it was ever made, else null. */
  PyDict dictOrNull() {
    return dict;
  }

  /**
   * A stream owning nothing outside the JVM ({@code BytesIO}, {@code StringIO}, exactly those
   * types) has no use for a finalizer: closing it only frees memory. Its subclasses may override
   * {@code close}, so they keep theirs.
   */
  @Override
  public boolean wantsFinalizer() {
    return type != PyBytesIO.TYPE && type != PyStringIO.TYPE;
  }

  // ---------------------------------------------------------------- finalization

  /**
   * {@code iobase_finalize}: a stream still open when it becomes unreachable is closed, with
   * {@code _finalizing} set so that a file's close warns {@code ResourceWarning: unclosed file};
   * an error from {@code close} is dropped, as a release build of CPython does outside dev mode.
   */
  @PythonMethod
  static Object __del__(Object self) {
    PyIOBase b = (PyIOBase) self;
    if (outerClosing(b)) {
      // a finalizer run while a stream wrapping this one closes (a warning can run queued
      // finalizers): that close will close this stream too, after flushing into it
      return PyNone.NONE;
    }
    PyIOBase outer = b.wrapper;
    if (outer != null) {
      b.wrapper = null;
      Finalizers.finalizeNow(outer);
    }
    b.inDel = true;
    try {
      finalizeStream(b);
    } finally {
      b.inDel = false;
    }
    return PyNone.NONE;
  }

  /** Whether the {@code __del__} of a stream wrapping {@code b} (at any depth) is running. */
  private static boolean outerClosing(PyIOBase b) {
    int depth = 0;
    for (PyIOBase o = b.wrapper; o != null && depth < 100; o = o.wrapper, depth++) {
      if (o.inDel) {
        return true;
      }
    }
    return false;
  }

  private static void finalizeStream(PyIOBase self) {
    boolean closed;
    try {
      closed = Abstract.isTrue(Abstract.getAttr(self, "closed"));
    } catch (PyException e) {
      // an object whose closed attribute fails is not closed by its finalizer
      return;
    }
    if (closed) {
      return;
    }
    if (!self.setFinalizing()) {
      try {
        Abstract.setAttr(self, "_finalizing", true);
      } catch (PyException ignored) {
        // as iobase_finalize: the flag is advisory
      }
    }
    try {
      Abstract.callMethod(self, "close");
    } catch (PyException ignored) {
      // silenced, as iobase_finalize does outside dev mode
    }
  }

  /** Sets the stream's own {@code _finalizing} flag if it has one; false if it has none. */
  boolean setFinalizing() {
    return false;
  }

  /**
   * Called when a close has completed: a builtin stream whose {@code __del__} is ours then needs
   * no finalizer, and giving it up spares the collection at exit.
   */
  static void closedForGood(Object self) {
    PyType t = PyType.of(self);
    if (t.lookup("__del__") == builtinDel()) {
      Finalizers.untrack(self);
    }
  }

  private static Object builtinDel;

  private static Object builtinDel() {
    Object d = builtinDel;
    if (d == null) {
      builtinDel = d = TYPE.lookup("__del__");
    }
    return d;
  }

  /** Records that {@code outer} now wraps {@code inner} (when both are our streams). */
  static void setWrapper(Object inner, Object outer) {
    if (inner instanceof PyIOBase i && outer instanceof PyIOBase o) {
      i.wrapper = o;
    }
  }

  /** Records that {@code outer} no longer wraps {@code inner}. */
  static void clearWrapper(Object inner, Object outer) {
    if (inner instanceof PyIOBase i && i.wrapper == outer) {
      i.wrapper = null;
    }
  }

  // ---------------------------------------------------------------- helpers for subclasses

  /** {@code self.closed} through Python attribute lookup, as true or false. */
  static boolean isClosed(Object self) {
    return Abstract.isTrue(Abstract.getAttr(self, "closed"));
  }

  /** {@code _PyIOBase_check_closed}. */
  static void checkClosed(Object self) {
    if (isClosed(self)) {
      throw IoSupport.closedFile();
    }
  }

  static void checkReadable(Object self) {
    if (!Abstract.isTrue(Abstract.callMethod(self, "readable"))) {
      throw IoSupport.unsupported("File or stream is not readable.");
    }
  }

  static void checkWritable(Object self) {
    if (!Abstract.isTrue(Abstract.callMethod(self, "writable"))) {
      throw IoSupport.unsupported("File or stream is not writable.");
    }
  }

  static void checkSeekable(Object self) {
    if (!Abstract.isTrue(Abstract.callMethod(self, "seekable"))) {
      throw IoSupport.unsupported("File or stream is not seekable.");
    }
  }

  // ---------------------------------------------------------------- _IOBase methods

  @PythonMethod
  static Object seek(Object self, Object[] args) {
    throw IoSupport.unsupported("seek");
  }

  @PythonMethod
  static Object tell(Object self) {
    return Abstract.callMethod(self, "seek", 0L, 1L);
  }

  @PythonMethod
  static Object truncate(Object self, Object[] args) {
    throw IoSupport.unsupported("truncate");
  }

  @PythonMethod
  static Object flush(Object self) {
    if (((PyIOBase) self).ioBaseClosed) {
      throw IoSupport.closedFile();
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object close(Object self) {
    PyIOBase b = (PyIOBase) self;
    if (b.ioBaseClosed) {
      return PyNone.NONE;
    }
    try {
      Abstract.callMethod(self, "flush");
    } finally {
      b.ioBaseClosed = true;
    }
    closedForGood(self);
    return PyNone.NONE;
  }

  @Getter("closed")
  static Object closed(Object self) {
    return ((PyIOBase) self).ioBaseClosed;
  }

  @PythonMethod
  static Object seekable(Object self) {
    return false;
  }

  @PythonMethod
  static Object readable(Object self) {
    return false;
  }

  @PythonMethod
  static Object writable(Object self) {
    return false;
  }

  @PythonMethod
  static Object _checkClosed(Object self, Object[] args) {
    checkClosed(self);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object _checkSeekable(Object self, Object[] args) {
    checkSeekable(self);
    return true;
  }

  @PythonMethod
  static Object _checkReadable(Object self, Object[] args) {
    checkReadable(self);
    return true;
  }

  @PythonMethod
  static Object _checkWritable(Object self, Object[] args) {
    checkWritable(self);
    return true;
  }

  @PythonMethod
  static Object fileno(Object self) {
    throw IoSupport.unsupported("fileno");
  }

  @PythonMethod
  static Object isatty(Object self) {
    checkClosed(self);
    return false;
  }

  @PythonMethod
  static Object __enter__(Object self) {
    checkClosed(self);
    return self;
  }

  @PythonMethod
  static Object __exit__(Object self, Object[] args) {
    return Abstract.callMethod(self, "close");
  }

  static Object __iter__(Object self) {
    checkClosed(self);
    return self;
  }

  static Object __next__(Object self) {
    Object line = Abstract.callMethod(self, "readline");
    if (Abstract.size(line) == 0) {
      throw PyErr.newException(PyExc.StopIteration);
    }
    return line;
  }

  /** {@code _IOBase.readline(size=-1, /)}: byte lines over {@code peek} and {@code read}. */
  @PythonMethod
  static Object readline(Object self, @Default("-1") Object size) {
    long limit = IoSupport.optionalSize(size);
    Object peek = Abstract.lookupAttr(self, "peek");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    while (limit < 0 || buffer.size() < limit) {
      long nreadahead = 1;
      if (peek != null) {
        Object readahead = Abstract.call(peek, 1L);
        if (!(readahead instanceof PyBytes rb)) {
          throw PyErr.format(PyExc.OSError,
              "peek() should have returned a bytes object, not '%.200s'",
              IoSupport.typeName(readahead));
        }
        byte[] ra = rb.toByteArray();
        if (ra.length > 0) {
          int n = 0;
          while (n < ra.length && (limit < 0 || n < limit - buffer.size())) {
            if (ra[n++] == '\n') {
              break;
            }
          }
          nreadahead = n;
        }
      }
      Object b = Abstract.callMethod(self, "read", nreadahead);
      if (b == PyNone.NONE) {
        // a non-blocking stream with nothing to read
        break;
      }
      if (!(b instanceof PyBytes bb)) {
        throw PyErr.format(PyExc.OSError,
            "read() should have returned a bytes object, not '%.200s'", IoSupport.typeName(b));
      }
      byte[] data = bb.toByteArray();
      if (data.length == 0) {
        break;
      }
      buffer.write(data, 0, data.length);
      if (data[data.length - 1] == '\n') {
        break;
      }
    }
    return new PyBytes(buffer.toByteArray());
  }

  @PythonMethod
  static Object readlines(Object self, @Default("-1") Object hint) {
    long h = IoSupport.optionalSize(hint);
    PyList result = new PyList();
    if (h <= 0) {
      result.extend(self);
      return result;
    }
    Object it = Abstract.iter(self);
    long length = 0;
    for (Object line; (line = Abstract.next(it)) != null; ) {
      result.append(line);
      length += Abstract.size(line);
      if (length > h) {
        break;
      }
    }
    return result;
  }

  @PythonMethod
  static Object writelines(Object self, Object lines) {
    checkClosed(self);
    Object it = Abstract.iter(lines);
    for (Object line; (line = Abstract.next(it)) != null; ) {
      Abstract.callMethod(self, "write", line);
    }
    return PyNone.NONE;
  }

  /** {@code __dict__}: every stream object has one, as CPython's {@code _io} objects do. */
  @Getter("__dict__")
  static Object dictAttr(Object self) {
    return ((PyIOBase) self).getDict();
  }

  /** Whether a Python exception is an instance of {@code t}. */
  static boolean matches(PyException e, PyType t) {
    return e.matches(t);
  }
}
