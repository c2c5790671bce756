package org.taipan.gc;

import org.taipan.api.expose.Default;
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
import org.taipan.object.PyNumber;
import org.taipan.object.PySet;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.WithDict;

/**
 * The {@code gc} module, CPython's {@code Modules/gcmodule.c}, over the JVM's collector: {@code
 * collect()} asks the JVM for a full collection, runs the {@code __del__} methods of the instances
 * it found unreachable ({@link org.taipan.object.Finalizers}) and then the callbacks of the weak
 * references it cleared. The JVM keeps no list of objects a program could walk, so {@code
 * get_objects()} and {@code get_referrers()} answer an empty list; {@code get_referents()} looks
 * into the builtin containers.
 */
@PythonModule(value = "gc", doc = "This module provides access to the garbage collector for reference cycles.")
public final class GcModule {
  private GcModule() {}

  private static final JvmMemoryManager MEMORY = new JvmMemoryManager();
  private static volatile boolean enabled = true;
  private static final long[] THRESHOLD = {700, 10, 10};
  private static final long[] COLLECTIONS = new long[3];
  private static volatile long debug;
  private static final PyList CALLBACKS = new PyList();
  private static final PyList GARBAGE = new PyList();
  private static volatile long frozen;

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("callbacks", CALLBACKS);
    m.put("garbage", GARBAGE);
    m.put("DEBUG_STATS", 1L);
    m.put("DEBUG_COLLECTABLE", 2L);
    m.put("DEBUG_UNCOLLECTABLE", 4L);
    m.put("DEBUG_SAVEALL", 32L);
    m.put("DEBUG_LEAK", 38L);
  }

  private static void invokeCallbacks(String phase, int generation, long collected) {
    if (CALLBACKS.size() == 0) {
      return;
    }
    PyDict info = new PyDict();
    info.put("generation", (long) generation);
    info.put("collected", collected);
    info.put("uncollectable", 0L);
    for (Object cb : CALLBACKS.toArray()) {
      try {
        Abstract.call(cb, phase, info);
      } catch (org.taipan.object.PyException e) {
        org.taipan.object.Finalizers.writeUnraisable(e, cb);
      }
    }
  }

  /** {@code collect(generation=2)}: a full JVM collection, then pending weakref callbacks. */
  @PythonMethod(positionalOnly = false)
  public static Object collect(@Default("2") Object generation) {
    int g = PyNumber.asSize(generation);
    if (g < 0 || g > 2) {
      throw PyErr.format(PyExc.ValueError, "invalid generation");
    }
    invokeCallbacks("start", g, 0);
    int ran = org.taipan.object.Finalizers.collect();
    ran += MEMORY.collect(g);
    ran += PyWeakref.drain(true);
    COLLECTIONS[g]++;
    invokeCallbacks("stop", g, ran);
    return 0L;
  }

  @PythonMethod
  public static Object enable() {
    enabled = true;
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object disable() {
    enabled = false;
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object isenabled() {
    return enabled;
  }

  @PythonMethod
  public static Object set_debug(Object flags) {
    debug = PyNumber.asSize(flags);
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object get_debug() {
    return debug;
  }

  @PythonMethod
  public static Object get_threshold() {
    return new PyTuple(THRESHOLD[0], THRESHOLD[1], THRESHOLD[2]);
  }

  /** {@code set_threshold(threshold0[, threshold1[, threshold2]])}. */
  @PythonMethod
  public static Object set_threshold(Object[] args) {
    if (args.length < 1 || args.length > 3) {
      throw PyErr.format(PyExc.TypeError,
          args.length < 1 ? "set_threshold expected at least 1 argument, got %d"
              : "set_threshold expected at most 3 arguments, got %d", args.length);
    }
    for (int i = 0; i < args.length; i++) {
      THRESHOLD[i] = PyNumber.asSize(args[i]);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object get_count() {
    return new PyTuple(0L, 0L, 0L);
  }

  @PythonMethod
  public static Object get_stats() {
    PyList r = new PyList();
    for (int i = 0; i < 3; i++) {
      PyDict d = new PyDict();
      d.put("collections", COLLECTIONS[i]);
      d.put("collected", 0L);
      d.put("uncollectable", 0L);
      r.append(d);
    }
    return r;
  }

  /** {@code get_objects(generation=None)}: the JVM offers no walk of the heap; an empty list. */
  @PythonMethod(positionalOnly = false)
  public static Object get_objects(@Default("None") Object generation) {
    if (generation != PyNone.NONE) {
      int g = PyNumber.asSize(generation);
      if (g >= 3) {
        throw PyErr.format(PyExc.ValueError, "generation parameter must be less than the number of available generations (3)");
      }
      if (g < 0) {
        throw PyErr.format(PyExc.ValueError, "generation parameter cannot be negative");
      }
    }
    return new PyList();
  }

  /** {@code get_referrers(*objs)}: no heap walk on the JVM; an empty list. */
  @PythonMethod
  public static Object get_referrers(Object[] objs) {
    return new PyList();
  }

  /** {@code get_referents(*objs)}: the objects the builtin containers hold directly. */
  @PythonMethod
  public static Object get_referents(Object[] objs) {
    PyList r = new PyList();
    for (Object o : objs) {
      if (o instanceof PyTuple || o instanceof PyList || o instanceof PySet) {
        Object it = Abstract.iter(o);
        for (Object x; (x = Abstract.next(it)) != null; ) {
          r.append(x);
        }
      } else if (o instanceof PyDict d) {
        Object it = Abstract.iter(d);
        for (Object k; (k = Abstract.next(it)) != null; ) {
          r.append(k);
          r.append(d.get(k));
        }
      } else if (o instanceof WithDict w && !(o instanceof PyType) && !(o instanceof PyModule)) {
        PyType t = PyType.of(o);
        if (t.isHeapType()) {
          r.append(t);
        }
        r.append(w.getDict());
      }
    }
    return r;
  }

  /** {@code is_tracked(obj)}: whether CPython's collector would track the object. */
  @PythonMethod
  public static Object is_tracked(Object obj) {
    if (obj instanceof Long || obj instanceof java.math.BigInteger || obj instanceof Boolean
        || obj instanceof Double || obj instanceof String || obj == PyNone.NONE
        || obj instanceof org.taipan.object.PyBytes || obj instanceof org.taipan.object.PyCodePoints) {
      return false;
    }
    if (obj instanceof PyTuple || obj instanceof PyDict) {
      Object it = Abstract.iter(obj);
      for (Object x; (x = Abstract.next(it)) != null; ) {
        if (Boolean.TRUE.equals(is_tracked(x))
            || obj instanceof PyDict d && Boolean.TRUE.equals(is_tracked(d.get(x)))) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  @PythonMethod
  public static Object is_finalized(Object obj) {
    return false;
  }

  @PythonMethod
  public static Object freeze() {
    frozen += 1;
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object unfreeze() {
    frozen = 0;
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object get_freeze_count() {
    return 0L;
  }
}
