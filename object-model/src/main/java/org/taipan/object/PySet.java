package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code set} and {@code frozenset} types, CPython's {@code Objects/setobject.c}. The table
 * is laid out as CPython lays it out (linear probing in runs of 9, then perturbed jumps; the same
 * growth rule), so that iteration order, which programs print, is the same as CPython's for
 * values with the same hashes.
 */
public class PySet implements PyObject {
  static final PyType SET_TYPE;
  static final PyType FROZENSET_TYPE;

  static {
    SET_TYPE =
        PyType.fromSpec(
            new PyType.Spec(
                "set", "builtins", PySet.class, MethodHandles.lookup(), null,
                java.util.List.of(), null, true));
    SET_TYPE.define("__hash__", PyNone.NONE);
    SET_TYPE.fillSlots();
    SET_TYPE.coexistingMethods("__contains__");
    FROZENSET_TYPE =
        PyType.fromSpec(
            new PyType.Spec(
                "frozenset", "builtins", PySet.class, MethodHandles.lookup(), null,
                java.util.List.of(), null, true));
    // frozenset shares set's Java class, so it was exposed with set's mutators; CPython's
    // frozenset has none of them.
    FROZENSET_TYPE.undefine(
        "__iand__", "__ior__", "__isub__", "__ixor__", "add", "clear", "difference_update",
        "discard", "intersection_update", "pop", "remove", "symmetric_difference_update",
        "update");
    FROZENSET_TYPE.coexistingMethods("__contains__");
    SET_TYPE.weakrefable = true;
    FROZENSET_TYPE.weakrefable = true;
  }

  private static final Object DUMMY = new Object();
  private static final int LINEAR_PROBES = 9;
  private static final int PERTURB_SHIFT = 5;

  private Object[] table;
  private long[] hashes;
  private int fill;
  private int used;
  final boolean frozen;
  /** A frozenset's hash once computed, else -1 (CPython caches it too: nested frozensets). */
  private long hash = -1;

  /** An empty set (or frozenset). */
  public PySet(boolean frozen) {
    this.frozen = frozen;
    table = new Object[8];
    hashes = new long[8];
  }

  @Override
  public PyType getType() {
    return frozen ? FROZENSET_TYPE : SET_TYPE;
  }

  /** Whether this is a {@code frozenset}. */
  public boolean isFrozen() {
    return frozen;
  }

  /** The number of elements. */
  public int size() {
    return used;
  }

  /** A set of the items of an iterable. */
  public static PySet fromIterable(Object it, boolean frozen) {
    PySet s = new PySet(frozen);
    s.update(it);
    return s;
  }

  /** The elements with their stored hashes, at one moment (so no element is hashed again). */
  static final class Entries {
    final Object[] keys;
    final long[] hashes;

    Entries(Object[] keys, long[] hashes) {
      this.keys = keys;
      this.hashes = hashes;
    }
  }

  /** The elements and their hashes in table order. */
  Entries entries() {
    Object[] k = new Object[used];
    long[] h = new long[used];
    int n = 0;
    for (int i = 0; i < table.length && n < k.length; i++) {
      Object x = table[i];
      if (x != null && x != DUMMY) {
        k[n] = x;
        h[n++] = hashes[i];
      }
    }
    return new Entries(Arrays.copyOf(k, n), Arrays.copyOf(h, n));
  }

  /**
   * Adds every item of an iterable. The hashes a set or an exact dict stores are reused, as
   * CPython's {@code set_update_internal} does: the items are not hashed again.
   */
  public void update(Object iterable) {
    if (iterable instanceof PySet o) {
      Entries e = o.entries();
      for (int i = 0; i < e.keys.length; i++) {
        addWithHash(e.keys[i], e.hashes[i]);
      }
      return;
    }
    if (iterable instanceof PyDict d && d.getClass() == PyDict.class) {
      int size = d.size();
      for (int j = d.nextEntry(0); j >= 0; j = d.nextEntry(j + 1)) {
        addWithHash(d.keyAt(j), d.hashAt(j));
        if (d.size() != size) {
          throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
        }
      }
      return;
    }
    Object it = Abstract.iter(iterable);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      add(x);
    }
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

  /** Adds {@code key} ({@code set_add_entry}). */
  public void add(Object key) {
    addWithHash(key, Abstract.hash(key));
  }

