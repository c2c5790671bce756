package org.taipan.stdlib.core.binary;

/**
 * The checksums of {@code binascii} and {@code zlib}: CRC-32 (the reflected polynomial
 * 0xEDB88320 of zlib, with any start value), Adler-32 (any start value) and binascii's CRC-CCITT
 * ({@code crc_hqx}, polynomial 0x1021, most significant bit first).
 */
final class Checksums {
  private Checksums() {}

  private static final int[] CRC32_TABLE = new int[256];
  private static final int[] HQX_TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      CRC32_TABLE[n] = c;
      int h = n << 8;
      for (int k = 0; k < 8; k++) {
        h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
      }
      HQX_TABLE[n] = h & 0xffff;
    }
  }

  /** zlib's {@code crc32(crc, buf, len)}: continues the CRC-32 {@code crc} over the bytes. */
  static int crc32(int crc, byte[] b, int off, int len) {
    if (crc == 0) {
      // the JDK's CRC32 is intrinsified; it can only start from zero
      java.util.zip.CRC32 c = new java.util.zip.CRC32();
      c.update(b, off, len);
      return (int) c.getValue();
    }
    int c = ~crc;
    for (int i = off, end = off + len; i < end; i++) {
      c = CRC32_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
    }
    return ~c;
  }

  /** zlib's {@code adler32(adler, buf, len)}. */
  static int adler32(int adler, byte[] b, int off, int len) {
    long s1 = adler & 0xffff;
    long s2 = (adler >>> 16) & 0xffff;
    int i = off;
    int end = off + len;
    while (i < end) {
      // 5552 is the most bytes before s2 could pass 2**32 (zlib's NMAX)
      int stop = Math.min(end, i + 5552);
      for (; i < stop; i++) {
        s1 += b[i] & 0xff;
        s2 += s1;
      }
      s1 %= 65521;
      s2 %= 65521;
    }
    return (int) (s2 << 16 | s1);
  }

  /** binascii's {@code crc_hqx}: continues the 16-bit CRC {@code crc} over the bytes. */
  static int crcHqx(int crc, byte[] b, int off, int len) {
    int c = crc & 0xffff;
    for (int i = off, end = off + len; i < end; i++) {
      c = ((c << 8) & 0xff00) ^ HQX_TABLE[((c >> 8) ^ b[i]) & 0xff];
    }
    return c;
  }
}
