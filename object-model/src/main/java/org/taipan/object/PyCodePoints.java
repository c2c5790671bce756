package org.taipan.object;

import java.util.Arrays;

/**
 * A {@code str} that a Java {@code String} cannot represent code-point exactly: one holding
 * characters outside the BMP or lone surrogates. Each element is one Python character, so indexing
 * and {@code len} are by code point ({@code PyUnicode_4BYTE_KIND} in CPython's terms). Strings of
 * BMP, non-surrogate characters are always plain {@code String}s; {@link PyUnicode#wrap} chooses.
 */
public final class PyCodePoints {
  final int[] cps;

  /** Wraps code points (not copied). */
  PyCodePoints(int[] cps) {
    this.cps = cps;
  }

  /** The number of code points. */
  public int length() {
    return cps.length;
  }

  /** The code point at {@code i}. */
  public int codePointAt(int i) {
    return cps[i];
  }

  /** The characters as a Java string (lone surrogates stay lone chars). */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(cps.length + 8);
    for (int c : cps) {
      sb.appendCodePoint(c);
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PyCodePoints p && Arrays.equals(cps, p.cps);
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
