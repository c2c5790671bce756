package org.taipan.object;

/**
 * The one Java exception class that carries a Python exception ({@link PyBaseException}) up the
 * Java stack. It records no Java stack trace: the Python traceback is built from interpreter frames
 * in {@link PyBaseException#traceback}. Mirrors CPython's "error indicator" ({@code
 * PyErr_SetObject} / {@code PyErr_Occurred}).
 */
public final class PyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The Python exception object. */
  public final PyBaseException value;

  /** Wraps a Python exception object to throw it. */
  public PyException(PyBaseException value) {
    super(null, null, false, false);
    this.value = value;
  }

  /** The Python type of the carried exception. */
  public PyType type() {
    return value.getType();
  }

  /** True when the carried exception is an instance of {@code t} ({@code PyErr_ExceptionMatches}). */
  public boolean matches(PyType t) {
    return value.getType().isSubtypeOf(t);
  }

  @Override
  public String getMessage() {
    try {
      return value.getType().getName() + ": " + Abstract.strJava(value);
    } catch (RuntimeException e) {
      return value.getType().getName();
    }
  }
}
