package org.taipan.interp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * A text stream over a byte stream, writing UTF-8: the standard streams {@code sys.stdout}, {@code
 * sys.stderr} and {@code sys.stdin}, a first form of CPython's {@code _io.TextIOWrapper} ({@code
 * Modules/_io/textio.c}). Output is buffered and flushed when full, at exit, on {@code flush()},
 * and at each newline when line buffered.
 */
public final class PyTextIO {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("TextIOWrapper", PyTextIO.class, MethodHandles.lookup())
              .module("_io")
              .notBaseType());

  private final String name;
  private final OutputStream out;
  private final InputStream in;
  private final int fileno;
  private final boolean lineBuffered;
  private final StringBuilder buffer = new StringBuilder();
  private boolean closed;

  PyTextIO(String name, OutputStream out, InputStream in, int fileno, boolean lineBuffered) {
    this.name = name;
    this.out = out;
    this.in = in;
    this.fileno = fileno;
    this.lineBuffered = lineBuffered;
  }

  /** Writes a Java string. */
  void write(String s) {
    if (closed) {
      throw PyErr.format(PyExc.ValueError, "I/O operation on closed file.");
    }
    if (out == null) {
      throw PyErr.format(PyExc.OSError, "not writable");
    }
    buffer.append(s);
    if ((lineBuffered && s.indexOf('\n') >= 0) || buffer.length() > 8192) {
      flush();
    }
  }

  /** Writes the buffer to the byte stream. */
  void flush() {
    if (out == null || buffer.length() == 0) {
      return;
    }
    byte[] b = buffer.toString().getBytes(StandardCharsets.UTF_8);
    buffer.setLength(0);
    try {
      out.write(b);
      out.flush();
    } catch (IOException e) {
      throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
    }
  }

  /** Reads one line including its newline; empty at end of input. */
  String readLine() {
    if (in == null) {
      throw PyErr.format(PyExc.OSError, "not readable");
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      int c;
      while ((c = in.read()) >= 0) {
        line.write(c);
        if (c == '\n') {
          break;
        }
      }
    } catch (IOException e) {
      throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
    }
    return line.toString(StandardCharsets.UTF_8);
  }

  @PythonMethod("write")
  static Object writeMethod(Object self, Object s) {
    if (!PyUnicode.isStr(s)) {
      throw PyErr.format(
          PyExc.TypeError, "write() argument must be str, not %s", PyType.of(s).getName());
    }
    String j = PyUnicode.asJavaString(s);
    ((PyTextIO) self).write(j);
    return (long) PyUnicode.length(s);
  }

  @PythonMethod("flush")
  static Object flushMethod(Object self) {
    ((PyTextIO) self).flush();
    return PyNone.NONE;
  }

  @PythonMethod
  static Object readline(Object self, @Default("-1") Object size) {
    return PyUnicode.wrap(((PyTextIO) self).readLine());
  }

  @PythonMethod
  static Object read(Object self, @Default("-1") Object size) {
    PyTextIO t = (PyTextIO) self;
    try {
      return PyUnicode.wrap(new String(Execution.readFully(t.in), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
    }
  }

  @PythonMethod
  static Object fileno(Object self) {
    return (long) ((PyTextIO) self).fileno;
  }

  @PythonMethod
  static Object isatty(Object self) {
    return false;
  }

  @PythonMethod
  static Object writable(Object self) {
    return ((PyTextIO) self).out != null;
  }

  @PythonMethod
  static Object readable(Object self) {
    return ((PyTextIO) self).in != null;
  }

  @PythonMethod
  static Object close(Object self) {
    PyTextIO t = (PyTextIO) self;
    t.flush();
    t.closed = true;
    return PyNone.NONE;
  }

  static Object __repr__(Object self) {
    return "<_io.TextIOWrapper name='" + ((PyTextIO) self).name
        + "' mode='" + (((PyTextIO) self).in != null ? "r" : "w") + "' encoding='utf-8'>";
  }

  @Getter("encoding")
  static Object encoding(Object self) {
    return "utf-8";
  }

  @Getter("errors")
  static Object errors(Object self) {
    return ((PyTextIO) self).fileno == 2 ? "backslashreplace" : "strict";
  }

  @Getter("name")
  static Object nameAttr(Object self) {
    return ((PyTextIO) self).name;
  }

  @Getter("closed")
  static Object closedAttr(Object self) {
    return ((PyTextIO) self).closed;
  }

  @Getter("line_buffering")
  static Object lineBuffering(Object self) {
    return ((PyTextIO) self).lineBuffered;
  }
}
