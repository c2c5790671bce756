package org.taipan.stdlib.core.data;

import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;

/**
 * The {@code _functools} module, CPython's {@code Modules/_functoolsmodule.c}: {@code reduce},
 * {@code cmp_to_key} ({@link KeyWrapper}), {@link PyPartial partial} and {@link LruCacheWrapper
 * _lru_cache_wrapper}, the parts of {@code functools} 3.11 takes from C.
 */
@PythonModule(value = "_functools", doc = "Tools that operate on functions.")
public final class FunctoolsModule {
  private FunctoolsModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("partial", PyPartial.TYPE);
    m.put("_lru_cache_wrapper", LruCacheWrapper.TYPE);
  }

  /** {@code reduce(function, iterable[, initial])}. */
  @PythonMethod
  public static Object reduce(Object function, Object sequence, Object[] initial) {
    if (initial.length > 1) {
      throw PyErr.format(PyExc.TypeError, "reduce expected at most 3 arguments, got %d",
          2 + initial.length);
    }
    Object result = initial.length == 1 ? initial[0] : null;
    Object it;
    try {
      it = Abstract.iter(sequence);
    } catch (PyException e) {
      if (e.matches(PyExc.TypeError)) {
        throw PyErr.format(PyExc.TypeError, "reduce() arg 2 must support iteration");
      }
      throw e;
    }
    for (Object x; (x = Abstract.next(it)) != null; ) {
      result = result == null ? x : Abstract.call(function, result, x);
    }
    if (result == null) {
      throw PyErr.format(PyExc.TypeError, "reduce() of empty iterable with no initial value");
    }
    return result;
  }

  /** {@code cmp_to_key(mycmp)}: a key function from an old-style comparison function. */
  @PythonMethod
  public static Object cmp_to_key(Object[] args, PyDict kwargs) {
    Object[] a = CallArgs.of(args, kwargs).bind("cmp_to_key", 1, "mycmp");
    return new KeyWrapper(a[0], null);
  }
}
