package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code dict} type, CPython's {@code Objects/dictobject.c}: a compact, insertion-ordered
 * hash table. A sparse index table (open addressing with CPython's perturbed probing) points into
 * dense arrays of hashes, keys and values kept in insertion order; deletion leaves a hole in the
 * dense arrays and a dummy in the index table until the next resize.
 */
public class PyDict {
  static final PyType TYPE;

  static {
    TYPE =
        PyType.fromSpec(
            PyType.Spec.of("dict", PyDict.class, MethodHandles.lookup())
                .allocator(Derived::new));
    TYPE.define("__hash__", PyNone.NONE);
    TYPE.define(
        "fromkeys",
        new PyClassMethod(FromKeys.function()));
    TYPE.fillSlots();
    TYPE.coexistingMethods("__getitem__", "__contains__");
    TYPE.setCollectionFlag(TypeFlags.MAPPING);
  }

  /** {@code dict.fromkeys(iterable, value=None)}, a classmethod. */
  static final class FromKeys {
    private FromKeys() {}

    /** The builtin function, its parser named "dict.fromkeys" as CPython's messages name it. */
    static PyBuiltinFunction function() {
      try {
        java.lang.reflect.Method m =
            FromKeys.class.getDeclaredMethod("fromkeys", Object.class, Object[].class);
        return new PyBuiltinFunction(
            "fromkeys", null, ArgParser.forMethod("dict.fromkeys", m, false),
            ArgParser.spread(MethodHandles.lookup().unreflect(m)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot expose dict.fromkeys", e);
      }
    }

    /**
     * Takes its arguments as a tuple and counts them itself, as {@code _PyArg_CheckPositional}
     * does, because the class it is bound to must not count as one of them.
     */
    @PythonMethod
    static Object fromkeys(Object cls, Object[] args) {
      if (args.length < 1 || args.length > 2) {
        throw PyErr.format(
            PyExc.TypeError, "fromkeys expected at %s, got %d",
            args.length < 1 ? "least 1 argument" : "most 2 arguments", args.length);
      }
      Object iterable = args[0];
      Object value = args.length > 1 ? args[1] : PyNone.NONE;
      Object d = Abstract.call(cls);
      if (d instanceof PyDict dict && d.getClass() == PyDict.class
          && iterable instanceof PySet set && set.getClass() == PySet.class) {
        // an exact dict from an exact set: the set's stored hashes serve (dict_fromkeys)
        PySet.Entries e = set.entries();
        for (int i = 0; i < e.keys.length; i++) {
          dict.putWithHash(e.keys[i], e.hashes[i], value);
        }
        return d;
      }
      Object it = Abstract.iter(iterable);
      for (Object k; (k = Abstract.next(it)) != null; ) {
        Abstract.setItem(d, k, value);
      }
      return d;
    }
  }

  private static final int EMPTY = -1;
  private static final int DUMMY = -2;

  private int[] indices;
  private long[] hashes;
  private Object[] keys;
  private Object[] values;
  private int used;
  private int size;
  /** Changes on every insertion of a new key or deletion (for iterators and caches). */
  private int version;
  /**
   * The {@link Finalizers.Guard} of the instance whose {@code __dict__} this is, when its class
   * defines {@code __del__}; otherwise null.
   */
  Object finalizerGuard;

  /** An empty dict. */
  public PyDict() {
    init(8);
  }

  private void init(int cap) {
    indices = new int[cap];
    Arrays.fill(indices, EMPTY);
    int usable = cap * 2 / 3;
    hashes = new long[usable];
    keys = new Object[usable];
    values = new Object[usable];
    used = 0;
    size = 0;
  }

  /** The number of items. */
  public int size() {
    return size;
  }

  /** A counter that changes when keys are added or removed. */
  public int version() {
    return version;
  }

  private static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a.getClass() == b.getClass() && (a instanceof String || a instanceof Long)) {
      return a.equals(b);
    }
    return Abstract.richCompareBool(a, b, Abstract.EQ);
  }

  private int find(Object key, long hash) {
    int mask = indices.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    while (true) {
      int ix = indices[i];
      if (ix == EMPTY) {
        return -1;
      }
      if (ix >= 0) {
        Object k = keys[ix];
        if (k == key || (hashes[ix] == hash && same(k, key))) {
          return ix;
        }
      }
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
  }

  private int slotOf(int entry, long hash) {
    int mask = indices.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    while (indices[i] != entry) {
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    return i;
  }

  private void insertIndex(int entry, long hash) {
    int mask = indices.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    while (indices[i] >= 0) {
      perturb >>>= 5;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    indices[i] = entry;
  }

  private void resize() {
    int cap = 8;
    while (cap * 2 / 3 <= size * 3 / 2 + 1) {
      cap <<= 1;
    }
    long[] oh = hashes;
    Object[] ok = keys;
    Object[] ov = values;
    int ou = used;
    init(cap);
    for (int j = 0; j < ou; j++) {
      if (ok[j] != null) {
        hashes[used] = oh[j];
        keys[used] = ok[j];
        values[used] = ov[j];
        insertIndex(used, oh[j]);
        used++;
        size++;
      }
    }
  }

  /** {@code d[key]} or null when absent (no {@code __missing__}). */
  public Object get(Object key) {
    int ix = find(key, Abstract.hash(key));
    return ix < 0 ? null : values[ix];
  }

  /** {@code d[key] = value}. */
  public void put(Object key, Object value) {
    long h = Abstract.hash(key);
    int ix = find(key, h);
    if (ix >= 0) {
      values[ix] = value;
      return;
    }
    insertNew(key, h, value);
  }

  /** {@code dict.setdefault(key, dflt)}: the key is hashed once ({@code PyDict_SetDefault}). */
  public Object setDefault(Object key, Object dflt) {
    long h = Abstract.hash(key);
    int ix = find(key, h);
    if (ix >= 0) {
      return values[ix];
    }
    insertNew(key, h, dflt);
    return dflt;
  }

  /** Adds a key known to be absent. */
  private void insertNew(Object key, long h, Object value) {
    if (used == keys.length) {
      resize();
    }
    hashes[used] = h;
    keys[used] = key;
    values[used] = value;
    insertIndex(used, h);
    used++;
    size++;
    version++;
  }

  /** Removes {@code key}, returning its value or null when absent. */
  public Object remove(Object key) {
    long h = Abstract.hash(key);
    int ix = find(key, h);
    if (ix < 0) {
      return null;
    }
    indices[slotOf(ix, h)] = DUMMY;
    Object v = values[ix];
    keys[ix] = null;
    values[ix] = null;
    size--;
    version++;
    return v;
  }

  /** Removes everything. */
  public void clear() {
    init(8);
    version++;
  }

  /** The keys, in order. */
  public List<Object> keyList() {
    List<Object> r = new ArrayList<>(size);
    for (int j = 0; j < used; j++) {
      if (keys[j] != null) {
        r.add(keys[j]);
      }
    }
    return r;
  }

  /** The values, in order. */
  public List<Object> valueList() {
    List<Object> r = new ArrayList<>(size);
    for (int j = 0; j < used; j++) {
      if (keys[j] != null) {
        r.add(values[j]);
      }
    }
    return r;
  }

  /** The items as Java map entries, in order (a snapshot). */
  public List<Map.Entry<Object, Object>> entries() {
    List<Map.Entry<Object, Object>> r = new ArrayList<>(size);
    for (int j = 0; j < used; j++) {
      if (keys[j] != null) {
        r.add(new AbstractMap.SimpleImmutableEntry<>(keys[j], values[j]));
      }
    }
    return r;
  }

  /** A shallow copy. */
  public PyDict copy() {
    PyDict d = new PyDict();
    for (int j = 0; j < used; j++) {
      if (keys[j] != null) {
        d.put(keys[j], values[j]);
      }
    }
    return d;
  }

  /** {@code dict.update(other)} for a mapping or an iterable of pairs. */
  public void update(Object other) {
    // a dict whose iteration is dict's own is read entry by entry (dict_merge)
    if (other instanceof PyDict o
        && (o.getClass() == PyDict.class
            || PyType.of(o).lookup("__iter__") == TYPE.lookup("__iter__"))) {
      int n = o.used;
      int size = o.size;
      for (int j = 0; j < n; j++) {
        Object k = o.keys[j];
        if (k == null) {
          continue;
        }
        put(k, o.values[j]);
        if (o.used != n || o.size != size) {
          throw PyErr.format(PyExc.RuntimeError, "dict mutated during update");
        }
      }
      return;
    }
    Object keysFn = Abstract.lookupAttr(other, "keys");
    if (keysFn != null) {
      Object it = Abstract.iter(Abstract.call(keysFn));
      for (Object k; (k = Abstract.next(it)) != null; ) {
        put(k, Abstract.getItem(other, k));
      }
      return;
    }
    Object it = Abstract.iter(other);
    int n = 0;
    for (Object item; (item = Abstract.next(it)) != null; n++) {
      PyTuple pair;
      try {
        pair = PyTuple.fromIterable(item);
      } catch (PyException e) {
        if (e.matches(PyExc.TypeError)) {
          throw PyErr.format(
              PyExc.TypeError,
              "cannot convert dictionary update sequence element #%d to a sequence",
              n);
        }
        throw e;
      }
      if (pair.size() != 2) {
        throw PyErr.format(
            PyExc.ValueError,
            "dictionary update sequence element #%d has length %d; 2 is required",
            n,
            pair.size());
      }
      put(pair.get(0), pair.get(1));
    }
  }

  /** The entry at dense position {@code j}, or skips holes: used by iterators. */
  int nextEntry(int j) {
    while (j < used && keys[j] == null) {
      j++;
    }
    return j < used ? j : -1;
  }

  /** The entry at dense position {@code j}, or the first before it that is not a hole. */
  int previousEntry(int j) {
    while (j >= 0 && keys[j] == null) {
      j--;
    }
    return j;
  }

  /** The number of dense entry positions, holes included ({@code dk_nentries}). */
  int entryCount() {
    return used;
  }

  /** The stored hash of the entry at dense position {@code j}. */
  long hashAt(int j) {
    return hashes[j];
  }

  /** {@code d[key] = value} for a key whose hash is known ({@code insertdict}). */
  void putWithHash(Object key, long hash, Object value) {
    int ix = find(key, hash);
    if (ix >= 0) {
      values[ix] = value;
    } else {
      insertNew(key, hash, value);
    }
  }

  Object keyAt(int j) {
    return keys[j];
  }

  // The interpreter's inline caches (LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR) remember where a key
  // sits in the dense arrays: an entry index stays valid while version() is unchanged, since only
  // adding or removing a key moves entries (CPython 3.11 caches dk_version and an index alike).

  /** The entry index of {@code key}, or -1 when absent. */
  public int indexOf(Object key) {
    return find(key, Abstract.hash(key));
  }

  /** The value of entry {@code ix}; valid for an index from {@link #indexOf} at this version. */
  public Object valueAtIndex(int ix) {
    return values[ix];
  }

  /** The value of entry {@code ix} if that entry's key is the string {@code name}, else null. */
  public Object valueIfKeyAt(int ix, String name) {
    if (ix < used) {
      Object k = keys[ix];
      if (k == name || name.equals(k)) {
        return values[ix];
      }
    }
    return null;
  }

  /** Stores {@code v} in entry {@code ix} if that entry's key is {@code name}; says if it did. */
  public boolean storeIfKeyAt(int ix, String name, Object v) {
    if (ix < used) {
      Object k = keys[ix];
      if (k == name || name.equals(k)) {
        values[ix] = v;
        return true;
      }
    }
    return false;
  }

  Object valueAt(int j) {
    return values[j];
  }

  @Override
  public String toString() {
    return (String) __repr__(this);
  }

  // ---------------------------------------------------------------- special methods

  static Object __repr__(Object self) {
    PyDict d = (PyDict) self;
    if (d.size == 0) {
      return "{}";
    }
    if (ReprGuard.enter(d)) {
      return "{...}";
    }
    try {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (int j = 0; j < d.used; j++) {
        if (d.keys[j] != null) {
          if (!first) {
            sb.append(", ");
          }
          first = false;
          Object k = d.keys[j];
          Object v = d.values[j];
          sb.append(Abstract.reprJava(k)).append(": ").append(Abstract.reprJava(v));
        }
      }
      return sb.append('}').toString();
    } finally {
      ReprGuard.leave(d);
    }
  }

  static Object __len__(Object self) {
    return (long) ((PyDict) self).size;
  }

  /**
   * {@code dict.__sizeof__}: what CPython 3.11's layout would take: the dict object, and unless it
   * is empty a keys table of the smallest power-of-two size (at least 8) whose two thirds hold
   * the items, with index bytes and 24-byte entries (16-byte entries when every key is a str).
   */
  @org.taipan.api.expose.PythonMethod
  static Object __sizeof__(Object self) {
    PyDict d = (PyDict) self;
    if (d.size == 0) {
      return 48L;
    }
    long cap = 8;
    while (cap * 2 / 3 < d.size) {
      cap *= 2;
    }
    long usable = cap * 2 / 3;
    int indexBytes = cap <= 0x80 ? 1 : cap <= 0x8000 ? 2 : cap <= 0x80000000L ? 4 : 8;
    boolean strKeys = true;
    for (Object k : d.keyList()) {
      if (!(k instanceof String || k instanceof PyCodePoints)) {
        strKeys = false;
        break;
      }
    }
    return 48L + 32L + indexBytes * cap + usable * (strKeys ? 16 : 24);
  }

  static Object __getitem__(Object self, Object key) {
    Object v = ((PyDict) self).get(key);
    if (v == null && self.getClass() != PyDict.class) {
      Object missing = PyType.of(self).lookup("__missing__");
      if (missing != null) {
        return Abstract.callAsMethod(missing, self, new Object[] {key}, null);
      }
    }
    if (v == null) {
      throw PyErr.newException(PyExc.KeyError, key);
    }
    return v;
  }

  static Object __setitem__(Object self, Object key, Object value) {
    ((PyDict) self).put(key, value);
    return PyNone.NONE;
  }

  static Object __delitem__(Object self, Object key) {
    if (((PyDict) self).remove(key) == null) {
      throw PyErr.newException(PyExc.KeyError, key);
    }
    return PyNone.NONE;
  }

  static Object __contains__(Object self, Object key) {
    return ((PyDict) self).get(key) != null;
  }

  static Object __iter__(Object self) {
    return new PyDictIterator((PyDict) self, PyDictIterator.KEYS);
  }

  static Object __eq__(Object a, Object b) {
    if (!(b instanceof PyDict y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyDict x = (PyDict) a;
    if (x.size != y.size) {
      return false;
    }
    for (Map.Entry<Object, Object> e : x.entries()) {
      Object v = y.get(e.getKey());
      if (v == null || !Abstract.richCompareBool(e.getValue(), v, Abstract.EQ)) {
        return false;
      }
    }
    return true;
  }

  static Object __ne__(Object a, Object b) {
    Object r = __eq__(a, b);
    return r instanceof Boolean t ? (Object) !t : r;
  }

  static Object __or__(Object a, Object b) {
    if (!(b instanceof PyDict y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyDict r = ((PyDict) a).copy();
    r.update(y);
    return r;
  }

  static Object __ior__(Object a, Object b) {
    ((PyDict) a).update(b);
    return a;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyDict() : new Derived(cls);
  }

  /** An instance of a Python subclass of {@code dict}. */
  static final class Derived extends PyDict implements AssignableClass, WithDict {
    private PyType type;
    private PyDict dict;

    Derived(PyType type) {
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public void setType(PyType t) {
      type = t;
    }

    @Override
    public boolean replaceDict(PyDict d) {
      dict = d;
      return true;
    }

    @Override
    public PyDict getDict() {
      if (dict == null) {
        dict = new PyDict();
      }
      return dict;
    }
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    PyDict d = (PyDict) self;
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (n > 1) {
      throw PyErr.format(PyExc.TypeError, "dict expected at most 1 argument, got %d", n);
    }
    if (n == 1) {
      d.update(args[0]);
    }
    for (int k = 0; k < nk; k++) {
      d.put(kwnames[k], args[n + k]);
    }
    return PyNone.NONE;
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod
  static Object get(Object self, Object key, @Default("None") Object dflt) {
    Object v = ((PyDict) self).get(key);
    return v == null ? dflt : v;
  }

  @PythonMethod
  static Object setdefault(Object self, Object key, @Default("None") Object dflt) {
    return ((PyDict) self).setDefault(key, dflt);
  }

  @PythonMethod
  static Object pop(Object self, Object key, Object[] dflt) {
    Object v = ((PyDict) self).remove(key);
    if (v == null) {
      if (dflt.length > 0) {
        return dflt[0];
      }
      throw PyErr.newException(PyExc.KeyError, key);
    }
    return v;
  }

  @PythonMethod
  static Object popitem(Object self) {
    PyDict d = (PyDict) self;
    for (int j = d.used - 1; j >= 0; j--) {
      if (d.keys[j] != null) {
        Object k = d.keys[j];
        Object v = d.values[j];
        d.remove(k);
        return new PyTuple(k, v);
      }
    }
    throw PyErr.format(PyExc.KeyError, "popitem(): dictionary is empty");
  }

  @PythonMethod
  static Object keys(Object self) {
    return new PyDictView((PyDict) self, PyDictIterator.KEYS);
  }

  @PythonMethod
  static Object values(Object self) {
    return new PyDictView((PyDict) self, PyDictIterator.VALUES);
  }

  @PythonMethod
  static Object items(Object self) {
    return new PyDictView((PyDict) self, PyDictIterator.ITEMS);
  }

  @PythonMethod
  static Object update(Object self, Object[] args, PyDict kwargs) {
    PyDict d = (PyDict) self;
    if (args.length > 1) {
      throw PyErr.format(
          PyExc.TypeError, "update expected at most 1 argument, got %d", args.length);
    }
    if (args.length == 1) {
      d.update(args[0]);
    }
    d.update(kwargs);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object clear(Object self) {
    ((PyDict) self).clear();
    return PyNone.NONE;
  }

  @PythonMethod
  static Object copy(Object self) {
    return ((PyDict) self).copy();
  }

  @PythonMethod
  static Object __reversed__(Object self) {
    return new PyDictIterator((PyDict) self, PyDictIterator.KEYS, true);
  }

}
