package org.taipan.interp;

/**
 * The form of a code object's instructions that the interpreter runs, as CPython 3.11's quickened
 * copy of {@code co_code} ({@code _PyCode_Quicken} in {@code Python/specialize.c}): one {@code int}
 * per code unit, the opcode in the low byte and the whole argument above it, with the prefixes of
 * {@code EXTENDED_ARG} folded into the instruction they extend. The cache units after an
 * instruction keep their places, so jump targets and exception-table offsets stay valid. {@code
 * co_code} keeps returning the unspecialized bytes.
 *
 * <p>The specializing interpreter (PEP 659) rewrites instruction words in place ({@link
 * Specializer}); beside them it keeps, per instruction, a counter ({@link #counters}) and the
 * inline cache of a specialized form ({@link #caches}).
 */
final class Quickened {
  /** The instruction words. */
  final int[] insns;
  /**
   * Per instruction: for the adaptive (base) form, {@code value << 4 | backoff exponent}, counting
   * down to the next attempt to specialize; for a specialized form, the misses left before it is
   * deoptimized.
   */
  final int[] counters;
  /** Per instruction: the inline cache of its specialized form, or null. */
  final Object[] caches;

  private Quickened(int[] insns) {
    this.insns = insns;
    this.counters = new int[insns.length];
    this.caches = new Object[insns.length];
    java.util.Arrays.fill(counters, Specializer.WARMUP << 4);
  }

  /** The quickened instructions of {@code code}, made on first use. */
  static Quickened of(PyCode code) {
    Quickened q = code.quickened;
    if (q == null) {
      q = new Quickened(decode(code.code));
      code.quickened = q;
    }
    return q;
  }

  /** Decodes CPython's two-byte code units, folding {@code EXTENDED_ARG}. */
  static int[] decode(byte[] bytes) {
    int n = bytes.length / 2;
    int[] r = new int[n];
    int ext = 0;
    int i = 0;
    while (i < n) {
      int op = bytes[2 * i] & 0xff;
      int arg = (bytes[2 * i + 1] & 0xff) | ext;
      r[i] = op | (arg << 8);
      ext = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
      i += 1 + Opcode.caches(op);
    }
    return r;
  }
}
