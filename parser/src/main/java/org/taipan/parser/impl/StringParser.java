package org.taipan.parser.impl;

import static org.taipan.parser.tokenize.TokenKind.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.*;
import org.taipan.parser.tokenize.Token;
import org.taipan.parser.tokenize.Tokenizer;
import org.taipan.parser.tokenize.Utf8;

/**
 * String literals: implicit concatenation, every prefix, bytes, and 3.11 f-strings (replacement
 * fields with nested expressions, {@code !r/!s/!a}, format specs with nested fields, and the
 * {@code =} self-documenting form), giving the same Constant/JoinedStr/FormattedValue nodes and
 * positions as CPython 3.11's {@code Parser/string_parser.c}. The expression inside a field is
 * parsed by a sub-parser over {@code "(" + text + ")"} whose positions are shifted to the field's
 * real place in the source.
 */
abstract class StringParser extends ExpressionParser {

  StringParser(Tokenizer tz) {
    super(tz);
  }

  /** A fresh parser of the same kind over another tokenizer, for f-string expressions. */
  abstract StringParser newSubParser(Tokenizer tz);

  /** Accumulates decoded literal text, as CPython's {@code FstringParser.last_str}. */
  private static final class Text {
    StringBuilder sb = new StringBuilder();
    int[] cps;
    int n;

    boolean isEmpty() {
      return cps == null ? sb.length() == 0 : n == 0;
    }

    void add(Object piece) {
      if (piece instanceof String str) {
        if (cps == null) {
          sb.append(str);
        } else {
          str.codePoints().forEach(this::addCp);
        }
      } else {
        int[] more = ((CodePointString) piece).codePoints();
        if (cps == null) {
          cps = new int[Math.max(16, sb.length() + more.length)];
          sb.codePoints().forEach(this::addCp);
          sb = null;
        }
        for (int cp : more) {
          addCp(cp);
        }
      }
    }

    private void addCp(int cp) {
      if (n == cps.length) {
        cps = java.util.Arrays.copyOf(cps, n * 2);
      }
      cps[n++] = cp;
    }

    Object take() {
      Object v;
      if (cps == null) {
        v = sb.toString();
        sb.setLength(0);
      } else {
        boolean lone = false;
        for (int i = 0; i < n; i++) {
          if (cps[i] >= 0xD800 && cps[i] <= 0xDFFF) {
            lone = true;
            break;
          }
        }
        v = lone ? new CodePointString(java.util.Arrays.copyOf(cps, n)) : new String(cps, 0, n);
        cps = null;
        n = 0;
        sb = new StringBuilder();
      }
      return v;
    }
  }

  /** The state of one (possibly nested) f-string, as CPython's {@code FstringParser}. */
  private static final class FState {
    final Text last = new Text();
    final ArrayList<Expr> values = new ArrayList<>();
    boolean fmode;
  }

  @Override
  final Expr strings() {
    int i0 = p;
    while (kind() == STRING) {
      p++;
    }
    Token first = toks[i0];
    Token last = toks[p - 1];
    char[] s = tz.source();
    boolean bytesMode = false;
    boolean anyStr = false;
    ByteArrayOutputStream bytes = null;
    FState st = new FState();
    for (int ti = i0; ti < p; ti++) {
      Token t = toks[ti];
      int q = t.start;
      boolean raw = false;
      boolean b = false;
      boolean f = false;
      while (s[q] != '"' && s[q] != '\'') {
        switch (s[q]) {
          case 'r', 'R' -> raw = true;
          case 'b', 'B' -> b = true;
          case 'f', 'F' -> f = true;
          default -> {}
        }
        q++;
      }
      char quote = s[q];
      int qlen = q + 2 < t.end && s[q + 1] == quote && s[q + 2] == quote && t.end - q >= 6 ? 3 : 1;
      int bodyStart = q + qlen;
      int bodyEnd = t.end - qlen;
      if (b) {
        bytesMode = true;
      } else {
        anyStr = true;
      }
      if (bytesMode && anyStr) {
        throw errorAt(cur(), "cannot mix bytes and nonbytes literals");
      }
      if (b) {
        for (int k = bodyStart; k < bodyEnd; k++) {
          if (s[k] >= 0x80) {
            throw errorAt(cur(), "bytes can only contain ASCII literal characters");
          }
        }
        if (bytes == null) {
          bytes = new ByteArrayOutputStream();
        }
        try {
          bytes.writeBytes(Escapes.decodeBytes(s, bodyStart, bodyEnd, raw));
        } catch (Escapes.Problem e) {
          throw errorAt(cur(), "(value error) " + e.getMessage());
        }
        if (!raw) {
          warnInvalidEscape(t, Escapes.firstInvalidEscape(s, bodyStart, bodyEnd, true));
        }
      } else if (f) {
        st.fmode = true;
        concatFstring(st, s, bodyStart, bodyEnd, raw, 0, first, t, last);
      } else {
        st.last.add(raw ? raw(s, bodyStart, bodyEnd) : decode(t, s, bodyStart, bodyEnd));
      }
    }
    if (bytesMode) {
      return new Constant(
          new BytesConstant(bytes.toByteArray()), null, ln(first), col(first), eln(last), ecol(last));
    }
    return finish(st, first, last);
  }

