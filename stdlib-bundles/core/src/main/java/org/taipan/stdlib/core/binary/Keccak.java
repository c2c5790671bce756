package org.taipan.stdlib.core.binary;

import java.util.Arrays;

/**
 * The Keccak sponge of FIPS 202 (Keccak-f[1600]) behind {@code _sha3}: SHA3-224..512 with domain
 * suffix 0x06, SHAKE128/256 with 0x1F and any output length. The JDK has SHA-3 but no SHAKE; one
 * implementation serves both so that every {@code _sha3} object copies the same way.
 */
final class Keccak implements DigestEngine {
  private static final long[] RC = {
      0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
      0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
      0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
      0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
      0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
      0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};
  /** Rotation offsets, indexed by x + 5y. */
  private static final int[] ROT = {
      0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

  private long[] state = new long[25];
  /** Bytes per block absorbed ({@code rate_bits / 8}). */
  final int rate;
  /** The domain suffix: 0x06 for SHA-3, 0x1F for SHAKE. */
  final int suffix;
  /** Output bytes of {@link #digest} (0 for SHAKE, which squeezes on request). */
  final int outputLength;
  private byte[] buffer;
  private int buffered;

  Keccak(int rateBytes, int suffix, int outputLength) {
    this.rate = rateBytes;
    this.suffix = suffix;
    this.outputLength = outputLength;
    this.buffer = new byte[rateBytes];
  }

  /** SHA3-n for n in 224, 256, 384, 512. */
  static Keccak sha3(int bits) {
    return new Keccak(200 - 2 * bits / 8, 0x06, bits / 8);
  }

  /** SHAKE128 or SHAKE256. */
  static Keccak shake(int bits) {
    return new Keccak(200 - 2 * bits / 8, 0x1F, 0);
  }

  private static void permute(long[] a) {
    long[] b = new long[25];
    long[] c = new long[5];
    for (int round = 0; round < 24; round++) {
      for (int x = 0; x < 5; x++) {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
      }
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5) {
          a[y + x] ^= d;
        }
      }
      // rho and pi: B[y, 2x + 3y] = rot(A[x, y])
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
        }
      }
      for (int y = 0; y < 25; y += 5) {
        for (int x = 0; x < 5; x++) {
          a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
        }
      }
      a[0] ^= RC[round];
    }
  }

  private static void absorb(long[] s, byte[] block, int off, int rate) {
    for (int i = 0; i < rate / 8; i++) {
      long v = 0;
      for (int k = 7; k >= 0; k--) {
        v = v << 8 | (block[off + 8 * i + k] & 0xff);
      }
      s[i] ^= v;
    }
    permute(s);
  }

  @Override
  public void update(byte[] b, int off, int len) {
    while (len > 0) {
      if (buffered == 0 && len >= rate) {
        absorb(state, b, off, rate);
        off += rate;
        len -= rate;
        continue;
      }
      int n = Math.min(len, rate - buffered);
      System.arraycopy(b, off, buffer, buffered, n);
      buffered += n;
      off += n;
      len -= n;
      if (buffered == rate) {
        absorb(state, buffer, 0, rate);
        buffered = 0;
      }
    }
  }

  /** {@code n} bytes of output for everything so far, leaving the state as it was. */
  byte[] squeeze(int n) {
    long[] s = state.clone();
    byte[] last = Arrays.copyOf(Arrays.copyOf(buffer, buffered), rate);
    last[buffered] ^= (byte) suffix;
    last[rate - 1] ^= (byte) 0x80;
    absorb(s, last, 0, rate);
    byte[] out = new byte[n];
    int o = 0;
    while (true) {
      for (int i = 0; i < rate && o < n; i++, o++) {
        out[o] = (byte) (s[i / 8] >>> (8 * (i % 8)));
      }
      if (o >= n) {
        return out;
      }
      permute(s);
    }
  }

  @Override
  public byte[] digest() {
    return squeeze(outputLength);
  }

  @Override
  public DigestEngine copy() {
    Keccak k = new Keccak(rate, suffix, outputLength);
    k.state = state.clone();
    k.buffer = buffer.clone();
    k.buffered = buffered;
    return k;
  }
}
