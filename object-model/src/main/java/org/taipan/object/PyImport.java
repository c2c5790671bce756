package org.taipan.object;

/**
 * Importing a module from Java code, CPython's {@code PyImport_ImportModule}: the interpreter
 * installs the handler (its import system); builtin modules call {@link #importModule}, as
 * {@code _sre} does to reach {@code re._subx} and {@code _codecs} to load {@code encodings}.
 */
public final class PyImport {
  private PyImport() {}

  /** What imports a module by its absolute dotted name and returns it. */
  @FunctionalInterface
  public interface Handler {
    Object importModule(String name);
  }

  private static volatile Handler handler =
      name -> {
        throw PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'", name);
      };

  /** Installs the interpreter's handler. */
  public static void setHandler(Handler h) {
    handler = h;
  }

  /** {@code PyImport_ImportModule(name)}: the module, imported if need be. */
  public static Object importModule(String name) {
    return handler.importModule(name);
  }
}