  private Object decode(Token t, char[] s, int from, int to) {
    return decode(t, s, from, to, false);
  }

  /**
   * Decodes a literal body with escapes. CPython decodes undecodable bytes one run of non-ASCII
   * bytes at a time when the text has a backslash (always in f-string literal parts), else as a
   * whole; the positions in its message follow that.
   */
  private Object decode(Token t, char[] s, int from, int to, boolean fstringPart) {
    boolean runs = fstringPart;
    if (!runs) {
      for (int i = from; i < t.end; i++) {
        if (s[i] == '\\') {
          runs = true;
          break;
        }
      }
    }
    checkBytes(s, from, to, runs);
    // in an f-string, a backslash before a brace is kept as it is, with a warning ('\{')
    boolean beforeBrace = false;
    if (fstringPart && to < s.length && (s[to] == '{' || s[to] == '}')) {
      int k = to;
      while (k > from && s[k - 1] == '\\') {
        k--;
      }
      beforeBrace = (to - k) % 2 == 1;
    }
    Object text;
    try {
      text = Escapes.decodeStr(s, from, beforeBrace ? to - 1 : to);
    } catch (Escapes.Problem e) {
      throw errorAt(cur(), "(unicode error) " + e.getMessage());
    }
    String invalid = Escapes.firstInvalidEscape(s, from, beforeBrace ? to - 1 : to, false);
    if (beforeBrace) {
      if (text instanceof org.taipan.parser.ast.CodePointString cps) {
        int[] a = java.util.Arrays.copyOf(cps.codePoints(), cps.codePoints().length + 1);
        a[a.length - 1] = '\\';
        text = new org.taipan.parser.ast.CodePointString(a);
      } else {
        text = text + "\\";
      }
      if (invalid == null) {
        invalid = "invalid escape sequence '\\" + s[to] + "'";
      }
    }
    warnInvalidEscape(t, invalid);
    return text;
  }

  /**
   * Python 3.11's DeprecationWarning for an invalid escape sequence in a literal; a SyntaxError
   * when the warnings filters make it an error.
   */
  private void warnInvalidEscape(Token t, String message) {
    if (message == null) {
      return;
    }
    org.taipan.parser.Parser.WarningHandler h = org.taipan.parser.Parser.warningHandler();
    if (h != null && h.warnDeprecated(message, filename, ln(t))) {
      throw errorAt(t, message);
    }
  }

  /** Undecodable source bytes inside a literal: CPython's UTF-8 decoding error. */
  private void checkBytes(char[] s, int from, int to, boolean runs) {
    for (int i = from; i < to; i++) {
      if (s[i] >= 0xDC80 && s[i] <= 0xDCFF) {
        CharSequence body = java.nio.CharBuffer.wrap(s, from, to - from);
        if (Utf8.hasEscapedByte(body)) {
          throw errorAt(cur(), "(unicode error) " + Utf8.decodeErrorMessage(body, runs));
        }
        return;
      }
    }
  }

