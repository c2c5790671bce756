package org.taipan.gc;

import java.lang.invoke.MethodHandles;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyNone;
import org.taipan.object.PyNotImplemented;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;
import org.taipan.object.WithDict;

/**
 * A weak reference, CPython's {@code weakref.ReferenceType} ({@code Objects/weakrefobject.c}), on
 * a JVM {@link WeakReference}. The JVM clears it when the referent becomes unreachable; its
 * callback runs later, at a safe point: when a new weak reference is made or when {@code
 * gc.collect()} runs ({@link #drain}), on the calling Python thread.
 */
public class PyWeakref extends WeakReference<Object> {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("ReferenceType", PyWeakref.class, MethodHandles.lookup())
              .module("weakref")
              .classes(PyWeakref.class));

  static {
    // a class's __weakref__ shows the first reference to an instance; none exist before this
    // class is first used
    PyType.setWeakrefHook(
        o -> {
          List<PyWeakref> refs = refsTo(o);
          return refs.isEmpty() ? PyNone.NONE : refs.get(0);
        });
  }

  private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
  /** The live weak references by the identity hash of their referent, newest last. */
  private static final Map<Integer, List<PyWeakref>> REGISTRY = new HashMap<>();

  final int referentHash;
  Object callback;
  private long hash = -1;

  PyWeakref(Object referent, Object callback) {
    super(referent, QUEUE);
    this.callback = callback == PyNone.NONE ? null : callback;
    this.referentHash = System.identityHashCode(referent);
  }

  /** A subclass instance ({@code KeyedRef}, {@code WeakMethod}). */
  static final class Derived extends PyWeakref implements PyObject, WithDict {
    private final PyType type;
    private final PyDict dict = new PyDict();

    Derived(PyType type, Object referent, Object callback) {
      super(referent, callback);
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      return dict;
    }
  }

  // ---------------------------------------------------------------- weak-referenceability

  /**
   * The builtin types whose instances CPython 3.11 can weakly reference (a non-zero {@code
   * tp_weaklistoffset}), by {@code tp_name}: every other type written in C refuses, descriptors,
   * containers, iterators and exceptions among them. Taken from the oracle's {@code
   * __weakrefoffset__} of every type its C modules define.
   */
  private static final Set<String> WEAKREFABLE =
      Set.of("type", "function", "builtin_function_or_method", "method", "module", "code",
          "generator", "coroutine", "async_generator", "set", "frozenset", "memoryview",
          "types.GenericAlias", "ExceptionGroup", "_contextvars.Context",
          "collections.OrderedDict", "collections.deque", "itertools._tee",
          "pickle.PickleBuffer", "_queue.SimpleQueue", "_struct.Struct", "_thread.RLock",
          "_thread._local", "_thread._localdummy", "_thread.lock", "array.array",
          "functools._lru_cache_wrapper", "functools.partial", "re.Pattern", "_io._IOBase",
          "_io._RawIOBase", "_io._BufferedIOBase", "_io._TextIOBase", "_io.FileIO",
          "_io.BytesIO", "_io.StringIO", "_io.BufferedReader", "_io.BufferedWriter",
          "_io.BufferedRandom", "_io.BufferedRWPair", "_io.TextIOWrapper");

  /** Bases whose heap subclasses get no weak-reference slot (a non-zero {@code tp_itemsize}). */
  private static final Set<String> VAR_SIZED = Set.of("int", "tuple", "bytes");

  private static boolean builtinWeakrefable(PyType t) {
    return WEAKREFABLE.contains(t.tpName());
  }

  /** Whether instances of {@code t} can be weakly referenced ({@code tp_weaklistoffset != 0}). */
  static boolean weakrefable(PyType t) {
    if (!t.isHeapType()) {
      return builtinWeakrefable(t);
    }
    PyType solid = null;
    boolean allSlots = true;
    for (PyType m : t.getMro()) {
      if (m.isHeapType()) {
        Object slots = m.getOwn("__slots__");
        if (slots == null) {
          allSlots = false;
        } else if (declaresWeakref(slots)) {
          return true;
        }
      } else if (solid == null) {
        solid = m;
      }
    }
    if (solid == null || solid == PyType.OBJECT) {
      return !allSlots;
    }
    if (VAR_SIZED.contains(solid.getName())) {
      return false;
    }
    return !allSlots || builtinWeakrefable(solid);
  }

  private static boolean declaresWeakref(Object slots) {
    if (slots instanceof String s) {
      return s.equals("__weakref__");
    }
    try {
      Object it = Abstract.iter(slots);
      for (Object x; (x = Abstract.next(it)) != null; ) {
        if ("__weakref__".equals(x)) {
          return true;
        }
      }
    } catch (PyException e) {
      return false;
    }
    return false;
  }

  static void checkWeakrefable(Object o) {
    PyType t = PyType.of(o);
    if (!weakrefable(t)) {
      String name = t.isHeapType() || t.getModule().equals("builtins")
          ? t.getName() : t.getModule() + "." + t.getName();
      throw PyErr.format(
          PyExc.TypeError, "cannot create weak reference to '%s' object", name);
    }
  }

  // ---------------------------------------------------------------- registry

  /** The live weak references to {@code o}, in CPython's list order (basic ones first). */
  static List<PyWeakref> refsTo(Object o) {
    List<PyWeakref> r = new ArrayList<>();
    synchronized (REGISTRY) {
      List<PyWeakref> l = REGISTRY.get(System.identityHashCode(o));
      if (l != null) {
        for (PyWeakref w : l) {
          if (w.get() == o && w.isBasic()) {
            r.add(w);
          }
        }
        for (int i = l.size() - 1; i >= 0; i--) {
          PyWeakref w = l.get(i);
          if (w.get() == o && !w.isBasic()) {
            r.add(w);
          }
        }
      }
    }
    return r;
  }

  /** A basic reference has no callback and is of the exact builtin type (it is shared). */
  boolean isBasic() {
    return callback == null && (getClass() == PyWeakref.class || getClass() == PyWeakProxy.class);
  }

  /** Makes a new weak reference or returns the shared basic one ({@code PyWeakref_NewRef}). */
  static PyWeakref newRef(PyType cls, Object referent, Object callback) {
    drain();
    checkWeakrefable(referent);
    boolean basic = cls == TYPE && (callback == null || callback == PyNone.NONE);
    synchronized (REGISTRY) {
      if (basic) {
        for (PyWeakref w : refsTo(referent)) {
          if (w.getClass() == PyWeakref.class && w.callback == null) {
            return w;
          }
        }
      }
      PyWeakref w = cls == TYPE
          ? new PyWeakref(referent, callback)
          : new Derived(cls, referent, callback);
      register(w);
      return w;
    }
  }

  static void register(PyWeakref w) {
    synchronized (REGISTRY) {
      REGISTRY.computeIfAbsent(w.referentHash, k -> new ArrayList<>(2)).add(w);
    }
  }

  private static void unregister(PyWeakref w) {
    synchronized (REGISTRY) {
      List<PyWeakref> l = REGISTRY.get(w.referentHash);
      if (l != null) {
        l.remove(w);
        if (l.isEmpty()) {
          REGISTRY.remove(w.referentHash);
        }
      }
    }
  }

  /**
   * Runs the callbacks of the references the collector has cleared; returns how many ran. With
   * {@code sweep}, also looks through every registered reference (after {@code gc.collect()}'s
   * collection, before the JVM's reference handler has queued them).
   */
  static int drain(boolean sweep) {
    List<PyWeakref> dead = new ArrayList<>();
    for (java.lang.ref.Reference<?> r; (r = QUEUE.poll()) != null; ) {
      dead.add((PyWeakref) r);
    }
    if (sweep) {
      synchronized (REGISTRY) {
        for (List<PyWeakref> l : REGISTRY.values()) {
          for (int i = l.size() - 1; i >= 0; i--) {
            PyWeakref w = l.get(i);
            if (w.get() == null && !dead.contains(w)) {
              dead.add(w);
            }
          }
        }
      }
    }
    int ran = 0;
    for (PyWeakref w : dead) {
      unregister(w);
      Object cb = w.callback;
      w.callback = null;
      if (cb != null) {
        ran++;
        try {
          Abstract.call(cb, w);
        } catch (PyException e) {
          org.taipan.object.Finalizers.writeUnraisable(e, cb);
        }
      }
    }
    return ran;
  }

  static int drain() {
    return drain(false);
  }

  // ---------------------------------------------------------------- Python methods

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int n = args.length - (kwnames == null ? 0 : kwnames.length);
    if (n < 1) {
      throw PyErr.format(PyExc.TypeError, "__new__ expected at least 1 argument, got %d", n);
    }
    if (n > 2) {
      throw PyErr.format(PyExc.TypeError, "__new__ expected at most 2 arguments, got %d", n);
    }
    return newRef(cls, args[0], n > 1 ? args[1] : null);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    int n = args.length - (kwnames == null ? 0 : kwnames.length);
    if (n < 1) {
      throw PyErr.format(PyExc.TypeError, "__init__ expected at least 1 argument, got %d", n);
    }
    if (n > 2) {
      throw PyErr.format(PyExc.TypeError, "__init__ expected at most 2 arguments, got %d", n);
    }
    return PyNone.NONE;
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    if (args.length > 0) {
      throw PyErr.format(PyExc.TypeError, "weakref expected 0 arguments, got %d", args.length);
    }
    Object o = ((PyWeakref) self).get();
    return o == null ? PyNone.NONE : o;
  }

  static Object __hash__(Object self) {
    PyWeakref w = (PyWeakref) self;
    if (w.hash != -1) {
      return w.hash;
    }
    Object o = w.get();
    if (o == null) {
      throw PyErr.format(PyExc.TypeError, "weak object has gone away");
    }
    w.hash = Abstract.hash(o);
    return w.hash;
  }

  static Object __eq__(Object self, Object other) {
    return compare(self, other, Abstract.EQ);
  }

  static Object __ne__(Object self, Object other) {
    return compare(self, other, Abstract.NE);
  }

  private static Object compare(Object self, Object other, int op) {
    if (!(other instanceof PyWeakref w) || other instanceof PyWeakProxy) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    Object a = ((PyWeakref) self).get();
    Object b = w.get();
    if (a == null || b == null) {
      boolean same = self == other;
      return op == Abstract.EQ ? same : !same;
    }
    return Abstract.richCompare(a, b, op);
  }

  static Object __lt__(Object self, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __le__(Object self, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __gt__(Object self, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __ge__(Object self, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __repr__(Object self) {
    Object o = ((PyWeakref) self).get();
    String at = address(self);
    if (o == null) {
      return "<weakref at " + at + "; dead>";
    }
    PyType t = PyType.of(o);
    String tn = t.isHeapType() || t.getModule().equals("builtins")
        ? t.getName() : t.getModule() + "." + t.getName();
    Object name = null;
    try {
      name = Abstract.getAttr(o, "__name__");
    } catch (PyException e) {
      // no name to show
    }
    String base = "<weakref at " + at + "; to '" + tn + "' at " + address(o);
    if (name instanceof String s) {
      return base + " (" + s + ")>";
    }
    return base + ">";
  }

  static String address(Object o) {
    return String.format("0x%012x", (long) System.identityHashCode(o) * 16);
  }

  @Getter("__callback__")
  static Object callbackAttr(Object self) {
    Object cb = ((PyWeakref) self).callback;
    return cb == null ? PyNone.NONE : cb;
  }
}
