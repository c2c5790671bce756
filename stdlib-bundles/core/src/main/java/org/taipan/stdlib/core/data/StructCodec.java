package org.taipan.stdlib.core.data;

import java.math.BigInteger;
import org.taipan.object.Abstract;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyByteArray;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyLong;
import org.taipan.object.PyNumber;
import org.taipan.stdlib.core.data.StructFormat.Mode;

/**
 * Packs and unpacks one struct item, CPython's {@code np_*}/{@code lp_*}/{@code bp_*} routines in
 * {@code Modules/_struct.c}. The error wording follows the routine CPython's tables pick for each
 * character and mode: the little-endian table borrows the native routines where the sizes agree
 * (so {@code <h} says "short format requires …" but {@code >h} says "'h' format requires …"), and
 * the big-endian {@code q}/{@code Q} go through {@code _PyLong_AsByteArray}.
 */
final class StructCodec {
  private StructCodec() {}

  private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final BigInteger S64_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  // ---------------------------------------------------------------- integer arguments

  /** {@code get_pylong}: the int value of {@code v}, through {@code __index__} if need be. */
  private static Object pyLong(Object v) {
    if (v instanceof Long) {
      return v;
    }
    if (PyLong.isInt(v)) {
      return PyLong.normalize(PyLong.big(v));
    }
    if (PyNumber.isIndex(v)) {
      return PyNumber.index(v);
    }
    throw StructModule.error("required argument is not an integer");
  }

  /** {@code get_long}: a C long, or "argument out of range". */
  private static long cLong(Object v) {
    Object i = pyLong(v);
    if (i instanceof Long l) {
      return l;
    }
    throw StructModule.error("argument out of range");
  }

  /** {@code get_ulong}: a C unsigned long as its bits, or "argument out of range". */
  private static long cULong(Object v) {
    Object i = pyLong(v);
    if (i instanceof Long l) {
      if (l < 0) {
        throw StructModule.error("argument out of range");
      }
      return l;
    }
    BigInteger b = (BigInteger) i;
    if (b.signum() < 0 || b.bitLength() > 64) {
      throw StructModule.error("argument out of range");
    }
    return b.longValue();
  }

