package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNumber;
import org.taipan.object.PyUnicode;

/**
 * The item types of {@code array.array}, CPython's {@code descriptors} table in {@code
 * Modules/arraymodule.c}: item size, buffer format and the {@code getitem}/{@code setitem}
 * conversions of each typecode, with the sizes of a C compiler on Linux x86-64 ({@code long} and
 * {@code wchar_t} of 8 and 4 bytes). Items are stored little-endian, as on the machines Taipan
 * runs on. A setter raises the exceptions CPython's raises, which come from the {@code getargs}
 * converter each typecode borrows ({@code 'b'} converts as a C {@code short} first, so its first
 * overflow message names a short).
 */
enum ArrayTypecode {
  b('b', 1, "b", true, 1),
  B('B', 1, "B", false, 0),
  u('u', 4, "w", false, 20),
  h('h', 2, "h", true, 4),
  H('H', 2, "H", false, 2),
  i('i', 4, "i", true, 8),
  I('I', 4, "I", false, 6),
  l('l', 8, "l", true, 12),
  L('L', 8, "L", false, 10),
  q('q', 8, "q", true, 12),
  Q('Q', 8, "Q", false, 10),
  f('f', 4, "f", true, 14),
  d('d', 8, "d", true, 16);

  /** {@code array.typecodes}. */
  static final String TYPECODES = "bBuhHiIlLqQfd";

  private static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  final char code;
  final int itemsize;
  /** The {@code struct} format of the exported buffer ({@code 'w'} for {@code wchar_t}). */
  final String format;
  final boolean signed;
  /** The little-endian machine format code of {@code _array_reconstructor}. */
  final int mformat;

  ArrayTypecode(char code, int itemsize, String format, boolean signed, int mformat) {
    this.code = code;
    this.itemsize = itemsize;
    this.format = format;
    this.signed = signed;
    this.mformat = mformat;
  }

  /** The typecode for {@code c}, or null. */
  static ArrayTypecode of(int c) {
    int k = TYPECODES.indexOf(c);
    return k < 0 ? null : values()[k];
  }

  boolean isFloat() {
    return this == f || this == d;
  }

  boolean isInteger() {
    return this != u && !isFloat();
  }

  // ---------------------------------------------------------------- reading

  /** Item {@code k} of {@code data} as a Python value ({@code *_getitem}). */
  Object get(byte[] data, int k) {
    int at = k * itemsize;
    return switch (this) {
      case b -> (long) data[at];
      case B -> (long) (data[at] & 0xff);
      case h -> (long) (short) SHORT.get(data, at);
      case H -> (long) ((short) SHORT.get(data, at) & 0xffff);
      case i -> (long) (int) INT.get(data, at);
      case I -> (long) (int) INT.get(data, at) & 0xffffffffL;
      case l, q -> (long) LONG.get(data, at);
      case L, Q -> unsigned((long) LONG.get(data, at));
      case f -> (double) Float.intBitsToFloat((int) INT.get(data, at));
      case d -> Double.longBitsToDouble((long) LONG.get(data, at));
      case u -> character((int) INT.get(data, at));
    };
  }

  private static Object unsigned(long v) {
    return v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
  }

  /** {@code PyUnicode_FromOrdinal}. */
  static Object character(int cp) {
    if (cp < 0 || cp > 0x10ffff) {
      throw PyErr.format(PyExc.ValueError, "character U+%x is not in range [U+0000; U+10ffff]",
          cp);
    }
    return PyUnicode.fromCodePoints(new int[] {cp});
  }

  /** The code point of item {@code k} of a {@code 'u'} array, unchecked. */
  static int codePoint(byte[] data, int k) {
    return (int) INT.get(data, k * 4);
  }

  // ---------------------------------------------------------------- writing

  /** Stores {@code v} as item {@code k} of {@code data} ({@code *_setitem}). */
  void set(byte[] data, int k, Object v) {
    int at = k * itemsize;
    switch (this) {
      case b -> data[at] = (byte) checkRange(cShort(v), -128, 127, "signed char");
      case B -> data[at] = (byte) checkRange(cLong(v), 0, 255, "unsigned byte integer");
      case h -> SHORT.set(data, at, (short) cShort(v));
      case H -> SHORT.set(data, at, (short) checkRange(cInt(v), 0, 0xffff, "unsigned short"));
      case i -> INT.set(data, at, (int) cInt(v));
      case I -> INT.set(data, at, (int) cUnsignedInt(v));
      case l -> LONG.set(data, at, cLong(v));
      case L -> LONG.set(data, at, cUnsignedLong(v, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"));
      case q -> LONG.set(data, at, cLongLong(v));
      case Q -> LONG.set(data, at, cUnsignedLong(v, "can't convert negative int to unsigned",
          "int too big to convert"));
      case f -> INT.set(data, at, Float.floatToRawIntBits((float) PyNumber.asDouble(v)));
      case d -> LONG.set(data, at, Double.doubleToRawLongBits(PyNumber.asDouble(v)));
      case u -> INT.set(data, at, unicodeItem(v));
    }
  }

  /** Stores code point {@code cp} as item {@code k} of a {@code 'u'} array. */
  static void putCodePoint(byte[] data, int k, int cp) {
    INT.set(data, k * 4, cp);
  }

  private static int unicodeItem(Object v) {
    if (!PyUnicode.isStr(v) || PyUnicode.length(v) != 1) {
      throw PyErr.format(PyExc.TypeError, "array item must be unicode character");
    }
    return PyUnicode.codePoints(v)[0];
  }

  private static PyException overflow(String msg) {
    return PyErr.format(PyExc.OverflowError, "%s", msg);
  }

  private static long checkRange(long v, long min, long max, String what) {
    if (v < min) {
      throw overflow(what + " is less than minimum");
    }
    if (v > max) {
      throw overflow(what + " is greater than maximum");
    }
    return v;
  }

  /** {@code PyLong_AsLong} of {@code __index__}. */
  private static long cLong(Object v) {
    Object n = PyNumber.index(v);
    if (n instanceof Long x) {
      return x;
    }
    throw overflow("Python int too large to convert to C long");
  }

  /** The {@code 'h'} converter of {@code getargs}. */
  private static long cShort(Object v) {
    return checkRange(cLong(v), Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
  }

  /** The {@code 'i'} converter of {@code getargs}. */
  private static long cInt(Object v) {
    return checkRange(cLong(v), Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
  }

  /** {@code PyLong_AsLongLong}. */
  private static long cLongLong(Object v) {
    Object n = PyNumber.index(v);
    if (n instanceof Long x) {
      return x;
    }
    throw overflow("int too big to convert");
  }

  /** {@code PyLong_AsUnsignedLong} (or {@code LongLong}) of {@code __index__}, as 64 bits. */
  private static long cUnsignedLong(Object v, String negative, String tooBig) {
    Object n = PyNumber.index(v);
    if (n instanceof Long x) {
      if (x < 0) {
        throw overflow(negative);
      }
      return x;
    }
    BigInteger big = (BigInteger) n;
    if (big.signum() < 0) {
      throw overflow(negative);
    }
    if (big.compareTo(TWO_64) >= 0) {
      throw overflow(tooBig);
    }
    return big.longValue();
  }

  private static long cUnsignedInt(Object v) {
    long x = cUnsignedLong(v, "can't convert negative value to unsigned int",
        "Python int too large to convert to C unsigned long");
    if (x < 0 || x > 0xffffffffL) {
      throw overflow("unsigned int is greater than maximum");
    }
    return x;
  }
}
