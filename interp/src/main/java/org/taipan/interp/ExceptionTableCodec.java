package org.taipan.interp;

import java.io.ByteArrayOutputStream;

/**
 * CPython 3.11's encoding of {@code co_exceptiontable} ({@code Objects/exception_handling_notes.txt}):
 * each entry is start, length, target and {@code depth << 1 | lasti}, as 6-bit big-endian varints
 * with a continuation bit, the first byte of an entry marked with the top bit.
 */
final class ExceptionTableCodec {
  private ExceptionTableCodec() {}

  static byte[] encode(int[] table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i + 4 < table.length; i += 5) {
      writeVarint(out, table[i], true);
      writeVarint(out, table[i + 1] - table[i], false);
      writeVarint(out, table[i + 2], false);
      writeVarint(out, (table[i + 3] << 1) | table[i + 4], false);
    }
    return out.toByteArray();
  }

  /**
   * The entries of an encoded table, five ints each as {@link #encode} takes them.
   *
   * @throws IllegalArgumentException if the bytes are not a well-formed table
   */
  static int[] decode(byte[] bytes) {
    java.util.List<Integer> entries = new java.util.ArrayList<>();
    int[] at = {0};
    while (at[0] < bytes.length) {
      if ((bytes[at[0]] & 0x80) == 0) {
        throw new IllegalArgumentException("exception table entry does not start at " + at[0]);
      }
      int start = readVarint(bytes, at);
      int length = readVarint(bytes, at);
      int target = readVarint(bytes, at);
      int depthLasti = readVarint(bytes, at);
      entries.add(start);
      entries.add(start + length);
      entries.add(target);
      entries.add(depthLasti >> 1);
      entries.add(depthLasti & 1);
    }
    return entries.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int readVarint(byte[] bytes, int[] at) {
    int v = 0;
    int b;
    do {
      if (at[0] >= bytes.length) {
        throw new IllegalArgumentException("exception table ends inside an entry");
      }
      b = bytes[at[0]++] & 0xff;
      v = (v << 6) | (b & 0x3f);
    } while ((b & 0x40) != 0);
    return v;
  }

  private static void writeVarint(ByteArrayOutputStream out, int v, boolean start) {
    int shift = 0;
    while ((v >>> (shift + 6)) != 0) {
      shift += 6;
    }
    boolean first = true;
    for (; shift >= 0; shift -= 6) {
      int b = (v >>> shift) & 0x3f;
      if (shift > 0) {
        b |= 0x40;
      }
      if (first && start) {
        b |= 0x80;
      }
      first = false;
      out.write(b);
    }
  }
}