  /** {@code _range_error}. */
  private static PyException rangeError(char c, long size, boolean unsigned) {
    int bits = (int) size * 8;
    if (unsigned) {
      return StructModule.error("'%c' format requires 0 <= number <= %s", c,
          BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }
    long largest = (1L << (bits - 1)) - 1;
    return StructModule.error("'%c' format requires %d <= number <= %d", c, ~largest, largest);
  }

  /**
   * Packs an int item into {@code size} bytes; returns its bits (two's complement, low
   * {@code size} bytes significant).
   */
  private static long intBits(char c, Mode mode, long size, Object v) {
    switch (c) {
      case 'b': {
        long x = cLong(v);
        if (x < -128 || x > 127) {
          throw StructModule.error("byte format requires -128 <= number <= 127");
        }
        return x;
      }
      case 'B': {
        long x = cLong(v);
        if (x < 0 || x > 255) {
          throw StructModule.error("ubyte format requires 0 <= number <= 255");
        }
        return x;
      }
      case 'h':
        if (mode != Mode.BIG) {
          long x = cLong(v);
          if (x < Short.MIN_VALUE || x > Short.MAX_VALUE) {
            throw StructModule.error("short format requires -32768 <= number <= 32767");
          }
          return x;
        }
        return signedRange(c, size, v);
      case 'H':
        if (mode != Mode.BIG) {
          long x = cLong(v);
          if (x < 0 || x > 0xffff) {
            throw StructModule.error("ushort format requires 0 <= number <= 65535");
          }
          return x;
        }
        return unsignedRange(c, size, v);
      case 'i':
      case 'l':
      case 'n':
        return size == 8 ? cLong(v) : signedRange(c, size, v);
      case 'I':
      case 'L':
      case 'N':
        return size == 8 ? cULong(v) : unsignedRange(c, size, v);
      case 'q':
        return mode == Mode.BIG ? byteArray(v, false) : cLong(v);
      case 'Q':
        return mode == Mode.BIG ? byteArray(v, true) : cULong(v);
      case 'P':
        return voidPtr(v);
      default:
        throw new IllegalStateException("not an int format " + c);
    }
  }

  private static long signedRange(char c, long size, Object v) {
    long x = cLong(v);
    long largest = (1L << (size * 8 - 1)) - 1;
    if (x < ~largest || x > largest) {
      throw rangeError(c, size, false);
    }
    return x;
  }

  private static long unsignedRange(char c, long size, Object v) {
    long x = cULong(v);
    if (Long.compareUnsigned(x, (1L << (size * 8)) - 1) > 0) {
      throw rangeError(c, size, true);
    }
    return x;
  }

  /** {@code _PyLong_AsByteArray} into eight bytes (big-endian {@code q}/{@code Q}). */
  private static long byteArray(Object v, boolean unsigned) {
    Object i = pyLong(v);
    if (i instanceof Long l && (l >= 0 || !unsigned)) {
      return l;
    }
    BigInteger b = PyLong.big(i);
    if (unsigned && b.signum() < 0) {
      throw overflow(v, "can't convert negative int to unsigned");
    }
    if (unsigned ? b.bitLength() > 64 : b.bitLength() > 63) {
      throw overflow(v, "int too big to convert");
    }
    return b.longValue();
  }

  /** {@code PyLong_AsVoidPtr}: negative values as signed, others as unsigned. */
  private static long voidPtr(Object v) {
    Object i = pyLong(v);
    if (i instanceof Long l) {
      return l;
    }
    BigInteger b = (BigInteger) i;
    if (b.compareTo(S64_MIN) < 0) {
      throw overflow(v, "Python int too large to convert to C long");
    }
    if (b.compareTo(U64_MAX) > 0) {
      throw overflow(v, "Python int too large to convert to C unsigned long");
    }
    return b.longValue();
  }

  /**
   * An OverflowError from packing: {@code s_pack_internal} turns it into "int too large to
   * convert" when the value is an int.
   */
  private static PyException overflow(Object v, String msg) {
    if (PyLong.isInt(v)) {
      return StructModule.error("int too large to convert");
    }
    return PyErr.format(PyExc.OverflowError, "%s", msg);
  }

  // ---------------------------------------------------------------- floats

  private static double floatArg(Object v) {
    try {
      return PyNumber.asDouble(v);
    } catch (PyException e) {
      throw StructModule.error("required argument is not a float");
    }
  }

  private static PyException floatTooLarge(Object v, char c) {
    return overflow(v, "float too large to pack with " + c + " format");
  }

  /** A double to float bits as the C cast does (NaN payload kept, quiet bit set). */
  static int floatBits(double x) {
    if (Double.isNaN(x)) {
      long d = Double.doubleToRawLongBits(x);
      int sign = (int) (d >>> 32) & 0x80000000;
      return sign | 0x7fc00000 | (int) ((d >>> 29) & 0x7fffff);
    }
    return Float.floatToRawIntBits((float) x);
  }

  /** Float bits to a double as the C conversion does (NaN payload kept, quiet bit set). */
  static double fromFloatBits(int f) {
    if ((f & 0x7f800000) == 0x7f800000 && (f & 0x7fffff) != 0) {
      long sign = (long) (f & 0x80000000) << 32;
      return Double.longBitsToDouble(
          sign | 0x7ff8000000000000L | ((long) (f & 0x7fffff) << 29));
    }
    return Float.intBitsToFloat(f);
  }

  /** {@code PyFloat_Pack2}: a double to IEEE half bits, rounding half to even. */
  static int halfBits(double x, Object v) {
    long raw = Double.doubleToRawLongBits(x);
    int sign = (int) (raw >>> 48) & 0x8000;
    if (Double.isNaN(x)) {
      return sign | 0x7e00;
    }
    double a = Math.abs(x);
    if (Double.isInfinite(a)) {
      return sign | 0x7c00;
    }
    if (a < 0x1p-14) {
      // subnormal, in units of 2**-24; 1024 units is the smallest normal, bits 0x400
      return sign | (int) Math.rint(a * 0x1p24);
    }
    int e = Math.getExponent(a);
    double m = Math.rint(Math.scalb(a, 10 - e));
    if (m == 2048) {
      m = 1024;
      e++;
    }
    if (e > 15) {
      throw floatTooLarge(v, 'e');
    }
    return sign | ((e + 15) << 10) | ((int) m - 1024);
  }

  /** {@code PyFloat_Unpack2}. */
  static double fromHalfBits(int h) {
    boolean neg = (h & 0x8000) != 0;
    int e = (h >> 10) & 0x1f;
    int f = h & 0x3ff;
    double r;
    if (e == 0x1f) {
      r = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    } else if (e == 0) {
      r = Math.scalb((double) f, -24);
    } else {
      r = Math.scalb((double) (f + 1024), e - 25);
    }
    return neg ? -r : r;
  }

  // ---------------------------------------------------------------- items

  /** Writes {@code n} low bytes of {@code bits} in the mode's order. */
  private static void put(byte[] buf, int off, int n, long bits, boolean big) {
    for (int k = 0; k < n; k++) {
      int at = big ? off + n - 1 - k : off + k;
      buf[at] = (byte) (bits >>> (8 * k));
    }
  }

  private static long get(byte[] buf, int off, int n, boolean big) {
    long r = 0;
    for (int k = 0; k < n; k++) {
      int at = big ? off + n - 1 - k : off + k;
      r |= (long) (buf[at] & 0xff) << (8 * k);
    }
    return r;
  }

  /** Packs one value of a non-string item into {@code buf} at {@code off}. */
  static void pack(char c, Mode mode, int size, Object v, byte[] buf, int off) {
    boolean big = mode == Mode.BIG;
    switch (c) {
      case 'c' -> {
        if (!(v instanceof PyBytes b) || Abstract.size(b) != 1) {
          throw StructModule.error("char format requires a bytes object of length 1");
        }
        buf[off] = b.toByteArray()[0];
      }
      case '?' -> buf[off] = (byte) (Abstract.isTrue(v) ? 1 : 0);
      case 'e' -> put(buf, off, 2, halfBits(floatArg(v), v), big);
      case 'f' -> {
        double x = floatArg(v);
        if (mode != Mode.NATIVE && Double.isFinite(x) && Float.isInfinite((float) x)) {
          throw floatTooLarge(v, 'f');
        }
        put(buf, off, 4, floatBits(x), big);
      }
      case 'd' -> put(buf, off, 8, Double.doubleToRawLongBits(floatArg(v)), big);
      default -> put(buf, off, size, intBits(c, mode, size, v), big);
    }
  }

  /** Unpacks one value of a non-string item. */
  static Object unpack(char c, Mode mode, int size, byte[] buf, int off) {
    boolean big = mode == Mode.BIG;
    switch (c) {
      case 'c':
        return new PyBytes(new byte[] {buf[off]});
      case '?':
        return buf[off] != 0;
      case 'e':
        return fromHalfBits((int) get(buf, off, 2, big));
      case 'f':
        return fromFloatBits((int) get(buf, off, 4, big));
      case 'd':
        return Double.longBitsToDouble(get(buf, off, 8, big));
      case 'b':
      case 'h':
      case 'i':
      case 'l':
      case 'q':
      case 'n': {
        long bits = get(buf, off, size, big);
        int shift = 64 - 8 * size;
        return (bits << shift) >> shift;
      }
      default: {
        long bits = get(buf, off, size, big);
        if (bits < 0) {
          return new BigInteger(Long.toUnsignedString(bits));
        }
        return bits;
      }
    }
  }

  /** The bytes of a value for {@code s} or {@code p} ({@code bytes} or {@code bytearray}). */
  static byte[] stringArg(char c, Object v) {
    if (v instanceof PyBytes || v instanceof PyByteArray) {
      return PyBuffer.bytes(v);
    }
    throw StructModule.error("argument for '%c' must be a bytes object", c);
  }
}
