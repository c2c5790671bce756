package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.PythonMethod;

/** The {@code list} type, CPython's {@code Objects/listobject.c}: a growable array. */
public class PyList {
  static final PyType TYPE;

  static {
    TYPE =
        PyType.fromSpec(
            PyType.Spec.of("list", PyList.class, MethodHandles.lookup())
                .allocator(Derived::new));
    TYPE.define("__hash__", PyNone.NONE);
    TYPE.fillSlots();
    TYPE.coexistingMethods("__getitem__");
    TYPE.setCollectionFlag(TypeFlags.SEQUENCE);
  }

  Object[] items;
  int size;

  /** An empty list. */
  public PyList() {
    items = new Object[4];
  }

  /** A list of the items of a Java collection. */
  public PyList(Collection<?> c) {
    items = c.toArray();
    size = items.length;
    if (items.getClass() != Object[].class) {
      items = Arrays.copyOf(items, size, Object[].class);
    }
  }

  /** A list taking ownership of an array. */
  public static PyList wrap(Object[] a) {
    PyList l = new PyList();
    l.items = a;
    l.size = a.length;
    return l;
  }

  /** The number of items. */
  public int size() {
    return size;
  }

  /** Item {@code i}, no negative-index adjustment. */
  public Object get(int i) {
    return items[i];
  }

  /** Sets item {@code i}. */
  public void set(int i, Object v) {
    items[i] = v;
  }

  /** A copy of the items. */
  public Object[] toArray() {
    return Arrays.copyOf(items, size);
  }

  /** The items as a Java list (a copy). */
  public List<Object> asList() {
    return Arrays.asList(toArray());
  }

