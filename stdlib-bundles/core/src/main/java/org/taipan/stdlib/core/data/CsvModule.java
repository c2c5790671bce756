package org.taipan.stdlib.core.data;

import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code _csv} module, CPython's {@code Modules/_csv.c}: the {@code Dialect} type and its
 * registry, {@code reader}, {@code writer} and {@code field_size_limit}; {@code csv.py} builds the
 * rest on it.
 */
@PythonModule(
    value = "_csv",
    doc = "CSV parsing and writing.\n")
public final class CsvModule {
  private CsvModule() {}

  static final PyType ERROR = DataSupport.newException("_csv.Error", PyExc.Exception);
  /**
   * The dialect registry and field limit of the interpreter that imported the module last (CPython
   * keeps them in the module state; each interpreter in a JVM starts with a fresh registry).
   */
  private static PyDict DIALECTS = new PyDict();
  static long fieldLimit = 128 * 1024;

  @ModuleExec
  public static void exec(PyModule m) {
    DIALECTS = new PyDict();
    fieldLimit = 128 * 1024;
    m.put("__version__", "1.0");
    m.put("QUOTE_MINIMAL", (long) CsvDialect.QUOTE_MINIMAL);
    m.put("QUOTE_ALL", (long) CsvDialect.QUOTE_ALL);
    m.put("QUOTE_NONNUMERIC", (long) CsvDialect.QUOTE_NONNUMERIC);
    m.put("QUOTE_NONE", (long) CsvDialect.QUOTE_NONE);
    m.put("Dialect", CsvDialect.TYPE);
    m.put("Reader", CsvReader.TYPE);
    m.put("Writer", CsvWriter.TYPE);
    m.put("Error", ERROR);
    m.put("_dialects", DIALECTS);
  }

  /** The dialect registered under {@code name}, or {@code Error("unknown dialect")}. */
  static Object registered(Object name) {
    Object d = DIALECTS.get(name);
    if (d == null) {
      throw PyErr.format(ERROR, "unknown dialect");
    }
    return d;
  }

  private static CsvDialect dialect(CallArgs a, int first) {
    Object[] pos = new Object[Math.max(0, a.positional.length - first)];
    System.arraycopy(a.positional, first, pos, 0, pos.length);
    Object[] all = java.util.Arrays.copyOf(pos, pos.length + a.kwnames.length);
    System.arraycopy(a.kwvalues, 0, all, pos.length, a.kwnames.length);
    return CsvDialect.make(CsvDialect.TYPE,
        CsvDialect.params(new CallArgs(all, a.kwnames.length == 0 ? null : a.kwnames)));
  }

  @PythonMethod
  public static Object reader(Object[] args, PyDict kwargs) {
    CallArgs a = CallArgs.of(args, kwargs);
    a.positional("", 1, 2);
    Object it = Abstract.iter(a.positional[0]);
    return new CsvReader(it, dialect(a, 1));
  }

  @PythonMethod
  public static Object writer(Object[] args, PyDict kwargs) {
    CallArgs a = CallArgs.of(args, kwargs);
    a.positional("", 1, 2);
    Object write = Abstract.lookupAttr(a.positional[0], "write");
    if (write == null || !Abstract.isCallable(write)) {
      throw PyErr.format(PyExc.TypeError, "argument 1 must have a \"write\" method");
    }
    return new CsvWriter(write, dialect(a, 1));
  }

  @PythonMethod
  public static Object register_dialect(Object[] args, PyDict kwargs) {
    CallArgs a = CallArgs.of(args, kwargs);
    a.positional("register_dialect", 1, 2);
    Object name = a.positional[0];
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(PyExc.TypeError, "dialect name must be a string");
    }
    DIALECTS.put(name, dialect(a, 1));
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object unregister_dialect(Object name) {
    if (DIALECTS.remove(name) == null) {
      throw PyErr.format(ERROR, "unknown dialect");
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object get_dialect(Object name) {
    return registered(name);
  }

  @PythonMethod
  public static Object list_dialects() {
    PyList l = new PyList();
    for (Object k : DIALECTS.keyList()) {
      l.append(k);
    }
    return l;
  }

  @PythonMethod
  public static Object field_size_limit(Object[] args, PyDict kwargs) {
    CallArgs a = CallArgs.of(args, kwargs);
    Object[] p = a.bind("field_size_limit", 0, "new_limit");
    long old = fieldLimit;
    if (p[0] != null) {
      if (!(p[0] instanceof Long l)) {
        throw PyErr.format(PyExc.TypeError, "limit must be an integer");
      }
      fieldLimit = l;
    }
    return old;
  }
}
