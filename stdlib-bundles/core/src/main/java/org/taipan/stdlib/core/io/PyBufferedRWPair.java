package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyException;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/**
 * {@code _io.BufferedRWPair}, CPython's {@code bufferedrwpair_*} in {@code
 * Modules/_io/bufferedio.c}: a {@code BufferedReader} over one raw stream and a {@code
 * BufferedWriter} over another, behind one object.
 */
class PyBufferedRWPair extends PyBufferedIOBase {
  static final PyType TYPE = IoSupport.type("BufferedRWPair", PyBufferedRWPair.class,
      MethodHandles.lookup(), PyBufferedRWPair::new, PyBufferedIOBase.TYPE);

  private Object reader;
  private Object writer;

  PyBufferedRWPair(PyType type) {
    super(type);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw IoSupport.typeError("BufferedRWPair() takes no keyword arguments");
    }
    if (args.length < 2 || args.length > 3) {
      throw IoSupport.typeError("BufferedRWPair expected %s2 argument%s, got %d",
          args.length < 2 ? "at least " : "at most ", "s", args.length);
    }
    if (args.length == 3 && args.length > 3) {
      throw IoSupport.typeError("unreachable");
    }
    PyBufferedRWPair p = (PyBufferedRWPair) self;
    checkReadable(args[0]);
    checkWritable(args[1]);
    Object size = args.length == 3 ? args[2] : (Object) (long) IoSupport.DEFAULT_BUFFER_SIZE;
    p.reader = Abstract.call(BufferedTypes.READER, args[0], size);
    p.writer = Abstract.call(BufferedTypes.WRITER, args[1], size);
    return PyNone.NONE;
  }

  private static Object r(Object self) {
    Object r = ((PyBufferedRWPair) self).reader;
    if (r == null) {
      throw IoSupport.valueError("I/O operation on uninitialized object");
    }
    return r;
  }

  private static Object w(Object self) {
    Object w = ((PyBufferedRWPair) self).writer;
    if (w == null) {
      throw IoSupport.valueError("I/O operation on uninitialized object");
    }
    return w;
  }

  @PythonMethod
  static Object read(Object self, @Default("-1") Object size) {
    return Abstract.callMethod(r(self), "read", size);
  }

  @PythonMethod
  static Object peek(Object self, @Default("0") Object size) {
    return Abstract.callMethod(r(self), "peek", size);
  }

  @PythonMethod
  static Object read1(Object self, @Default("-1") Object size) {
    return Abstract.callMethod(r(self), "read1", size);
  }

  @PythonMethod
  static Object readinto(Object self, Object buffer) {
    return Abstract.callMethod(r(self), "readinto", buffer);
  }

  @PythonMethod
  static Object readinto1(Object self, Object buffer) {
    return Abstract.callMethod(r(self), "readinto1", buffer);
  }

  @PythonMethod
  static Object write(Object self, Object b) {
    return Abstract.callMethod(w(self), "write", b);
  }

  @PythonMethod
  static Object flush(Object self) {
    return Abstract.callMethod(w(self), "flush");
  }

  @PythonMethod
  static Object readable(Object self) {
    return Abstract.callMethod(r(self), "readable");
  }

  @PythonMethod
  static Object writable(Object self) {
    return Abstract.callMethod(w(self), "writable");
  }

  @PythonMethod
  static Object isatty(Object self) {
    Object ret = Abstract.callMethod(w(self), "isatty");
    if (Abstract.isTrue(ret)) {
      return ret;
    }
    return Abstract.callMethod(r(self), "isatty");
  }

  @PythonMethod
  static Object close(Object self) {
    PyException first = null;
    try {
      Abstract.callMethod(w(self), "close");
    } catch (PyException e) {
      first = e;
    }
    try {
      Abstract.callMethod(r(self), "close");
    } catch (PyException e) {
      if (first != null) {
        e.value.context = first.value;
      }
      first = e;
    }
    if (first != null) {
      throw first;
    }
    return PyNone.NONE;
  }

  @Getter("closed")
  static Object closed(Object self) {
    return Abstract.getAttr(w(self), "closed");
  }
}
