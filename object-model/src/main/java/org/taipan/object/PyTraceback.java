package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * A traceback entry, CPython's {@code PyTracebackObject} ({@code Python/traceback.c}): the frame
 * (an interpreter frame object, opaque here), the instruction offset and line where the exception
 * passed through it, and the next entry towards where it was raised.
 */
public final class PyTraceback {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("traceback", PyTraceback.class, MethodHandles.lookup()).notBaseType());

  /** {@code tb_frame}. */
  public final Object frame;
  /** The instruction index (code units); {@code tb_lasti} shows it in bytes, as CPython. */
  public final int lasti;
  /** {@code tb_lineno}. */
  public final int lineno;
  /** {@code tb_next}, or null. */
  public PyTraceback next;
  /** {@code tb_lasti} in bytes, as given to the constructor (may be odd). */
  private long byteLasti;

  /** A new entry in front of {@code next}. */
  public PyTraceback(Object frame, int lasti, int lineno, PyTraceback next) {
    this.frame = frame;
    this.lasti = lasti;
    this.lineno = lineno;
    this.next = next;
    this.byteLasti = lasti * 2L;
  }

  /** {@code tb_dir}: the four attributes, not object's. */
  @org.taipan.api.expose.PythonMethod
  static Object __dir__(Object self) {
    return new PyList(java.util.List.of("tb_frame", "tb_next", "tb_lasti", "tb_lineno"));
  }

  @Getter("tb_frame")
  static Object frameAttr(Object self) {
    return ((PyTraceback) self).frame;
  }

  @Getter("tb_lineno")
  static Object linenoAttr(Object self) {
    return (long) ((PyTraceback) self).lineno;
  }

  @Getter("tb_lasti")
  static Object lastiAttr(Object self) {
    return ((PyTraceback) self).byteLasti;
  }

  @Setter("tb_next")
  static void setNext(Object self, Object value) {
    if (value == null) {
      throw PyErr.format(PyExc.TypeError, "can't delete tb_next attribute");
    }
    PyTraceback tb = (PyTraceback) self;
    PyTraceback next = checkNext(value, "expected traceback object, got '%s'");
    for (PyTraceback t = next; t != null; t = t.next) {
      if (t == tb) {
        throw PyErr.format(PyExc.ValueError, "traceback loop detected");
      }
    }
    tb.next = next;
  }

  private static PyTraceback checkNext(Object value, String message) {
    if (value == PyNone.NONE) {
      return null;
    }
    if (value instanceof PyTraceback t) {
      return t;
    }
    throw PyErr.format(PyExc.TypeError, message, PyType.of(value).getName());
  }

  /** {@code TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)}, as {@code tb_new}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    String[] names = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
    Object[] bound = new Object[4];
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (n > 4) {
      throw PyErr.format(
          PyExc.TypeError, "TracebackType() takes at most 4 arguments (%d given)", args.length);
    }
    System.arraycopy(args, 0, bound, 0, n);
    for (int k = 0; k < nk; k++) {
      int i = java.util.Arrays.asList(names).indexOf(kwnames[k]);
      if (i < 0) {
        throw PyErr.format(
            PyExc.TypeError, "TracebackType() got an unexpected keyword argument '%s'", kwnames[k]);
      }
      if (bound[i] != null) {
        throw PyErr.format(PyExc.TypeError,
            "argument for TracebackType() given by name ('%s') and position (%d)", names[i], i + 1);
      }
      bound[i] = args[n + k];
    }
    for (int i = 0; i < 4; i++) {
      if (bound[i] == null) {
        throw PyErr.format(PyExc.TypeError,
            "TracebackType() missing required argument '%s' (pos %d)", names[i], i + 1);
      }
    }
    PyTraceback next = checkNext(bound[0], "expected traceback object or None, got '%s'");
    if (!PyType.of(bound[1]).getName().equals("frame")) {
      throw PyErr.format(PyExc.TypeError,
          "TracebackType() argument 'tb_frame' must be frame, not %s",
          PyType.of(bound[1]).getName());
    }
    int lasti = PyNumber.asSize(bound[2]);
    int lineno = PyNumber.asSize(bound[3]);
    PyTraceback tb = new PyTraceback(bound[1], lasti / 2, lineno, next);
    tb.byteLasti = lasti;
    return tb;
  }

  @Getter("tb_next")
  static Object nextAttr(Object self) {
    PyTraceback n = ((PyTraceback) self).next;
    return n == null ? PyNone.NONE : n;
  }
}
