package org.taipan.object;

/**
 * Issuing warnings from Java code, CPython's {@code PyErr_WarnEx} and {@code PyErr_WarnFormat}:
 * the interpreter installs the handler (its {@code _warnings} machinery: filters, registries,
 * {@code warnings.showwarning}); builtin types and modules call {@link #warn}. A warning turned
 * into an error by the filters comes out as the {@link PyException} it raises.
 */
public final class PyWarnings {
  private PyWarnings() {}

  /** What issues a warning: category, message, stack level, and the object it is about or null. */
  @FunctionalInterface
  public interface Handler {
    void warn(PyType category, Object message, int stacklevel, Object source);
  }

  private static volatile Handler handler = (category, message, stacklevel, source) -> {};

  /** Installs the interpreter's handler. */
  public static void setHandler(Handler h) {
    handler = h;
  }

  /**
   * Issues a warning of {@code category} ({@code PyErr_WarnEx}); {@code stacklevel} 1 blames the
   * Python code that called the builtin.
   */
  public static void warn(PyType category, String message, int stacklevel) {
    handler.warn(category, message, stacklevel, null);
  }

  /**
   * {@code PyErr_ResourceWarning}: a {@code ResourceWarning} about {@code source} (the object
   * {@code tracemalloc} can say where it was made).
   */
  public static void resourceWarning(Object source, String message, int stacklevel) {
    handler.warn(PyExc.ResourceWarning, message, stacklevel, source);
  }
}
