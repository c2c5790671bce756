package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/**
 * The Python faces of {@link PyBuffered}: {@code BufferedReader}, {@code BufferedWriter} and
 * {@code BufferedRandom}, each a type whose methods are the ones CPython gives it ({@code
 * bufferedreader_methods} and so on in {@code Modules/_io/bufferedio.c}); they share one
 * implementation, so each method here is a short call into it with CPython's checks.
 */
final class BufferedTypes {
  private BufferedTypes() {}

  static final PyType READER = IoSupport.type("BufferedReader", Reader.class,
      MethodHandles.lookup(), PyBuffered::new, PyBufferedIOBase.TYPE);
  static final PyType WRITER = IoSupport.type("BufferedWriter", Writer.class,
      MethodHandles.lookup(), PyBuffered::new, PyBufferedIOBase.TYPE);
  static final PyType RANDOM = IoSupport.type("BufferedRandom", Random.class,
      MethodHandles.lookup(), PyBuffered::new, PyBufferedIOBase.TYPE);

  static PyBuffered b(Object self) {
    return ((PyBuffered) self).initialized();
  }

  // ---------------------------------------------------------------- shared method bodies

  static Object read(Object self, Object size) {
    PyBuffered b = b(self);
    long n = IoSupport.optionalSize(size);
    if (n < -1) {
      throw IoSupport.valueError("read length must be non-negative or -1");
    }
    b.checkClosed("read of closed file");
    if (n == -1) {
      return b.readAll();
    }
    byte[] d = b.read((int) Math.min(n, Integer.MAX_VALUE - 8));
    return d == null ? PyNone.NONE : new PyBytes(d);
  }

  static Object read1(Object self, Object size) {
    PyBuffered b = b(self);
    long n = IoSupport.optionalSize(size);
    if (n < 0) {
      n = b.bufferSize;
    }
    b.checkClosed("read of closed file");
    return new PyBytes(b.read1((int) Math.min(n, Integer.MAX_VALUE - 8)));
  }

  static Object readinto(Object self, Object buffer, boolean once) {
    PyBuffered b = b(self);
    b.checkClosed("readinto of closed file");
    int len = IoSupport.writableLength(once ? "readinto1" : "readinto", buffer);
    byte[] d = once ? b.read1(len) : b.read(len);
    if (d == null) {
      return PyNone.NONE;
    }
    IoSupport.fill(buffer, d, d.length);
    return (long) d.length;
  }

  static Object readline(Object self, Object size) {
    PyBuffered b = b(self);
    long n = IoSupport.optionalSize(size);
    b.checkClosed("readline of closed file");
    return new PyBytes(b.readline(n));
  }

  static Object peek(Object self) {
    PyBuffered b = b(self);
    b.checkClosed("peek of closed file");
    return new PyBytes(b.peek());
  }

  static Object write(Object self, Object data) {
    PyBuffered b = b(self);
    if (b.rawClosed()) {
      throw IoSupport.valueError("write to closed file");
    }
    return b.write(IoSupport.bytesLike(data));
  }

  static Object flush(Object self) {
    PyBuffered b = b(self);
    if (!b.writable) {
      return Abstract.callMethod(b.raw, "flush");
    }
    b.checkClosed("flush of closed file");
    b.flushAndRewind();
    return PyNone.NONE;
  }

  static Object seek(Object self, Object target, Object whence) {
    PyBuffered b = b(self);
    int w = IoSupport.cint(whence);
    if (w < 0 || w > 4) {
      throw IoSupport.valueError("whence value %d unsupported", w);
    }
    b.checkClosed("seek of closed file");
    checkSeekable(b.raw);
    long t = IoSupport.ssize(target);
    return b.seek(t, w);
  }

  static Object truncate(Object self, Object pos) {
    PyBuffered b = b(self);
    b.checkClosed("truncate of closed file");
    if (!b.writable) {
      throw IoSupport.unsupported("truncate");
    }
    return b.truncate(pos);
  }

  static Object next(Object self) {
    PyBuffered b = b(self);
    b.checkClosed("readline of closed file");
    byte[] line = b.readline(-1);
    if (line.length == 0) {
      throw PyErr.newException(PyExc.StopIteration);
    }
    return new PyBytes(line);
  }

  static void checkSeekable(Object raw) {
    if (!Abstract.isTrue(Abstract.callMethod(raw, "seekable"))) {
      throw IoSupport.unsupported("File or stream is not seekable.");
    }
  }

  static Object rawCall(Object self, String name) {
    return Abstract.callMethod(b(self).raw, name);
  }

