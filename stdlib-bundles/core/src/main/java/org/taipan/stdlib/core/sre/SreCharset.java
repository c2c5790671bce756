package org.taipan.stdlib.core.sre;

import static org.taipan.stdlib.core.sre.SreConstants.BIGCHARSET;
import static org.taipan.stdlib.core.sre.SreConstants.CATEGORY;
import static org.taipan.stdlib.core.sre.SreConstants.CHARSET;
import static org.taipan.stdlib.core.sre.SreConstants.FAILURE;
import static org.taipan.stdlib.core.sre.SreConstants.LITERAL;
import static org.taipan.stdlib.core.sre.SreConstants.NEGATE;
import static org.taipan.stdlib.core.sre.SreConstants.RANGE;
import static org.taipan.stdlib.core.sre.SreConstants.RANGE_UNI_IGNORE;

/**
 * Membership of a character in a set: the little program that follows {@code IN},
 * {@code IN_IGNORE}, {@code IN_UNI_IGNORE} and {@code IN_LOC_IGNORE} (and the charset of an INFO
 * block). It mirrors {@code SRE(charset)} and {@code SRE(charset_loc_ignore)} of CPython's
 * {@code Modules/_sre/sre_lib.h}.
 *
 * <p>A set is a run of items ending in {@code FAILURE}: {@code LITERAL c}, {@code RANGE lo hi},
 * {@code RANGE_UNI_IGNORE lo hi}, {@code CATEGORY code}, {@code CHARSET} (a 256-bit map in eight
 * words), {@code BIGCHARSET} (a block count, 256 block numbers packed four to a word in
 * little-endian byte order, then the 256-bit blocks) and {@code NEGATE}, which flips the answer.
 */
public final class SreCharset {

  private SreCharset() {}

  /**
   * Whether {@code ch} belongs to the set that starts at {@code code[at]}.
   *
   * @param code the compiled pattern
   * @param at index of the set's first item
   * @param ch the character (already lower-cased by the caller for the IGNORE variants)
   * @return membership, after any {@code NEGATE}
   */
  public static boolean contains(int[] code, int at, int ch) {
    boolean ok = true;
    int p = at;
    for (;;) {
      switch (code[p++]) {
        case FAILURE:
          return !ok;
        case LITERAL:
          if (ch == code[p]) {
            return ok;
          }
          p++;
          break;
        case CATEGORY:
          if (SreChars.category(code[p], ch)) {
            return ok;
          }
          p++;
          break;
        case CHARSET:
          if (ch < 256 && (code[p + (ch >>> 5)] & (1 << (ch & 31))) != 0) {
            return ok;
          }
          p += 8;
          break;
        case RANGE:
          if (code[p] <= ch && ch <= code[p + 1]) {
            return ok;
          }
          p += 2;
          break;
        case RANGE_UNI_IGNORE: {
          if (code[p] <= ch && ch <= code[p + 1]) {
            return ok;
          }
          int up = SreUnicode.toUpper(ch);
          if (code[p] <= up && up <= code[p + 1]) {
            return ok;
          }
          p += 2;
          break;
        }
        case NEGATE:
          ok = !ok;
          break;
        case BIGCHARSET: {
          int count = code[p++];
          if (ch < 0x10000) {
            int hi = ch >>> 8;
            int block = (code[p + (hi >>> 2)] >>> ((hi & 3) << 3)) & 0xFF;
            int bit = (block << 8) | (ch & 255);
            if ((code[p + 64 + (bit >>> 5)] & (1 << (bit & 31))) != 0) {
              return ok;
            }
          }
          p += 64 + count * 8;
          break;
        }
        default:
          // Not a set item: CPython answers "no match" rather than failing loudly.
          return false;
      }
    }
  }

  /**
   * Membership ignoring case in the locale: the lower-case form is tried, then the upper-case
   * form when it differs ({@code SRE(charset_loc_ignore)}).
   */
  public static boolean containsLocaleIgnoringCase(int[] code, int at, int ch) {
    int lo = SreChars.lowerLocale(ch);
    if (contains(code, at, lo)) {
      return true;
    }
    int up = SreChars.upperLocale(ch);
    return up != lo && contains(code, at, up);
  }
}
