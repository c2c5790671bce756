package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyIterator;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyNotImplemented;
import org.taipan.object.PyNumber;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.PyBytes;
import org.taipan.object.WithDict;

/**
 * {@code collections.deque}, CPython's {@code Modules/_collectionsmodule.c}: a ring buffer with
 * an optional maximum length, and a mutation counter ({@code state}) that its iterators check.
 */
class PyDeque {
  static final PyType TYPE =
      DataSupport.type("deque", "collections", PyDeque.class, MethodHandles.lookup(),
          Derived::new, null, PyDeque.class);
  static final PyType ITER_TYPE =
      DataSupport.type("_deque_iterator", "_collections", DequeIter.class,
          MethodHandles.lookup(), null, null, DequeIter.class);
  static final PyType REVITER_TYPE =
      DataSupport.type("_deque_reverse_iterator", "_collections", DequeRevIter.class,
          MethodHandles.lookup(), null, null, DequeRevIter.class);

  static {
    TYPE.defineBuiltin("__hash__", PyNone.NONE);
    TYPE.setCollectionFlag(org.taipan.object.TypeFlags.SEQUENCE);
    DataSupport.genericAlias(TYPE);
  }

  private Object[] items = new Object[8];
  private int head;
  int size;
  /** -1 when unbounded. */
  long maxlen = -1;
  /** Incremented by every mutation, as CPython's {@code deque->state}. */
  long state;

  PyDeque() {}

