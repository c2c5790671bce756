package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code bytearray} type, CPython's {@code Objects/bytearrayobject.c}: a growable array of
 * bytes. The methods it shares with {@code bytes} live in {@link BytesMethods} and {@link
 * BytesTransforms}; this class holds the storage, the sequence protocol and the mutating methods.
 * While a {@code memoryview} holds its buffer ({@link #exports} above zero) it refuses to change
 * size, as CPython does, so the view's array stays the live one.
 */
public class PyByteArray implements PyBuffer.Resizable {
  static final PyType TYPE;

  static {
    TYPE = PyType.fromSpec(
        PyType.Spec.of("bytearray", PyByteArray.class, MethodHandles.lookup())
            .allocator(Derived::new));
    TYPE.define("__hash__", PyNone.NONE);
    Exposer.expose(TYPE, BytesMethods.class, MethodHandles.lookup());
    Exposer.expose(TYPE, BytesTransforms.class, MethodHandles.lookup());
    BytesTransforms.defineClassMethods(TYPE);
    TYPE.fillSlots();
  }

  private static final byte[] EMPTY = new byte[0];

  /** The bytes; only the first {@link #size} are the value. */
  byte[] value;
  /** The number of bytes. */
  int size;
  /** The number of memoryviews holding this array's buffer. */
  int exports;

  /** An empty bytearray. */
  public PyByteArray() {
    value = EMPTY;
  }

  /** A bytearray holding {@code v} (not copied). */
  public PyByteArray(byte[] v) {
    value = v;
    size = v.length;
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOf(value, size);
  }

  /** The number of bytes. */
  public int size() {
    return size;
  }

  @Override
  public PyBuffer getBuffer(boolean writable) {
    return new PyBuffer(this, value, 0, size, false);
  }

  @Override
  public byte[] liveArray() {
    return value;
  }

  @Override
  public int liveSize() {
    return size;
  }

  @Override
  public void addExports(int delta) {
    exports += delta;
  }

  /** An instance of a Python subclass of {@code bytearray}. */
  static final class Derived extends PyByteArray implements PyObject, WithDict {
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

  private void checkResizable() {
    if (exports > 0) {
      throw PyErr.format(
          PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
    }
  }

  /** Makes room for {@code n} bytes ({@code PyByteArray_Resize}); keeps the first bytes. */
  private void resize(int n) {
    if (n == size) {
      return;
    }
    checkResizable();
    if (n > value.length) {
      // over-allocate by an eighth, as CPython does, so appends are amortised O(1)
      long cap = Math.min((long) n + (n >> 3) + (n < 9 ? 3 : 6), Integer.MAX_VALUE - 8);
      value = Arrays.copyOf(value, (int) cap);
    } else if (n < value.length / 2) {
      value = Arrays.copyOf(value, n);
    } else if (n < size) {
      Arrays.fill(value, n, size, (byte) 0);
    }
    size = n;
  }

  /** Replaces {@code value[start:stop]} by {@code src} ({@code bytearray_setslice_linear}). */
  void replace(int start, int stop, byte[] src) {
    int growth = src.length - (stop - start);
    if (growth != 0) {
      checkResizable();
      if ((long) size + growth > Integer.MAX_VALUE - 8) {
        throw PyErr.format(PyExc.MemoryError, "");
      }
      int oldSize = size;
      if (growth > 0) {
        resize(size + growth);
        System.arraycopy(value, stop, value, stop + growth, oldSize - stop);
      } else {
        System.arraycopy(value, stop, value, stop + growth, oldSize - stop);
        resize(size + growth);
      }
    }
    System.arraycopy(src, 0, value, start, src.length);
  }

  /** Appends the bytes of {@code src[0:n]}. */
  void append(byte[] src, int from, int n) {
    int at = size;
    if ((long) size + n > Integer.MAX_VALUE - 8) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    resize(size + n);
    System.arraycopy(src, from, value, at, n);
  }

  /**
   * The bytes of an object as {@code bytearray(o)} reads them with no encoding: an int is that
   * many zeros, a buffer is copied, an iterable gives ints in range(0, 256).
   */
  static byte[] fromObject(Object o) {
    Object i = null;
    if (PyNumber.isIndex(o)) {
      try {
        i = PyNumber.index(o);
      } catch (PyException e) {
        // a TypeError from __index__ lets the object be read as a buffer or iterable instead
        if (!e.matches(PyExc.TypeError)) {
          throw e;
        }
      }
    }
    if (i != null) {
      if (!(i instanceof Long l) || l > Integer.MAX_VALUE) {
        throw PyErr.format(
            PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
      }
      if (l < 0) {
        throw PyErr.format(PyExc.ValueError, "negative count");
      }
      return new byte[(int) (long) l];
    }
    byte[] b = PyBuffer.toContiguousOrNull(o);
    if (b != null) {
      return b;
    }
    Object it;
    try {
      it = Abstract.iter(o);
    } catch (PyException e) {
      if (PyType.of(e.value).isSubtypeOf(PyExc.TypeError)) {
        throw PyErr.format(PyExc.TypeError, "cannot convert '%.200s' object to bytearray",
            PyType.of(o).getName());
      }
      throw e;
    }
    return fromIterator(it);
  }

  private static byte[] fromIterator(Object it) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Object x; (x = Abstract.next(it)) != null; ) {
      out.write(ByteSeq.byteValue(x));
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- construction

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyByteArray() : new Derived(cls);
  }

  /** {@code bytearray(source=b'', encoding=None, errors=None)}: {@code bytearray___init__}. */
  static Object __init__(Object self, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (n > 3) {
      throw PyErr.format(
          PyExc.TypeError, "bytearray() takes at most 3 arguments (%d given)", args.length);
    }
    Object[] p = new Object[3];
    System.arraycopy(args, 0, p, 0, n);
    String[] names = {"source", "encoding", "errors"};
    for (int k = 0; k < nk; k++) {
      int slot = Arrays.asList(names).indexOf(kwnames[k]);
      if (slot < 0) {
        throw PyErr.format(PyExc.TypeError,
            "'%s' is an invalid keyword argument for bytearray()", kwnames[k]);
      }
      if (slot < n) {
        throw PyErr.format(PyExc.TypeError,
            "argument for bytearray() given by name ('%s') and position (%d)", kwnames[k],
            slot + 1);
      }
      p[slot] = args[n + k];
    }
    Object source = p[0];
    String encoding = p[1] == null ? null : PyBytes.codecArg(p[1], "bytearray", "encoding");
    String errors = p[2] == null ? null : PyBytes.codecArg(p[2], "bytearray", "errors");
    PyByteArray a = (PyByteArray) self;
    a.checkResizable();
    byte[] v;
    if (source == null) {
      if (encoding != null || errors != null) {
        throw PyErr.format(PyExc.TypeError,
            encoding != null ? "encoding without a string argument"
                : "errors without a string argument");
      }
      v = EMPTY;
    } else if (PyUnicode.isStr(source)) {
      if (encoding == null) {
        throw PyErr.format(PyExc.TypeError, "string argument without an encoding");
      }
      v = PyBytes.plainBytes(PyUnicode.encodeWith(source, encoding, errors)).value;
    } else if (encoding != null) {
      throw PyErr.format(PyExc.TypeError, "encoding without a string argument");
    } else if (errors != null) {
      throw PyErr.format(PyExc.TypeError, "errors without a string argument");
    } else {
      v = fromObject(source);
    }
    a.value = v;
    a.size = v.length;
    return PyNone.NONE;
  }

  // ---------------------------------------------------------------- object protocol

  static Object __repr__(Object self) {
    PyByteArray a = (PyByteArray) self;
    String name = PyType.of(self).getName();
    return name + "(" + ByteSeq.repr(a.value, a.size, false) + ")";
  }

  static Object __len__(Object self) {
    return (long) ((PyByteArray) self).size;
  }

  static Object __iter__(Object self) {
    return new PySeqIterator(self);
  }

  static Object __contains__(Object self, Object x) {
    return ByteSeq.contains(self, x);
  }

  private static Object cmp(Object a, Object b, int op) {
    PyBuffer y = ByteSeq.simpleBufferOrNull(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyByteArray x = (PyByteArray) a;
    byte[] other = y.offset == 0 ? y.array : y.toByteArray();
    return ByteSeq.compare(x.value, x.size, other, y.length, op);
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

  static Object __add__(Object a, Object b) {
    PyBuffer y = ByteSeq.simpleBufferOrNull(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyByteArray x = (PyByteArray) a;
    byte[] r = ByteSeq.concat(x.value, x.size, y.toByteArray(), y.length);
    return new PyByteArray(r);
  }

  static Object __iadd__(Object a, Object b) {
    PyBuffer y = ByteSeq.simpleBufferOrNull(b);
    if (y == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    if (y.obj == a && y.length > 0) {
      // CPython holds the operand's buffer while it resizes: self is then exported
      ((PyByteArray) a).exports++;
      try {
        ((PyByteArray) a).checkResizable();
      } finally {
        ((PyByteArray) a).exports--;
      }
    }
    byte[] src = y.toByteArray();
    ((PyByteArray) a).append(src, 0, src.length);
    return a;
  }

  static Object __mul__(Object a, Object n) {
    PyByteArray x = (PyByteArray) a;
    byte[] r = ByteSeq.repeat(x.value, x.size, n);
    return r == null ? PyNotImplemented.NOT_IMPLEMENTED : new PyByteArray(r);
  }

  static Object __rmul__(Object a, Object n) {
    return __mul__(a, n);
  }

  static Object __imul__(Object a, Object n) {
    PyByteArray x = (PyByteArray) a;
    byte[] r = ByteSeq.repeat(x.value, x.size, n);
    if (r == null) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    if (r.length != x.size) {
      x.checkResizable();
      x.value = r;
      x.size = r.length;
    }
    return x;
  }

  /** {@code bytearray % args}: {@code bytearray_mod}. */
  static Object __mod__(Object a, Object args) {
    return new PyByteArray(PercentFormat.formatBytes(((PyByteArray) a).toByteArray(), args));
  }

  static Object __rmod__(Object a, Object other) {
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  // ---------------------------------------------------------------- items

  private static PyException badIndex(Object key) {
    return PyErr.format(PyExc.TypeError,
        "bytearray indices must be integers or slices, not %.200s", PyType.of(key).getName());
  }

  private static int itemIndex(PyByteArray a, Object key) {
    long i = PyNumber.asLongClamped(key);
    if (i < 0) {
      i += a.size;
    }
    if (i < 0 || i >= a.size) {
      throw PyErr.format(PyExc.IndexError, "bytearray index out of range");
    }
    return (int) i;
  }

  static Object __getitem__(Object self, Object key) {
    PyByteArray a = (PyByteArray) self;
    if (key instanceof PySlice s) {
      return new PyByteArray(ByteSeq.slice(a.value, a.size, s));
    }
    if (!PyNumber.isIndex(key)) {
      throw badIndex(key);
    }
    return (long) (a.value[itemIndex(a, key)] & 0xff);
  }

  static Object __setitem__(Object self, Object key, Object value) {
    PyByteArray a = (PyByteArray) self;
    if (key instanceof PySlice s) {
      PyType vt = PyType.of(value);
      if (PyNumber.isIndex(value) || PyUnicode.isStr(value) || value instanceof Double
          || value instanceof PyComplex || vt.hasSlot(SpecialMethod.op_float)
          || vt.hasSlot(SpecialMethod.op_int)) {
        throw PyErr.format(PyExc.TypeError,
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      }
      a.assignSlice(s, fromObject(value));
      return PyNone.NONE;
    }
    if (!PyNumber.isIndex(key)) {
      throw badIndex(key);
    }
    int b = ByteSeq.byteValue(value);
    a.value[itemIndex(a, key)] = (byte) b;
    return PyNone.NONE;
  }

  /** {@code self[s] = src} ({@code bytearray_ass_subscript}). */
  private void assignSlice(PySlice s, byte[] src) {
    long[] r = s.indices(size);
    int start = (int) r[0];
    int step = (int) r[2];
    int n = (int) r[3];
    if (step == 1) {
      replace(start, Math.max(start, (int) r[1]), src);
      return;
    }
    if (src.length != n) {
      throw PyErr.format(PyExc.ValueError,
          "attempt to assign bytes of size %d to extended slice of size %d", src.length, n);
    }
    for (int i = 0, j = start; i < n; i++, j += step) {
      value[j] = src[i];
    }
  }

  static Object __delitem__(Object self, Object key) {
    PyByteArray a = (PyByteArray) self;
    if (key instanceof PySlice s) {
      long[] r = s.indices(a.size);
      int start = (int) r[0];
      int step = (int) r[2];
      int n = (int) r[3];
      if (n == 0) {
        return PyNone.NONE;
      }
      if (step < 0) {
        // the same positions walked upwards
        start = start + step * (n - 1);
        step = -step;
      }
      if (step == 1) {
        a.replace(start, start + n, EMPTY);
        return PyNone.NONE;
      }
      a.checkResizable();
      int w = start;
      for (int i = start, k = 0; i < a.size; i++) {
        if (k < n && i == start + k * step) {
          k++;
          continue;
        }
        a.value[w++] = a.value[i];
      }
      a.resize(w);
      return PyNone.NONE;
    }
    if (!PyNumber.isIndex(key)) {
      throw badIndex(key);
    }
    int i = itemIndex(a, key);
    a.replace(i, i + 1, EMPTY);
    return PyNone.NONE;
  }

  // ---------------------------------------------------------------- mutating methods

  @PythonMethod
  static Object append(Object self, Object item) {
    byte[] one = {(byte) ByteSeq.byteValue(item)};
    ((PyByteArray) self).append(one, 0, 1);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object extend(Object self, Object iterable_of_ints) {
    PyByteArray a = (PyByteArray) self;
    PyBuffer b = PyBuffer.getOrNull(iterable_of_ints);
    byte[] src;
    if (b != null) {
      src = b.toByteArray();
    } else {
      Object it;
      try {
        it = Abstract.iter(iterable_of_ints);
      } catch (PyException e) {
        if (PyType.of(e.value).isSubtypeOf(PyExc.TypeError)) {
          throw PyErr.format(PyExc.TypeError, "can't extend bytearray with %.100s",
              PyType.of(iterable_of_ints).getName());
        }
        throw e;
      }
      src = fromIterator(it);
    }
    a.append(src, 0, src.length);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object insert(Object self, Object index, Object item) {
    PyByteArray a = (PyByteArray) self;
    long i = PyNumber.asLongClamped(PyNumber.index(index));
    int b = ByteSeq.byteValue(item);
    if (i < 0) {
      i = Math.max(0, i + a.size);
    }
    i = Math.min(i, a.size);
    a.replace((int) i, (int) i, new byte[] {(byte) b});
    return PyNone.NONE;
  }

  @PythonMethod
  static Object pop(Object self, @Default("-1") Object index) {
    PyByteArray a = (PyByteArray) self;
    long i = PyNumber.asLongClamped(PyNumber.index(index));
    if (a.size == 0) {
      throw PyErr.format(PyExc.IndexError, "pop from empty bytearray");
    }
    if (i < 0) {
      i += a.size;
    }
    if (i < 0 || i >= a.size) {
      throw PyErr.format(PyExc.IndexError, "pop index out of range");
    }
    int r = a.value[(int) i] & 0xff;
    a.replace((int) i, (int) i + 1, EMPTY);
    return (long) r;
  }

  @PythonMethod
  static Object remove(Object self, Object value) {
    PyByteArray a = (PyByteArray) self;
    int b = ByteSeq.byteValue(value);
    for (int i = 0; i < a.size; i++) {
      if ((a.value[i] & 0xff) == b) {
        a.replace(i, i + 1, EMPTY);
        return PyNone.NONE;
      }
    }
    throw PyErr.format(PyExc.ValueError, "value not found in bytearray");
  }

  @PythonMethod
  static Object clear(Object self) {
    PyByteArray a = (PyByteArray) self;
    if (a.size != 0) {
      a.checkResizable();
      a.value = EMPTY;
      a.size = 0;
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object copy(Object self) {
    return new PyByteArray(((PyByteArray) self).toByteArray());
  }

  @PythonMethod
  static Object reverse(Object self) {
    PyByteArray a = (PyByteArray) self;
    for (int i = 0, j = a.size - 1; i < j; i++, j--) {
      byte t = a.value[i];
      a.value[i] = a.value[j];
      a.value[j] = t;
    }
    return PyNone.NONE;
  }

  /** {@code __alloc__()}: the bytes allocated, counting CPython's trailing NUL. */
  @PythonMethod
  static Object __alloc__(Object self) {
    PyByteArray a = (PyByteArray) self;
    return a.value.length == 0 ? 0L : (long) Math.max(a.value.length, a.size + 1);
  }

  @PythonMethod
  static Object __sizeof__(Object self) {
    return 56L + (Long) __alloc__(self);
  }

  /** {@code __reduce_ex__(proto)}: latin-1 text before protocol 3, bytes from then on. */
  @PythonMethod
  static Object __reduce_ex__(Object self, @Default("0") Object proto) {
    PyByteArray a = (PyByteArray) self;
    Object dict = self instanceof Derived d && d.dict != null && d.dict.size() > 0
        ? d.dict : PyNone.NONE;
    long p = PyNumber.asLongClamped(PyNumber.index(proto));
    Object args = p < 3
        ? new PyTuple(new String(a.value, 0, a.size,
            java.nio.charset.StandardCharsets.ISO_8859_1), "latin-1")
        : new PyTuple(new PyBytes(a.toByteArray()));
    return new PyTuple(PyType.of(self), args, dict);
  }

  @PythonMethod
  static Object __reduce__(Object self) {
    return __reduce_ex__(self, 2L);
  }
}
