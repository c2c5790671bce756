package org.taipan.parser.impl;

import static org.taipan.parser.tokenize.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Located;
import org.taipan.parser.tokenize.Token;
import org.taipan.parser.tokenize.Tokenizer;

/**
 * The machinery under the recursive-descent parser, the counterpart of CPython's
 * {@code Parser/pegen.c}: a lazily filled token buffer with a mark that can be reset
 * (backtracking), failure signalling, the nesting guard, and error construction.
 *
 * <p>A rule that does not match throws {@link #FAIL}, a shared exception without a stack trace;
 * places that try alternatives catch it and reset the mark. A definite syntax error is a {@link
 * PythonSyntaxError}, which is never caught inside the parser.
 */
abstract class ParserBase {
  /** Thrown when a rule does not match; carries nothing. */
  static final class Fail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fail() {
      super("no match", null, false, false);
    }
  }

  static final Fail FAIL = new Fail();

  /** Like CPython's {@code MAXSTACK}: deeper nesting than this is a syntax error, not a crash. */
  static final int MAX_DEPTH = 3000;

  final Tokenizer tz;
  final String filename;
  Token[] toks = new Token[512];
  int fill;
  int p;
  int depth;
  /** Line and column added to positions when parsing an f-string's expression. */
  int lineOffset;

  int colOffset;

  ParserBase(Tokenizer tz) {
    this.tz = tz;
    this.filename = tz.filename();
  }

  /**
   * One past the furthest token requested by parsing proper (CPython's {@code p->fill} of the
   * first pass); lookahead done only to choose an error message restores it.
   */
  int seen;

  final Token tok(int i) {
    if (i >= seen) {
      seen = i + 1;
    }
    while (i >= fill) {
      if (fill == toks.length) {
        toks = java.util.Arrays.copyOf(toks, fill * 2);
      }
      toks[fill++] = tz.next();
    }
    return toks[i];
  }

  final Token cur() {
    return p < seen ? toks[p] : tok(p);
  }

  final int kind() {
    return cur().kind;
  }

  final int kindAt(int offset) {
    return tok(p + offset).kind;
  }

  /** As CPython's {@code _PyPegen_get_last_nonnwhitespace_token}. */
  final Token lastNonWhitespace() {
    for (int i = p - 1; i >= 0; i--) {
      int k = toks[i].kind;
      if (k != NEWLINE && k != INDENT && k != DEDENT && k != ENDMARKER) {
        return toks[i];
      }
    }
    return toks[0];
  }

  final Token prev() {
    return toks[p - 1];
  }

  final Token expect(int k) {
    Token t = cur();
    if (t.kind != k) {
      throw FAIL;
    }
    p++;
    return t;
  }

  final boolean accept(int k) {
    if (cur().kind == k) {
      p++;
      return true;
    }
    return false;
  }

  final boolean isName(String word) {
    Token t = cur();
    return t.kind == NAME && t.text.equals(word);
  }

  final void enter() {
    if (++depth > MAX_DEPTH) {
      Token t = cur();
      throw errorAt(t, "too many nested parentheses");
    }
  }

  final void leave() {
    depth--;
  }

  // Positions: every node spans from a start token to the last consumed token.

  final int ln(Token t) {
    return t.lineno + lineOffset;
  }

  final int col(Token t) {
    return t.lineno == 1 ? t.col + colOffset : t.col;
  }

  final int eln(Token t) {
    return t.endLineno + lineOffset;
  }

  final int ecol(Token t) {
    return t.endLineno == 1 ? t.endCol + colOffset : t.endCol;
  }

  static <T> List<T> list(List<T> l) {
    return l.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(l);
  }

  static <T> List<T> single(T x) {
    return List.of(x);
  }

  static <T> ArrayList<T> newList() {
    return new ArrayList<>(4);
  }

  // Errors.

  /** True in the sub-parser of an f-string replacement field (CPython's {@code Py_fstring_input}). */
  boolean fstringMode;

  private boolean byteOffsets() {
    return fstringMode || tz.byteOffsetErrors();
  }

  private String message(String msg) {
    return fstringMode ? "f-string: " + msg : msg;
  }

  /** A SyntaxError spanning a token. */
  final PythonSyntaxError errorAt(Token t, String msg) {
    return errorSpan(PythonSyntaxError.SYNTAX_ERROR, msg, t, t);
  }

  /**
   * A SyntaxError from token {@code a} to token {@code b}, as CPython's {@code
   * _PyPegen_raise_error_known_location}: offsets count characters, or UTF-8 bytes where CPython
   * does not know the encoding.
   */
  final PythonSyntaxError errorSpan(String cls, String msg, Token a, Token b) {
    int off;
    int endOff;
    if (a.kind == NEWLINE && a.start >= tz.givenLength() && tz.implicitNewlineHasNoColumn()) {
      off = tz.charOffset(a.lineStart, a.start) - 1;
      endOff = -1;
    } else if ((a.kind == ENDMARKER || a.kind == DEDENT) && tz.fileInput() && tz.atEndOfInput(a)) {
      // No column, and CPython's file tokenizer has emptied its buffer at the end of input.
      off = 0;
      endOff = -1;
    } else if (a.kind == DEDENT || a.kind == INDENT) {
      // CPython gives these tokens no column; the error falls where the tokenizer stands.
      off = tz.charOffset(a.lineStart, a.end) - 1;
      endOff = -1;
    } else if (byteOffsets()) {
      off = a.col + 1;
      endOff = (b.kind == NEWLINE ? b.col : b.endCol) + 1;
    } else if (b.endLineno != a.lineno) {
      off = tz.charOffset(a.lineStart, a.start);
      endOff = charOffsetIn(errorLineText(a.lineStart, a.lineno), b.endCol + 1);
    } else {
      off = tz.charOffset(a.lineStart, a.start);
      // CPython's NEWLINE token leaves the newline out: it ends where it starts
      endOff = tz.charOffset(b.endLineStart, b.kind == NEWLINE ? b.start : b.end);
    }
    return new PythonSyntaxError(
        cls,
        message(msg),
        filename,
        a.lineno + lineOffset,
        off,
        errorLineText(a.lineStart, a.lineno),
        b.endLineno + lineOffset,
        endOff);
  }

  /** A token's position as a node's, for an error range that ends at a token. */
  final Located located(Token t) {
    int line = ln(t);
    int col = col(t);
    int endLine = eln(t);
    int endCol = ecol(t);
    return new Located() {
      @Override
      public int lineno() {
        return line;
      }

      @Override
      public int colOffset() {
        return col;
      }

      @Override
      public int endLineno() {
        return endLine;
      }

      @Override
      public int endColOffset() {
        return endCol;
      }
    };
  }

  /** A SyntaxError spanning nodes, as CPython's {@code RAISE_SYNTAX_ERROR_KNOWN_RANGE}. */
  final PythonSyntaxError errorNode(String msg, Located a, Located b) {
    return errorNode(PythonSyntaxError.SYNTAX_ERROR, msg, a, b);
  }

  final PythonSyntaxError errorNode(String cls, String msg, Located a, Located b) {
    int line = a.lineno() - lineOffset;
    int col = a.colOffset() - (line == 1 ? colOffset : 0);
    int endLine = b.endLineno() - lineOffset;
    int endCol = b.endColOffset() - (endLine == 1 ? colOffset : 0);
    int ls = tz.lineStartOf(line);
    String text = errorLineText(ls, line);
    int off;
    int endOff;
    if (byteOffsets()) {
      off = col + 1;
      endOff = endCol + 1;
    } else {
      off = charOffsetOfByteCol(ls, col);
      // CPython converts the end column with the first line's text, even when the range ends on
      // a later line, and stops at that text's end.
      endOff = endLine == line ? charOffsetOfByteCol(ls, endCol) : charOffsetIn(text, endCol + 1);
    }
    return new PythonSyntaxError(
        cls, message(msg), filename, a.lineno(), off, text, b.endLineno(), endOff);
  }

  /**
   * The text of the error's first line as CPython's {@code _PyPegen_raise_error_object} takes it:
   * parsing a string, a line the tokenizer has already left comes from the source buffer
   * without its newline; the tokenizer's current line (or a file's line) keeps it.
   */
  private String errorLineText(int ls, int line) {
    String t = tz.lineText(ls);
    int tokLine = fill == 0 ? 1 : toks[fill - 1].endLineno;
    if (!tz.fileInput() && tokLine > line && t.endsWith("\n")) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }

  /**
   * {@code _PyPegen_byte_offset_to_character_offset}: the characters in the first {@code
   * byteOffset} UTF-8 bytes of {@code text}, at most its length plus one.
   */
  static int charOffsetIn(String text, int byteOffset) {
    int bytes = 0;
    int chars = 0;
    int i = 0;
    while (i < text.length() && bytes < byteOffset) {
      int cp = text.codePointAt(i);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      chars++;
      i += Character.charCount(cp);
    }
    return bytes < byteOffset ? chars + 1 : chars;
  }

  final int charOffsetOfByteCol(int ls, int byteCol) {
    char[] s = tz.source();
    int b = 0;
    int i = ls;
    while (b < byteCol && i < s.length) {
      char c = s[i];
      if (c < 0x80) {
        b++;
      } else if (c < 0x800) {
        b += 2;
      } else if (Character.isHighSurrogate(c)) {
        b += 4;
        i++;
      } else {
        b += 3;
      }
      i++;
    }
    return tz.charOffset(ls, i);
  }

  static String describe(Expr e) {
    return ExprNames.describe(e);
  }
}