  private String raw(char[] s, int from, int to) {
    checkBytes(s, from, to, false);
    return new String(s, from, to - from);
  }

  private Constant strNode(Text text, Token first, Token last) {
    char[] s = tz.source();
    String kind = s[first.start] == 'u' ? "u" : null;
    return new Constant(text.take(), kind, ln(first), col(first), eln(last), ecol(last));
  }

  private Expr finish(FState st, Token first, Token last) {
    if (!st.fmode) {
      return strNode(st.last, first, last);
    }
    if (!st.last.isEmpty()) {
      st.values.add(strNode(st.last, first, last));
    }
    return new JoinedStr(list(st.values), ln(first), col(first), eln(last), ecol(last));
  }

  /** Parses an f-string body from {@code i}; returns where it stopped. */
  private int concatFstring(
      FState st, char[] s, int i, int end, boolean raw, int lvl, Token first, Token t, Token last) {
    st.fmode = true;
    while (true) {
      int litStart = i;
      int litEnd = -1;
      boolean doubled = false;
      while (i < end) {
        char ch = s[i++];
        if (!raw && ch == '\\' && i < end) {
          ch = s[i++];
          if (ch == 'N') {
            if (i < end && s[i++] == '{') {
              while (i < end && s[i++] != '}') {
                // skip the character name
              }
              continue;
            }
            break;
          }
        }
        if (ch == '{' || ch == '}') {
          if (lvl == 0) {
            if (i < end && s[i] == ch) {
              litEnd = i;
              i++;
              doubled = true;
              break;
            }
            if (ch == '}') {
              throw fstringError("f-string: single '}' is not allowed");
            }
          }
          i--;
          break;
        }
      }
      if (litEnd < 0) {
        litEnd = i;
      }
      if (litEnd > litStart) {
        st.last.add(raw ? raw(s, litStart, litEnd) : decode(t, s, litStart, litEnd, true));
      }
      if (doubled) {
        continue;
      }
      if (i >= end || s[i] == '}') {
        break;
      }
      i = findExpr(st, s, i, end, raw, lvl, first, t, last);
    }
    if (lvl != 0 && (i >= end || s[i] != '}')) {
      throw fstringError("f-string: expecting '}'");
    }
    return i;
  }

