package org.taipan.stdlib.core.sre;

/**
 * The numbers of the regular-expression code words: opcodes, position ("AT") codes, category
 * codes, pattern flags and INFO-block flags, with the values CPython 3.11's
 * {@code re/_constants.py} gives them (and that {@code Modules/_sre/sre_constants.h} repeats in C).
 *
 * <p>The code list that {@code re._compiler} hands to {@code _sre.compile} is a sequence of these
 * numbers and their operands; {@link SreMatcher} executes it. The values are fixed by
 * {@link Sre#MAGIC}: a change in CPython bumps the magic number.
 */
public final class SreConstants {

  private SreConstants() {}

  // Opcodes, in the order of re._constants.OPCODES.

  public static final int FAILURE = 0;
  public static final int SUCCESS = 1;
  public static final int ANY = 2;
  public static final int ANY_ALL = 3;
  public static final int ASSERT = 4;
  public static final int ASSERT_NOT = 5;
  public static final int AT = 6;
  public static final int BRANCH = 7;
  public static final int CATEGORY = 8;
  public static final int CHARSET = 9;
  public static final int BIGCHARSET = 10;
  public static final int GROUPREF = 11;
  public static final int GROUPREF_EXISTS = 12;
  public static final int IN = 13;
  public static final int INFO = 14;
  public static final int JUMP = 15;
  public static final int LITERAL = 16;
  public static final int MARK = 17;
  public static final int MAX_UNTIL = 18;
  public static final int MIN_UNTIL = 19;
  public static final int NOT_LITERAL = 20;
  public static final int NEGATE = 21;
  public static final int RANGE = 22;
  public static final int REPEAT = 23;
  public static final int REPEAT_ONE = 24;
  public static final int SUBPATTERN = 25;
  public static final int MIN_REPEAT_ONE = 26;
  public static final int ATOMIC_GROUP = 27;
  public static final int POSSESSIVE_REPEAT = 28;
  public static final int POSSESSIVE_REPEAT_ONE = 29;
  public static final int GROUPREF_IGNORE = 30;
  public static final int IN_IGNORE = 31;
  public static final int LITERAL_IGNORE = 32;
  public static final int NOT_LITERAL_IGNORE = 33;
  public static final int GROUPREF_LOC_IGNORE = 34;
  public static final int IN_LOC_IGNORE = 35;
  public static final int LITERAL_LOC_IGNORE = 36;
  public static final int NOT_LITERAL_LOC_IGNORE = 37;
  public static final int GROUPREF_UNI_IGNORE = 38;
  public static final int IN_UNI_IGNORE = 39;
  public static final int LITERAL_UNI_IGNORE = 40;
  public static final int NOT_LITERAL_UNI_IGNORE = 41;
  public static final int RANGE_UNI_IGNORE = 42;

  // Position codes (operand of AT), in the order of re._constants.ATCODES.

  public static final int AT_BEGINNING = 0;
  public static final int AT_BEGINNING_LINE = 1;
  public static final int AT_BEGINNING_STRING = 2;
  public static final int AT_BOUNDARY = 3;
  public static final int AT_NON_BOUNDARY = 4;
  public static final int AT_END = 5;
  public static final int AT_END_LINE = 6;
  public static final int AT_END_STRING = 7;
  public static final int AT_LOC_BOUNDARY = 8;
  public static final int AT_LOC_NON_BOUNDARY = 9;
  public static final int AT_UNI_BOUNDARY = 10;
  public static final int AT_UNI_NON_BOUNDARY = 11;

  // Category codes (operand of CATEGORY), in the order of re._constants.CHCODES.

  public static final int CATEGORY_DIGIT = 0;
  public static final int CATEGORY_NOT_DIGIT = 1;
  public static final int CATEGORY_SPACE = 2;
  public static final int CATEGORY_NOT_SPACE = 3;
  public static final int CATEGORY_WORD = 4;
  public static final int CATEGORY_NOT_WORD = 5;
  public static final int CATEGORY_LINEBREAK = 6;
  public static final int CATEGORY_NOT_LINEBREAK = 7;
  public static final int CATEGORY_LOC_WORD = 8;
  public static final int CATEGORY_LOC_NOT_WORD = 9;
  public static final int CATEGORY_UNI_DIGIT = 10;
  public static final int CATEGORY_UNI_NOT_DIGIT = 11;
  public static final int CATEGORY_UNI_SPACE = 12;
  public static final int CATEGORY_UNI_NOT_SPACE = 13;
  public static final int CATEGORY_UNI_WORD = 14;
  public static final int CATEGORY_UNI_NOT_WORD = 15;
  public static final int CATEGORY_UNI_LINEBREAK = 16;
  public static final int CATEGORY_UNI_NOT_LINEBREAK = 17;

  // Pattern flags (re.I, re.M, ...) as the engine sees them.

  public static final int SRE_FLAG_TEMPLATE = 1;
  public static final int SRE_FLAG_IGNORECASE = 2;
  public static final int SRE_FLAG_LOCALE = 4;
  public static final int SRE_FLAG_MULTILINE = 8;
  public static final int SRE_FLAG_DOTALL = 16;
  public static final int SRE_FLAG_UNICODE = 32;
  public static final int SRE_FLAG_VERBOSE = 64;
  public static final int SRE_FLAG_DEBUG = 128;
  public static final int SRE_FLAG_ASCII = 256;

  // Flags of the INFO block that starts every compiled pattern.

  public static final int SRE_INFO_PREFIX = 1;
  public static final int SRE_INFO_LITERAL = 2;
  public static final int SRE_INFO_CHARSET = 4;

  private static final String[] OPCODE_NAMES = {
    "FAILURE", "SUCCESS", "ANY", "ANY_ALL", "ASSERT", "ASSERT_NOT", "AT", "BRANCH",
    "CATEGORY", "CHARSET", "BIGCHARSET", "GROUPREF", "GROUPREF_EXISTS", "IN", "INFO", "JUMP",
    "LITERAL", "MARK", "MAX_UNTIL", "MIN_UNTIL", "NOT_LITERAL", "NEGATE", "RANGE", "REPEAT",
    "REPEAT_ONE", "SUBPATTERN", "MIN_REPEAT_ONE", "ATOMIC_GROUP", "POSSESSIVE_REPEAT",
    "POSSESSIVE_REPEAT_ONE", "GROUPREF_IGNORE", "IN_IGNORE", "LITERAL_IGNORE",
    "NOT_LITERAL_IGNORE", "GROUPREF_LOC_IGNORE", "IN_LOC_IGNORE", "LITERAL_LOC_IGNORE",
    "NOT_LITERAL_LOC_IGNORE", "GROUPREF_UNI_IGNORE", "IN_UNI_IGNORE", "LITERAL_UNI_IGNORE",
    "NOT_LITERAL_UNI_IGNORE", "RANGE_UNI_IGNORE"
  };

  /**
   * The name re._constants gives an opcode, for messages and tracing.
   *
   * @param op an opcode number
   * @return its name, or {@code "<op N>"} when the number is not an opcode
   */
  public static String opcodeName(int op) {
    return op >= 0 && op < OPCODE_NAMES.length ? OPCODE_NAMES[op] : "<op " + op + ">";
  }
}
