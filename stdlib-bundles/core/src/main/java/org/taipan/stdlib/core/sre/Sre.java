package org.taipan.stdlib.core.sre;

/**
 * The constants and helper functions of CPython 3.11's {@code _sre} module
 * ({@code Modules/_sre/sre.c}): {@code MAGIC}, {@code CODESIZE}, {@code MAXREPEAT},
 * {@code MAXGROUPS}, {@code getcodesize()}, {@code ascii_iscased()}, {@code unicode_iscased()},
 * {@code ascii_tolower()}, {@code unicode_tolower()}, which {@code re._compiler} calls while it
 * compiles; plus {@link #getlower}, the engine's own case folding by flags. The module object
 * itself is made by the binding; {@code _sre.compile} corresponds to {@link SrePattern}.
 */
public final class Sre {

  private Sre() {}

  /** {@code _sre.MAGIC}: the version of the code format, as in CPython 3.11.3. */
  public static final int MAGIC = 20220615;

  /** {@code _sre.CODESIZE}: bytes per code word. */
  public static final int CODESIZE = 4;

  /** {@code _sre.MAXREPEAT}: "no upper bound" in a repeat, as an unsigned code word. */
  public static final long MAXREPEAT = 0xFFFF_FFFFL;

  /** {@code _sre.MAXGROUPS}: the largest number of groups a pattern may have. */
  public static final int MAXGROUPS = 1073741823;

  /** {@code _sre.getcodesize()}. */
  public static int getcodesize() {
    return CODESIZE;
  }

  /** {@code _sre.ascii_iscased(ch)}: an ASCII letter. */
  public static boolean asciiIscased(int ch) {
    return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
  }

  /** {@code _sre.unicode_iscased(ch)}: the character has a different lower or upper case. */
  public static boolean unicodeIscased(int ch) {
    return ch != SreUnicode.toLower(ch) || ch != SreUnicode.toUpper(ch);
  }

  /** {@code _sre.ascii_tolower(ch)}. */
  public static int asciiTolower(int ch) {
    return SreChars.lowerAscii(ch);
  }

  /** {@code _sre.unicode_tolower(ch)}. */
  public static int unicodeTolower(int ch) {
    return SreUnicode.toLower(ch);
  }

  /**
   * The lower case the engine uses under the given flags (the {@code getlower} of older
   * {@code _sre} versions): locale rules with {@code SRE_FLAG_LOCALE}, Unicode rules with
   * {@code SRE_FLAG_UNICODE}, ASCII rules otherwise.
   */
  public static int getlower(int ch, int flags) {
    if ((flags & SreConstants.SRE_FLAG_LOCALE) != 0) {
      return SreChars.lowerLocale(ch);
    }
    if ((flags & SreConstants.SRE_FLAG_UNICODE) != 0) {
      return SreUnicode.toLower(ch);
    }
    return SreChars.lowerAscii(ch);
  }
}