  /** An instance of a Python subclass. */
  static final class Derived extends PyDeque implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type) {
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      if (dict == null) {
        dict = new PyDict();
      }
      return dict;
    }
  }

  // ---------------------------------------------------------------- storage

  Object get(int i) {
    return items[(head + i) & (items.length - 1)];
  }

  private void set(int i, Object v) {
    items[(head + i) & (items.length - 1)] = v;
  }

  private void grow() {
    if (size == items.length) {
      Object[] n = new Object[items.length * 2];
      for (int i = 0; i < size; i++) {
        n[i] = get(i);
      }
      items = n;
      head = 0;
    }
  }

  void appendRight(Object x) {
    state++;
    if (maxlen == 0) {
      return;
    }
    grow();
    set(size++, x);
    if (maxlen >= 0 && size > maxlen) {
      popLeft();
    }
  }

  void appendLeft(Object x) {
    state++;
    if (maxlen == 0) {
      return;
    }
    grow();
    head = (head - 1) & (items.length - 1);
    items[head] = x;
    size++;
    if (maxlen >= 0 && size > maxlen) {
      popRight();
    }
  }

  Object popRight() {
    if (size == 0) {
      throw PyErr.format(PyExc.IndexError, "pop from an empty deque");
    }
    state++;
    int j = (head + size - 1) & (items.length - 1);
    Object r = items[j];
    items[j] = null;
    size--;
    return r;
  }

  Object popLeft() {
    if (size == 0) {
      throw PyErr.format(PyExc.IndexError, "pop from an empty deque");
    }
    state++;
    Object r = items[head];
    items[head] = null;
    head = (head + 1) & (items.length - 1);
    size--;
    return r;
  }

  void clearAll() {
    state++;
    items = new Object[8];
    head = 0;
    size = 0;
  }

  Object[] toArray() {
    Object[] r = new Object[size];
    for (int i = 0; i < size; i++) {
      r[i] = get(i);
    }
    return r;
  }

  private void rotateBy(long n) {
    if (size <= 1) {
      return;
    }
    int k = (int) Math.floorMod(n, (long) size);
    if (k == 0) {
      return;
    }
    state++;
    Object[] a = toArray();
    Object[] b = new Object[items.length];
    for (int i = 0; i < size; i++) {
      b[(i + k) % size] = a[i];
    }
    items = b;
    head = 0;
  }

  private static PyDeque self(Object o) {
    return (PyDeque) o;
  }

  private void extendRight(Object iterable) {
    if (iterable == this) {
      iterable = new PyList(Arrays.asList(toArray()));
    }
    Object it = Abstract.iter(iterable);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      appendRight(x);
    }
  }

  private void extendLeft(Object iterable) {
    if (iterable == this) {
      iterable = new PyList(Arrays.asList(toArray()));
    }
    Object it = Abstract.iter(iterable);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      appendLeft(x);
    }
  }

  /** A new deque of the same type and maxlen ({@code deque_copy}). */
  private PyDeque copyDeque() {
    PyType t = PyType.of(this);
    if (t == TYPE) {
      PyDeque d = new PyDeque();
      d.maxlen = maxlen;
      for (int i = 0; i < size; i++) {
        d.appendRight(get(i));
      }
      return d;
    }
    PyList items = new PyList(Arrays.asList(toArray()));
    Object r = maxlen < 0 ? Abstract.call(t, items) : Abstract.call(t, items, maxlen);
    if (!(r instanceof PyDeque d)) {
      throw DataSupport.typeError("%s() must return a deque, not %s", t.getName(),
          DataSupport.typeName(r));
    }
    return d;
  }

  // ---------------------------------------------------------------- construction

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyDeque() : new Derived(cls);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    CallArgs a = new CallArgs(args, kwnames);
    if (a.count() > 2) {
      throw DataSupport.typeError("deque() takes at most 2 arguments (%d given)",
          a.count() + a.kwnames.length);
    }
    Object iterable = a.count() > 0 ? a.positional[0] : null;
    Object maxlenArg = a.count() > 1 ? a.positional[1] : null;
    for (int k = 0; k < a.kwnames.length; k++) {
      String n = a.kwnames[k];
      if (n.equals("iterable") && a.count() < 1) {
        iterable = a.kwvalues[k];
      } else if (n.equals("maxlen") && a.count() < 2) {
        maxlenArg = a.kwvalues[k];
      } else if (n.equals("iterable") || n.equals("maxlen")) {
        throw DataSupport.typeError("argument for deque() given by name ('%s') and position (%d)",
            n, n.equals("iterable") ? 1 : 2);
      } else {
        throw DataSupport.typeError("'%s' is an invalid keyword argument for deque()", n);
      }
    }
    PyDeque d = self(self);
    long m = -1;
    if (maxlenArg != null && maxlenArg != PyNone.NONE) {
      if (!PyNumber.isIndex(maxlenArg)) {
        throw DataSupport.typeError("an integer is required");
      }
      m = DataSupport.asSsize(maxlenArg);
      if (m < 0) {
        throw DataSupport.valueError("maxlen must be non-negative");
      }
    }
    d.maxlen = m;
    if (d.size > 0) {
      d.clearAll();
    }
    if (iterable != null) {
      d.extendRight(iterable);
    }
    return PyNone.NONE;
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod
  static Object append(Object self, Object x) {
    self(self).appendRight(x);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object appendleft(Object self, Object x) {
    self(self).appendLeft(x);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object pop(Object self) {
    return self(self).popRight();
  }

  @PythonMethod
  static Object popleft(Object self) {
    return self(self).popLeft();
  }

  @PythonMethod
  static Object extend(Object self, Object iterable) {
    self(self).extendRight(iterable);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object extendleft(Object self, Object iterable) {
    self(self).extendLeft(iterable);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object clear(Object self) {
    self(self).clearAll();
    return PyNone.NONE;
  }

  @PythonMethod
  static Object copy(Object self) {
    return self(self).copyDeque();
  }

  @PythonMethod
  static Object __copy__(Object self) {
    return self(self).copyDeque();
  }

  @PythonMethod
  static Object count(Object self, Object v) {
    PyDeque d = self(self);
    long start = d.state;
    long n = 0;
    for (int i = 0; i < d.size; i++) {
      Object item = d.get(i);
      boolean eq = Abstract.richCompareBool(item, v, Abstract.EQ);
      if (start != d.state) {
        throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
      }
      if (eq) {
        n++;
      }
    }
    return n;
  }

  @PythonMethod
  static Object index(Object self, Object v, Object[] range) {
    PyDeque d = self(self);
    if (range.length > 2) {
      throw DataSupport.typeError("index expected at most 3 arguments, got %d", range.length + 1);
    }
    long start = 0;
    long stop = d.size;
    if (range.length > 0) {
      start = sliceIndex(range[0]);
    }
    if (range.length > 1) {
      stop = sliceIndex(range[1]);
    }
    if (start < 0) {
      start = Math.max(0, start + d.size);
    }
    if (stop < 0) {
      stop = Math.max(0, stop + d.size);
    }
    stop = Math.min(stop, d.size);
    long st = d.state;
    for (long i = start; i < stop; i++) {
      boolean eq = Abstract.richCompareBool(d.get((int) i), v, Abstract.EQ);
      if (st != d.state) {
        throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
      }
      if (eq) {
        return i;
      }
    }
    throw DataSupport.valueError("%s is not in deque", Abstract.reprJava(v));
  }

  private static long sliceIndex(Object o) {
    if (!PyNumber.isIndex(o)) {
      throw DataSupport.typeError(
          "slice indices must be integers or have an __index__ method");
    }
    return PyNumber.asLongClamped(o);
  }

  @PythonMethod
  static Object insert(Object self, Object index, Object x) {
    PyDeque d = self(self);
    long i = DataSupport.asSsize(index);
    if (d.maxlen >= 0 && d.size >= d.maxlen) {
      throw PyErr.format(PyExc.IndexError, "deque already at its maximum size");
    }
    int n = d.size;
    if (i < 0) {
      i = Math.max(0, i + n);
    }
    i = Math.min(i, n);
    Object[] a = d.toArray();
    d.state++;
    Object[] b = new Object[Math.max(8, Integer.highestOneBit(n + 1) * 2)];
    System.arraycopy(a, 0, b, 0, (int) i);
    b[(int) i] = x;
    System.arraycopy(a, (int) i, b, (int) i + 1, n - (int) i);
    d.items = b;
    d.head = 0;
    d.size = n + 1;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object remove(Object self, Object v) {
    PyDeque d = self(self);
    long st = d.state;
    int n = d.size;
    for (int i = 0; i < n; i++) {
      boolean eq = Abstract.richCompareBool(d.get(i), v, Abstract.EQ);
      if (st != d.state || n != d.size) {
        throw PyErr.format(PyExc.IndexError, "deque mutated during remove().");
      }
      if (eq) {
        d.deleteAt(i);
        return PyNone.NONE;
      }
    }
    throw DataSupport.valueError("%s is not in deque", Abstract.reprJava(v));
  }

  private void deleteAt(int i) {
    Object[] a = toArray();
    state++;
    Object[] b = new Object[items.length];
    System.arraycopy(a, 0, b, 0, i);
    System.arraycopy(a, i + 1, b, i, size - i - 1);
    items = b;
    head = 0;
    size--;
  }

  @PythonMethod
  static Object reverse(Object self) {
    PyDeque d = self(self);
    Object[] a = d.toArray();
    d.state++;
    for (int i = 0; i < a.length; i++) {
      d.set(i, a[a.length - 1 - i]);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object rotate(Object self, @Default("1") Object n) {
    PyDeque d = self(self);
    Object i = PyNumber.index(n);
    long k;
    if (i instanceof Long l) {
      k = l;
    } else {
      throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
    }
    d.rotateBy(k);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object __reduce__(Object self) {
    PyDeque d = self(self);
    Object state = PyNone.NONE;
    if (self instanceof Derived dv && dv.dict != null && dv.dict.size() > 0) {
      state = dv.dict;
    }
    Object args = d.maxlen < 0 ? PyTuple.EMPTY : new PyTuple(PyTuple.EMPTY, d.maxlen);
    return new PyTuple(PyType.of(self), args, state, __iter__(self));
  }

  @PythonMethod
  static Object __reversed__(Object self) {
    return new DequeRevIter(self(self), 0);
  }

  @PythonMethod
  static Object __sizeof__(Object self) {
    return 64L + 8L * self(self).items.length;
  }

  @Getter("maxlen")
  static Object maxlen(Object self) {
    long m = self(self).maxlen;
    return m < 0 ? PyNone.NONE : (Object) m;
  }

  // ---------------------------------------------------------------- special methods

  static Object __len__(Object self) {
    return (long) self(self).size;
  }

  static Object __bool__(Object self) {
    return self(self).size > 0;
  }

  private static int checkedIndex(PyDeque d, Object key) {
    if (!PyNumber.isIndex(key)) {
      throw DataSupport.typeError("sequence index must be integer, not '%s'",
          DataSupport.typeName(key));
    }
    int i = PyNumber.asSize(key);
    if (i < 0) {
      i += d.size;
    }
    if (i < 0 || i >= d.size) {
      throw PyErr.format(PyExc.IndexError, "deque index out of range");
    }
    return i;
  }

  static Object __getitem__(Object self, Object key) {
    PyDeque d = self(self);
    return d.get(checkedIndex(d, key));
  }

  static Object __setitem__(Object self, Object key, Object value) {
    PyDeque d = self(self);
    d.set(checkedIndex(d, key), value);
    return PyNone.NONE;
  }

  static Object __delitem__(Object self, Object key) {
    PyDeque d = self(self);
    d.deleteAt(checkedIndex(d, key));
    return PyNone.NONE;
  }

  static Object __contains__(Object self, Object v) {
    PyDeque d = self(self);
    long st = d.state;
    for (int i = 0; i < d.size; i++) {
      boolean eq = Abstract.richCompareBool(d.get(i), v, Abstract.EQ);
      if (st != d.state) {
        throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
      }
      if (eq) {
        return true;
      }
    }
    return false;
  }

  static Object __iter__(Object self) {
    return new DequeIter(self(self), 0);
  }

  static Object __repr__(Object self) {
    PyDeque d = self(self);
    if (DataSupport.reprEnter(d)) {
      return "[...]";
    }
    String list;
    try {
      list = Abstract.reprJava(new PyList(Arrays.asList(d.toArray())));
    } finally {
      DataSupport.reprLeave(d);
    }
    String name = DataSupport.typeName(self);
    return d.maxlen < 0 ? name + "(" + list + ")"
        : name + "(" + list + ", maxlen=" + d.maxlen + ")";
  }

  static Object __add__(Object self, Object other) {
    if (!(other instanceof PyDeque o)) {
      throw DataSupport.typeError("can only concatenate deque (not \"%s\") to deque",
          DataSupport.typeName(other));
    }
    PyDeque r = self(self).copyDeque();
    r.extendRight(o);
    return r;
  }

  static Object __iadd__(Object self, Object other) {
    self(self).extendRight(other);
    return self;
  }

  static Object __mul__(Object self, Object n) {
    if (!PyNumber.isIndex(n)) {
      if (PyType.of(n).lookup("__rmul__") == null || PyUnicode.isStr(n)
          || n instanceof PyList || n instanceof PyTuple || n instanceof PyBytes) {
        throw DataSupport.typeError("can't multiply sequence by non-int of type '%s'",
            DataSupport.typeName(n));
      }
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyDeque r = self(self).copyDeque();
    return __imul__(r, n);
  }

  static Object __rmul__(Object self, Object n) {
    return __mul__(self, n);
  }

  static Object __imul__(Object self, Object n) {
    if (!PyNumber.isIndex(n)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyDeque d = self(self);
    long k = DataSupport.asSsize(n);
    if (k <= 0 || d.size == 0) {
      d.clearAll();
      return self;
    }
    Object[] a = d.toArray();
    long total = (long) a.length * k;
    if (d.maxlen >= 0 && total > d.maxlen) {
      // only the last maxlen items survive
      long skip = total - d.maxlen;
      d.clearAll();
      for (long i = skip; i < total; i++) {
        d.appendRight(a[(int) (i % a.length)]);
      }
      return self;
    }
    if (total > Integer.MAX_VALUE - 8) {
      throw PyErr.newException(PyExc.MemoryError);
    }
    for (long i = 1; i < k; i++) {
      for (Object x : a) {
        d.appendRight(x);
      }
    }
    return self;
  }

  private static Object compare(Object v, Object w, int op) {
    if (!(w instanceof PyDeque b)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyDeque a = self(v);
    Object[] x = a.toArray();
    Object[] y = b.toArray();
    if ((op == Abstract.EQ || op == Abstract.NE) && x.length != y.length) {
      return op == Abstract.NE;
    }
    int i = 0;
    for (; i < x.length && i < y.length; i++) {
      if (!Abstract.richCompareBool(x[i], y[i], Abstract.EQ)) {
        break;
      }
    }
    if (i >= x.length || i >= y.length) {
      int c = Integer.compare(x.length, y.length);
      return switch (op) {
        case Abstract.LT -> c < 0;
        case Abstract.LE -> c <= 0;
        case Abstract.EQ -> c == 0;
        case Abstract.NE -> c != 0;
        case Abstract.GT -> c > 0;
        default -> c >= 0;
      };
    }
    if (op == Abstract.EQ) {
      return false;
    }
    if (op == Abstract.NE) {
      return true;
    }
    return Abstract.richCompare(x[i], y[i], op);
  }

  static Object __eq__(Object v, Object w) {
    return compare(v, w, Abstract.EQ);
  }

  static Object __ne__(Object v, Object w) {
    return compare(v, w, Abstract.NE);
  }

  static Object __lt__(Object v, Object w) {
    return compare(v, w, Abstract.LT);
  }

  static Object __le__(Object v, Object w) {
    return compare(v, w, Abstract.LE);
  }

  static Object __gt__(Object v, Object w) {
    return compare(v, w, Abstract.GT);
  }

  static Object __ge__(Object v, Object w) {
    return compare(v, w, Abstract.GE);
  }

  // ---------------------------------------------------------------- iterators

  /** {@code _collections._deque_iterator}. */
  static final class DequeIter extends PyIterator {
    final PyDeque deque;
    final long state;
    int index;
    int counter;

    DequeIter(PyDeque deque, int index) {
      this.deque = deque;
      this.state = deque.state;
      this.index = index;
      this.counter = deque.size - index;
    }

    @Override
    public PyType getType() {
      return ITER_TYPE;
    }

    @Override
    public Object next() {
      if (deque.state != state) {
        counter = 0;
        throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
      }
      if (counter <= 0) {
        return null;
      }
      counter--;
      return deque.get(index++);
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("_deque_iterator");
      a.positional("_deque_iterator", 1, 2);
      if (!(a.positional[0] instanceof PyDeque d)) {
        throw DataSupport.typeError("_deque_iterator() argument 1 must be collections.deque, not %s",
            DataSupport.typeName(a.positional[0]));
      }
      DequeIter it = new DequeIter(d, 0);
      if (a.count() > 1) {
        long skip = DataSupport.asSsize(a.positional[1]);
        for (long i = 0; i < skip && it.counter > 0; i++) {
          it.next();
        }
      }
      return it;
    }

    static Object __iter__(Object self) {
      return self;
    }

    static Object __next__(Object self) {
      return ((DequeIter) self).nextOrRaise();
    }

    @PythonMethod
    static Object __length_hint__(Object self) {
      return (long) ((DequeIter) self).counter;
    }

    @PythonMethod
    static Object __reduce__(Object self) {
      DequeIter it = (DequeIter) self;
      return new PyTuple(ITER_TYPE, new PyTuple(it.deque, (long) (it.deque.size - it.counter)));
    }
  }

  /** {@code _collections._deque_reverse_iterator}. */
  static final class DequeRevIter extends PyIterator {
    final PyDeque deque;
    final long state;
    int counter;

    DequeRevIter(PyDeque deque, int skip) {
      this.deque = deque;
      this.state = deque.state;
      this.counter = deque.size - skip;
    }

    @Override
    public PyType getType() {
      return REVITER_TYPE;
    }

    @Override
    public Object next() {
      if (deque.state != state) {
        counter = 0;
        throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
      }
      if (counter <= 0) {
        return null;
      }
      counter--;
      return deque.get(counter);
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("_deque_reverse_iterator");
      a.positional("_deque_reverse_iterator", 1, 2);
      if (!(a.positional[0] instanceof PyDeque d)) {
        throw DataSupport.typeError(
            "_deque_reverse_iterator() argument 1 must be collections.deque, not %s",
            DataSupport.typeName(a.positional[0]));
      }
      int skip = a.count() > 1 ? (int) Math.min(d.size, DataSupport.asSsize(a.positional[1])) : 0;
      return new DequeRevIter(d, Math.max(0, skip));
    }

    static Object __iter__(Object self) {
      return self;
    }

    static Object __next__(Object self) {
      return ((DequeRevIter) self).nextOrRaise();
    }

    @PythonMethod
    static Object __length_hint__(Object self) {
      return (long) ((DequeRevIter) self).counter;
    }

    @PythonMethod
    static Object __reduce__(Object self) {
      DequeRevIter it = (DequeRevIter) self;
      return new PyTuple(REVITER_TYPE,
          new PyTuple(it.deque, (long) (it.deque.size - it.counter)));
    }
  }
}
