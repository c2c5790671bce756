package org.taipan.parser.ast;

import java.util.Arrays;

/**
 * The value of a {@code str} constant that a Java {@link String} cannot represent exactly: one
 * containing a lone surrogate code point (from an escape such as {@code "\ud800"}). In a Java
 * string, a lone high surrogate followed by a lone low surrogate would be indistinguishable from
 * the astral character they encode, while in Python they stay two code points. Every other
 * {@code str} constant is a plain {@link String}.
 *
 * @param codePoints the code points, one per Python character
 */
public record CodePointString(int[] codePoints) {

  @Override
  public boolean equals(Object o) {
    return o instanceof CodePointString c && Arrays.equals(codePoints, c.codePoints);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(codePoints);
  }

  @Override
  public String toString() {
    return "CodePointString" + Arrays.toString(codePoints);
  }
}
