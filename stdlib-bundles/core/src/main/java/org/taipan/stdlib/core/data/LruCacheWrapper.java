package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyMethod;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.WithDict;

/**
 * {@code functools._lru_cache_wrapper}, CPython's {@code lru_cache_object} in {@code
 * Modules/_functoolsmodule.c}: calls a function through a cache keyed by its arguments. With no
 * bound the cache only grows; with a bound it drops the least recently used entry; with bound 0
 * it only counts misses. Each call's key is hashed once, as CPython's "known hash" lookups do.
 */
final class LruCacheWrapper implements WithDict {
  static final PyType TYPE =
      DataSupport.type("_lru_cache_wrapper", "functools", LruCacheWrapper.class,
          MethodHandles.lookup(), null, null, LruCacheWrapper.class);

  static {
    TYPE.defineBuiltin("__doc__", "Create a cached callable that wraps another function.\n\n"
        + "user_function:      the function being cached\n\n"
        + "maxsize:  0         for no caching\n"
        + "          None      for unlimited cache size\n"
        + "          n         for a bounded cache\n\n"
        + "typed:    False     cache f(3) and f(3.0) as identical calls\n"
        + "          True      cache f(3) and f(3.0) as distinct calls\n\n"
        + "cache_info_type:    namedtuple class with the fields:\n"
        + "                        hits misses currsize maxsize\n");
  }

  private static final PyType STR = PyType.of("");

  /** Separates positional from keyword arguments in a key ({@code kwd_mark}). */
  private static final Object KWD_MARK = Abstract.call(PyType.OBJECT);

  final Object func;
  /** -1 for no bound. */
  final long maxsize;
  final boolean typed;
  final Object cacheInfoType;
  /** Entries in order of use, least recent first. */
  private final LinkedHashMap<Key, Object> cache = new LinkedHashMap<>(16, 0.75f, true);
  private long hits;
  private long misses;
  private PyDict dict;

  private LruCacheWrapper(Object func, long maxsize, boolean typed, Object cacheInfoType) {
    this.func = func;
    this.maxsize = maxsize;
    this.typed = typed;
    this.cacheInfoType = cacheInfoType;
  }

  @Override
  public PyDict getDict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  /** {@code __dict__}: builtin types declare their own since object has none. */
  @org.taipan.object.Getter("__dict__")
  static Object dictAttr(Object self) {
    return ((LruCacheWrapper) self).getDict();
  }

  @org.taipan.object.Setter("__dict__")
  static void setDictAttr(Object self, Object v) {
    if (v == null) {
      throw PyErr.format(PyExc.TypeError, "cannot delete __dict__");
    }
    if (!(v instanceof PyDict d)) {
      throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
          DataSupport.typeName(v));
    }
    ((LruCacheWrapper) self).dict = d;
  }

  /** A cache key with its Python hash, computed once; equality is Python's. */
  private static final class Key {
    final Object key;
    final int hash;

    Key(Object key) {
      this.key = key;
      long h = Abstract.hash(key);
      this.hash = (int) (h ^ (h >>> 32));
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      // HashMap asks the key being looked up; CPython compares the stored key first
      return o instanceof Key k && Abstract.richCompareBool(k.key, key, Abstract.EQ);
    }
  }

  /** {@code lru_cache_make_key}. */
  private Object makeKey(Object[] positional, String[] kwnames, Object[] kwvalues) {
    int nk = kwnames.length;
    if (!typed && nk == 0) {
      if (positional.length == 1) {
        Object k = positional[0];
        // exact ints and strs stand for themselves
        if (k instanceof Long || k instanceof BigInteger || k instanceof String
            || PyUnicode.isStr(k) && PyType.of(k) == STR) {
          return k;
        }
      }
      return new PyTuple(positional);
    }
    int size = positional.length + (nk > 0 ? 2 * nk + 1 : 0)
        + (typed ? positional.length + nk : 0);
    Object[] key = new Object[size];
    int i = 0;
    for (Object a : positional) {
      key[i++] = a;
    }
    if (nk > 0) {
      key[i++] = KWD_MARK;
      for (int k = 0; k < nk; k++) {
        key[i++] = kwnames[k];
        key[i++] = kwvalues[k];
      }
    }
    if (typed) {
      for (Object a : positional) {
        key[i++] = PyType.of(a);
      }
      for (Object v : kwvalues) {
        key[i++] = PyType.of(v);
      }
    }
    return new PyTuple(key);
  }

  // ---------------------------------------------------------------- Python interface

  /** {@code lru_cache_new}: {@code (user_function, maxsize, typed, cache_info_type)}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    Object[] a = new CallArgs(args, kwnames)
        .bind("lru_cache", 4, "user_function", "maxsize", "typed", "cache_info_type");
    Object func = a[0];
    if (!Abstract.isCallable(func)) {
      throw PyErr.format(PyExc.TypeError, "the first argument must be callable");
    }
    long maxsize;
    if (a[1] == PyNone.NONE) {
      maxsize = -1;
    } else if (PyNumber.isIndex(a[1])) {
      maxsize = Math.max(0, DataSupport.asSsize(a[1], PyExc.OverflowError));
    } else {
      throw PyErr.format(PyExc.TypeError, "maxsize should be integer or None");
    }
    boolean typed = Abstract.isTrue(a[2]);
    return new LruCacheWrapper(func, maxsize, typed, a[3]);
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    LruCacheWrapper w = (LruCacheWrapper) self;
    if (w.maxsize == 0) {
      w.misses++;
      return Abstract.call(w.func, args, kwnames);
    }
    CallArgs a = new CallArgs(args, kwnames);
    Key key = new Key(w.makeKey(a.positional, a.kwnames, a.kwvalues));
    Object r = w.cache.get(key);
    if (r != null) {
      w.hits++;
      return r;
    }
    w.misses++;
    r = Abstract.call(w.func, args, kwnames);
    if (w.maxsize < 0) {
      w.cache.put(key, r);
      return r;
    }
    if (w.cache.containsKey(key)) {
      // the call itself cached this key (a recursive call): keep that entry as it is
      return r;
    }
    if (w.cache.size() >= w.maxsize && !w.cache.isEmpty()) {
      Iterator<Key> eldest = w.cache.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    w.cache.put(key, r);
    return r;
  }

  static Object __get__(Object self, Object obj, Object type) {
    if (obj == null) {
      return self;
    }
    return new PyMethod(self, obj);
  }

  @PythonMethod
  static Object cache_info(Object self) {
    LruCacheWrapper w = (LruCacheWrapper) self;
    Object max = w.maxsize < 0 ? PyNone.NONE : (Object) w.maxsize;
    return Abstract.call(w.cacheInfoType, w.hits, w.misses, max, (long) w.cache.size());
  }

  @PythonMethod
  static Object cache_clear(Object self) {
    LruCacheWrapper w = (LruCacheWrapper) self;
    w.hits = 0;
    w.misses = 0;
    w.cache.clear();
    return PyNone.NONE;
  }

  /** Pickled by qualified name, as functions are. */
  @PythonMethod
  static Object __reduce__(Object self) {
    return Abstract.getAttr(self, "__qualname__");
  }

  @PythonMethod
  static Object __copy__(Object self, Object[] args) {
    return self;
  }

  @PythonMethod
  static Object __deepcopy__(Object self, Object[] args) {
    return self;
  }
}
