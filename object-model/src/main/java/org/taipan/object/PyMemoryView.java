package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The {@code memoryview} type, CPython's {@code Objects/memoryobject.c}: a zero-copy view of the
 * buffer of a bytes-like object, with a native {@code struct} item format, a shape and strides.
 * Slicing makes a new view of the same memory; items are read and written through {@link
 * MemoryFormats}.
 *
 * <p>CPython's reference counting releases a temporary view at once, so an exporter can refuse to
 * resize while any view lives. The JVM cannot tell when a view dies: an exporter that must refuse
 * registers its views ({@link PyBuffer.Exporter#viewed}, {@link BufferViews}); a {@code bytearray}
 * ({@link PyBuffer.Resizable}) refuses only while a view is inside a {@code with} block, and any
 * other view reads its current array and reports an access past the end after it shrank ({@link
 * #data}).
 */
public final class PyMemoryView implements PyBuffer.Exporter {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("memoryview", PyMemoryView.class, MethodHandles.lookup()).notBaseType());

  static {
    TYPE.setCollectionFlag(TypeFlags.SEQUENCE);
  }

  /** The exporting object ({@code obj}). */
  final Object obj;
  /** The memory of a fixed-size exporter (a resizable one's is read when used). */
  private final byte[] fixed;
  final int offset;
  final String format;
  final char code;
  final int itemsize;
  final int[] shape;
  final int[] strides;
  final boolean readonly;
  private boolean released;
  /** The hash once computed, kept after release as CPython keeps it. */
  private Object hash;
  /** Exports this view holds on a resizable exporter while inside {@code with} blocks. */
  private int locks;

  private PyMemoryView(Object obj, byte[] fixed, int offset, String format, int itemsize,
      int[] shape, int[] strides, boolean readonly) {
    this.obj = obj;
    this.fixed = fixed;
    this.offset = offset;
    this.format = format;
    this.code = MemoryFormats.code(format);
    this.itemsize = itemsize;
    this.shape = shape;
    this.strides = strides;
    this.readonly = readonly;
  }

  /** {@code PyMemoryView_FromObject}: a view of the whole buffer of {@code o}. */
  public static PyMemoryView of(Object o) {
    if (o instanceof PyMemoryView m) {
      m.checkReleased();
      return m.derive(m.offset, m.format, m.itemsize, m.shape.clone(), m.strides.clone(),
          m.readonly);
    }
    if (!(o instanceof PyBuffer.Exporter e)) {
      throw PyErr.format(PyExc.TypeError, "memoryview: a bytes-like object is required, not '%.200s'",
          PyType.of(o).getName());
    }
    PyBuffer b = e.getBuffer(true);
    int n = b.length / b.itemsize;
    PyMemoryView m = new PyMemoryView(o, o instanceof PyBuffer.Resizable ? null : b.array,
        b.offset, b.format, b.itemsize, new int[] {n}, new int[] {b.itemsize}, b.readonly);
    e.viewed(m);
    return m;
  }

  private PyMemoryView derive(int off, String fmt, int isize, int[] shp, int[] str, boolean ro) {
    PyMemoryView m = new PyMemoryView(obj, fixed, off, fmt, isize, shp, str, ro);
    if (obj instanceof PyBuffer.Exporter e) {
      e.viewed(m);
    }
    return m;
  }

  // ---------------------------------------------------------------- memory

  private void checkReleased() {
    if (released) {
      throw PyErr.format(
          PyExc.ValueError, "operation forbidden on released memoryview object");
    }
  }

  /** Items of a format {@link MemoryFormats} does not know cannot be read or written. */
  private void checkFormat() {
    if (code == 0) {
      throw PyErr.format(PyExc.NotImplementedError, "memoryview: format %s not supported", format);
    }
  }

  /** One past the highest byte the view reaches. */
  private int extentEnd() {
    long end = offset + itemsize;
    for (int d = 0; d < shape.length; d++) {
      if (shape[d] == 0) {
        return 0;
      }
      if (strides[d] > 0) {
        end += (long) (shape[d] - 1) * strides[d];
      }
    }
    return (int) end;
  }

  /** The array the view's offsets index. */
  private byte[] data() {
    checkReleased();
    if (obj instanceof PyBuffer.Resizable r) {
      if (extentEnd() > r.liveSize()) {
        throw PyErr.format(PyExc.IndexError, "memoryview: the %s it views has shrunk",
            PyType.of(obj).getName());
      }
      return r.liveArray();
    }
    return fixed;
  }

  private int count() {
    int n = 1;
    for (int s : shape) {
      n *= s;
    }
    return n;
  }

  private boolean isCContiguous() {
    int expected = itemsize;
    for (int d = shape.length - 1; d >= 0; d--) {
      if (shape[d] == 0) {
        return true;
      }
      if (shape[d] > 1 && strides[d] != expected) {
        return false;
      }
      expected *= shape[d];
    }
    return true;
  }

  private boolean isFContiguous() {
    int expected = itemsize;
    for (int d = 0; d < shape.length; d++) {
      if (shape[d] == 0) {
        return true;
      }
      if (shape[d] > 1 && strides[d] != expected) {
        return false;
      }
      expected *= shape[d];
    }
    return true;
  }

  /** The bytes of the view in C (row-major) or Fortran (column-major) order. */
  private byte[] gather(boolean fortran) {
    byte[] a = data();
    byte[] out = new byte[count() * itemsize];
    int[] idx = new int[shape.length];
    int n = count();
    for (int k = 0; k < n; k++) {
      int at = offset;
      for (int d = 0; d < shape.length; d++) {
        at += idx[d] * strides[d];
      }
      System.arraycopy(a, at, out, k * itemsize, itemsize);
      // advance the index, last dimension fastest in C order, first in Fortran order
      for (int j = 0; j < shape.length; j++) {
        int d = fortran ? j : shape.length - 1 - j;
        if (++idx[d] < shape[d]) {
          break;
        }
        idx[d] = 0;
      }
    }
    return out;
  }

  @Override
  public PyBuffer getBuffer(boolean writable) {
    byte[] a = data();
    if (isCContiguous()) {
      return new PyBuffer(this, a, offset, count() * itemsize, readonly, format, itemsize);
    }
    throw PyErr.format(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
  }

  /** The bytes of the view in C order, whatever its strides ({@code PyBuffer_ToContiguous}). */
  byte[] toContiguous() {
    return gather(false);
  }

  // ---------------------------------------------------------------- construction

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    if (args.length > 1) {
      throw PyErr.format(
          PyExc.TypeError, "memoryview() takes at most 1 argument (%d given)", args.length);
    }
    if (args.length == 0 || (nk == 1 && !kwnames[0].equals("object"))) {
      throw PyErr.format(
          PyExc.TypeError, "memoryview() missing required argument 'object' (pos 1)");
    }
    return of(args[0]);
  }

  // ---------------------------------------------------------------- items

  private int address(int d, Object index) {
    long i = PyNumber.asLongClamped(PyNumber.index(index));
    if (i < 0) {
      i += shape[d];
    }
    if (i < 0 || i >= shape[d]) {
      throw PyErr.format(PyExc.IndexError, "index out of bounds on dimension %d", d + 1);
    }
    return (int) i * strides[d];
  }

  /** The byte offset of the item a key names, or -1 when the key is a slice. */
  private int itemOffset(Object key) {
    if (shape.length == 0) {
      if (key instanceof PyTuple t && t.size() == 0) {
        return offset;
      }
      throw PyErr.format(PyExc.TypeError, "invalid indexing of 0-dim memory");
    }
    if (key instanceof PySlice) {
      return -1;
    }
    if (PyNumber.isIndex(key)) {
      if (shape.length > 1) {
        throw PyErr.format(
            PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
      }
      return offset + address(0, key);
    }
    if (key instanceof PyTuple t) {
      boolean allIndex = true;
      for (Object o : t.items) {
        allIndex &= PyNumber.isIndex(o);
      }
      if (!allIndex) {
        if (isMultiSlice(t)) {
          throw PyErr.format(
              PyExc.NotImplementedError, "multi-dimensional slicing is not implemented");
        }
        throw PyErr.format(PyExc.TypeError, "memoryview: invalid slice key");
      }
      if (t.size() < shape.length) {
        throw PyErr.format(PyExc.NotImplementedError, "sub-views are not implemented");
      }
      if (t.size() > shape.length) {
        throw PyErr.format(PyExc.TypeError, "cannot index %d-dimension view with %d-element tuple",
            shape.length, t.size());
      }
      int at = offset;
      for (int d = 0; d < shape.length; d++) {
        at += address(d, t.items[d]);
      }
      return at;
    }
    throw PyErr.format(PyExc.TypeError, "memoryview: invalid slice key");
  }

  /** {@code is_multislice}: a tuple of slices only. */
  private static boolean isMultiSlice(Object key) {
    if (!(key instanceof PyTuple t) || t.size() == 0) {
      return false;
    }
    for (Object o : t.items) {
      if (!(o instanceof PySlice)) {
        return false;
      }
    }
    return true;
  }

  private PyMemoryView slice(PySlice s) {
    long[] r = s.indices(shape[0]);
    int[] shp = shape.clone();
    int[] str = strides.clone();
    shp[0] = (int) r[3];
    str[0] = (int) (strides[0] * r[2]);
    int off = offset + (int) r[0] * strides[0];
    return derive(shp[0] == 0 ? offset : off, format, itemsize, shp, str, readonly);
  }

  static Object __getitem__(Object self, Object key) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    if (key == PyEllipsis.ELLIPSIS && m.shape.length == 0) {
      return m;
    }
    int at = m.itemOffset(key);
    if (at < 0) {
      return m.slice((PySlice) key);
    }
    m.checkFormat();
    return MemoryFormats.unpack(m.data(), at, m.code);
  }

  static Object __setitem__(Object self, Object key, Object value) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    if (m.readonly) {
      throw PyErr.format(PyExc.TypeError, "cannot modify read-only memory");
    }
    if (isMultiSlice(key)) {
      throw PyErr.format(PyExc.NotImplementedError,
          "memoryview slice assignments are currently restricted to ndim = 1");
    }
    int at = m.itemOffset(key);
    if (at >= 0) {
      m.checkFormat();
      MemoryFormats.pack(m.data(), at, m.code, value, m.format);
      return PyNone.NONE;
    }
    if (m.shape.length != 1) {
      throw PyErr.format(PyExc.NotImplementedError,
          "memoryview slice assignments are currently restricted to ndim = 1");
    }
    PyMemoryView dest = m.slice((PySlice) key);
    PyMemoryView src = value instanceof PyMemoryView v ? v : null;
    PyBuffer b = src == null ? PyBuffer.get(value) : null;
    String srcFormat = src != null ? src.format : b.format;
    int srcItems = src != null ? (src.shape.length == 1 ? src.shape[0] : -1)
        : b.length / b.itemsize;
    if (MemoryFormats.code(srcFormat) != m.code || srcItems != dest.shape[0]) {
      throw PyErr.format(PyExc.ValueError,
          "memoryview assignment: lvalue and rvalue have different structures");
    }
    byte[] bytes = src != null ? src.gather(false) : b.toByteArray();
    byte[] a = m.data();
    for (int i = 0; i < dest.shape[0]; i++) {
      System.arraycopy(bytes, i * m.itemsize, a, dest.offset + i * dest.strides[0], m.itemsize);
    }
    return PyNone.NONE;
  }

  static Object __delitem__(Object self, Object key) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    throw PyErr.format(PyExc.TypeError,
        m.readonly ? "cannot modify read-only memory" : "cannot delete memory");
  }

  static Object __len__(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    if (m.shape.length == 0) {
      throw PyErr.format(PyExc.TypeError, "0-dim memory has no length");
    }
    return (long) m.shape[0];
  }

  static Object __iter__(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    if (m.shape.length == 0) {
      throw PyErr.format(PyExc.TypeError, "invalid indexing of 0-dim memory");
    }
    if (m.shape.length > 1) {
      throw PyErr.format(
          PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
    }
    return new PySeqIterator(self);
  }

  // ---------------------------------------------------------------- comparison, hash, repr

  private List<Object> items() {
    byte[] c = gather(false);
    List<Object> r = new ArrayList<>(count());
    for (int k = 0; k * itemsize < c.length; k++) {
      r.add(MemoryFormats.unpack(c, k * itemsize, code));
    }
    return r;
  }

  /** {@code memory_richcompare}: equal shapes and equal items; only == and !=. */
  private static Object equal(Object a, Object b) {
    PyMemoryView m = (PyMemoryView) a;
    // a released view is equal only to itself
    if (m.released) {
      return a == b;
    }
    PyMemoryView w;
    if (b instanceof PyMemoryView v) {
      if (v.released) {
        return a == b;
      }
      w = v;
    } else if (PyBuffer.check(b)) {
      PyBuffer bb = PyBuffer.get(b);
      w = new PyMemoryView(b, bb.toByteArray(), 0, bb.format, bb.itemsize,
          new int[] {bb.length / bb.itemsize}, new int[] {bb.itemsize}, true);
    } else {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    if (!java.util.Arrays.equals(m.shape, w.shape)) {
      return false;
    }
    if (m.code == 0 || w.code == 0) {
      // CPython's struct unpacker refuses the format, which makes the views unequal
      return false;
    }
    List<Object> x = m.items();
    List<Object> y = w.items();
    for (int i = 0; i < x.size(); i++) {
      if (!Abstract.richCompareBool(x.get(i), y.get(i), Abstract.EQ)) {
        return false;
      }
    }
    return true;
  }

  static Object __eq__(Object a, Object b) {
    return equal(a, b);
  }

  static Object __ne__(Object a, Object b) {
    Object r = equal(a, b);
    return r instanceof Boolean t ? (Object) !t : r;
  }

  static Object __hash__(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    if (m.hash != null) {
      return m.hash;
    }
    m.checkReleased();
    if (!m.readonly) {
      throw PyErr.format(PyExc.ValueError, "cannot hash writable memoryview object");
    }
    if (!MemoryFormats.isByteFormat(m.code)) {
      throw PyErr.format(PyExc.ValueError,
          "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    // CPython hashes the exporter first, so a view of a bytearray is unhashable
    Abstract.hash(m.obj);
    m.hash = PyBytes.__hash__(new PyBytes(m.gather(false)));
    return m.hash;
  }

  static Object __repr__(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    return String.format("<%smemory at 0x%x>", m.released ? "released " : "",
        System.identityHashCode(m));
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod(positionalOnly = false)
  static Object tobytes(Object self, @Default("None") Object order) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    boolean fortran = false;
    if (order != PyNone.NONE) {
      String o = PyUnicode.isStr(order) ? PyUnicode.asJavaString(order) : "";
      if (!o.equals("C") && !o.equals("F") && !o.equals("A")) {
        throw PyErr.format(PyExc.ValueError, "order must be 'C', 'F' or 'A'");
      }
      fortran = o.equals("F") || (o.equals("A") && m.isFContiguous() && !m.isCContiguous());
    }
    return new PyBytes(m.gather(fortran));
  }

  @PythonMethod
  static Object tolist(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    byte[] a = m.data();
    m.checkFormat();
    if (m.shape.length == 0) {
      return MemoryFormats.unpack(a, m.offset, m.code);
    }
    return m.tolist(a, 0, m.offset);
  }

  private Object tolist(byte[] a, int d, int at) {
    List<Object> r = new ArrayList<>(shape[d]);
    for (int i = 0; i < shape[d]; i++) {
      int p = at + i * strides[d];
      r.add(d == shape.length - 1 ? MemoryFormats.unpack(a, p, code) : tolist(a, d + 1, p));
    }
    return new PyList(r);
  }

  @PythonMethod(positionalOnly = false)
  static Object hex(Object self, @Default("<unrepresentable>") Object sep,
      @Default("1") Object bytes_per_sep) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    byte[] b = m.gather(false);
    return BytesTransforms.hex(b, 0, b.length, sep, bytes_per_sep);
  }

  @PythonMethod
  static Object toreadonly(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    return m.derive(m.offset, m.format, m.itemsize, m.shape.clone(), m.strides.clone(), true);
  }

  @PythonMethod
  static Object release(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    if (!m.released) {
      if (m.locks > 0 && m.obj instanceof PyBuffer.Resizable r) {
        r.addExports(-m.locks);
      }
      m.locks = 0;
      m.released = true;
      if (m.obj instanceof PyBuffer.Exporter e) {
        e.unviewed(m);
      }
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object __enter__(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    if (m.obj instanceof PyBuffer.Resizable r) {
      r.addExports(1);
      m.locks++;
    }
    return m;
  }

  @PythonMethod
  static Object __exit__(Object self, Object[] args) {
    return release(self);
  }

  /** {@code cast(format, shape=<unset>)}: {@code memory_cast}. */
  @PythonMethod(positionalOnly = false)
  static Object cast(Object self, Object format, @Default("<unrepresentable>") Object shape) {
    PyMemoryView m = (PyMemoryView) self;
    if (!PyUnicode.isStr(format)) {
      throw PyErr.format(PyExc.TypeError, "cast() argument 'format' must be str, not %.200s",
          PyType.of(format).getName());
    }
    m.checkReleased();
    boolean hasShape = shape != ArgParser.UNREPRESENTABLE;
    if (!m.isCContiguous()) {
      throw PyErr.format(
          PyExc.TypeError, "memoryview: casts are restricted to C-contiguous views");
    }
    boolean zero = false;
    for (int s : m.shape) {
      zero |= s == 0;
    }
    if ((hasShape || m.shape.length != 1) && zero) {
      throw PyErr.format(
          PyExc.TypeError, "memoryview: cannot cast view with zeros in shape or strides");
    }
    Object[] dims = null;
    if (hasShape) {
      if (!(shape instanceof PyList) && !(shape instanceof PyTuple)) {
        throw PyErr.format(PyExc.TypeError, "shape must be a list or a tuple");
      }
      dims = PyTuple.fromIterable(shape).items;
      if (m.shape.length != 1 && dims.length != 1) {
        throw PyErr.format(
            PyExc.TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
      }
      if (dims.length > 64) {
        throw PyErr.format(
            PyExc.ValueError, "memoryview: number of dimensions must not exceed 64");
      }
    }
    String f = PyUnicode.asJavaString(format);
    char c = MemoryFormats.code(f);
    if (c == 0) {
      throw PyErr.format(PyExc.ValueError,
          "memoryview: destination format must be a native single character format prefixed"
              + " with an optional '@'");
    }
    if (!MemoryFormats.isByteFormat(c) && !MemoryFormats.isByteFormat(m.code)) {
      throw PyErr.format(PyExc.TypeError, "memoryview: cannot cast between two non-byte formats");
    }
    int size = MemoryFormats.itemSize(c);
    int nbytes = m.count() * m.itemsize;
    if (nbytes % size != 0) {
      throw PyErr.format(PyExc.TypeError, "memoryview: length is not a multiple of itemsize");
    }
    int[] shp;
    if (dims == null) {
      shp = new int[] {nbytes / size};
    } else {
      shp = new int[dims.length];
      long product = 1;
      for (int d = 0; d < dims.length; d++) {
        Object x = dims[d];
        long v = PyLong.isInt(x) ? PyNumber.asLongClamped(x) : -1;
        if (!PyLong.isInt(x) || v <= 0) {
          throw PyErr.format(PyExc.ValueError,
              "memoryview.cast(): elements of shape must be integers > 0");
        }
        product *= v;
        if (product > Integer.MAX_VALUE) {
          throw PyErr.format(
              PyExc.ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
        }
        shp[d] = (int) v;
      }
      if (product * size != nbytes) {
        throw PyErr.format(
            PyExc.TypeError, "memoryview: product(shape) * itemsize != buffer size");
      }
    }
    int[] str = new int[shp.length];
    int step = size;
    for (int d = shp.length - 1; d >= 0; d--) {
      str[d] = step;
      step *= shp[d];
    }
    return m.derive(m.offset, f, size, shp, str, m.readonly);
  }

  // ---------------------------------------------------------------- attributes

  private static PyMemoryView live(Object self) {
    PyMemoryView m = (PyMemoryView) self;
    m.checkReleased();
    return m;
  }

  private static PyTuple ints(int[] a) {
    Object[] r = new Object[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = (long) a[i];
    }
    return new PyTuple(r);
  }

  @Getter("obj")
  static Object objAttr(Object self) {
    return live(self).obj;
  }

  @Getter("nbytes")
  static Object nbytes(Object self) {
    PyMemoryView m = live(self);
    return (long) m.count() * m.itemsize;
  }

  @Getter("readonly")
  static Object readonlyAttr(Object self) {
    return live(self).readonly;
  }

  @Getter("itemsize")
  static Object itemsizeAttr(Object self) {
    return (long) live(self).itemsize;
  }

  @Getter("format")
  static Object formatAttr(Object self) {
    return live(self).format;
  }

  @Getter("ndim")
  static Object ndim(Object self) {
    return (long) live(self).shape.length;
  }

  @Getter("shape")
  static Object shapeAttr(Object self) {
    return ints(live(self).shape);
  }

  @Getter("strides")
  static Object stridesAttr(Object self) {
    return ints(live(self).strides);
  }

  @Getter("suboffsets")
  static Object suboffsets(Object self) {
    live(self);
    return new PyTuple();
  }

  @Getter("c_contiguous")
  static Object cContiguous(Object self) {
    return live(self).isCContiguous();
  }

  @Getter("f_contiguous")
  static Object fContiguous(Object self) {
    return live(self).isFContiguous();
  }

  @Getter("contiguous")
  static Object contiguous(Object self) {
    PyMemoryView m = live(self);
    return m.isCContiguous() || m.isFContiguous();
  }
}
