package org.taipan.interp;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * CPython 3.11's location table, {@code co_linetable} ({@code Objects/locations.md}): for runs of
 * up to eight code units, the start line (as a delta from the previous entry's), end line, start
 * and end column. Each entry starts with a byte {@code 1cccclll}: {@code cccc} chooses the form,
 * {@code lll} is the run length less one. Forms 0–9 are "short" (same line, column {@code
 * cccc*8 + high bits of the next byte}, width in its low bits), 10–12 "one line" (line delta
 * {@code cccc-10}, then start and end column bytes), 13 "no column" (a signed varint line delta),
 * 14 "long" (line delta, end-line delta, column + 1, end column + 1 as varints), 15 "none".
 * Varints are 6-bit groups, least significant first, with 0x40 as the continuation bit; signed
 * varints keep the sign in the lowest bit.
 *
 * <p>Positions are held as {@link PyCode#positions}: four ints per code unit (line, end line,
 * column, end column), -1 for "unknown".
 */
final class LocationTable {
  private LocationTable() {}

  private static final int SHORT_MAX = 9;
  private static final int ONE_LINE = 10;
  private static final int NO_COLUMN = 13;
  private static final int LONG = 14;
  private static final int NONE = 15;

  /**
   * Encodes per-unit positions as {@code co_linetable}, lines relative to {@code firstlineno}. As
   * CPython's assembler does, each instruction (its {@code EXTENDED_ARG} prefixes and inline
   * caches included) gets entries of its own, eight code units at most each, so the table is
   * byte for byte CPython's for the same instructions and positions.
   */
  static byte[] encode(int[] positions, int firstlineno, byte[] code) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int units = Math.min(positions.length / 4, code.length / 2);
    int line = firstlineno;
    int i = 0;
    while (i < units) {
      int start = i;
      while (i < units && (code[2 * i] & 0xff) == Opcode.EXTENDED_ARG) {
        i++;
      }
      if (i < units) {
        i += 1 + Opcode.caches(code[2 * i] & 0xff);
      }
      int size = Math.min(i, units) - start;
      while (size > 0) {
        int run = Math.min(size, 8);
        line = writeEntry(out, positions, start, run, line);
        size -= run;
      }
    }
    return out.toByteArray();
  }

  /** Writes one entry; returns the line the next entry's delta is taken from. */
  private static int writeEntry(ByteArrayOutputStream out, int[] p, int unit, int run, int prev) {
    int line = p[4 * unit];
    int endLine = p[4 * unit + 1];
    int col = p[4 * unit + 2];
    int endCol = p[4 * unit + 3];
    int len = run - 1;
    if (line < 0) {
      out.write(0x80 | (NONE << 3) | len);
      return prev;
    }
    int delta = line - prev;
    if (col < 0 || endCol < 0) {
      if (endLine == line || endLine < 0) {
        out.write(0x80 | (NO_COLUMN << 3) | len);
        writeSignedVarint(out, delta);
        return line;
      }
    } else if (endLine == line) {
      if (delta == 0 && col < 80 && endCol >= col && endCol - col < 16) {
        out.write(0x80 | ((col >> 3) << 3) | len);
        out.write(((col & 7) << 4) | (endCol - col));
        return line;
      }
      if (delta >= 0 && delta < 3 && col < 128 && endCol < 128) {
        out.write(0x80 | ((ONE_LINE + delta) << 3) | len);
        out.write(col);
        out.write(endCol);
        return line;
      }
    }
    out.write(0x80 | (LONG << 3) | len);
    writeSignedVarint(out, delta);
    writeVarint(out, endLine < 0 ? 0 : endLine - line);
    writeVarint(out, col + 1);
    writeVarint(out, endCol + 1);
    return line;
  }

  private static void writeVarint(ByteArrayOutputStream out, int v) {
    while (v >= 0x40) {
      out.write(0x40 | (v & 0x3f));
      v >>>= 6;
    }
    out.write(v);
  }

  private static void writeSignedVarint(ByteArrayOutputStream out, int v) {
    writeVarint(out, v < 0 ? ((-v) << 1) | 1 : v << 1);
  }

  /**
   * Decodes {@code co_linetable} for {@code units} code units (units the table does not cover
   * have no position).
   *
   * @throws IllegalArgumentException if the table is malformed
   */
  static int[] decode(byte[] table, int firstlineno, int units) {
    int[] p = new int[4 * units];
    Arrays.fill(p, -1);
    int[] at = {0};
    int line = firstlineno;
    int unit = 0;
    while (at[0] < table.length) {
      int first = table[at[0]++] & 0xff;
      if ((first & 0x80) == 0) {
        throw new IllegalArgumentException("location entry does not start at " + (at[0] - 1));
      }
      int code = (first >> 3) & 15;
      int run = (first & 7) + 1;
      int l = -1;
      int el = -1;
      int c = -1;
      int ec = -1;
      if (code == NONE) {
        // no location
      } else if (code == NO_COLUMN) {
        line += readSignedVarint(table, at);
        l = line;
        el = line;
      } else if (code == LONG) {
        line += readSignedVarint(table, at);
        l = line;
        el = line + readVarint(table, at);
        c = readVarint(table, at) - 1;
        ec = readVarint(table, at) - 1;
      } else if (code >= ONE_LINE) {
        line += code - ONE_LINE;
        l = line;
        el = line;
        c = readByte(table, at);
        ec = readByte(table, at);
      } else {
        int second = readByte(table, at);
        l = line;
        el = line;
        c = code * 8 + ((second >> 4) & 7);
        ec = c + (second & 15);
      }
      for (int k = 0; k < run && unit < units; k++, unit++) {
        p[4 * unit] = l;
        p[4 * unit + 1] = el;
        p[4 * unit + 2] = c;
        p[4 * unit + 3] = ec;
      }
    }
    return p;
  }

  private static int readByte(byte[] t, int[] at) {
    if (at[0] >= t.length) {
      throw new IllegalArgumentException("location table ends inside an entry");
    }
    return t[at[0]++] & 0xff;
  }

  private static int readVarint(byte[] t, int[] at) {
    int v = 0;
    int shift = 0;
    int b;
    do {
      b = readByte(t, at);
      v |= (b & 0x3f) << shift;
      shift += 6;
    } while ((b & 0x40) != 0);
    return v;
  }

  private static int readSignedVarint(byte[] t, int[] at) {
    int v = readVarint(t, at);
    return (v & 1) != 0 ? -(v >>> 1) : v >>> 1;
  }
}
