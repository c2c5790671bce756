package org.taipan.object;

import java.util.Arrays;

/**
 * The bytes of a bytes-like object, CPython's {@code Py_buffer} as {@code PyObject_GetBuffer}
 * fills it for {@code PyBUF_SIMPLE}: a contiguous run of unsigned bytes in a Java array, shared
 * with the exporter (no copy). {@code bytes}, {@code bytearray} and contiguous {@code memoryview}s
 * export buffers; everything that CPython documents as accepting a "bytes-like object" takes one
 * through {@link #get} or {@link #getOrNull}.
 *
 * <p>A buffer is valid while the exporter is not resized. A {@code bytearray} refuses to resize
 * while a {@code memoryview} holds its buffer; code that keeps a buffer only for the length of a
 * call (under the GIL) needs no release.
 */
public final class PyBuffer {

  /**
   * An object that exports its bytes ({@code tp_as_buffer->bf_getbuffer}). A Java class whose
   * instances are bytes-like (an {@code array.array}, an {@code mmap}) implements it.
   */
  public interface Exporter {
    /**
     * A buffer over the current contents. With {@code writable} the caller means to write: an
     * exporter that cannot be written returns a read-only buffer (the caller reports it).
     */
    PyBuffer getBuffer(boolean writable);

    /**
     * A {@code memoryview} now holds this object's buffer, until {@link #unviewed} or until the
     * view is unreachable: CPython's export count, for an exporter that must refuse to resize while
     * viewed (an {@code array.array}). Called for every view made of it, derived views included.
     */
    default void viewed(Object view) {}

    /** The {@code memoryview} {@code view} released this object's buffer. */
    default void unviewed(Object view) {}
  }

  /**
   * An exporter that re-sizes while viewed ({@code bytearray}): a {@code memoryview} of it reads
   * the live array at each access, and holds an export, which forbids re-sizing, only while it is
   * inside a {@code with} block.
   */
  public interface Resizable extends Exporter {
    /** The current array; only the first {@link #liveSize} bytes are the value. */
    byte[] liveArray();

    /** The current number of bytes. */
    int liveSize();

    /** Adds {@code delta} to the count of exports that forbid re-sizing. */
    void addExports(int delta);
  }

  /** The exporting object ({@code Py_buffer.obj}). */
  public final Object obj;
  /** The array holding the bytes; shared with the exporter, do not keep it past the call. */
  public final byte[] array;
  /** Index of the first byte in {@link #array}. */
  public final int offset;
  /** Number of bytes ({@code Py_buffer.len}). */
  public final int length;
  /** Whether writing through the buffer is forbidden. */
  public final boolean readonly;
  /** The {@code struct} format of one item ({@code "B"} for plain bytes). */
  public final String format;
  /** The size of one item in bytes. */
  public final int itemsize;

  /** A buffer of unsigned bytes (format {@code B}). */
  public PyBuffer(Object obj, byte[] array, int offset, int length, boolean readonly) {
    this(obj, array, offset, length, readonly, "B", 1);
  }

  /** A buffer of items of a native {@code struct} format, {@code length} bytes in all. */
  public PyBuffer(Object obj, byte[] array, int offset, int length, boolean readonly,
      String format, int itemsize) {
    this.obj = obj;
    this.array = array;
    this.offset = offset;
    this.length = length;
    this.readonly = readonly;
    this.format = format;
    this.itemsize = itemsize;
  }

  /** Whether {@code o} exports a buffer ({@code PyObject_CheckBuffer}). */
  public static boolean check(Object o) {
    return o instanceof Exporter;
  }

  /**
   * The buffer of a bytes-like object, or null when {@code o} has none. A non-contiguous or
   * released memoryview raises as CPython's {@code PyObject_GetBuffer} does.
   */
  public static PyBuffer getOrNull(Object o) {
    return o instanceof Exporter e ? e.getBuffer(false) : null;
  }

  /**
   * The buffer of a bytes-like object; otherwise {@code TypeError: a bytes-like object is
   * required, not 'T'}.
   */
  public static PyBuffer get(Object o) {
    if (o instanceof Exporter e) {
      return e.getBuffer(false);
    }
    throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.100s'",
        PyType.of(o).getName());
  }

  /**
   * A writable buffer of {@code o} ({@code PyBUF_WRITABLE}); otherwise {@code TypeError:
   * what argument must be read-write bytes-like object, not T}, as {@code readinto} and {@code
   * pack_into} report it.
   *
   * @param what the start of the message, for example {@code "readinto()"}
   */
  public static PyBuffer getWritable(Object o, String what) {
    if (o instanceof Exporter e) {
      PyBuffer b = e.getBuffer(true);
      if (!b.readonly) {
        return b;
      }
    }
    throw PyErr.format(PyExc.TypeError, "%s argument must be read-write bytes-like object, not %.100s",
        what, PyType.of(o).getName());
  }

  /** A copy of the bytes of a bytes-like object, or null when it has none. */
  public static byte[] bytesOrNull(Object o) {
    PyBuffer b = getOrNull(o);
    return b == null ? null : b.toByteArray();
  }

  /**
   * A copy of the bytes of a bytes-like object in C order, or null when it has none: unlike
   * {@link #getOrNull} a strided memoryview is accepted, as {@code bytes(view)} accepts it
   * ({@code PyBuffer_ToContiguous}).
   */
  public static byte[] toContiguousOrNull(Object o) {
    if (o instanceof PyMemoryView m) {
      return m.toContiguous();
    }
    return bytesOrNull(o);
  }

  /** A copy of the bytes of a bytes-like object; TypeError as {@link #get} otherwise. */
  public static byte[] bytes(Object o) {
    return get(o).toByteArray();
  }

  /** A copy of the bytes. */
  public byte[] toByteArray() {
    return Arrays.copyOfRange(array, offset, offset + length);
  }

  /** Byte {@code i} as an unsigned value. */
  public int get(int i) {
    return array[offset + i] & 0xff;
  }

  /** Writes byte {@code i} of a writable buffer. */
  public void put(int i, int b) {
    if (readonly) {
      throw new IllegalStateException("read-only buffer");
    }
    array[offset + i] = (byte) b;
  }
}
