package org.taipan.interp;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;

/**
 * The {@code _tracemalloc} module under {@code tracemalloc}, CPython's {@code
 * Modules/_tracemalloc.c}, as far as the JVM allows: the JVM allocates Python objects without a
 * hook a Python-level tracer could use, so tracing can be started and stopped, with its traceback
 * limit, but records no memory blocks ({@code get_traced_memory()} is {@code (0, 0)} and no object
 * has an allocation traceback). What needs the module only to ask whether tracing is on (the
 * {@code warnings} module's "Enable tracemalloc" hint) behaves as under CPython.
 */
@PythonModule(value = "_tracemalloc", doc = "Debug module to trace memory blocks allocated by Python.")
public final class TraceMallocModule {
  private TraceMallocModule() {}

  /** CPython's {@code MAX_NFRAME}: the largest traceback limit. */
  private static final int MAX_NFRAME = 65535;

  private static volatile boolean tracing;
  private static volatile int limit = 1;

  @PythonMethod
  public static Object is_tracing() {
    return tracing;
  }

  @PythonMethod
  public static Object start(@Default("1") Object nframe) {
    long n = PyNumber.asSize(nframe);
    if (n < 1 || n > MAX_NFRAME) {
      throw PyErr.format(PyExc.ValueError,
          "the number of frames must be in range [1; %d]", MAX_NFRAME);
    }
    limit = (int) n;
    tracing = true;
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object stop() {
    tracing = false;
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object clear_traces() {
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object get_traceback_limit() {
    return (long) limit;
  }

  @PythonMethod
  public static Object get_tracemalloc_memory() {
    return 0L;
  }

  @PythonMethod
  public static Object get_traced_memory() {
    return new PyTuple(0L, 0L);
  }

  @PythonMethod
  public static Object reset_peak() {
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object _get_object_traceback(Object obj) {
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object _get_traces() {
    return new PyList();
  }
}
