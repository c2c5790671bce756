package org.taipan.interp;

/**
 * SipHash with one compression and three finalization rounds (SipHash-1-3), CPython's keyed hash
 * of {@code .pyc} sources ({@code _Py_KeyedHash} in {@code Python/pyhash.c}). Written from the
 * SipHash paper's description: a 128-bit key, little-endian 64-bit message words, the length in
 * the top byte of the last word.
 */
final class SipHash {
  private SipHash() {}

  static long hash13(long k0, long k1, byte[] data) {
    long v0 = k0 ^ 0x736f6d6570736575L;
    long v1 = k1 ^ 0x646f72616e646f6dL;
    long v2 = k0 ^ 0x6c7967656e657261L;
    long v3 = k1 ^ 0x7465646279746573L;
    int n = data.length;
    int full = n & ~7;
    long[] v = {v0, v1, v2, v3};
    for (int i = 0; i < full; i += 8) {
      long m = word(data, i, 8);
      v[3] ^= m;
      round(v);
      v[0] ^= m;
    }
    long last = ((long) n << 56) | word(data, full, n - full);
    v[3] ^= last;
    round(v);
    v[0] ^= last;
    v[2] ^= 0xff;
    round(v);
    round(v);
    round(v);
    return v[0] ^ v[1] ^ v[2] ^ v[3];
  }

  private static long word(byte[] b, int at, int len) {
    long m = 0;
    for (int i = len - 1; i >= 0; i--) {
      m = (m << 8) | (b[at + i] & 0xff);
    }
    return m;
  }

  private static void round(long[] v) {
    v[0] += v[1];
    v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
    v[0] = Long.rotateLeft(v[0], 32);
    v[2] += v[3];
    v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
    v[0] += v[3];
    v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
    v[2] += v[1];
    v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
    v[2] = Long.rotateLeft(v[2], 32);
  }
}
