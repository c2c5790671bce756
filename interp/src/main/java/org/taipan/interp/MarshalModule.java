package org.taipan.interp;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;

/**
 * The {@code marshal} module, CPython's {@code Python/marshal.c} module functions: {@link Marshal}
 * does the work.
 */
@PythonModule(
    value = "marshal",
    doc = "This module contains functions that can read and write Python values in\n"
        + "a binary format. The format is specific to Python, but independent of\n"
        + "machine architecture issues.\n")
public final class MarshalModule {
  private MarshalModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("version", (long) Marshal.VERSION);
  }

  /** A C {@code int} argument (Argument Clinic's {@code int} converter). */
  private static int version(Object v) {
    Object i = PyNumber.index(v);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
  }

  /** {@code marshal.dumps(value, version=4, /)}. */
  @PythonMethod
  public static Object dumps(Object value, @Default("4") Object version) {
    return new PyBytes(Marshal.dumps(value, version(version)));
  }

  /** {@code marshal.dump(value, file, version=4, /)}. */
  @PythonMethod
  public static Object dump(Object value, Object file, @Default("4") Object version) {
    byte[] data = Marshal.dumps(value, version(version));
    return Abstract.callMethod(file, "write", new PyBytes(data));
  }

  /** {@code marshal.loads(bytes, /)}. */
  @PythonMethod
  public static Object loads(Object bytes) {
    byte[] data = Marshal.bytesLike(bytes);
    if (data == null) {
      throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.100s'",
          PyType.of(bytes).getName());
    }
    return Marshal.load(new Marshal.ArraySource(data));
  }

  /** {@code marshal.load(file, /)}. */
  @PythonMethod
  public static Object load(Object file) {
    return Marshal.load(new Marshal.FileSource(file));
  }
}
