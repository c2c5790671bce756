package org.taipan.object;

import java.util.Arrays;

/**
 * What the methods shared by {@code bytes} and {@code bytearray} need to know about their self:
 * its bytes, its length, and how to make a result of the same kind ({@code bytes} methods return
 * bytes, {@code bytearray} methods bytearrays). CPython shares the algorithms the same way, through
 * {@code Objects/bytes_methods.c} and {@code Objects/stringlib}.
 */
final class ByteSeq {
  private ByteSeq() {}

  /** The array holding the bytes of self (longer than {@link #len} for a bytearray). */
  static byte[] arr(Object self) {
    return self instanceof PyBytes b ? b.value : ((PyByteArray) self).value;
  }

  /** The number of bytes of self. */
  static int len(Object self) {
    return self instanceof PyBytes b ? b.value.length : ((PyByteArray) self).size;
  }

  /**
   * The bytes of self in an array of exactly their length: the value itself for bytes (never to
   * be written), a copy for a bytearray.
   */
  static byte[] contents(Object self) {
    if (self instanceof PyBytes b) {
      return b.value;
    }
    PyByteArray a = (PyByteArray) self;
    return Arrays.copyOf(a.value, a.size);
  }

  /** A result of self's kind holding {@code r} (not copied). */
  static Object make(Object self, byte[] r) {
    return self instanceof PyByteArray ? new PyByteArray(r) : new PyBytes(r);
  }

  /** The type name used in messages about self: bytes or bytearray. */
  static String kind(Object self) {
    return self instanceof PyByteArray ? "bytearray" : "bytes";
  }

  /** {@code Py_ISSPACE} on a byte: ASCII whitespace. */
  static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  static boolean isLower(int c) {
    return c >= 'a' && c <= 'z';
  }

  static boolean isUpper(int c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A byte value from an int-like object, as {@code _getbytevalue}: TypeError for a non-integer,
   * {@code ValueError: byte must be in range(0, 256)} out of range.
   */
  static int byteValue(Object o) {
    Object i = PyNumber.index(o);
    if (!(i instanceof Long l) || l < 0 || l > 255) {
      throw PyErr.format(PyExc.ValueError, "byte must be in range(0, 256)");
    }
    return (int) (long) l;
  }

  /**
   * The needle of {@code find} and its kin: a bytes-like object, or an int that is one byte
   * ({@code stringlib_parse_args_finds_byte}).
   */
  static byte[] needle(Object sub) {
    PyBuffer b = PyBuffer.getOrNull(sub);
    if (b != null) {
      return b.toByteArray();
    }
    if (PyNumber.isIndex(sub)) {
      return new byte[] {(byte) byteValue(sub)};
    }
    throw PyErr.format(PyExc.TypeError,
        "argument should be integer or bytes-like object, not '%.200s'",
        PyType.of(sub).getName());
  }

  /**
   * The buffer of an operand, or null when it has none or cannot give a contiguous one (a
   * strided memoryview): the operators then answer NotImplemented, and CPython's "can't concat"
   * message follows.
   */
  static PyBuffer simpleBufferOrNull(Object o) {
    try {
      return PyBuffer.getOrNull(o);
    } catch (PyException e) {
      if (e.matches(PyExc.BufferError)) {
        return null;
      }
      throw e;
    }
  }

  /** The first (or last) index of {@code t} in {@code v[from:to]}, or -1. */
  static int indexOf(byte[] v, byte[] t, int from, int to, boolean last) {
    if (to - from < t.length) {
      return -1;
    }
    if (t.length == 1 && !last) {
      byte c = t[0];
      for (int i = from; i < to; i++) {
        if (v[i] == c) {
          return i;
        }
      }
      return -1;
    }
    int step = last ? -1 : 1;
    for (int i = last ? to - t.length : from; last ? i >= from : i <= to - t.length; i += step) {
      if (Arrays.equals(v, i, i + t.length, t, 0, t.length)) {
        return i;
      }
    }
    return -1;
  }

  /** {@code x in self} ({@code _Py_bytes_contains}): an int is one byte, else a buffer. */
  static boolean contains(Object self, Object x) {
    byte[] t;
    if (PyNumber.isIndex(x)) {
      t = new byte[] {(byte) byteValue(x)};
    } else {
      t = PyBuffer.get(x).toByteArray();
    }
    return indexOf(arr(self), t, 0, len(self), false) >= 0;
  }

  /** Rich comparison of two byte runs as unsigned bytes ({@code bytes_richcompare}). */
  static Object compare(byte[] a, int na, byte[] b, int nb, int op) {
    if ((op == Abstract.EQ || op == Abstract.NE) && na != nb) {
      return op == Abstract.NE;
    }
    int c = Arrays.compareUnsigned(a, 0, na, b, 0, nb);
    return switch (op) {
      case Abstract.LT -> c < 0;
      case Abstract.LE -> c <= 0;
      case Abstract.EQ -> c == 0;
      case Abstract.NE -> c != 0;
      case Abstract.GT -> c > 0;
      default -> c >= 0;
    };
  }

  /** The repr of a run of bytes as a bytes literal ({@code PyBytes_Repr}). */
  static String repr(byte[] v, int n, boolean smartQuotes) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (int i = 0; i < n; i++) {
      hasSingle |= v[i] == '\'';
      hasDouble |= v[i] == '"';
    }
    char q = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder sb = new StringBuilder(n + 3).append('b').append(q);
    for (int i = 0; i < n; i++) {
      int c = v[i] & 0xff;
      if (c == q || c == '\\' || (c == '\'' && !smartQuotes)) {
        sb.append('\\').append((char) c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c >= 0x7f) {
        sb.append("\\x").append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 0xf, 16));
      } else {
        sb.append((char) c);
      }
    }
    return sb.append(q).toString();
  }

  /** Concatenation of two byte runs. */
  static byte[] concat(byte[] a, int na, byte[] b, int nb) {
    if ((long) na + nb > Integer.MAX_VALUE - 8) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    byte[] r = Arrays.copyOf(a, na + nb);
    System.arraycopy(b, 0, r, na, nb);
    return r;
  }

  /** {@code v[:n] * k}, or null when {@code count} is not an index (NotImplemented). */
  static byte[] repeat(byte[] v, int n, Object count) {
    long k = Sequences.repeatCount(count);
    if (k < 0) {
      return null;
    }
    if (n != 0 && k > (Integer.MAX_VALUE - 8) / n) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    byte[] r = new byte[(int) (n * k)];
    for (int i = 0; i < k; i++) {
      System.arraycopy(v, 0, r, i * n, n);
    }
    return r;
  }

  /** {@code v[slice]} for a sequence of {@code n} bytes. */
  static byte[] slice(byte[] v, int n, PySlice s) {
    long[] r = s.indices(n);
    int start = (int) r[0];
    int step = (int) r[2];
    int count = (int) r[3];
    if (step == 1) {
      return Arrays.copyOfRange(v, start, start + count);
    }
    byte[] out = new byte[count];
    for (int i = 0, j = start; i < count; i++, j += step) {
      out[i] = v[j];
    }
    return out;
  }
}