  static Object dealloc(Object self, Object source) {
    Object f = Abstract.lookupAttr(b(self).raw, "_dealloc_warn");
    if (f != null) {
      Abstract.call(f, source);
    }
    return PyNone.NONE;
  }

  /** The methods every one of the three types has, spelled out in each (the exposer reads one class). */
  static final class Reader {
    private Reader() {}

    static Object __init__(Object self, Object[] args, String[] kwnames) {
      ((PyBuffered) self).init("BufferedReader", args, kwnames, true, false);
      return PyNone.NONE;
    }

    @PythonMethod
    static Object read(Object self, @Default("-1") Object size) {
      return BufferedTypes.read(self, size);
    }

    @PythonMethod
    static Object read1(Object self, @Default("-1") Object size) {
      return BufferedTypes.read1(self, size);
    }

    @PythonMethod
    static Object readinto(Object self, Object buffer) {
      return BufferedTypes.readinto(self, buffer, false);
    }

    @PythonMethod
    static Object readinto1(Object self, Object buffer) {
      return BufferedTypes.readinto(self, buffer, true);
    }

    @PythonMethod
    static Object readline(Object self, @Default("-1") Object size) {
      return BufferedTypes.readline(self, size);
    }

    @PythonMethod
    static Object peek(Object self, @Default("0") Object size) {
      IoSupport.ssize(size);
      return BufferedTypes.peek(self);
    }

    @PythonMethod
    static Object seek(Object self, Object target, @Default("0") Object whence) {
      return BufferedTypes.seek(self, target, whence);
    }

    @PythonMethod
    static Object tell(Object self) {
      return b(self).tell();
    }

    @PythonMethod
    static Object truncate(Object self, @Default("None") Object pos) {
      return BufferedTypes.truncate(self, pos);
    }

    @PythonMethod
    static Object flush(Object self) {
      return BufferedTypes.flush(self);
    }

    @PythonMethod
    static Object close(Object self) {
      return b(self).close();
    }

    @PythonMethod
    static Object detach(Object self) {
      return b(self).detach();
    }

    @PythonMethod
    static Object seekable(Object self) {
      return rawCall(self, "seekable");
    }

    @PythonMethod
    static Object readable(Object self) {
      return rawCall(self, "readable");
    }

    @PythonMethod
    static Object writable(Object self) {
      return rawCall(self, "writable");
    }

    @PythonMethod
    static Object fileno(Object self) {
      return rawCall(self, "fileno");
    }

    @PythonMethod
    static Object isatty(Object self) {
      return rawCall(self, "isatty");
    }

    @PythonMethod
    static Object _dealloc_warn(Object self, Object source) {
      return dealloc(self, source);
    }

    @Getter("closed")
    static Object closed(Object self) {
      return Abstract.getAttr(b(self).raw, "closed");
    }

    @Getter("name")
    static Object name(Object self) {
      return Abstract.getAttr(b(self).raw, "name");
    }

    @Getter("mode")
    static Object mode(Object self) {
      return Abstract.getAttr(b(self).raw, "mode");
    }

    @Getter("raw")
    static Object raw(Object self) {
      Object r = ((PyBuffered) self).raw;
      return r == null ? PyNone.NONE : r;
    }

    @Getter("_finalizing")
    static Object finalizing(Object self) {
      return ((PyBuffered) self).finalizing;
    }

    static Object __next__(Object self) {
      return next(self);
    }

    static Object __repr__(Object self) {
      return ((PyBuffered) self).repr();
    }
  }

  /** {@code BufferedWriter}. */
  static final class Writer {
    private Writer() {}

    static Object __init__(Object self, Object[] args, String[] kwnames) {
      ((PyBuffered) self).init("BufferedWriter", args, kwnames, false, true);
      return PyNone.NONE;
    }

    @PythonMethod
    static Object write(Object self, Object buffer) {
      return BufferedTypes.write(self, buffer);
    }

    @PythonMethod
    static Object seek(Object self, Object target, @Default("0") Object whence) {
      return BufferedTypes.seek(self, target, whence);
    }

    @PythonMethod
    static Object tell(Object self) {
      return b(self).tell();
    }

    @PythonMethod
    static Object truncate(Object self, @Default("None") Object pos) {
      return BufferedTypes.truncate(self, pos);
    }

    @PythonMethod
    static Object flush(Object self) {
      return BufferedTypes.flush(self);
    }

    @PythonMethod
    static Object close(Object self) {
      return b(self).close();
    }

    @PythonMethod
    static Object detach(Object self) {
      return b(self).detach();
    }

    @PythonMethod
    static Object seekable(Object self) {
      return rawCall(self, "seekable");
    }

