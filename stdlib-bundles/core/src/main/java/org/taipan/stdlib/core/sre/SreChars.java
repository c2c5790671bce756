package org.taipan.stdlib.core.sre;

/**
 * Character classes and case folding as the engine applies them: the ASCII, locale and Unicode
 * flavours of {@code \d \s \w}, line breaks, and lower/upper case. This mirrors the
 * {@code SRE_IS_*}, {@code SRE_UNI_IS_*}, {@code SRE_LOC_IS_*}, {@code sre_lower_*},
 * {@code sre_upper_*} and {@code sre_category} helpers of CPython's {@code Modules/_sre/sre.c}.
 *
 * <p>Locale variants follow the C library in the "C" locale, where only ASCII letters have case
 * and only ASCII letters and digits are alphanumeric; a locale-aware binding may refine them.
 */
public final class SreChars {

  private SreChars() {}

  private static final int A_DIGIT = 1;
  private static final int A_SPACE = 2;
  private static final int A_ALNUM = 4;
  private static final int A_UPPER = 8;
  private static final int A_LOWER = 16;

  /** The C library's ctype classes for ASCII, as CPython's {@code _Py_ctype_table} has them. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = '0'; c <= '9'; c++) {
      ASCII[c] = A_DIGIT | A_ALNUM;
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      ASCII[c] = A_ALNUM | A_UPPER;
      ASCII[c + 32] = A_ALNUM | A_LOWER;
    }
    for (int c : new int[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) {
      ASCII[c] = A_SPACE;
    }
  }

  /** {@code SRE_IS_DIGIT}: an ASCII decimal digit. */
  public static boolean isAsciiDigit(int ch) {
    return ch >= 0 && ch < 128 && (ASCII[ch] & A_DIGIT) != 0;
  }

  /** {@code SRE_IS_SPACE}: ASCII white space (space, tab, LF, VT, FF, CR). */
  public static boolean isAsciiSpace(int ch) {
    return ch >= 0 && ch < 128 && (ASCII[ch] & A_SPACE) != 0;
  }

  /** {@code SRE_IS_WORD}: an ASCII letter or digit, or the underscore. */
  public static boolean isAsciiWord(int ch) {
    return ch >= 0 && ch < 128 && ((ASCII[ch] & A_ALNUM) != 0 || ch == '_');
  }

  /** {@code SRE_IS_LINEBREAK}: the newline character. */
  public static boolean isAsciiLinebreak(int ch) {
    return ch == '\n';
  }

  /** {@code SRE_LOC_IS_WORD}: alphanumeric in the locale, or the underscore. */
  public static boolean isLocaleWord(int ch) {
    return isAsciiWord(ch);
  }

  /** {@code sre_lower_ascii}: lower case of ASCII letters, everything else unchanged. */
  public static int lowerAscii(int ch) {
    return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
  }

  /** {@code sre_upper_ascii}: upper case of ASCII letters, everything else unchanged. */
  public static int upperAscii(int ch) {
    return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
  }

  /** {@code sre_lower_locale}: {@code tolower()} for byte values, others unchanged. */
  public static int lowerLocale(int ch) {
    return lowerAscii(ch);
  }

  /** {@code sre_upper_locale}: {@code toupper()} for byte values, others unchanged. */
  public static int upperLocale(int ch) {
    return upperAscii(ch);
  }

  /** {@code sre_lower_unicode}. */
  public static int lowerUnicode(int ch) {
    return SreUnicode.toLower(ch);
  }

  /** {@code sre_upper_unicode}. */
  public static int upperUnicode(int ch) {
    return SreUnicode.toUpper(ch);
  }

  /**
   * {@code char_loc_ignore}: whether {@code ch} equals {@code pattern} ignoring case in the
   * locale.
   */
  public static boolean charLocIgnore(int pattern, int ch) {
    return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
  }

  /**
   * {@code sre_category}: whether a character belongs to a category code.
   *
   * @param category one of the {@code CATEGORY_*} codes of {@link SreConstants}
   * @param ch a code point (or byte value)
   * @return membership; {@code false} for an unknown category code, as in CPython
   */
  public static boolean category(int category, int ch) {
    switch (category) {
      case SreConstants.CATEGORY_DIGIT:
        return isAsciiDigit(ch);
      case SreConstants.CATEGORY_NOT_DIGIT:
        return !isAsciiDigit(ch);
      case SreConstants.CATEGORY_SPACE:
        return isAsciiSpace(ch);
      case SreConstants.CATEGORY_NOT_SPACE:
        return !isAsciiSpace(ch);
      case SreConstants.CATEGORY_WORD:
        return isAsciiWord(ch);
      case SreConstants.CATEGORY_NOT_WORD:
        return !isAsciiWord(ch);
      case SreConstants.CATEGORY_LINEBREAK:
        return isAsciiLinebreak(ch);
      case SreConstants.CATEGORY_NOT_LINEBREAK:
        return !isAsciiLinebreak(ch);
      case SreConstants.CATEGORY_LOC_WORD:
        return isLocaleWord(ch);
      case SreConstants.CATEGORY_LOC_NOT_WORD:
        return !isLocaleWord(ch);
      case SreConstants.CATEGORY_UNI_DIGIT:
        return SreUnicode.isDigit(ch);
      case SreConstants.CATEGORY_UNI_NOT_DIGIT:
        return !SreUnicode.isDigit(ch);
      case SreConstants.CATEGORY_UNI_SPACE:
        return SreUnicode.isSpace(ch);
      case SreConstants.CATEGORY_UNI_NOT_SPACE:
        return !SreUnicode.isSpace(ch);
      case SreConstants.CATEGORY_UNI_WORD:
        return SreUnicode.isWord(ch);
      case SreConstants.CATEGORY_UNI_NOT_WORD:
        return !SreUnicode.isWord(ch);
      case SreConstants.CATEGORY_UNI_LINEBREAK:
        return SreUnicode.isLinebreak(ch);
      case SreConstants.CATEGORY_UNI_NOT_LINEBREAK:
        return !SreUnicode.isLinebreak(ch);
      default:
        return false;
    }
  }
}
