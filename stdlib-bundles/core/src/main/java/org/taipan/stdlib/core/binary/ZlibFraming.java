package org.taipan.stdlib.core.binary;

/**
 * The zlib (RFC 1950) and gzip (RFC 1952) headers around a raw deflate stream, read the way
 * zlib's {@code inflate} reads them, with its error messages.
 */
final class ZlibFraming {
  private ZlibFraming() {}

  /** What a complete header said. */
  static final class Header {
    /** Bytes of header, dictionary id included. */
    int length;
    boolean gzip;
    /** The zlib header's FDICT flag; {@link #dictId} is the dictionary's Adler-32. */
    boolean needDict;
    int dictId;
    /** The window the zlib header announces (8..15). */
    int windowBits;
  }

  private static int u(byte[] b, int i) {
    return b[i] & 0xff;
  }

  private static org.taipan.object.PyException bad(String msg) {
    return ZlibModule.error(ZlibModule.Z_DATA_ERROR, "decompressing data", msg);
  }

  /**
   * Reads the header at the start of {@code b[0..n)}.
   *
   * @param acceptZlib whether a zlib header may come (wbits 8..15, 0, or 32+)
   * @param acceptGzip whether a gzip header may come (wbits 16+)
   * @param windowBits the largest window allowed; 0 for "as the header says"
   * @return the header, or null when more bytes are needed
   */
  static Header read(byte[] b, int n, boolean acceptZlib, boolean acceptGzip, int windowBits) {
    if (n < 2) {
      return null;
    }
    Header h = new Header();
    if (acceptGzip && u(b, 0) == 0x1f && u(b, 1) == 0x8b) {
      h.gzip = true;
      return readGzip(b, n, h);
    }
    if (!acceptZlib || ((u(b, 0) << 8) + u(b, 1)) % 31 != 0) {
      throw bad("incorrect header check");
    }
    if ((u(b, 0) & 0xf) != 8) {
      throw bad("unknown compression method");
    }
    int len = (u(b, 0) >> 4) + 8;
    if (len > 15 || (windowBits != 0 && len > windowBits)) {
      throw bad("invalid window size");
    }
    h.windowBits = len;
    h.length = 2;
    if ((u(b, 1) & 0x20) != 0) {
      if (n < 6) {
        return null;
      }
      h.needDict = true;
      h.dictId = u(b, 2) << 24 | u(b, 3) << 16 | u(b, 4) << 8 | u(b, 5);
      h.length = 6;
    }
    return h;
  }

  private static Header readGzip(byte[] b, int n, Header h) {
    if (n < 4) {
      return null;
    }
    if (u(b, 2) != 8) {
      throw bad("unknown compression method");
    }
    int flags = u(b, 3);
    if ((flags & 0xe0) != 0) {
      throw bad("unknown header flags set");
    }
    int p = 10;
    if (n < p) {
      return null;
    }
    if ((flags & 4) != 0) {
      if (n < p + 2) {
        return null;
      }
      p += 2 + (u(b, p) | u(b, p + 1) << 8);
      if (n < p) {
        return null;
      }
    }
    for (int bit : new int[] {8, 16}) {
      if ((flags & bit) != 0) {
        while (p < n && b[p] != 0) {
          p++;
        }
        if (p >= n) {
          return null;
        }
        p++;
      }
    }
    if ((flags & 2) != 0) {
      if (n < p + 2) {
        return null;
      }
      int crc = Checksums.crc32(0, b, 0, p) & 0xffff;
      if ((u(b, p) | u(b, p + 1) << 8) != crc) {
        throw bad("header crc mismatch");
      }
      p += 2;
    }
    h.length = p;
    return h;
  }
}
