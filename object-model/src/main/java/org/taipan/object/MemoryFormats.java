package org.taipan.object;

import java.math.BigInteger;

/**
 * The native single-character {@code struct} formats a {@code memoryview} reads and writes
 * ({@code unpack_single} and {@code pack_single} in CPython's {@code Objects/memoryobject.c}),
 * little-endian as on the platforms Taipan runs on.
 */
final class MemoryFormats {
  private MemoryFormats() {}

  /** The format character of a format string with an optional {@code @}, or 0 if unsupported. */
  static char code(String format) {
    String f = format.startsWith("@") ? format.substring(1) : format;
    if (f.length() != 1 || itemSize(f.charAt(0)) < 0) {
      return 0;
    }
    return f.charAt(0);
  }

  /** The item size of a format character, or -1 for one memoryview does not know. */
  static int itemSize(char c) {
    return switch (c) {
      case 'c', 'b', 'B', '?' -> 1;
      case 'h', 'H' -> 2;
      case 'i', 'I', 'f' -> 4;
      case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
      default -> -1;
    };
  }

  /** Whether a format is one of the byte formats casts may go to or from. */
  static boolean isByteFormat(char c) {
    return c == 'B' || c == 'b' || c == 'c';
  }

  private static long le(byte[] a, int off, int n) {
    long v = 0;
    for (int i = n - 1; i >= 0; i--) {
      v = (v << 8) | (a[off + i] & 0xff);
    }
    return v;
  }

  private static void putLe(byte[] a, int off, int n, long v) {
    for (int i = 0; i < n; i++) {
      a[off + i] = (byte) (v >>> (8 * i));
    }
  }

  /** The Python value of the item at {@code a[off]}. */
  static Object unpack(byte[] a, int off, char c) {
    return switch (c) {
      case 'B' -> (long) (a[off] & 0xff);
      case 'b' -> (long) a[off];
      case 'c' -> new PyBytes(new byte[] {a[off]});
      case '?' -> a[off] != 0;
      case 'h' -> (long) (short) le(a, off, 2);
      case 'H' -> le(a, off, 2);
      case 'i' -> (long) (int) le(a, off, 4);
      case 'I' -> le(a, off, 4);
      case 'l', 'q', 'n' -> le(a, off, 8);
      case 'f' -> (double) Float.intBitsToFloat((int) le(a, off, 4));
      case 'd' -> Double.longBitsToDouble(le(a, off, 8));
      default -> {
        long v = le(a, off, 8);
        yield v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
      }
    };
  }

  private static PyException invalid(String what, String format) {
    return PyErr.format(
        what.equals("type") ? PyExc.TypeError : PyExc.ValueError,
        "memoryview: invalid %s for format '%s'", what, format);
  }

  /** Writes {@code v} as an item at {@code a[off]}; CPython's errors for a bad value. */
  static void pack(byte[] a, int off, char c, Object v, String format) {
    switch (c) {
      case 'c' -> {
        if (!(v instanceof PyBytes b)) {
          throw invalid("type", format);
        }
        if (b.value.length != 1) {
          throw invalid("value", format);
        }
        a[off] = b.value[0];
      }
      case '?' -> a[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
      case 'f', 'd' -> {
        if (!(v instanceof Double) && !PyLong.isInt(v)
            && !PyType.of(v).hasSlot(SpecialMethod.op_float)
            && !PyType.of(v).hasSlot(SpecialMethod.op_index)) {
          throw invalid("type", format);
        }
        double d = PyNumber.asDouble(v);
        if (c == 'f') {
          float f = (float) d;
          if (Float.isInfinite(f) && !Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "float too large to pack with f format");
          }
          putLe(a, off, 4, Float.floatToRawIntBits(f));
        } else {
          putLe(a, off, 8, Double.doubleToRawLongBits(d));
        }
      }
      default -> {
        if (!PyNumber.isIndex(v)) {
          throw invalid("type", format);
        }
        Object i = PyNumber.index(v);
        int size = itemSize(c);
        boolean signed = Character.isLowerCase(c);
        BigInteger big = i instanceof BigInteger b ? b : BigInteger.valueOf((Long) i);
        BigInteger lo = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).negate() : BigInteger.ZERO;
        BigInteger hi = signed ? BigInteger.ONE.shiftLeft(8 * size - 1).subtract(BigInteger.ONE)
            : BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE);
        if (big.compareTo(lo) < 0 || big.compareTo(hi) > 0) {
          throw invalid("value", format);
        }
        putLe(a, off, size, big.longValue());
      }
    }
  }
}
