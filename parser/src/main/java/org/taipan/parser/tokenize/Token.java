package org.taipan.parser.tokenize;

/**
 * One token, as CPython's tokenizer ({@code Parser/tokenizer.c}) produces it: a kind, its text,
 * and its span. Lines are 1-based; {@code col}/{@code endCol} are UTF-8 byte offsets in their line
 * (CPython's convention for AST positions); {@code start}/{@code end} are char indices into the
 * decoded source, and {@code lineStart}/{@code endLineStart} the char indices where the token's
 * first and last lines begin.
 */
public final class Token {
  public final int kind;
  /** The token's text: a name (NFKC-normalized), number, or string literal with prefix and quotes. */
  public final String text;
  public final int lineno;
  public final int col;
  public final int endLineno;
  public final int endCol;
  public final int start;
  public final int end;
  public final int lineStart;
  public final int endLineStart;
  /** The bracket nesting depth after this token, as CPython's {@code Token.level}. */
  public final int level;

  public Token(
      int kind,
      String text,
      int lineno,
      int col,
      int endLineno,
      int endCol,
      int start,
      int end,
      int lineStart,
      int endLineStart,
      int level) {
    this.kind = kind;
    this.text = text;
    this.lineno = lineno;
    this.col = col;
    this.endLineno = endLineno;
    this.endCol = endCol;
    this.start = start;
    this.end = end;
    this.lineStart = lineStart;
    this.endLineStart = endLineStart;
    this.level = level;
  }

  @Override
  public String toString() {
    return kind + ":" + text + "@" + lineno + ":" + col;
  }
}
