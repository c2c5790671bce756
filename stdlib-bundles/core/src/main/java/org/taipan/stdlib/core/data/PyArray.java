package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.taipan.object.BufferViews;
import org.taipan.object.Abstract;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;
import org.taipan.object.TypeFlags;
import org.taipan.object.WithDict;

/**
 * The storage of {@code array.array}, CPython's {@code arrayobject} in {@code
 * Modules/arraymodule.c}: items of one {@link ArrayTypecode} packed little-endian in a byte array
 * that is also the exported buffer. It grows and shrinks with CPython's over-allocation rule, so
 * {@code __sizeof__} and {@code buffer_info} agree with CPython's.
 *
 * <p>CPython refuses to resize an array while any {@code memoryview} of it is alive, which it
 * knows from reference counts. Here every view made of the array is registered through {@link
 * PyBuffer.Exporter#viewed} and held weakly; a resize that finds registered views asks the JVM
 * for a collection once, so a view nobody holds no longer counts, and refuses only if some view
 * is still reachable. The Python-visible methods are in {@link ArrayMethods}.
 */
class PyArray implements PyBuffer.Exporter {
  static final PyType TYPE =
      DataSupport.type("array", "array", ArrayMethods.class, MethodHandles.lookup(),
          Derived::new, null, PyArray.class);

  private static final byte[] EMPTY = new byte[0];

  private static final String DOC =
      "array(typecode [, initializer]) -> array\n"
      + "\n"
      + "Return a new array whose items are restricted by typecode, and\n"
      + "initialized from the optional initializer value, which must be a list,\n"
      + "string or iterable over elements of the appropriate type.\n"
      + "\n"
      + "Arrays represent basic values and behave very much like lists, except\n"
      + "the type of objects stored in them is constrained. The type is specified\n"
      + "at object creation time by using a type code, which is a single character.\n"
      + "The following type codes are defined:\n"
      + "\n"
      + "    Type code   C Type             Minimum size in bytes\n"
      + "    'b'         signed integer     1\n"
      + "    'B'         unsigned integer   1\n"
      + "    'u'         Unicode character  2 (see note)\n"
      + "    'h'         signed integer     2\n"
      + "    'H'         unsigned integer   2\n"
      + "    'i'         signed integer     2\n"
      + "    'I'         unsigned integer   2\n"
      + "    'l'         signed integer     4\n"
      + "    'L'         unsigned integer   4\n"
      + "    'q'         signed integer     8 (see note)\n"
      + "    'Q'         unsigned integer   8 (see note)\n"
      + "    'f'         floating point     4\n"
      + "    'd'         floating point     8\n"
      + "\n"
      + "NOTE: The 'u' typecode corresponds to Python's unicode character. On\n"
      + "narrow builds this is 2-bytes on wide builds this is 4-bytes.\n"
      + "\n"
      + "NOTE: The 'q' and 'Q' type codes are only available if the platform\n"
      + "C compiler used to build Python supports 'long long', or, on Windows,\n"
      + "'__int64'.\n"
      + "\n"
      + "Methods:\n"
      + "\n"
      + "append() -- append a new item to the end of the array\n"
      + "buffer_info() -- return information giving the current memory info\n"
      + "byteswap() -- byteswap all the items of the array\n"
      + "count() -- return number of occurrences of an object\n"
      + "extend() -- extend array by appending multiple elements from an iterable\n"
      + "fromfile() -- read items from a file object\n"
      + "fromlist() -- append items from the list\n"
      + "frombytes() -- append items from the string\n"
      + "index() -- return index of first occurrence of an object\n"
      + "insert() -- insert a new item into the array at a provided position\n"
      + "pop() -- remove and return item (default last)\n"
      + "remove() -- remove first occurrence of an object\n"
      + "reverse() -- reverse the order of the items in the array\n"
      + "tofile() -- write all items to a file object\n"
      + "tolist() -- return the array converted to an ordinary list\n"
      + "tobytes() -- return the array converted to a string\n"
      + "\n"
      + "Attributes:\n"
      + "\n"
      + "typecode -- the typecode character used to create the array\n"
      + "itemsize -- the length in bytes of one array item\n";

  static {
    TYPE.defineBuiltin("__hash__", PyNone.NONE);
    TYPE.setCollectionFlag(TypeFlags.SEQUENCE);
    TYPE.defineBuiltin("__doc__", DOC);
  }

  ArrayTypecode tc;
  /** The items; {@code data.length / itemsize} is CPython's {@code allocated}. */
  byte[] data = EMPTY;
  /** The number of items ({@code Py_SIZE}). */
  int size;
  /** The memoryviews holding the buffer. */
  private final BufferViews views = new BufferViews();

