package org.taipan.interp;

/**
 * The form of a code object's instructions that the interpreter runs, as CPython 3.11's quickened
 * copy of {@code co_code} ({@code _PyCode_Quicken} in {@code Python/specialize.c}): one {@code int}
 * per code unit, the opcode in the low byte and the whole argument above it, with the prefixes of
 * {@code EXTENDED_ARG} folded into the instruction they extend. The cache units after an
 * instruction keep their places, so jump targets and exception-table offsets stay valid.
 */
final class Quickened {
  private Quickened() {}

  /** The instruction words of {@code code}, made once per code object. */
  static int[] of(PyCode code) {
    int[] r = code.insns;
    if (r == null) {
      r = decode(code.code);
      code.insns = r;
    }
    return r;
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
