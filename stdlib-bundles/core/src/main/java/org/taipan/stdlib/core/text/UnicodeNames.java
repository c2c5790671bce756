package org.taipan.stdlib.core.text;

import java.util.Locale;

/**
 * Character names for {@code namereplace}, from the JVM's Unicode data, spelled as Python's
 * {@code unicodedata.name}: algorithmic names for CJK ideographs and Hangul syllables, none for
 * unassigned code points, controls, surrogates and Tangut ideographs. The JVM's data is an older
 * Unicode version than CPython 3.11's 14.0, so characters added since have no name here.
 */
final class UnicodeNames {
  private UnicodeNames() {}

  private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
      "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
  private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
      "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
  private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
      "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
      "P", "H"};

  /** The name of a code point, or null when it has none. */
  static String name(int c) {
    if (c >= 0xAC00 && c <= 0xD7A3) {
      int s = c - 0xAC00;
      return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28];
    }
    if (!Character.isDefined(c) || Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.SURROGATE
        || Character.getType(c) == Character.PRIVATE_USE) {
      return null;
    }
    String n = Character.getName(c);
    if (n == null) {
      return null;
    }
    if (n.startsWith("TANGUT ") && !n.startsWith("TANGUT COMPONENT")) {
      return null; // Python 3.11's unicodedata has no names for Tangut ideographs
    }
    if (Character.isIdeographic(c) && n.startsWith("CJK UNIFIED IDEOGRAPHS")) {
      return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(c).toUpperCase(Locale.ROOT);
    }
    return n;
  }
}
