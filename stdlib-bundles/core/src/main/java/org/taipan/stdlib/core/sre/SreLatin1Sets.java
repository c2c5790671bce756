package org.taipan.stdlib.core.sre;

import static org.taipan.stdlib.core.sre.SreConstants.IN;
import static org.taipan.stdlib.core.sre.SreConstants.IN_IGNORE;
import static org.taipan.stdlib.core.sre.SreConstants.IN_LOC_IGNORE;
import static org.taipan.stdlib.core.sre.SreConstants.IN_UNI_IGNORE;

/**
 * Precomputed answers of a pattern's sets for the characters U+0000..U+00FF, which most text is
 * made of: for each set a 256-bit map, so that testing a Latin-1 character is one bit test
 * instead of a walk through the set's items ({@link SreCharset}). CPython has no counterpart;
 * it is our optimisation, and it gives exactly the answers of the walk it replaces.
 *
 * <p>Maps are indexed by code position: at the position of an {@code IN}-family opcode the map
 * answers that opcode for the raw character (the case folding of {@code IN_IGNORE},
 * {@code IN_UNI_IGNORE} and {@code IN_LOC_IGNORE} included); at the first item of an INFO block's
 * set it answers the plain set. Other positions hold {@code null}.
 */
final class SreLatin1Sets {

  private SreLatin1Sets() {}

  /**
   * @param code a validated code list
   * @param positions the set positions {@link SreValidator#validate} reported
   * @return the maps, indexed by code position
   */
  static long[][] build(int[] code, int[] positions) {
    long[][] maps = new long[code.length][];
    for (int p : positions) {
      long[] bits = new long[4];
      for (int ch = 0; ch < 256; ch++) {
        boolean in;
        switch (code[p]) {
          case IN:
            in = SreCharset.contains(code, p + 2, ch);
            break;
          case IN_IGNORE:
            in = SreCharset.contains(code, p + 2, SreChars.lowerAscii(ch));
            break;
          case IN_UNI_IGNORE:
            in = SreCharset.contains(code, p + 2, SreUnicode.toLower(ch));
            break;
          case IN_LOC_IGNORE:
            in = SreCharset.containsLocaleIgnoringCase(code, p + 2, ch);
            break;
          default:
            in = SreCharset.contains(code, p, ch); // an INFO block's set
        }
        if (in) {
          bits[ch >>> 6] |= 1L << ch;
        }
      }
      maps[p] = bits;
    }
    return maps;
  }
}
