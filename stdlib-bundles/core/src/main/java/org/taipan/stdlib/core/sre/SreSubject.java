package org.taipan.stdlib.core.sre;

/**
 * The text a pattern is matched against, as the engine reads it: a sequence of code points
 * (a Python {@code str}) or of byte values (a {@code bytes}-like object). This plays the part of
 * the buffer, {@code charsize} and {@code isbytes} fields of CPython's {@code SRE_STATE}
 * ({@code Modules/_sre/sre.h}), which the C engine instantiates three times (UCS1, UCS2, UCS4).
 *
 * <p>Three representations are accepted without copying: a {@link String} whose chars are all BMP
 * code points that are not surrogates (index = char index, as the object model keeps such
 * {@code str} values), an {@code int[]} of code points (any {@code str}, including astral
 * characters and lone surrogates), and a {@code byte[]} (read as unsigned values 0..255).
 */
public final class SreSubject {

  static final int STRING = 0;
  static final int CODE_POINTS = 1;
  static final int BYTES = 2;

  final int kind;
  final String string;
  final int[] codePoints;
  final byte[] bytes;
  final int length;

  private SreSubject(int kind, String string, int[] codePoints, byte[] bytes, int length) {
    this.kind = kind;
    this.string = string;
    this.codePoints = codePoints;
    this.bytes = bytes;
    this.length = length;
  }

  /**
   * A {@code str} held as a {@link String} of BMP, non-surrogate chars. The caller guarantees
   * that property (the object model's representation invariant); it is not checked.
   *
   * @param s the text
   * @return a subject reading {@code s} in place
   */
  public static SreSubject ofBmpString(String s) {
    return new SreSubject(STRING, s, null, null, s.length());
  }

  /**
   * A {@code str} held as an array of code points; the array is not copied and must not change
   * while it is matched.
   *
   * @param codePoints the text, one code point per element
   * @return a subject reading {@code codePoints} in place
   */
  public static SreSubject ofCodePoints(int[] codePoints) {
    return new SreSubject(CODE_POINTS, null, codePoints, null, codePoints.length);
  }

  /**
   * A {@code bytes}-like subject; the array is not copied and must not change while it is
   * matched.
   *
   * @param bytes the data
   * @return a subject reading {@code bytes} in place as unsigned values
   */
  public static SreSubject ofBytes(byte[] bytes) {
    return new SreSubject(BYTES, null, null, bytes, bytes.length);
  }

  /** @return the number of code points or bytes */
  public int length() {
    return length;
  }

  /** @return whether this is a bytes subject (which only bytes patterns may match) */
  public boolean isBytes() {
    return kind == BYTES;
  }

  /**
   * @param index a position in {@code [0, length())}
   * @return the code point or unsigned byte value there
   */
  public int codePointAt(int index) {
    switch (kind) {
      case STRING:
        return string.charAt(index);
      case CODE_POINTS:
        return codePoints[index];
      default:
        return bytes[index] & 0xFF;
    }
  }
}
