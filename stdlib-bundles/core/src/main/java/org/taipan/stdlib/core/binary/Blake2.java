package org.taipan.stdlib.core.binary;

import java.util.Arrays;

/**
 * BLAKE2b and BLAKE2s as RFC 7693 specifies them, with the full parameter block of the BLAKE2
 * paper (salt, personalization, tree parameters) that CPython's {@code _blake2} exposes. The JDK
 * has no BLAKE2. One class serves both: words are held in {@code long}s, masked to 32 bits for
 * BLAKE2s.
 */
final class Blake2 implements DigestEngine {
  private static final long[] IV_B = {
      0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
      0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L};
  private static final long[] IV_S = {
      0x6A09E667L, 0xBB67AE85L, 0x3C6EF372L, 0xA54FF53AL,
      0x510E527FL, 0x9B05688CL, 0x1F83D9ABL, 0x5BE0CD19L};
  private static final int[][] SIGMA = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
      {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
      {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
      {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
      {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
      {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
      {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
      {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
      {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
      {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0}};

  /** BLAKE2b (64-bit words) rather than BLAKE2s. */
  private final boolean big;
  private final int blockSize;
  private final int wordBytes;
  final int digestSize;
  private final boolean lastNode;
  private long[] h = new long[8];
  /** Bytes compressed so far (the counter t; BLAKE2b's high word stays zero below 2**63). */
  private long counter;
  private long counterHigh;
  private byte[] buffer;
  private int buffered;

  private Blake2(boolean big, int digestSize, boolean lastNode) {
    this.big = big;
    this.blockSize = big ? 128 : 64;
    this.wordBytes = big ? 8 : 4;
    this.digestSize = digestSize;
    this.lastNode = lastNode;
    this.buffer = new byte[blockSize];
  }

  /**
   * A BLAKE2 state from its parameter block; arguments are assumed checked ({@code
   * py_blake2b_new}).
   */
  static Blake2 create(boolean big, int digestSize, byte[] key, byte[] salt, byte[] person,
      int fanout, int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize,
      boolean lastNode) {
    Blake2 b = new Blake2(big, digestSize, lastNode);
    int n = big ? 64 : 32;
    byte[] p = new byte[n];
    p[0] = (byte) digestSize;
    p[1] = (byte) key.length;
    p[2] = (byte) fanout;
    p[3] = (byte) depth;
    putLe(p, 4, leafSize, 4);
    putLe(p, 8, nodeOffset, big ? 8 : 6);
    p[big ? 16 : 14] = (byte) nodeDepth;
    p[big ? 17 : 15] = (byte) innerSize;
    System.arraycopy(salt, 0, p, big ? 32 : 16, salt.length);
    System.arraycopy(person, 0, p, big ? 48 : 24, person.length);
    long[] iv = big ? IV_B : IV_S;
    for (int i = 0; i < 8; i++) {
      b.h[i] = iv[i] ^ b.word(p, i * b.wordBytes);
    }
    if (key.length > 0) {
      byte[] block = Arrays.copyOf(key, b.blockSize);
      b.update(block, 0, block.length);
    }
    return b;
  }

  private static void putLe(byte[] p, int off, long v, int n) {
    for (int i = 0; i < n; i++) {
      p[off + i] = (byte) (v >>> (8 * i));
    }
  }

  private long word(byte[] b, int off) {
    long v = 0;
    for (int k = wordBytes - 1; k >= 0; k--) {
      v = v << 8 | (b[off + k] & 0xff);
    }
    return v;
  }

  private long mask(long v) {
    return big ? v : v & 0xffffffffL;
  }

  private long rotr(long v, int n) {
    return big ? Long.rotateRight(v, n) : ((v >>> n) | (v << (32 - n))) & 0xffffffffL;
  }

  private void compress(long[] hs, byte[] block, int off, long t0, long t1, boolean last) {
    long[] m = new long[16];
    for (int i = 0; i < 16; i++) {
      m[i] = word(block, off + i * wordBytes);
    }
    long[] iv = big ? IV_B : IV_S;
    long[] v = new long[16];
    System.arraycopy(hs, 0, v, 0, 8);
    System.arraycopy(iv, 0, v, 8, 8);
    v[12] ^= t0;
    v[13] ^= t1;
    if (last) {
      v[14] = mask(~v[14]);
      if (lastNode) {
        v[15] = mask(~v[15]);
      }
    }
    int[] r = big ? new int[] {32, 24, 16, 63} : new int[] {16, 12, 8, 7};
    for (int round = 0; round < (big ? 12 : 10); round++) {
      int[] s = SIGMA[round % 10];
      mix(v, r, 0, 4, 8, 12, m[s[0]], m[s[1]]);
      mix(v, r, 1, 5, 9, 13, m[s[2]], m[s[3]]);
      mix(v, r, 2, 6, 10, 14, m[s[4]], m[s[5]]);
      mix(v, r, 3, 7, 11, 15, m[s[6]], m[s[7]]);
      mix(v, r, 0, 5, 10, 15, m[s[8]], m[s[9]]);
      mix(v, r, 1, 6, 11, 12, m[s[10]], m[s[11]]);
      mix(v, r, 2, 7, 8, 13, m[s[12]], m[s[13]]);
      mix(v, r, 3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) {
      hs[i] ^= v[i] ^ v[i + 8];
    }
  }

  /** RFC 7693's mixing function G. */
  private void mix(long[] v, int[] r, int a, int b, int c, int d, long x, long y) {
    v[a] = mask(v[a] + v[b] + x);
    v[d] = rotr(v[d] ^ v[a], r[0]);
    v[c] = mask(v[c] + v[d]);
    v[b] = rotr(v[b] ^ v[c], r[1]);
    v[a] = mask(v[a] + v[b] + y);
    v[d] = rotr(v[d] ^ v[a], r[2]);
    v[c] = mask(v[c] + v[d]);
    v[b] = rotr(v[b] ^ v[c], r[3]);
  }

  private void count(int n) {
    if (big) {
      long before = counter;
      counter += n;
      if (Long.compareUnsigned(counter, before) < 0) {
        counterHigh++;
      }
    } else {
      counter += n;
    }
  }

  private long t0() {
    return big ? counter : counter & 0xffffffffL;
  }

  private long t1() {
    return big ? counterHigh : (counter >>> 32) & 0xffffffffL;
  }

  @Override
  public void update(byte[] b, int off, int len) {
    while (len > 0) {
      // the last block waits for the final flag, so a full buffer is compressed only now
      if (buffered == blockSize) {
        count(blockSize);
        compress(h, buffer, 0, t0(), t1(), false);
        buffered = 0;
      }
      int n = Math.min(len, blockSize - buffered);
      System.arraycopy(b, off, buffer, buffered, n);
      buffered += n;
      off += n;
      len -= n;
    }
  }

  @Override
  public byte[] digest() {
    long[] hs = h.clone();
    long saveLow = counter;
    long saveHigh = counterHigh;
    count(buffered);
    byte[] block = Arrays.copyOf(Arrays.copyOf(buffer, buffered), blockSize);
    compress(hs, block, 0, t0(), t1(), true);
    counter = saveLow;
    counterHigh = saveHigh;
    byte[] out = new byte[digestSize];
    for (int i = 0; i < digestSize; i++) {
      out[i] = (byte) (hs[i / wordBytes] >>> (8 * (i % wordBytes)));
    }
    return out;
  }

  @Override
  public DigestEngine copy() {
    Blake2 b = new Blake2(big, digestSize, lastNode);
    b.h = h.clone();
    b.counter = counter;
    b.counterHigh = counterHigh;
    b.buffer = buffer.clone();
    b.buffered = buffered;
    return b;
  }
}