    @PythonMethod
    static Object readable(Object self) {
      return rawCall(self, "readable");
    }

    @PythonMethod
    static Object writable(Object self) {
      return rawCall(self, "writable");
    }

    @PythonMethod
    static Object fileno(Object self) {
      return rawCall(self, "fileno");
    }

    @PythonMethod
    static Object isatty(Object self) {
      return rawCall(self, "isatty");
    }

    @PythonMethod
    static Object _dealloc_warn(Object self, Object source) {
      return dealloc(self, source);
    }

    @Getter("closed")
    static Object closed(Object self) {
      return Abstract.getAttr(b(self).raw, "closed");
    }

    @Getter("name")
    static Object name(Object self) {
      return Abstract.getAttr(b(self).raw, "name");
    }

    @Getter("mode")
    static Object mode(Object self) {
      return Abstract.getAttr(b(self).raw, "mode");
    }

    @Getter("raw")
    static Object raw(Object self) {
      Object r = ((PyBuffered) self).raw;
      return r == null ? PyNone.NONE : r;
    }

    @Getter("_finalizing")
    static Object finalizing(Object self) {
      return ((PyBuffered) self).finalizing;
    }

    static Object __repr__(Object self) {
      return ((PyBuffered) self).repr();
    }
  }

  /** {@code BufferedRandom}: the reader's and the writer's methods together. */
  static final class Random {
    private Random() {}

    static Object __init__(Object self, Object[] args, String[] kwnames) {
      ((PyBuffered) self).init("BufferedRandom", args, kwnames, true, true);
      return PyNone.NONE;
    }

    @PythonMethod
    static Object read(Object self, @Default("-1") Object size) {
      return BufferedTypes.read(self, size);
    }

    @PythonMethod
    static Object read1(Object self, @Default("-1") Object size) {
      return BufferedTypes.read1(self, size);
    }

    @PythonMethod
    static Object readinto(Object self, Object buffer) {
      return BufferedTypes.readinto(self, buffer, false);
    }

    @PythonMethod
    static Object readinto1(Object self, Object buffer) {
      return BufferedTypes.readinto(self, buffer, true);
    }

    @PythonMethod
    static Object readline(Object self, @Default("-1") Object size) {
      return BufferedTypes.readline(self, size);
    }

    @PythonMethod
    static Object peek(Object self, @Default("0") Object size) {
      IoSupport.ssize(size);
      return BufferedTypes.peek(self);
    }

    @PythonMethod
    static Object write(Object self, Object buffer) {
      return BufferedTypes.write(self, buffer);
    }

    @PythonMethod
    static Object seek(Object self, Object target, @Default("0") Object whence) {
      return BufferedTypes.seek(self, target, whence);
    }

    @PythonMethod
    static Object tell(Object self) {
      return b(self).tell();
    }

    @PythonMethod
    static Object truncate(Object self, @Default("None") Object pos) {
      return BufferedTypes.truncate(self, pos);
    }

    @PythonMethod
    static Object flush(Object self) {
      return BufferedTypes.flush(self);
    }

    @PythonMethod
    static Object close(Object self) {
      return b(self).close();
    }

    @PythonMethod
    static Object detach(Object self) {
      return b(self).detach();
    }

    @PythonMethod
    static Object seekable(Object self) {
      return rawCall(self, "seekable");
    }

    @PythonMethod
    static Object readable(Object self) {
      return rawCall(self, "readable");
    }

    @PythonMethod
    static Object writable(Object self) {
      return rawCall(self, "writable");
    }

    @PythonMethod
    static Object fileno(Object self) {
      return rawCall(self, "fileno");
    }

    @PythonMethod
    static Object isatty(Object self) {
      return rawCall(self, "isatty");
    }

    @PythonMethod
    static Object _dealloc_warn(Object self, Object source) {
      return dealloc(self, source);
    }

    @Getter("closed")
    static Object closed(Object self) {
      return Abstract.getAttr(b(self).raw, "closed");
    }

    @Getter("name")
    static Object name(Object self) {
      return Abstract.getAttr(b(self).raw, "name");
    }

    @Getter("mode")
    static Object mode(Object self) {
      return Abstract.getAttr(b(self).raw, "mode");
    }

    @Getter("raw")
    static Object raw(Object self) {
      Object r = ((PyBuffered) self).raw;
      return r == null ? PyNone.NONE : r;
    }

    @Getter("_finalizing")
    static Object finalizing(Object self) {
      return ((PyBuffered) self).finalizing;
    }

    static Object __next__(Object self) {
      return next(self);
    }

    static Object __repr__(Object self) {
      return ((PyBuffered) self).repr();
    }
  }
}