  private int findExpr(
      FState st, char[] s, int i, int end, boolean raw, int lvl, Token first, Token t, Token last) {
    if (lvl >= 2) {
      throw fstringError("f-string: expressions nested too deeply");
    }
    int brace = i;
    i++;
    int exprStart = i;
    char quote = 0;
    int stringType = 0;
    int depth = 0;
    char[] parens = new char[200];
    for (; i < end; i++) {
      char ch = s[i];
      if (ch == '\\') {
        throw fstringError("f-string expression part cannot include a backslash");
      }
      if (quote != 0) {
        if (ch == quote) {
          if (stringType == 3) {
            if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) {
              i += 2;
              stringType = 0;
              quote = 0;
            }
          } else {
            stringType = 0;
            quote = 0;
          }
        }
      } else if (ch == '\'' || ch == '"') {
        if (i + 2 < end && s[i + 1] == ch && s[i + 2] == ch) {
          stringType = 3;
          i += 2;
        } else {
          stringType = 1;
        }
        quote = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (depth >= 200) {
          throw fstringError("f-string: too many nested parenthesis");
        }
        parens[depth++] = ch;
      } else if (ch == '#') {
        throw fstringError("f-string expression part cannot include '#'");
      } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (i + 1 < end && ch != '}' && ch != ':' && s[i + 1] == '=') {
          i++;
          continue;
        }
        if (ch == '>' || ch == '<') {
          // alone, these are comparisons inside the expression, never its end
          continue;
        }
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (depth == 0) {
          throw fstringError("f-string: unmatched '" + ch + "'");
        }
        char open = parens[--depth];
        if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
          throw fstringError("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '" + open + "'");
        }
      }
    }
    int exprEnd = i;
    if (quote != 0) {
      throw fstringError("f-string: unterminated string");
    }
    if (depth > 0) {
      throw fstringError("f-string: unmatched '" + parens[depth - 1] + "'");
    }
    if (i >= end) {
      throw fstringError("f-string: expecting '}'");
    }
    Expr expr = compileExpr(s, brace, exprStart, exprEnd, t);
    String exprText = null;
    if (s[i] == '=') {
      i++;
      while (i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == 0x0b)) {
        i++;
      }
      exprText = new String(s, exprStart, i - exprStart);
    }
    int conversion = -1;
    if (s[i] == '!') {
      i++;
      if (i >= end) {
        throw fstringError("f-string: expecting '}'");
      }
      conversion = s[i++];
      if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
        throw fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (i >= end) {
      throw fstringError("f-string: expecting '}'");
    }
    Expr spec = null;
    if (s[i] == ':') {
      i++;
      if (i >= end) {
        throw fstringError("f-string: expecting '}'");
      }
      FState inner = new FState();
      i = concatFstring(inner, s, i, end, raw, lvl + 1, first, t, last);
      spec = finish(inner, t, t);
    }
    if (i >= end || s[i] != '}') {
      throw fstringError("f-string: expecting '}'");
    }
    i++;
    if (exprText != null && spec == null && conversion == -1) {
      conversion = 'r';
    }
    if (exprText != null) {
      st.last.add(exprText);
    }
    if (!st.last.isEmpty()) {
      st.values.add(strNode(st.last, first, last));
    }
    st.values.add(new FormattedValue(expr, conversion, spec, ln(first), col(first), eln(last), ecol(last)));
    return i;
  }

  /** As CPython's {@code RAISE_SYNTAX_ERROR} in string parsing: at the token after the strings. */
  private PythonSyntaxError fstringError(String msg) {
    return errorAt(cur(), msg);
  }

  /** Parses the text of a replacement field as CPython's {@code fstring_compile_expr}. */
  private Expr compileExpr(char[] s, int brace, int exprStart, int exprEnd, Token t) {
    boolean blank = true;
    for (int k = exprStart; k < exprEnd; k++) {
      char c = s[k];
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
        blank = false;
        break;
      }
    }
    if (blank) {
      char after = s[exprEnd];
      if (after == '!' || after == ':' || after == '=') {
        throw fstringError("f-string: expression required before '" + after + "'");
      }
      throw fstringError("f-string: empty expression not allowed");
    }
    // Where the '{' really is: line and UTF-8 column.
    int line = ln(t);
    int lineStartIdx = -1;
    for (int k = t.start; k < brace; k++) {
      if (s[k] == '\n') {
        line++;
        lineStartIdx = k + 1;
      }
    }
    int braceCol;
    if (lineStartIdx < 0) {
      braceCol = col(t) + tz.byteCol(t.start, brace);
    } else {
      braceCol = tz.byteCol(lineStartIdx, brace);
    }
    StringBuilder sub = new StringBuilder(exprEnd - exprStart + 2);
    sub.append('(').append(s, exprStart, exprEnd - exprStart).append(')');
    Tokenizer subTz = new Tokenizer(sub.toString(), filename);
    StringParser sp = newSubParser(subTz);
    sp.lineOffset = line - 1;
    sp.colOffset = braceCol;
    sp.depth = depth;
    sp.fstringMode = true;
    try {
      return sp.fstringExpression();
    } catch (org.taipan.parser.PythonSyntaxError e) {
      if (!subTz.failed() || line == 1) {
        throw e;
      }
      // The expression's tokenizer starts on the field's line, as CPython's does; its columns
      // stay those of the parenthesized expression text.
      throw new org.taipan.parser.PythonSyntaxError(
          e.pythonClass(),
          e.msg(),
          e.filename(),
          e.lineno() + line - 1,
          e.offset(),
          e.text(),
          e.endLineno() + line - 1,
          e.endOffset());
    }
  }

  /** The entry rule for an f-string field: {@code star_expressions} over the parenthesized text. */
  final Expr fstringExpression() {
    Expr e;
    try {
      e = starExpressions();
    } catch (Fail f) {
      Token at = tok(seen - 1);
      throw errorAt(at, "invalid syntax");
    }
    return e;
  }

  static List<Expr> none() {
    return List.of();
  }
}