  PyArray() {}

  PyArray(ArrayTypecode tc) {
    this.tc = tc;
  }

  /** An instance of a Python subclass. */
  static final class Derived extends PyArray implements PyObject, WithDict {
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

  // ---------------------------------------------------------------- buffer

  @Override
  public PyBuffer getBuffer(boolean writable) {
    return new PyBuffer(this, data, 0, size * tc.itemsize, false, tc.format, tc.itemsize);
  }

  @Override
  public void viewed(Object view) {
    views.add(view);
  }

  @Override
  public void unviewed(Object view) {
    views.remove(view);
  }

  /** Raises CPython's BufferError when a live memoryview holds the buffer. */
  void checkNotExported() {
    if (views.exported()) {
      throw PyErr.format(
          PyExc.BufferError, "cannot resize an array that is exporting buffers");
    }
  }

  // ---------------------------------------------------------------- storage

  /** {@code array_resize}: sets the number of items, keeping the first ones. */
  void resize(int newsize) {
    if (newsize == size) {
      return;
    }
    checkNotExported();
    int allocated = data.length / tc.itemsize;
    if (allocated >= newsize && size < newsize + 16 && data.length > 0) {
      size = newsize;
      return;
    }
    if (newsize == 0) {
      data = EMPTY;
      size = 0;
      return;
    }
    long cap = (newsize >> 4) + (size < 8 ? 3 : 7) + (long) newsize;
    if (cap * tc.itemsize > Integer.MAX_VALUE - 8) {
      throw PyErr.newException(PyExc.MemoryError);
    }
    data = Arrays.copyOf(data, (int) cap * tc.itemsize);
    size = newsize;
  }

  /** The size after adding {@code n} items; MemoryError when the bytes would not fit. */
  int grownSize(long n) {
    long total = size + n;
    if (total * tc.itemsize > Integer.MAX_VALUE - 8) {
      throw PyErr.newException(PyExc.MemoryError);
    }
    return (int) total;
  }

  Object get(int k) {
    return tc.get(data, k);
  }

  void set(int k, Object v) {
    tc.set(data, k, v);
  }

  /** A new array of the same typecode with exactly {@code n} items allocated. */
  static PyArray withSize(ArrayTypecode tc, int n) {
    PyArray a = new PyArray(tc);
    a.data = n == 0 ? EMPTY : new byte[n * tc.itemsize];
    a.size = n;
    return a;
  }

  /** Inserts an item at {@code where} ({@code ins1}); the value is checked before resizing. */
  void insert(int where, Object v) {
    byte[] item = new byte[tc.itemsize];
    tc.set(item, 0, v);
    int n = size;
    resize(grownSize(1));
    int w = tc.itemsize;
    System.arraycopy(data, where * w, data, (where + 1) * w, (n - where) * w);
    System.arraycopy(item, 0, data, where * w, w);
  }

  /** Removes items {@code [lo, hi)} ({@code array_del_slice}). */
  void deleteRange(int lo, int hi) {
    if (hi <= lo) {
      return;
    }
    int w = tc.itemsize;
    checkNotExported();
    System.arraycopy(data, hi * w, data, lo * w, (size - hi) * w);
    resize(size - (hi - lo));
  }

  /** Appends the bytes {@code src[off, off + len)} as whole items ({@code frombytes}). */
  void appendBytes(byte[] src, int off, int len) {
    int n = size;
    resize(grownSize(len / tc.itemsize));
    System.arraycopy(src, off, data, n * tc.itemsize, len);
  }

  /** {@code array_iter_extend}: appends each item of an iterable. */
  void extendFrom(Object iterable) {
    Object it = Abstract.iter(iterable);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      insert(size, x);
    }
  }

  /** {@code array_do_extend}. */
  void extendWith(Object other) {
    if (!(other instanceof PyArray b)) {
      extendFrom(other);
      return;
    }
    if (b.tc != tc) {
      throw PyErr.format(PyExc.TypeError, "can only extend with array of same kind");
    }
    int n = b.size;
    appendBytes(b == this ? data.clone() : b.data, 0, n * tc.itemsize);
  }

  /** Items {@code [lo, hi)} as a new plain array ({@code array_slice}). */
  PyArray slice(int lo, int hi) {
    PyArray r = withSize(tc, hi - lo);
    System.arraycopy(data, lo * tc.itemsize, r.data, 0, (hi - lo) * tc.itemsize);
    return r;
  }

  /** {@code PyErr_BadArgument}. */
  static PyException badArgument() {
    return PyErr.format(PyExc.TypeError, "bad argument type for built-in operation");
  }
}