  /** {@code list.append(x)}. */
  public void append(Object x) {
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
    }
    items[size++] = x;
  }

  /** {@code list[i]} with Python's index rules (for the interpreter's fast path). */
  public Object getItem(long i) {
    if (i < 0) {
      i += size;
    }
    if (i < 0 || i >= size) {
      throw PyErr.format(PyExc.IndexError, "list index out of range");
    }
    return items[(int) i];
  }

  /** Appends every item of an iterable. */
  public void extend(Object iterable) {
    // a subclass may override __iter__: only exact lists and tuples are copied directly
    if (iterable instanceof PyList l && (l.getClass() == PyList.class || l == this)) {
      Object[] src = l.toArray();
      for (Object o : src) {
        append(o);
      }
      return;
    }
    if (iterable instanceof PyTuple t && t.getClass() == PyTuple.class) {
      for (Object o : t.items) {
        append(o);
      }
      return;
    }
    Object it = Abstract.iter(iterable);
    // list_extend asks for a length hint (it sizes the list by it); a class sees the call
    Abstract.lengthHint(iterable, 8);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      append(x);
    }
  }

  @Override
  public String toString() {
    return (String) __repr__(this);
  }

  private void replace(int start, int stop, Object[] with) {
    int removed = stop - start;
    int newSize = size - removed + with.length;
    Object[] a = newSize > items.length ? Arrays.copyOf(items, newSize + 4) : items;
    System.arraycopy(items, stop, a, start + with.length, size - stop);
    System.arraycopy(with, 0, a, start, with.length);
    for (int i = newSize; i < size; i++) {
      a[i] = null;
    }
    items = a;
    size = newSize;
  }

  // ---------------------------------------------------------------- special methods

  static Object __repr__(Object self) {
    PyList l = (PyList) self;
    if (l.size == 0) {
      return "[]";
    }
    if (ReprGuard.enter(l)) {
      return "[...]";
    }
    try {
      return Sequences.repr(l.items, l.size, "[", "]");
    } finally {
      ReprGuard.leave(l);
    }
  }

  static Object __len__(Object self) {
    return (long) ((PyList) self).size;
  }

  /** {@code list___sizeof__}: CPython's list header and one pointer per item. */
  @org.taipan.api.expose.PythonMethod
  static Object __sizeof__(Object self) {
    return 40L + 8L * ((PyList) self).size;
  }

  static Object __getitem__(Object self, Object key) {
    PyList l = (PyList) self;
    if (key instanceof PySlice s) {
      long[] r = s.indices(l.size);
      int n = (int) r[3];
      Object[] out = new Object[n];
      for (int i = 0, j = (int) r[0]; i < n; i++, j += (int) r[2]) {
        out[i] = l.items[j];
      }
      return wrap(out);
    }
    if (!PyNumber.isIndex(key)) {
      throw PyErr.format(
          PyExc.TypeError,
          "list indices must be integers or slices, not %s",
          PyType.of(key).getName());
    }
    return l.getItem(PyNumber.asLongClamped(key));
  }

  static Object __setitem__(Object self, Object key, Object value) {
    PyList l = (PyList) self;
    if (key instanceof PySlice s) {
      long[] r = s.indices(l.size);
      PyType vt = PyType.of(value);
      if (!vt.hasSlot(SpecialMethod.op_iter) && !vt.hasSlot(SpecialMethod.op_getitem)) {
        // PySequence_Fast's message for list_ass_slice and list_ass_subscript
        throw PyErr.format(PyExc.TypeError, "%s", r[2] == 1
            ? "can only assign an iterable" : "must assign iterable to extended slice");
      }
      Object[] v = value == l ? l.toArray() : PyTuple.fromIterable(value).items;
      int start = (int) r[0];
      int step = (int) r[2];
      int n = (int) r[3];
      if (step == 1) {
        int stop = Math.max(start, (int) r[1]);
        l.replace(start, stop, v);
        return PyNone.NONE;
      }
      if (v.length != n) {
        throw PyErr.format(
            PyExc.ValueError,
            "attempt to assign sequence of size %d to extended slice of size %d",
            v.length,
            n);
      }
      for (int i = 0, j = start; i < n; i++, j += step) {
        l.items[j] = v[i];
      }
      return PyNone.NONE;
    }
    if (!PyNumber.isIndex(key)) {
      throw PyErr.format(
          PyExc.TypeError,
          "list indices must be integers or slices, not %s",
          PyType.of(key).getName());
    }
    long i = PyNumber.asLongClamped(key);
    if (i < 0) {
      i += l.size;
    }
    if (i < 0 || i >= l.size) {
      throw PyErr.format(PyExc.IndexError, "list assignment index out of range");
    }
    l.items[(int) i] = value;
    return PyNone.NONE;
  }

  static Object __delitem__(Object self, Object key) {
    PyList l = (PyList) self;
    if (key instanceof PySlice s) {
      long[] r = s.indices(l.size);
      int start = (int) r[0];
      int step = (int) r[2];
      int n = (int) r[3];
      if (n == 0) {
        return PyNone.NONE;
      }
      if (step == 1) {
        l.replace(start, start + n, new Object[0]);
        return PyNone.NONE;
      }
      boolean[] del = new boolean[l.size];
      for (int i = 0, j = start; i < n; i++, j += step) {
        del[j] = true;
      }
      int w = 0;
      for (int i = 0; i < l.size; i++) {
        if (!del[i]) {
          l.items[w++] = l.items[i];
        }
      }
      for (int i = w; i < l.size; i++) {
        l.items[i] = null;
      }
      l.size = w;
      return PyNone.NONE;
    }
    if (!PyNumber.isIndex(key)) {
      throw PyErr.format(
          PyExc.TypeError,
          "list indices must be integers or slices, not %s",
          PyType.of(key).getName());
    }
    long i = PyNumber.asLongClamped(key);
    if (i < 0) {
      i += l.size;
    }
    if (i < 0 || i >= l.size) {
      throw PyErr.format(PyExc.IndexError, "list assignment index out of range");
    }
    l.replace((int) i, (int) i + 1, new Object[0]);
    return PyNone.NONE;
  }

  static Object __contains__(Object self, Object x) {
    PyList l = (PyList) self;
    for (int i = 0; i < l.size; i++) {
      if (Abstract.richCompareBool(l.items[i], x, Abstract.EQ)) {
        return true;
      }
    }
    return false;
  }

  static Object __iter__(Object self) {
    return new PySeqIterator(self);
  }

  static Object __add__(Object a, Object b) {
    if (!(b instanceof PyList y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyList x = (PyList) a;
    Object[] r = new Object[x.size + y.size];
    System.arraycopy(x.items, 0, r, 0, x.size);
    System.arraycopy(y.items, 0, r, x.size, y.size);
    return wrap(r);
  }

  static Object __iadd__(Object a, Object b) {
    ((PyList) a).extend(b);
    return a;
  }

  static Object __mul__(Object a, Object n) {
    long k = Sequences.repeatCount(n);
    if (k < 0) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyList x = (PyList) a;
    Object[] r = new Object[Sequences.repeatedLength(x.size, k)];
    for (int i = 0; i < k; i++) {
      System.arraycopy(x.items, 0, r, i * x.size, x.size);
    }
    return wrap(r);
  }

  static Object __rmul__(Object a, Object n) {
    return __mul__(a, n);
  }

  static Object __imul__(Object a, Object n) {
    Object r = __mul__(a, n);
    if (r instanceof PyList l) {
      PyList x = (PyList) a;
      x.items = l.items;
      x.size = l.size;
      return x;
    }
    return r;
  }

  private static Object cmp(Object a, Object b, int op) {
    if (!(b instanceof PyList y)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return Sequences.compare(a, y, op);
  }

  static Object __eq__(Object a, Object b) {
    return cmp(a, b, Abstract.EQ);
  }

  static Object __ne__(Object a, Object b) {
    return cmp(a, b, Abstract.NE);
  }

  static Object __lt__(Object a, Object b) {
    return cmp(a, b, Abstract.LT);
  }

  static Object __le__(Object a, Object b) {
    return cmp(a, b, Abstract.LE);
  }

  static Object __gt__(Object a, Object b) {
    return cmp(a, b, Abstract.GT);
  }

  static Object __ge__(Object a, Object b) {
    return cmp(a, b, Abstract.GE);
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyList() : new Derived(cls);
  }

  /** An instance of a Python subclass of {@code list}. */
  static final class Derived extends PyList implements AssignableClass, WithDict {
    private PyType type;
    private PyDict dict = new PyDict();

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
    public PyDict getDict() {
      PyDict d = dict;
      return d != null ? d : (dict = new PyDict());
    }

    @Override
    public boolean replaceDict(PyDict d) {
      dict = d;
      return true;
    }
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    // keywords are refused unless a subclass's own __new__ may have wanted them
    PyType t = PyType.of(self);
    if (kwnames != null && kwnames.length > 0
        && (t == TYPE || t.lookup("__new__") == TYPE.lookup("__new__"))) {
      throw PyErr.format(PyExc.TypeError, "list() takes no keyword arguments");
    }
    args = positionalOnly(args, kwnames);
    if (args.length > 1) {
      throw PyErr.format(
          PyExc.TypeError, "list expected at most 1 argument, got %d", args.length);
    }
    PyList l = (PyList) self;
    l.items = new Object[4];
    l.size = 0;
    if (args.length == 1) {
      l.extend(args[0]);
    }
    return PyNone.NONE;
  }

  /** The positional part of a call's arguments. */
  private static Object[] positionalOnly(Object[] args, String[] kwnames) {
    return kwnames == null ? args : Arrays.copyOf(args, args.length - kwnames.length);
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod
  static Object append(Object self, Object x) {
    ((PyList) self).append(x);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object extend(Object self, Object iterable) {
    ((PyList) self).extend(iterable);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object insert(Object self, Object index, Object x) {
    PyList l = (PyList) self;
    long i = PyNumber.asLongClamped(index);
    if (i < 0) {
      i = Math.max(0, i + l.size);
    }
    i = Math.min(i, l.size);
    l.replace((int) i, (int) i, new Object[] {x});
    return PyNone.NONE;
  }

  @PythonMethod
  static Object pop(Object self, @Default("-1") Object index) {
    PyList l = (PyList) self;
    if (l.size == 0) {
      throw PyErr.format(PyExc.IndexError, "pop from empty list");
    }
    long i = PyNumber.asLongClamped(index);
    if (i < 0) {
      i += l.size;
    }
    if (i < 0 || i >= l.size) {
      throw PyErr.format(PyExc.IndexError, "pop index out of range");
    }
    Object r = l.items[(int) i];
    if (i == l.size - 1) {
      l.items[--l.size] = null;
    } else {
      l.replace((int) i, (int) i + 1, new Object[0]);
    }
    return r;
  }

  @PythonMethod
  static Object remove(Object self, Object x) {
    PyList l = (PyList) self;
    for (int i = 0; i < l.size; i++) {
      if (Abstract.richCompareBool(l.items[i], x, Abstract.EQ)) {
        l.replace(i, i + 1, new Object[0]);
        return PyNone.NONE;
      }
    }
    throw PyErr.format(PyExc.ValueError, "list.remove(x): x not in list");
  }

  @PythonMethod
  static Object index(
      Object self, Object x, @Default("0") Object start, @Default("9223372036854775807") Object stop) {
    PyList l = (PyList) self;
    int[] r = PySlice.adjust(start, stop, l.size, false);
    for (int i = r[0]; i < r[1] && i < l.size; i++) {
      if (Abstract.richCompareBool(l.items[i], x, Abstract.EQ)) {
        return (long) i;
      }
    }
    throw PyErr.format(PyExc.ValueError, "%s is not in list", Abstract.reprJava(x));
  }

  @PythonMethod
  static Object count(Object self, Object x) {
    PyList l = (PyList) self;
    long c = 0;
    for (int i = 0; i < l.size; i++) {
      if (Abstract.richCompareBool(l.items[i], x, Abstract.EQ)) {
        c++;
      }
    }
    return c;
  }

  @PythonMethod
  static Object clear(Object self) {
    PyList l = (PyList) self;
    l.items = new Object[4];
    l.size = 0;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object copy(Object self) {
    return wrap(((PyList) self).toArray());
  }

  @PythonMethod
  static Object reverse(Object self) {
    PyList l = (PyList) self;
    for (int i = 0, j = l.size - 1; i < j; i++, j--) {
      Object t = l.items[i];
      l.items[i] = l.items[j];
      l.items[j] = t;
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object __reversed__(Object self) {
    return new ReverseIterator((PyList) self);
  }

  /** {@code list_reverseiterator}: walks the live list from its end ({@code listreviter}). */
  static final class ReverseIterator extends PyIterator
      implements PyIterator.Resumable, PyIterator.LengthHinted {
    static final PyType TYPE = makeType("list_reverseiterator", ReverseIterator.class);
    private PyList list;
    private int index;

    ReverseIterator(PyList list) {
      this.list = list;
      this.index = list.size - 1;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (list != null && index >= 0 && index < list.size) {
        return list.items[index--];
      }
      index = -1;
      list = null;
      return null;
    }

    @Override
    public PyTuple reduce() {
      Object iter = IteratorMethods.builtin("iter");
      Object reversed = IteratorMethods.builtin("reversed");
      return list == null
          ? new PyTuple(iter, new PyTuple(new PyList()))
          : new PyTuple(reversed, new PyTuple(list), (long) index);
    }

    @Override
    public void setState(Object state) {
      long i = IteratorMethods.ssize(state);
      if (list != null) {
        index = (int) IteratorMethods.clamp(i, -1, list.size - 1);
      }
    }

    @Override
    public Object lengthHint() {
      return list == null || list.size < index + 1 ? 0L : (long) index + 1;
    }
  }

  /** {@code list.sort(*, key=None, reverse=False)}: stable, as CPython's timsort. */
  @PythonMethod
  static Object sort(
      Object self,
      @KeywordOnly @Default("None") Object key,
      @Default("False") Object reverse) {
    PyList l = (PyList) self;
    // Argument Clinic's bool(accept={int}): an index, not any object's truth
    boolean rev = reverse instanceof Boolean b ? b : Abstract.isTrue(PyNumber.index(reverse));
    sortArray(l, key, rev);
    return PyNone.NONE;
  }

  /**
   * Sorts the list in place. As CPython's {@code list.sort}, the list is empty while keys are
   * computed and items compared; a key or comparison that changes it makes ValueError.
   */
  public static void sortArray(PyList l, Object key, boolean reverse) {
    int n = l.size;
    Object[] vals = Arrays.copyOf(l.items, n);
    Object[] saved = l.items;
    // a zero-length array: any insertion replaces it, so a change cannot go unseen
    Object[] sorting = new Object[0];
    l.items = sorting;
    l.size = 0;
    Integer[] idx = new Integer[n];
    boolean done = false;
    try {
      Object[] keys = vals;
      if (key != PyNone.NONE) {
        keys = new Object[n];
        for (int i = 0; i < n; i++) {
          keys[i] = Abstract.call(key, vals[i]);
        }
      }
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      final Object[] k = keys;
      try {
        Arrays.sort(
            idx,
            (a, b) -> {
              if (Abstract.richCompareBool(k[a], k[b], Abstract.LT)) {
                return reverse ? 1 : -1;
              }
              if (Abstract.richCompareBool(k[b], k[a], Abstract.LT)) {
                return reverse ? -1 : 1;
              }
              return 0;
            });
      } catch (IllegalArgumentException e) {
        // inconsistent comparisons: keep whatever order was reached, as CPython does not fail
      }
      // the sorted items stand even when the list was changed meanwhile, as in CPython
      for (int i = 0; i < n; i++) {
        saved[i] = vals[idx[i]];
      }
      done = true;
    } finally {
      boolean modified = l.items != sorting || l.size != 0;
      l.items = saved;
      l.size = n;
      if (modified && done) {
        throw PyErr.format(PyExc.ValueError, "list modified during sort");
      }
    }
  }
}
