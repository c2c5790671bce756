package org.taipan.parser.tokenize;

/**
 * Token kinds, mirroring CPython's {@code Grammar/Tokens} (NAME, NUMBER, STRING, NEWLINE, INDENT,
 * DEDENT, ENDMARKER and one kind per operator) plus one kind per hard keyword, so the parser can
 * switch on an int. Soft keywords ({@code match}, {@code case}, {@code _}) stay {@link #NAME}.
 */
public final class TokenKind {
  private TokenKind() {}

  public static final int ENDMARKER = 0;
  public static final int NAME = 1;
  public static final int NUMBER = 2;
  public static final int STRING = 3;
  public static final int NEWLINE = 4;
  public static final int INDENT = 5;
  public static final int DEDENT = 6;
  /** A character that starts no token CPython knows, such as {@code $} or {@code ?}. */
  public static final int ERRORTOKEN = 7;
  /** A {@code # type: ...} comment, produced only when type comments are requested. */
  public static final int TYPE_COMMENT = 8;

  // Operators and delimiters.
  public static final int LPAR = 10;
  public static final int RPAR = 11;
  public static final int LSQB = 12;
  public static final int RSQB = 13;
  public static final int COLON = 14;
  public static final int COMMA = 15;
  public static final int SEMI = 16;
  public static final int PLUS = 17;
  public static final int MINUS = 18;
  public static final int STAR = 19;
  public static final int SLASH = 20;
  public static final int VBAR = 21;
  public static final int AMPER = 22;
  public static final int LESS = 23;
  public static final int GREATER = 24;
  public static final int EQUAL = 25;
  public static final int DOT = 26;
  public static final int PERCENT = 27;
  public static final int LBRACE = 28;
  public static final int RBRACE = 29;
  public static final int EQEQUAL = 30;
  public static final int NOTEQUAL = 31;
  public static final int LESSEQUAL = 32;
  public static final int GREATEREQUAL = 33;
  public static final int TILDE = 34;
  public static final int CIRCUMFLEX = 35;
  public static final int LEFTSHIFT = 36;
  public static final int RIGHTSHIFT = 37;
  public static final int DOUBLESTAR = 38;
  public static final int PLUSEQUAL = 39;
  public static final int MINEQUAL = 40;
  public static final int STAREQUAL = 41;
  public static final int SLASHEQUAL = 42;
  public static final int PERCENTEQUAL = 43;
  public static final int AMPEREQUAL = 44;
  public static final int VBAREQUAL = 45;
  public static final int CIRCUMFLEXEQUAL = 46;
  public static final int LEFTSHIFTEQUAL = 47;
  public static final int RIGHTSHIFTEQUAL = 48;
  public static final int DOUBLESTAREQUAL = 49;
  public static final int DOUBLESLASH = 50;
  public static final int DOUBLESLASHEQUAL = 51;
  public static final int AT = 52;
  public static final int ATEQUAL = 53;
  public static final int RARROW = 54;
  public static final int ELLIPSIS = 55;
  public static final int COLONEQUAL = 56;
  /** {@code !}, which 3.11 only accepts inside f-string replacement fields. */
  public static final int EXCLAMATION = 57;

  // Hard keywords.
  public static final int KW_FALSE = 70;
  public static final int KW_NONE = 71;
  public static final int KW_TRUE = 72;
  public static final int KW_AND = 73;
  public static final int KW_AS = 74;
  public static final int KW_ASSERT = 75;
  public static final int KW_ASYNC = 76;
  public static final int KW_AWAIT = 77;
  public static final int KW_BREAK = 78;
  public static final int KW_CLASS = 79;
  public static final int KW_CONTINUE = 80;
  public static final int KW_DEF = 81;
  public static final int KW_DEL = 82;
  public static final int KW_ELIF = 83;
  public static final int KW_ELSE = 84;
  public static final int KW_EXCEPT = 85;
  public static final int KW_FINALLY = 86;
  public static final int KW_FOR = 87;
  public static final int KW_FROM = 88;
  public static final int KW_GLOBAL = 89;
  public static final int KW_IF = 90;
  public static final int KW_IMPORT = 91;
  public static final int KW_IN = 92;
  public static final int KW_IS = 93;
  public static final int KW_LAMBDA = 94;
  public static final int KW_NONLOCAL = 95;
  public static final int KW_NOT = 96;
  public static final int KW_OR = 97;
  public static final int KW_PASS = 98;
  public static final int KW_RAISE = 99;
  public static final int KW_RETURN = 100;
  public static final int KW_TRY = 101;
  public static final int KW_WHILE = 102;
  public static final int KW_WITH = 103;
  public static final int KW_YIELD = 104;

  private static final java.util.Map<String, Integer> KEYWORDS = new java.util.HashMap<>();

  static {
    String[] words = {
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
      "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
      "while", "with", "yield"
    };
    for (int i = 0; i < words.length; i++) {
      KEYWORDS.put(words[i], KW_FALSE + i);
    }
  }

  /** The keyword kind of a name, or {@link #NAME} if it is not a hard keyword. */
  public static int keywordKind(String name) {
    Integer k = KEYWORDS.get(name);
    return k == null ? NAME : k;
  }

  /** True for the kinds of hard keywords. */
  public static boolean isKeyword(int kind) {
    return kind >= KW_FALSE && kind <= KW_YIELD;
  }
}
