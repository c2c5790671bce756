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
  /** {@code tb_lasti}. */
  public final int lasti;
  /** {@code tb_lineno}. */
  public final int lineno;
  /** {@code tb_next}, or null. */
  public PyTraceback next;

  /** A new entry in front of {@code next}. */
  public PyTraceback(Object frame, int lasti, int lineno, PyTraceback next) {
    this.frame = frame;
    this.lasti = lasti;
    this.lineno = lineno;
    this.next = next;
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
    return (long) ((PyTraceback) self).lasti;
  }

  @Getter("tb_next")
  static Object nextAttr(Object self) {
    PyTraceback n = ((PyTraceback) self).next;
    return n == null ? PyNone.NONE : n;
  }
}
