package org.taipan.stdlib.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.Gil;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyType;

/**
 * {@code _io.JavaStreamIO}: a raw stream over a Java {@link InputStream} or {@link OutputStream},
 * the {@code FileIO} of an embedded interpreter's standard streams ({@link
 * org.taipan.object.JavaStreams}). It has no file descriptor ({@code fileno()} raises {@code
 * UnsupportedOperation}, as {@code BytesIO}'s does) and closing it leaves the Java stream open.
 */
final class PyJavaStreamIO extends PyRawIOBase {
  static final PyType TYPE = IoSupport.type("JavaStreamIO", PyJavaStreamIO.class,
      MethodHandles.lookup(), null, PyRawIOBase.TYPE);

  private final InputStream in;
  private final OutputStream out;

  private PyJavaStreamIO(InputStream in, OutputStream out, String name) {
    super(TYPE);
    this.in = in;
    this.out = out;
    getDict().put("name", name);
  }

  /** The factory {@code _io} installs in {@link org.taipan.object.JavaStreams}. */
  static Object create(InputStream in, OutputStream out, String name) {
    return new PyJavaStreamIO(in, out, name);
  }

  private static PyJavaStreamIO open(Object self) {
    PyJavaStreamIO s = (PyJavaStreamIO) self;
    if (s.ioBaseClosed) {
      throw IoSupport.closedFile();
    }
    return s;
  }

  private static PyException osError(IOException e) {
    return PyErr.format(PyExc.OSError, "%s", String.valueOf(e.getMessage()));
  }

  @PythonMethod
  static Object readinto(Object self, Object buffer) {
    PyJavaStreamIO s = open(self);
    if (s.in == null) {
      throw IoSupport.unsupported("File not open for reading");
    }
    int len = IoSupport.writableLength("readinto", buffer);
    byte[] b = new byte[len];
    int got;
    try {
      got = len == 0 ? 0 : Gil.unlocked(() -> {
        try {
          return s.in.read(b, 0, len);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    } catch (java.io.UncheckedIOException e) {
      throw osError(e.getCause());
    }
    got = Math.max(got, 0);
    IoSupport.fill(buffer, b, got);
    return (long) got;
  }

  @PythonMethod
  static Object write(Object self, Object b) {
    PyJavaStreamIO s = open(self);
    if (s.out == null) {
      throw IoSupport.unsupported("File not open for writing");
    }
    byte[] data = IoSupport.bytesLike(b);
    try {
      s.out.write(data);
      s.out.flush();
    } catch (IOException e) {
      throw osError(e);
    }
    return (long) data.length;
  }

  @PythonMethod
  static Object readable(Object self) {
    return open(self).in != null;
  }

  @PythonMethod
  static Object writable(Object self) {
    return open(self).out != null;
  }

  @PythonMethod
  static Object isatty(Object self) {
    open(self);
    return false;
  }

  @Getter("mode")
  static Object mode(Object self) {
    return ((PyJavaStreamIO) self).in != null ? "rb" : "wb";
  }

  static Object __repr__(Object self) {
    PyJavaStreamIO s = (PyJavaStreamIO) self;
    if (s.ioBaseClosed) {
      return "<_io.JavaStreamIO [closed]>";
    }
    return "<_io.JavaStreamIO name=" + org.taipan.object.Abstract.reprJava(
        s.getDict().get("name")) + " mode='" + mode(self) + "'>";
  }
}
