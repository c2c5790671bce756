package org.taipan.object;

import java.util.function.Function;

/**
 * Importing a module from Java code, CPython's {@code PyImport_ImportModule}: the interpreter
 * installs the handler (its import system); builtin modules that need another module at run time
 * ({@code _io} asks for {@code codecs}, {@code sys} and {@code os}) call {@link #importModule}.
 */
public final class PyImport {
  private PyImport() {}

  private static volatile Function<String, Object> handler =
      name -> {
        throw PyErr.format(PyExc.ImportError, "import of %s halted; no import system", name);
      };

  /** Installs the interpreter's import function. */
  public static void setHandler(Function<String, Object> h) {
    handler = h;
  }

  /** The module {@code name}, imported if it is not yet ({@code PyImport_ImportModule}). */
  public static Object importModule(String name) {
    return handler.apply(name);
  }
}
