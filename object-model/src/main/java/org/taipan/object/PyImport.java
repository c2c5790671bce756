package org.taipan.object;

/**
 * Importing a module from Java code in the object model, CPython's {@code
 * PyImport_ImportModule}: the interpreter, which owns the import system, installs the importer;
 * builtin types call {@link #importModule} (as {@code object.__reduce_ex__} needs {@code
 * copyreg}).
 */
public final class PyImport {
  private PyImport() {}

  /** What imports a module by its absolute name and returns it. */
  @FunctionalInterface
  public interface Importer {
    Object importModule(String name);
  }

  private static volatile Importer importer =
      name -> {
        throw PyErr.format(PyExc.ImportError, "import of %s halted; no import system", name);
      };

  /** Installs the interpreter's importer. */
  public static void setImporter(Importer i) {
    importer = i;
  }

  /** {@code PyImport_ImportModule}: the module named {@code name}, imported if need be. */
  public static Object importModule(String name) {
    return importer.importModule(name);
  }
}