  /** Adds {@code key} whose hash is known. */
  void addWithHash(Object key, long hash) {
    while (!tryAdd(key, hash)) {
      // an __eq__ changed the set while we probed it: look again (CPython's "restart")
    }
  }

  /** One probe sequence of {@link #add}; false when a comparison changed the table under it. */
  private boolean tryAdd(Object key, long hash) {
    Object[] t = table;
    int mask = t.length - 1;
    int i = (int) (hash & mask);
    int freeslot = -1;
    long perturb = hash;
    while (true) {
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
      int j = i;
      do {
        Object k = t[j];
        if (k == null) {
          if (freeslot >= 0) {
            j = freeslot;
            used++;
            t[j] = key;
            hashes[j] = hash;
            return true;
          }
          fill++;
          used++;
          t[j] = key;
          hashes[j] = hash;
          if ((long) fill * 5 >= (long) mask * 3) {
            resize(used > 50000 ? used * 2 : used * 4);
          }
          return true;
        }
        if (k == DUMMY) {
          if (freeslot < 0) {
            freeslot = j;
          }
        } else if (hashes[j] == hash) {
          boolean eq = same(k, key);
          if (table != t || t[j] != k) {
            return false;
          }
          if (eq) {
            return true;
          }
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  private void resize(int minused) {
    int newsize = 8;
    while (newsize <= minused) {
      newsize <<= 1;
    }
    Object[] oldTable = table;
    long[] oldHashes = hashes;
    table = new Object[newsize];
    hashes = new long[newsize];
    fill = used;
    int mask = newsize - 1;
    for (int k = 0; k < oldTable.length; k++) {
      Object key = oldTable[k];
      if (key != null && key != DUMMY) {
        long hash = oldHashes[k];
        long perturb = hash;
        int i = (int) (hash & mask);
        outer:
        while (true) {
          if (table[i] == null) {
            table[i] = key;
            hashes[i] = hash;
            break;
          }
          if (i + LINEAR_PROBES <= mask) {
            for (int j = 1; j <= LINEAR_PROBES; j++) {
              if (table[i + j] == null) {
                table[i + j] = key;
                hashes[i + j] = hash;
                break outer;
              }
            }
          }
          perturb >>>= PERTURB_SHIFT;
          i = (int) ((i * 5L + 1 + perturb) & mask);
        }
      }
    }
  }

  private int find(Object key) {
    return find(key, Abstract.hash(key));
  }

  private int find(Object key, long hash) {
    int j;
    while ((j = tryFind(key, hash)) == RESTART) {
      // an __eq__ changed the set while we probed it: look again
    }
    return j;
  }

  private static final int RESTART = -2;

  /** One probe sequence of {@link #find}: the slot, -1 when absent, or {@link #RESTART}. */
  private int tryFind(Object key, long hash) {
    Object[] t = table;
    int mask = t.length - 1;
    int i = (int) (hash & mask);
    long perturb = hash;
    while (true) {
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
      int j = i;
      do {
        Object k = t[j];
        if (k == null) {
          return -1;
        }
        if (k != DUMMY && hashes[j] == hash) {
          boolean eq = same(k, key);
          if (table != t || t[j] != k) {
            return RESTART;
          }
          if (eq) {
            return j;
          }
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  /** Whether {@code key} is an element. */
  public boolean contains(Object key) {
    return find(key) >= 0;
  }

  /** Whether {@code key}, whose hash is known, is an element. */
  boolean contains(Object key, long hash) {
    return find(key, hash) >= 0;
  }

  /** Removes {@code key}; returns whether it was present. */
  public boolean discard(Object key) {
    int j = find(key);
    if (j < 0) {
      return false;
    }
    table[j] = DUMMY;
    hashes[j] = -1;
    used--;
    return true;
  }

  /** The elements in table order. */
  public List<Object> items() {
    List<Object> r = new ArrayList<>(used);
    for (Object k : table) {
      if (k != null && k != DUMMY) {
        r.add(k);
      }
    }
    return r;
  }

  private PySet like() {
    return new PySet(frozen);
  }

  private static PySet asSet(Object o) {
    if (o instanceof PySet s) {
      return s;
    }
    return null;
  }

  // ---------------------------------------------------------------- special methods

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    boolean frozen = cls.isSubtypeOf(FROZENSET_TYPE);
    int nk = kwnames == null ? 0 : kwnames.length;
    if (!frozen) {
      if (nk > 0 && cls == SET_TYPE) {
        throw PyErr.format(PyExc.TypeError, "set() takes no keyword arguments");
      }
      return cls == SET_TYPE ? new PySet(false) : new Derived(cls, false);
    }
    // keywords are refused unless a subclass's own __init__ may want them
    if (nk > 0 && (cls == FROZENSET_TYPE || cls.lookup("__init__") == FROZENSET_TYPE.lookup("__init__"))) {
      throw PyErr.format(PyExc.TypeError, "frozenset() takes no keyword arguments");
    }
    int n = args.length - nk;
    if (n > 1) {
      throw PyErr.format(PyExc.TypeError, "frozenset expected at most 1 argument, got %d", n);
    }
    if (cls == FROZENSET_TYPE) {
      if (n == 1 && args[0] instanceof PySet f && f.getClass() == PySet.class && f.frozen) {
        return f;
      }
      return n == 0 ? new PySet(true) : fromIterable(args[0], true);
    }
    PySet r = new Derived(cls, true);
    if (n == 1) {
      r.update(args[0]);
    }
    return r;
  }

  /** An instance of a Python subclass of {@code set} or {@code frozenset}. */
  static final class Derived extends PySet implements WithDict {
    private final PyType type;
    private final PyDict dict = new PyDict();

    Derived(PyType type, boolean frozen) {
      super(frozen);
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

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    PySet s = (PySet) self;
    if (s.frozen) {
      return PyNone.NONE;
    }
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(PyExc.TypeError, "set() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErr.format(
          PyExc.TypeError, "set expected at most 1 argument, got %d", args.length);
    }
    s.table = new Object[8];
    s.hashes = new long[8];
    s.fill = 0;
    s.used = 0;
    if (args.length == 1) {
      s.update(args[0]);
    }
    return PyNone.NONE;
  }

  static Object __repr__(Object self) {
    PySet s = (PySet) self;
    String name = s.getType().getName();
    if (s.used == 0) {
      return name + "()";
    }
    if (ReprGuard.enter(s)) {
      return name + "(...)";
    }
    try {
      List<Object> it = s.items();
      String body = Sequences.repr(it.toArray(), it.size(), "{", "}");
      return s.frozen || s.getType() != SET_TYPE ? name + "(" + body + ")" : body;
    } finally {
      ReprGuard.leave(s);
    }
  }

  static Object __len__(Object self) {
    return (long) ((PySet) self).used;
  }

  /** {@code set___sizeof__}: CPython's set object, and its table once it outgrows the eight built in. */
  @org.taipan.api.expose.PythonMethod
  static Object __sizeof__(Object self) {
    Object[] t = ((PySet) self).table;
    return 200L + (t != null && t.length > 8 ? 16L * t.length : 0L);
  }

  static Object __contains__(Object self, Object key) {
    try {
      return ((PySet) self).contains(key);
    } catch (PyException e) {
      if (key instanceof PySet k && e.matches(PyExc.TypeError)) {
        return ((PySet) self).contains(fromIterable(k, true));
      }
      throw e;
    }
  }

  static Object __iter__(Object self) {
    PySet s = (PySet) self;
    return new PySetIterator(s);
  }

  static Object __hash__(Object self) {
    PySet s = (PySet) self;
    if (s.hash != -1) {
      return s.hash;
    }
    long hash = 0;
    for (Object k : s.items()) {
      long h = Abstract.hash(k);
      hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
    hash ^= ((long) s.used + 1) * 1927868237L;
    hash ^= (hash >>> 11) ^ (hash >>> 25);
    hash = hash * 69069L + 907133923L;
    hash = hash == -1 ? 590923713L : hash;
    if (s.frozen) {
      s.hash = hash;
    }
    return hash;
  }

  static Object __eq__(Object a, Object b) {
    PySet y = asSet(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySet x = (PySet) a;
    return x.used == y.used && issubset(x, y) == Boolean.TRUE;
  }

  static Object __ne__(Object a, Object b) {
    Object r = __eq__(a, b);
    return r instanceof Boolean t ? (Object) !t : r;
  }

  static Object __le__(Object a, Object b) {
    PySet y = asSet(b);
    return y == null ? PyNotImplemented.NOT_IMPLEMENTED : issubset(a, y);
  }

  static Object __lt__(Object a, Object b) {
    PySet y = asSet(b);
    return y == null
        ? PyNotImplemented.NOT_IMPLEMENTED
        : (Object) (((PySet) a).used < y.used && issubset(a, y) == Boolean.TRUE);
  }

  static Object __ge__(Object a, Object b) {
    PySet y = asSet(b);
    return y == null ? PyNotImplemented.NOT_IMPLEMENTED : issubset(y, a);
  }

  static Object __gt__(Object a, Object b) {
    PySet y = asSet(b);
    return y == null
        ? PyNotImplemented.NOT_IMPLEMENTED
        : (Object) (((PySet) a).used > y.used && issubset(y, a) == Boolean.TRUE);
  }

  static Object __or__(Object a, Object b) {
    PySet y = asSet(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySet r = ((PySet) a).like();
    r.update(a);
    r.update(y);
    return r;
  }

  static Object __and__(Object a, Object b) {
    PySet y = asSet(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySet x = (PySet) a;
    PySet r = x.like();
    PySet small = x.used <= y.used ? x : y;
    PySet big = small == x ? y : x;
    Entries e = small.entries();
    for (int i = 0; i < e.keys.length; i++) {
      if (big.contains(e.keys[i], e.hashes[i])) {
        r.addWithHash(e.keys[i], e.hashes[i]);
      }
    }
    return r;
  }

  static Object __sub__(Object a, Object b) {
    PySet y = asSet(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySet x = (PySet) a;
    PySet r = x.like();
    r.addAbsent(x, y);
    return r;
  }

  static Object __xor__(Object a, Object b) {
    PySet y = asSet(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySet x = (PySet) a;
    PySet r = x.like();
    r.addAbsent(x, y);
    r.addAbsent(y, x);
    return r;
  }

  private static PySet mutable(Object self, String op) {
    return (PySet) self;
  }

  /** Adds the elements of {@code from} that {@code other} lacks, with their stored hashes. */
  private void addAbsent(PySet from, PySet other) {
    Entries e = from.entries();
    for (int i = 0; i < e.keys.length; i++) {
      if (!other.contains(e.keys[i], e.hashes[i])) {
        addWithHash(e.keys[i], e.hashes[i]);
      }
    }
  }

  static Object __ior__(Object a, Object b) {
    if (asSet(b) == null || ((PySet) a).frozen) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    ((PySet) a).update(b);
    return a;
  }

  static Object __iand__(Object a, Object b) {
    if (asSet(b) == null || ((PySet) a).frozen) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySet r = (PySet) __and__(a, b);
    copyInto(r, (PySet) a);
    return a;
  }

  static Object __isub__(Object a, Object b) {
    if (asSet(b) == null || ((PySet) a).frozen) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    for (Object k : ((PySet) b).items()) {
      ((PySet) a).discard(k);
    }
    return a;
  }

  static Object __ixor__(Object a, Object b) {
    if (asSet(b) == null || ((PySet) a).frozen) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PySet r = (PySet) __xor__(a, b);
    copyInto(r, (PySet) a);
    return a;
  }

  private static void copyInto(PySet from, PySet to) {
    to.table = from.table;
    to.hashes = from.hashes;
    to.fill = from.fill;
    to.used = from.used;
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod
  static Object add(Object self, Object key) {
    mutable(self, "add").add(key);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object discard(Object self, Object key) {
    discardKey((PySet) self, key);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object remove(Object self, Object key) {
    if (!discardKey((PySet) self, key)) {
      throw PyErr.newException(PyExc.KeyError, key);
    }
    return PyNone.NONE;
  }

  /** {@code set_discard_key}: an unhashable set as key stands for the frozenset of its items. */
  private static boolean discardKey(PySet s, Object key) {
    try {
      return s.discard(key);
    } catch (PyException e) {
      if (key instanceof PySet k && e.matches(PyExc.TypeError)) {
        return s.discard(fromIterable(k, true));
      }
      throw e;
    }
  }

  /** {@code set_reduce}: {@code (type(self), (list(self),), self.__getstate__())}. */
  @PythonMethod
  static Object __reduce__(Object self) {
    PySet s = (PySet) self;
    return new PyTuple(
        s.getType(), new PyTuple(new PyList(s.items())), Abstract.callMethod(s, "__getstate__"));
  }

  @PythonMethod
  static Object pop(Object self) {
    PySet s = (PySet) self;
    for (int i = 0; i < s.table.length; i++) {
      Object k = s.table[i];
      if (k != null && k != DUMMY) {
        s.table[i] = DUMMY;
        s.hashes[i] = -1;
        s.used--;
        return k;
      }
    }
    throw PyErr.format(PyExc.KeyError, "pop from an empty set");
  }

  @PythonMethod
  static Object clear(Object self) {
    PySet s = (PySet) self;
    s.table = new Object[8];
    s.hashes = new long[8];
    s.fill = 0;
    s.used = 0;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object copy(Object self) {
    PySet s = (PySet) self;
    return s.frozen && s.getClass() == PySet.class ? s : s.duplicate();
  }

  /** A new set (or frozenset) of the base type with these items ({@code set_copy}). */
  private PySet duplicate() {
    PySet r = like();
    r.update(this);
    return r;
  }

  @PythonMethod
  static Object update(Object self, Object[] others) {
    for (Object o : others) {
      ((PySet) self).update(o);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object union(Object self, Object[] others) {
    PySet r = ((PySet) self).duplicate();
    for (Object o : others) {
      r.update(o);
    }
    return r;
  }

  @PythonMethod
  static Object intersection(Object self, Object[] others) {
    Object r = ((PySet) self).duplicate();
    for (Object o : others) {
      r = __and__(r, fromIterable(o, false));
    }
    return r;
  }

  @PythonMethod
  static Object difference(Object self, Object[] others) {
    Object r = ((PySet) self).duplicate();
    for (Object o : others) {
      r = __sub__(r, fromIterable(o, false));
    }
    return r;
  }

  @PythonMethod
  static Object symmetric_difference(Object self, Object other) {
    return __xor__(self, fromIterable(other, false));
  }

  @PythonMethod
  static Object intersection_update(Object self, Object[] others) {
    PySet r = (PySet) intersection(self, others);
    copyInto(r, (PySet) self);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object difference_update(Object self, Object[] others) {
    for (Object o : others) {
      Object it = Abstract.iter(o);
      for (Object k; (k = Abstract.next(it)) != null; ) {
        ((PySet) self).discard(k);
      }
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object symmetric_difference_update(Object self, Object other) {
    PySet r = (PySet) __xor__(self, fromIterable(other, false));
    copyInto(r, (PySet) self);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object issubset(Object self, Object other) {
    PySet y = asSet(other) != null ? (PySet) other : fromIterable(other, false);
    Entries e = ((PySet) self).entries();
    for (int i = 0; i < e.keys.length; i++) {
      if (!y.contains(e.keys[i], e.hashes[i])) {
        return false;
      }
    }
    return true;
  }

  @PythonMethod
  static Object issuperset(Object self, Object other) {
    PySet y = asSet(other) != null ? (PySet) other : fromIterable(other, false);
    return issubset(y, self);
  }

  @PythonMethod
  static Object isdisjoint(Object self, Object other) {
    Object it = Abstract.iter(other);
    for (Object k; (k = Abstract.next(it)) != null; ) {
      if (((PySet) self).contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** Iterator over a set; RuntimeError if the set changes size. */
  static final class PySetIterator extends PyIterator
      implements PyIterator.Reducible, PyIterator.LengthHinted {
    static final PyType TYPE = makeType("set_iterator", PySetIterator.class);
    /** The set, until the iteration ends (then null, so the iterator keeps it alive no longer). */
    private PySet set;
    private final int size;
    private int pos;
    private int remaining;

    PySetIterator(PySet set) {
      this.set = set;
      this.size = set.used;
      this.remaining = size;
    }

    private PySetIterator(PySetIterator it) {
      this.set = it.set;
      this.size = it.size;
      this.pos = it.pos;
      this.remaining = it.remaining;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (pos < 0) {
        return null;
      }
      if (set.used != size) {
        pos = -1;
        set = null;
        throw PyErr.format(PyExc.RuntimeError, "Set changed size during iteration");
      }
      Object[] t = set.table;
      while (pos < t.length) {
        Object k = t[pos++];
        if (k != null && k != DUMMY) {
          remaining--;
          return k;
        }
      }
      pos = -1;
      set = null;
      return null;
    }

    /** {@code setiter_reduce}: {@code (iter, (list of the items left,))}, this left as it is. */
    @Override
    public PyTuple reduce() {
      return IteratorMethods.iterOfRemaining(new PySetIterator(this));
    }

    /** {@code setiter_len}: the items left, 0 once the set changed size. */
    @Override
    public Object lengthHint() {
      return pos >= 0 && set != null && set.used == size ? (long) remaining : 0L;
    }
  }
}
