package org.taipan.stdlib.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled struct format, CPython's {@code prepare_s} in {@code Modules/_struct.c}: the byte
 * order and size mode from the first character, then one {@link Code} per run of a repeated item
 * ({@code 10i} is one code of ten items, {@code 10s} one code of a ten-byte string), with native
 * alignment applied in {@code @} mode. Sizes are those of CPython on x86-64 Linux (LP64).
 */
final class StructFormat {

  /** Byte order and sizes: {@code @} (the default), {@code =} and {@code <}, {@code >} and {@code !}. */
  enum Mode {
    NATIVE, LITTLE, BIG
  }

  /** One run of items: {@code repeat} items of {@code size} bytes from {@code offset}. */
  record Code(char c, long offset, long size, long repeat) {}

  final Mode mode;
  final Code[] codes;
  /** The packed size in bytes ({@code s_size}). */
  final long size;
  /** The number of values packed or unpacked ({@code s_len}). */
  final long len;

  private StructFormat(Mode mode, Code[] codes, long size, long len) {
    this.mode = mode;
    this.codes = codes;
    this.size = size;
    this.len = len;
  }

  /** The format of a {@code Struct} made by {@code __new__} alone: size and length -1. */
  static final StructFormat UNINITIALISED = new StructFormat(Mode.NATIVE, new Code[0], -1, -1);

  /**
   * Compiles an ASCII format ({@code prepare_s}).
   *
   * @throws org.taipan.object.PyException struct.error for a bad format
   */
  static StructFormat compile(byte[] fmt) {
    for (byte b : fmt) {
      if (b == 0) {
        throw StructModule.error("embedded null character");
      }
    }
    int i = 0;
    Mode mode = Mode.NATIVE;
    if (fmt.length > 0) {
      switch (fmt[0]) {
        case '@' -> i = 1;
        case '=', '<' -> {
          mode = Mode.LITTLE;
          i = 1;
        }
        case '>', '!' -> {
          mode = Mode.BIG;
          i = 1;
        }
        default -> { }
      }
    }
    List<Code> codes = new ArrayList<>();
    long size = 0;
    long len = 0;
    while (i < fmt.length) {
      char c = (char) (fmt[i++] & 0xff);
      if (isSpace(c)) {
        continue;
      }
      long num = 1;
      if (c >= '0' && c <= '9') {
        num = c - '0';
        while (true) {
          if (i >= fmt.length) {
            throw StructModule.error("repeat count given without format specifier");
          }
          c = (char) (fmt[i++] & 0xff);
          if (c < '0' || c > '9') {
            break;
          }
          if (num > (Long.MAX_VALUE - (c - '0')) / 10) {
            throw tooLong();
          }
          num = num * 10 + (c - '0');
        }
      }
      long itemSize = itemSize(c, mode);
      if (itemSize < 0) {
        throw StructModule.error("bad char in struct format");
      }
      if (mode == Mode.NATIVE) {
        long a = alignment(c);
        if (a > 1 && size > 0) {
          long extra = (a - 1) - (size - 1) % a;
          if (extra > Long.MAX_VALUE - size) {
            throw tooLong();
          }
          size += extra;
        }
      }
      if (num > (Long.MAX_VALUE - size) / itemSize) {
        throw tooLong();
      }
      if (c == 's' || c == 'p') {
        codes.add(new Code(c, size, num, 1));
        len++;
      } else if (c != 'x' && num > 0) {
        codes.add(new Code(c, size, itemSize, num));
        len += num;
      }
      size += num * itemSize;
    }
    return new StructFormat(mode, codes.toArray(new Code[0]), size, len);
  }

  private static org.taipan.object.PyException tooLong() {
    return StructModule.error("total struct size too long");
  }

  /** {@code Py_ISSPACE}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** The size of one item, or -1 for a character the mode does not know. */
  static long itemSize(char c, Mode mode) {
    boolean nat = mode == Mode.NATIVE;
    return switch (c) {
      case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
      case 'h', 'H', 'e' -> 2;
      case 'i', 'I', 'f' -> 4;
      case 'l', 'L' -> nat ? 8 : 4;
      case 'q', 'Q', 'd' -> 8;
      case 'n', 'N', 'P' -> nat ? 8 : -1;
      default -> -1;
    };
  }

  /** The native alignment of an item ({@code SHORT_ALIGN}, {@code INT_ALIGN} …; 0 for bytes). */
  private static long alignment(char c) {
    return switch (c) {
      case 'h', 'H', 'e' -> 2;
      case 'i', 'I', 'f' -> 4;
      case 'l', 'L', 'q', 'Q', 'd', 'n', 'N', 'P' -> 8;
      default -> 1;
    };
  }

  /** The number of codes, as {@code __sizeof__} counts them. */
  int codeCount() {
    return codes.length;
  }
}
