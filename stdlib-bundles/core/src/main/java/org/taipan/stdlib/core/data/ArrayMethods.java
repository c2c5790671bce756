package org.taipan.stdlib.core.data;

import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyByteArray;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyNotImplemented;
import org.taipan.object.PyNumber;
import org.taipan.object.PySlice;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The methods and sequence protocol of {@code array.array} ({@code array_methods}, {@code
 * array_as_sequence}, {@code array_as_mapping} of CPython's {@code Modules/arraymodule.c}) over
 * the storage of {@link PyArray}.
 */
final class ArrayMethods {
  private ArrayMethods() {}

  /** {@code tofile} writes in blocks of this many bytes, as CPython does. */
  private static final int BLOCKSIZE = 64 * 1024;

  private static PyArray self(Object o) {
    return (PyArray) o;
  }

  // ---------------------------------------------------------------- construction

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    CallArgs a = new CallArgs(args, kwnames);
    if (a.hasKeywords()
        && (cls == PyArray.TYPE || cls.lookup("__init__") == PyArray.TYPE.lookup("__init__"))) {
      throw DataSupport.typeError("array.array() takes no keyword arguments");
    }
    if (a.count() < 1 || a.count() > 2) {
      throw DataSupport.typeError("array() takes %s (%d given)",
          a.count() < 1 ? "at least 1 argument" : "at most 2 arguments", a.count());
    }
    Object code = a.positional[0];
    if (!PyUnicode.isStr(code) || PyUnicode.length(code) != 1) {
      throw DataSupport.typeError("array() argument 1 must be a unicode character, not %.50s",
          DataSupport.typeName(code));
    }
    int c = PyUnicode.codePoints(code)[0];
    return newArray(cls, c, a.count() > 1 ? a.positional[1] : null);
  }

  /** {@code array_new_impl} after argument parsing. */
  static PyArray newArray(PyType cls, int c, Object initial) {
    if (initial != null && c != 'u') {
      if (PyUnicode.isStr(initial)) {
        throw DataSupport.typeError(
            "cannot use a str to initialize an array with typecode '%c'", c);
      } else if (initial instanceof PyArray ia && ia.tc == ArrayTypecode.u) {
        throw DataSupport.typeError(
            "cannot use a unicode array to initialize an array with typecode '%c'", c);
      }
    }
    Object iterable = null;
    if (initial != null && !(initial instanceof PyList || initial instanceof PyTuple
        || initial instanceof PyBytes || initial instanceof PyByteArray
        || (c == 'u' && PyUnicode.isStr(initial))
        || (initial instanceof PyArray ia && ia.tc.code == c))) {
      iterable = Abstract.iter(initial);
      initial = null;
    }
    ArrayTypecode tc = ArrayTypecode.of(c);
    if (tc == null) {
      throw DataSupport.valueError(
          "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    PyArray r = cls == PyArray.TYPE ? new PyArray() : new PyArray.Derived(cls);
    r.tc = tc;
    if (initial instanceof PyList l) {
      fill(r, l.toArray());
    } else if (initial instanceof PyTuple t) {
      fill(r, t.toArray());
    } else if (initial instanceof PyArray ia) {
      r.appendBytes(ia.data, 0, ia.size * tc.itemsize);
    } else if (initial != null && PyUnicode.isStr(initial)) {
      appendCodePoints(r, PyUnicode.codePoints(initial));
    } else if (initial != null) {
      frombytes(r, initial);
    }
    if (iterable != null) {
      r.extendFrom(iterable);
    }
    return r;
  }

  private static void fill(PyArray r, Object[] items) {
    r.data = new byte[items.length * r.tc.itemsize];
    r.size = items.length;
    for (int k = 0; k < items.length; k++) {
      r.set(k, items[k]);
    }
  }

  private static void appendCodePoints(PyArray r, int[] cps) {
    int n = r.size;
    r.resize(r.grownSize(cps.length));
    for (int k = 0; k < cps.length; k++) {
      ArrayTypecode.putCodePoint(r.data, n + k, cps[k]);
    }
  }

  // ---------------------------------------------------------------- attributes

  @Getter("typecode")
  static Object typecode(Object self) {
    return String.valueOf(self(self).tc.code);
  }

  @Getter("itemsize")
  static Object itemsize(Object self) {
    return (long) self(self).tc.itemsize;
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod
  static Object append(Object self, Object v) {
    PyArray a = self(self);
    a.insert(a.size, v);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object insert(Object self, Object i, Object v) {
    PyArray a = self(self);
    long where = DataSupport.asSsize(i);
    if (where < 0) {
      where = Math.max(0, where + a.size);
    }
    a.insert((int) Math.min(where, a.size), v);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object extend(Object self, Object bb) {
    self(self).extendWith(bb);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object pop(Object self, @Default("-1") Object i) {
    PyArray a = self(self);
    long k = DataSupport.asSsize(i);
    if (a.size == 0) {
      throw PyErr.format(PyExc.IndexError, "pop from empty array");
    }
    if (k < 0) {
      k += a.size;
    }
    if (k < 0 || k >= a.size) {
      throw PyErr.format(PyExc.IndexError, "pop index out of range");
    }
    Object v = a.get((int) k);
    a.deleteRange((int) k, (int) k + 1);
    return v;
  }

  @PythonMethod
  static Object remove(Object self, Object v) {
    PyArray a = self(self);
    for (int k = 0; k < a.size; k++) {
      if (Abstract.richCompareBool(a.get(k), v, Abstract.EQ)) {
        a.deleteRange(k, k + 1);
        return PyNone.NONE;
      }
    }
    throw DataSupport.valueError("array.remove(x): x not in array");
  }

  @PythonMethod
  static Object count(Object self, Object v) {
    PyArray a = self(self);
    long n = 0;
    for (int k = 0; k < a.size; k++) {
      if (Abstract.richCompareBool(a.get(k), v, Abstract.EQ)) {
        n++;
      }
    }
    return n;
  }

  @PythonMethod
  static Object index(Object self, Object v, @Default("0") Object start,
      @Default("9223372036854775807") Object stop) {
    PyArray a = self(self);
    long lo = sliceIndex(start);
    long hi = sliceIndex(stop);
    if (lo < 0) {
      lo = Math.max(0, lo + a.size);
    }
    if (hi < 0) {
      hi += a.size;
    }
    for (long k = lo; k < hi && k < a.size; k++) {
      if (Abstract.richCompareBool(a.get((int) k), v, Abstract.EQ)) {
        return k;
      }
    }
    throw DataSupport.valueError("array.index(x): x not in array");
  }

  /** {@code _PyEval_SliceIndexNotNone}. */
  private static long sliceIndex(Object o) {
    if (!PyNumber.isIndex(o)) {
      throw DataSupport.typeError("slice indices must be integers or have an __index__ method");
    }
    return PyNumber.asLongClamped(o);
  }

  @PythonMethod
  static Object reverse(Object self) {
    PyArray a = self(self);
    int w = a.tc.itemsize;
    byte[] t = new byte[w];
    for (int lo = 0, hi = a.size - 1; lo < hi; lo++, hi--) {
      System.arraycopy(a.data, lo * w, t, 0, w);
      System.arraycopy(a.data, hi * w, a.data, lo * w, w);
      System.arraycopy(t, 0, a.data, hi * w, w);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object byteswap(Object self) {
    PyArray a = self(self);
    int w = a.tc.itemsize;
    for (int k = 0; k < a.size; k++) {
      for (int lo = k * w, hi = lo + w - 1; lo < hi; lo++, hi--) {
        byte t = a.data[lo];
        a.data[lo] = a.data[hi];
        a.data[hi] = t;
      }
    }
    return PyNone.NONE;
  }

  /**
   * {@code buffer_info()}: (address, length). The JVM gives no addresses; the first item is the
   * identity hash of the storage, which stays the same while the array is not reallocated.
   */
  @PythonMethod
  static Object buffer_info(Object self) {
    PyArray a = self(self);
    return new PyTuple((long) System.identityHashCode(a.data), (long) a.size);
  }

  @PythonMethod
  static Object tobytes(Object self) {
    PyArray a = self(self);
    return new PyBytes(Arrays.copyOf(a.data, a.size * a.tc.itemsize));
  }

  @PythonMethod
  static Object frombytes(Object self, Object buffer) {
    PyArray a = self(self);
    PyBuffer b = PyBuffer.get(buffer);
    if (b.itemsize != 1) {
      throw DataSupport.typeError("a bytes-like object is required");
    }
    if (buffer == a && b.length > 0) {
      // CPython holds the argument's buffer while it resizes: self is then exported
      throw PyErr.format(PyExc.BufferError, "cannot resize an array that is exporting buffers");
    }
    if (b.length % a.tc.itemsize != 0) {
      throw DataSupport.valueError("bytes length not a multiple of item size");
    }
    a.appendBytes(b.array, b.offset, b.length);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object tolist(Object self) {
    PyArray a = self(self);
    Object[] items = new Object[a.size];
    for (int k = 0; k < items.length; k++) {
      items[k] = a.get(k);
    }
    return PyList.wrap(items);
  }

  @PythonMethod
  static Object fromlist(Object self, Object list) {
    PyArray a = self(self);
    if (!(list instanceof PyList l)) {
      throw DataSupport.typeError("arg must be list");
    }
    int n = l.size();
    if (n > 0) {
      int old = a.size;
      a.resize(a.grownSize(n));
      try {
        for (int k = 0; k < n; k++) {
          if (l.size() != n) {
            throw PyErr.format(PyExc.RuntimeError, "list changed size during iteration");
          }
          a.set(old + k, l.get(k));
        }
      } catch (RuntimeException e) {
        a.resize(old);
        throw e;
      }
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object fromunicode(Object self, Object ustr) {
    PyArray a = self(self);
    if (!PyUnicode.isStr(ustr)) {
      throw DataSupport.typeError("fromunicode() argument must be str, not %.50s",
          DataSupport.typeName(ustr));
    }
    if (a.tc != ArrayTypecode.u) {
      throw DataSupport.valueError("fromunicode() may only be called on unicode type arrays");
    }
    appendCodePoints(a, PyUnicode.codePoints(ustr));
    return PyNone.NONE;
  }

  @PythonMethod
  static Object tounicode(Object self) {
    PyArray a = self(self);
    if (a.tc != ArrayTypecode.u) {
      throw DataSupport.valueError("tounicode() may only be called on unicode type arrays");
    }
    return toStr(a);
  }

  private static Object toStr(PyArray a) {
    int[] cps = new int[a.size];
    for (int k = 0; k < cps.length; k++) {
      cps[k] = ArrayTypecode.codePoint(a.data, k);
      if (cps[k] < 0 || cps[k] > 0x10ffff) {
        ArrayTypecode.character(cps[k]);
      }
    }
    return PyUnicode.fromCodePoints(cps);
  }

  @PythonMethod
  static Object fromfile(Object self, Object f, Object n) {
    PyArray a = self(self);
    long count = DataSupport.asSsize(n);
    if (count < 0) {
      throw DataSupport.valueError("negative count");
    }
    if (count > Long.MAX_VALUE / a.tc.itemsize) {
      throw PyErr.newException(PyExc.MemoryError);
    }
    long nbytes = count * a.tc.itemsize;
    Object b = Abstract.callMethod(f, "read", nbytes);
    if (!(b instanceof PyBytes bytes)) {
      throw DataSupport.typeError("read() didn't return bytes");
    }
    frombytes(a, bytes);
    if (PyBuffer.get(bytes).length != nbytes) {
      throw PyErr.format(PyExc.EOFError, "read() didn't return enough bytes");
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object tofile(Object self, Object f) {
    PyArray a = self(self);
    int nbytes = a.size * a.tc.itemsize;
    for (int off = 0; off < nbytes; off += BLOCKSIZE) {
      byte[] block = Arrays.copyOfRange(a.data, off, Math.min(nbytes, off + BLOCKSIZE));
      Abstract.callMethod(f, "write", new PyBytes(block));
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object __copy__(Object self) {
    PyArray a = self(self);
    return a.slice(0, a.size);
  }

  @PythonMethod
  static Object __deepcopy__(Object self, Object unused) {
    return __copy__(self);
  }

  @PythonMethod
  static Object __sizeof__(Object self) {
    // CPython's basic size on x86-64 plus the allocated items
    return 64L + self(self).data.length;
  }

  /**
   * {@code __reduce_ex__}: below protocol 3 a call of the type with the item list; from 3 on
   * {@code array._array_reconstructor} with the machine format code and the raw bytes.
   */
  @PythonMethod
  static Object __reduce_ex__(Object self, Object value) {
    PyArray a = self(self);
    Object protocol = PyNumber.index(value);
    Object dict = Abstract.lookupAttr(a, "__dict__");
    if (dict == null) {
      dict = PyNone.NONE;
    }
    String code = String.valueOf(a.tc.code);
    if (protocol instanceof Long p && p < 3) {
      return new PyTuple(PyType.of(a), new PyTuple(code, tolist(a)), dict);
    }
    return new PyTuple(ArrayModule.reconstructor(),
        new PyTuple(PyType.of(a), code, (long) a.tc.mformat, tobytes(a)), dict);
  }

  // ---------------------------------------------------------------- sequence protocol

  static Object __len__(Object self) {
    return (long) self(self).size;
  }

  static Object __contains__(Object self, Object v) {
    PyArray a = self(self);
    for (int k = 0; k < a.size; k++) {
      if (Abstract.richCompareBool(a.get(k), v, Abstract.EQ)) {
        return true;
      }
    }
    return false;
  }

  static Object __iter__(Object self) {
    return new ArrayIterator(self(self));
  }

  static Object __repr__(Object self) {
    PyArray a = self(self);
    String head = DataSupport.typeName(a) + "('" + a.tc.code + "'";
    if (a.size == 0) {
      return head + ")";
    }
    Object items = a.tc == ArrayTypecode.u ? toStr(a) : tolist(a);
    return head + ", " + Abstract.reprJava(items) + ")";
  }

  /** The index of {@code key} in {@code a}, or -1 when it is out of range. */
  private static long itemIndex(PyArray a, Object key) {
    long k = DataSupport.asSsize(key, PyExc.IndexError);
    if (k < 0) {
      k += a.size;
    }
    return k < 0 || k >= a.size ? -1 : k;
  }

  static Object __getitem__(Object self, Object key) {
    PyArray a = self(self);
    if (PyNumber.isIndex(key)) {
      long k = itemIndex(a, key);
      if (k < 0) {
        throw PyErr.format(PyExc.IndexError, "array index out of range");
      }
      return a.get((int) k);
    }
    if (!(key instanceof PySlice s)) {
      throw DataSupport.typeError("array indices must be integers");
    }
    long[] r = s.indices(a.size);
    int start = (int) r[0];
    int step = (int) r[2];
    int n = (int) r[3];
    if (step == 1) {
      return a.slice(start, start + n);
    }
    PyArray out = PyArray.withSize(a.tc, n);
    int w = a.tc.itemsize;
    for (int k = 0, at = start; k < n; k++, at += step) {
      System.arraycopy(a.data, at * w, out.data, k * w, w);
    }
    return out;
  }

  static Object __setitem__(Object self, Object key, Object value) {
    assign(self(self), key, value);
    return PyNone.NONE;
  }

  static Object __delitem__(Object self, Object key) {
    assign(self(self), key, null);
    return PyNone.NONE;
  }

  /** {@code array_ass_subscr}: stores or (with a null value) deletes an item or a slice. */
  private static void assign(PyArray a, Object key, Object value) {
    if (PyNumber.isIndex(key)) {
      long k = itemIndex(a, key);
      if (k < 0) {
        throw PyErr.format(PyExc.IndexError, "array assignment index out of range");
      }
      if (value == null) {
        a.deleteRange((int) k, (int) k + 1);
      } else {
        a.set((int) k, value);
      }
      return;
    }
    if (!(key instanceof PySlice s)) {
      throw DataSupport.typeError("array indices must be integers");
    }
    long[] r = s.indices(a.size);
    int start = (int) r[0];
    int stop = (int) r[1];
    int step = (int) r[2];
    int slicelength = (int) r[3];
    PyArray other = null;
    int needed = 0;
    if (value != null) {
      if (!(value instanceof PyArray o)) {
        throw DataSupport.typeError("can only assign array (not \"%.200s\") to array slice",
            DataSupport.typeName(value));
      }
      other = o == a ? a.slice(0, a.size) : o;
      needed = other.size;
      if (other.tc != a.tc) {
        throw PyArray.badArgument();
      }
    }
    if ((step > 0 && stop < start) || (step < 0 && stop > start)) {
      stop = start;
    }
    if (needed == 0 || slicelength != needed) {
      a.checkNotExported();
    }
    int w = a.tc.itemsize;
    if (step == 1) {
      replace(a, start, stop, other == null ? new byte[0] : other.data, needed);
    } else if (needed == 0) {
      deleteExtended(a, start, step, slicelength);
    } else {
      if (needed != slicelength) {
        throw DataSupport.valueError(
            "attempt to assign array of size %d to extended slice of size %d", needed,
            slicelength);
      }
      for (int k = 0, at = start; k < needed; k++, at += step) {
        System.arraycopy(other.data, k * w, a.data, at * w, w);
      }
    }
  }

  /** Replaces items {@code [start, stop)} by the first {@code n} items of {@code src}. */
  private static void replace(PyArray a, int start, int stop, byte[] src, int n) {
    int w = a.tc.itemsize;
    int old = a.size;
    int removed = stop - start;
    if (removed > n) {
      System.arraycopy(a.data, stop * w, a.data, (start + n) * w, (old - stop) * w);
      a.resize(old - removed + n);
    } else if (removed < n) {
      a.resize(a.grownSize(n - removed));
      System.arraycopy(a.data, stop * w, a.data, (start + n) * w, (old - stop) * w);
    }
    System.arraycopy(src, 0, a.data, start * w, n * w);
  }

  private static void deleteExtended(PyArray a, int start, int step, int n) {
    if (n <= 0) {
      return;
    }
    if (step < 0) {
      start += step * (n - 1);
      step = -step;
    }
    int w = a.tc.itemsize;
    int to = start;
    for (int from = start; from < a.size; from++) {
      boolean deleted = from >= start && (from - start) % step == 0 && (from - start) / step < n;
      if (!deleted) {
        System.arraycopy(a.data, from * w, a.data, to * w, w);
        to++;
      }
    }
    a.resize(a.size - n);
  }

  static Object __add__(Object self, Object other) {
    PyArray a = self(self);
    if (!(other instanceof PyArray b)) {
      Object r = reflected(other, "__radd__", a);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
      throw DataSupport.typeError("can only append array (not \"%.200s\") to array",
          DataSupport.typeName(other));
    }
    if (b.tc != a.tc) {
      throw PyArray.badArgument();
    }
    PyArray r = a.slice(0, a.size);
    r.appendBytes(b.data, 0, b.size * b.tc.itemsize);
    return r;
  }

  /** The reflected operation of the right operand, which CPython tries before the sequence's. */
  private static Object reflected(Object other, String name, PyArray a) {
    // a builtin sequence's __radd__/__rmul__ is its sq_concat/sq_repeat, which CPython never
    // tries for the right operand
    if (PyType.of(other).lookup(name) == null || isBuiltinSequence(other)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return Abstract.callMethod(other, name, a);
  }

  private static boolean isBuiltinSequence(Object o) {
    return PyUnicode.isStr(o) || o instanceof PyList || o instanceof PyTuple
        || o instanceof PyBytes || o instanceof PyByteArray;
  }

  static Object __iadd__(Object self, Object other) {
    PyArray a = self(self);
    if (!(other instanceof PyArray)) {
      throw DataSupport.typeError("can only extend array with array (not \"%.200s\")",
          DataSupport.typeName(other));
    }
    a.extendWith(other);
    return a;
  }

  static Object __mul__(Object self, Object n) {
    PyArray a = self(self);
    if (!PyNumber.isIndex(n) || n instanceof Double) {
      Object r = reflected(n, "__rmul__", a);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
      throw DataSupport.typeError("can't multiply sequence by non-int of type '%.200s'",
          DataSupport.typeName(n));
    }
    return repeat(a, n);
  }

  static Object __rmul__(Object self, Object n) {
    if (!PyNumber.isIndex(n) && isBuiltinSequence(n)) {
      // CPython tries the left operand's repeat first, which reports this array as the count
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    if (!PyNumber.isIndex(n)) {
      throw DataSupport.typeError("can't multiply sequence by non-int of type '%.200s'",
          DataSupport.typeName(n));
    }
    return repeat(self(self), n);
  }

  private static PyArray repeat(PyArray a, Object n) {
    long k = Math.max(0, DataSupport.asSsize(n));
    int bytes = a.size * a.tc.itemsize;
    if (k > 0 && bytes > (Integer.MAX_VALUE - 8) / k) {
      throw PyErr.newException(PyExc.MemoryError);
    }
    PyArray r = PyArray.withSize(a.tc, (int) (a.size * k));
    for (int i = 0; i < k; i++) {
      System.arraycopy(a.data, 0, r.data, i * bytes, bytes);
    }
    return r;
  }

  static Object __imul__(Object self, Object n) {
    PyArray a = self(self);
    long k = DataSupport.asSsize(n);
    if (a.size > 0) {
      if (k <= 0) {
        a.resize(0);
      } else {
        int bytes = a.size * a.tc.itemsize;
        if (bytes > (Integer.MAX_VALUE - 8) / k) {
          throw PyErr.newException(PyExc.MemoryError);
        }
        a.resize((int) (a.size * k));
        for (int i = 1; i < k; i++) {
          System.arraycopy(a.data, 0, a.data, i * bytes, bytes);
        }
      }
    }
    return a;
  }

  // ---------------------------------------------------------------- comparison

  private static Object compare(Object v, Object w, int op) {
    if (!(v instanceof PyArray a) || !(w instanceof PyArray b)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    if (a.size != b.size && (op == Abstract.EQ || op == Abstract.NE)) {
      return op == Abstract.NE;
    }
    int k = 0;
    Object x = null;
    Object y = null;
    for (; k < a.size && k < b.size; k++) {
      x = a.get(k);
      y = b.get(k);
      if (!Abstract.richCompareBool(x, y, Abstract.EQ)) {
        break;
      }
    }
    if (k >= a.size || k >= b.size) {
      int c = Integer.compare(a.size, b.size);
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
    return Abstract.richCompare(x, y, op);
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
}
