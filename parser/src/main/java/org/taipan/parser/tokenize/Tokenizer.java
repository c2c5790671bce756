package org.taipan.parser.tokenize;

import static org.taipan.parser.tokenize.TokenKind.*;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.taipan.parser.PythonSyntaxError;


/**
 * Python 3.11's tokenizer, the counterpart of CPython's {@code Parser/tokenizer.c}: turns decoded
 * source into tokens on demand, tracking indentation (INDENT/DEDENT, IndentationError, TabError),
 * bracket nesting (implicit line joining, mismatched and too deeply nested brackets), explicit
 * line continuation, and the lexical forms of names, numbers and string literals. Errors are
 * raised as {@link PythonSyntaxError} with CPython's messages and positions.
 */
public final class Tokenizer {
  private static final int TABSIZE = 8;
  private static final int MAXINDENT = 100;
  private static final int MAXLEVEL = 200;

  private final String filename;
  private final char[] s;
  /** Length of the source, which always ends with a newline when it is not empty. */
  private final int n;
  /** Length of the source as given, before the implicit final newline. */
  private final int givenLength;

  private final boolean ascii;
  private int pos;
  private int lineno = 1;
  private int lineStart;
  private boolean atBol = true;

  private final int[] indStack = new int[MAXINDENT + 1];
  private final int[] altStack = new int[MAXINDENT + 1];
  private int indent;
  private int pendin;

  private int level;
  private final char[] parenChar = new char[MAXLEVEL];
  private final int[] parenLine = new int[MAXLEVEL];
  private final int[] parenPos = new int[MAXLEVEL];
  private final int[] parenLineStart = new int[MAXLEVEL];
  private boolean emittedNewline = true;
  private boolean done;

  /**
   * A tokenizer over decoded source text.
   *
   * @param source the source; a final newline is added when missing, as CPython does
   */
  public Tokenizer(String source, String filename) {
    this.filename = filename;
    this.givenLength = source.length();
    if (!source.isEmpty() && source.charAt(source.length() - 1) != '\n') {
      source = source + "\n";
    }
    this.s = source.toCharArray();
    this.n = s.length;
    boolean a = true;
    for (char c : s) {
      if (c >= 0x80) {
        a = false;
        break;
      }
    }
    this.ascii = a;
  }

  private boolean byteOffsetErrors;
  private boolean failed;

  /**
   * Whether errors found by the parser report UTF-8 byte offsets (CPython's behaviour for bytes
   * input without a declared encoding) rather than character offsets.
   */
  public void setByteOffsetErrors(boolean b) {
    byteOffsetErrors = b;
  }

  /** See {@link #setByteOffsetErrors}. */
  public boolean byteOffsetErrors() {
    return byteOffsetErrors;
  }

  private boolean unclosedAtEof;
  private boolean statusError;

  /**
   * True if the tokenizer's error is one CPython's tokenizer reports by a status code rather than
   * an exception (indentation, TabError, line continuation): such errors found after a parser
   * error do not replace it.
   */
  public boolean statusError() {
    return statusError;
  }

  /** True if the tokenizer's error was "'(' was never closed" at the end of input. */
  public boolean unclosedAtEof() {
    return unclosedAtEof;
  }

  /** The line of the innermost open bracket, or 0. */
  public int innermostOpenBracketLine() {
    return level == 0 ? 0 : parenLine[level - 1];
  }

  /** True once the tokenizer has raised an error. */
  public boolean failed() {
    return failed;
  }

  private boolean typeComments;
  private final java.util.List<Object[]> typeIgnores = new java.util.ArrayList<>();

  /** Whether {@code # type:} comments become TYPE_COMMENT tokens (CPython's {@code type_comments=True}). */
  public void setTypeComments(boolean b) {
    typeComments = b;
  }

  /** The {@code # type: ignore} comments seen so far, as {lineno (Integer), tag (String)}. */
  public java.util.List<Object[]> typeIgnores() {
    return typeIgnores;
  }

  /**
   * If a comment at {@code p} starts with CPython's {@code "# type: "} prefix (each space
   * standing for any run of spaces and tabs), where the type text starts; else -1.
   */
  private int typeCommentStart(int p) {
    String prefix = "# type: ";
    int i = p;
    for (int k = 0; k < prefix.length(); k++) {
      char want = prefix.charAt(k);
      if (want == ' ') {
        while (i < n && (s[i] == ' ' || s[i] == '\t')) {
          i++;
        }
      } else if (i < n && s[i] == want) {
        i++;
      } else {
        return -1;
      }
    }
    return i;
  }

  /** For a type comment's text at {@code p..end}: the end of "ignore" if it is a type: ignore, else -1. */
  private int typeIgnoreEnd(int p, int end) {
    int e = p + 6;
    if (e > end || !new String(s, p, 6).equals("ignore")) {
      return -1;
    }
    if (e < end && (s[e] >= 0x80 || Character.isLetterOrDigit(s[e]))) {
      return -1;
    }
    return e;
  }

  /** The char index where the tokenizer stands (after the last token read). */
  public int position() {
    return pos;
  }

  /** Length of the source as given (without the implicit final newline). */
  public int givenLength() {
    return givenLength;
  }

  private boolean implicitNewlineHasNoColumn;

  private boolean fileInput;

  /**
   * For source read from a file ({@code python file.py}, imports): CPython then takes the text of
   * parser errors from the file itself and gives errors at the end of input offset 0.
   */
  public void setFileInput(boolean b) {
    fileInput = b;
  }

  /** Whether the source is read from a file, see {@link #setFileInput}. */
  public boolean fileInput() {
    return fileInput;
  }

  /** Whether {@code t} is a token the tokenizer made at the end of input. */
  public boolean atEndOfInput(Token t) {
    return t.start >= n - 1;
  }

  /**
   * For eval and single input, CPython adds no newline at the end of the source, so the
   * end-of-line token there has no column; errors at it fall at the end of the line.
   */
  public void setImplicitNewlineHasNoColumn(boolean b) {
    implicitNewlineHasNoColumn = b;
  }

  /** See {@link #setImplicitNewlineHasNoColumn}. */
  public boolean implicitNewlineHasNoColumn() {
    return implicitNewlineHasNoColumn;
  }

  /** The decoded source, with its implicit final newline. */
  public char[] source() {
    return s;
  }

  /** The file name used in errors. */
  public String filename() {
    return filename;
  }

  /** The current bracket nesting depth. */
  public int level() {
    return level;
  }

  /** The innermost open bracket, for "'(' was never closed": {char, line, charPos, lineStart}. */
  public int[] innermostOpenBracket() {
    if (level == 0) {
      return null;
    }
    int i = level - 1;
    return new int[] {parenChar[i], parenLine[i], parenPos[i], parenLineStart[i]};
  }

  /** The UTF-8 byte offset of char index {@code p} within the line starting at {@code ls}. */
  public int byteCol(int ls, int p) {
    if (ascii) {
      return p - ls;
    }
    int b = 0;
    for (int i = ls; i < p; i++) {
      char c = s[i];
      if (c < 0x80) {
        b++;
      } else if (c < 0x800) {
        b += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < p
          && Character.isLowSurrogate(s[i + 1])) {
        b += 4;
        i++;
      } else if (c >= 0xDC80 && c <= 0xDCFF) {
        b++;
      } else {
        b += 3;
      }
    }
    return b;
  }

  /** The 1-based character (code point) offset of char index {@code p} in the line at {@code ls}. */
  public int charOffset(int ls, int p) {
    if (ascii) {
      return p - ls + 1;
    }
    return Character.codePointCount(s, ls, Math.max(0, Math.min(p, n) - ls)) + 1;
  }

  /** The text of the line starting at char index {@code ls}, with its newline if it has one. */
  public String lineText(int ls) {
    int e = ls;
    while (e < n && s[e] != '\n') {
      e++;
    }
    // A file's last line keeps no newline the file did not have: CPython reads it from the file.
    if (e < n && !(fileInput && e >= givenLength)) {
      e++;
    }
    return new String(s, ls, e - ls);
  }

  /** The char index where line {@code line} (1-based) starts, or the end of source. */
  public int lineStartOf(int line) {
    int l = 1;
    int i = 0;
    while (l < line && i < n) {
      if (s[i++] == '\n') {
        l++;
      }
    }
    return i;
  }

  /** A syntax error at char index {@code p} of the line starting at {@code ls}. */
  public PythonSyntaxError error(String cls, String msg, int line, int ls, int p) {
    int off = charOffset(ls, p);
    return new PythonSyntaxError(cls, msg, filename, line, off, errorLineText(ls), line, off);
  }

  /**
   * The {@code text} of an error raised by CPython's tokenizer itself ({@code syntaxerror()} in
   * {@code Parser/tokenizer.c}): the line without its newline, unlike errors raised by the parser.
   */
  private String errorLineText(int ls) {
    String t = lineText(ls);
    return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
  }

  private PythonSyntaxError err(String msg, int p) {
    return error(PythonSyntaxError.SYNTAX_ERROR, msg, lineno, lineStart, p);
  }

  /** An error whose offset counts the characters before {@code p}, as CPython's tokenizer does after backing up. */
  private PythonSyntaxError errBefore(String msg, int p) {
    int off = charOffset(lineStart, p) - 1;
    return new PythonSyntaxError(
        PythonSyntaxError.SYNTAX_ERROR, msg, filename, lineno, off, errorLineText(lineStart), lineno, off);
  }

  private Token make(int kind, String text, int start, int startLine, int startLineStart) {
    return new Token(
        kind,
        text,
        startLine,
        byteCol(startLineStart, start),
        lineno,
        byteCol(lineStart, pos),
        start,
        pos,
        startLineStart,
        lineStart,
        level);
  }

  /** The next token; after ENDMARKER, ENDMARKER again. */
  public Token next() {
    try {
      return nextToken();
    } catch (PythonSyntaxError e) {
      failed = true;
      throw e;
    }
  }

  private Token nextToken() {
    while (true) {
      if (atBol) {
        atBol = false;
        if (readIndentation()) {
          continue;
        }
      }
      if (pendin != 0) {
        int kind;
        if (pendin < 0) {
          pendin++;
          kind = DEDENT;
        } else {
          pendin--;
          kind = INDENT;
        }
        return pos >= n ? eofToken(kind) : make(kind, "", pos, lineno, lineStart);
      }
      // Skip spaces, tabs and form feeds.
      char c = pos < n ? s[pos] : 0;
      while (pos < n && (c == ' ' || c == '\t' || c == '\f')) {
        c = ++pos < n ? s[pos] : 0;
      }
      if (pos >= n) {
        return endOfInput();
      }
      int start = pos;
      int newlineStart = start;
      if (c == '#') {
        int typeStart = typeComments ? typeCommentStart(pos) : -1;
        while (pos < n && s[pos] != '\n') {
          pos++;
        }
        if (typeStart >= 0) {
          int ignoreEnd = typeIgnoreEnd(typeStart, pos);
          if (ignoreEnd < 0) {
            return make(TYPE_COMMENT, new String(s, typeStart, pos - typeStart), typeStart, lineno, lineStart);
          }
          typeIgnores.add(new Object[] {lineno, new String(s, ignoreEnd, pos - ignoreEnd)});
        }
        // As in CPython, a NEWLINE after a comment starts where the comment does.
        if (pos >= n || level > 0) {
          continue;
        }
        c = s[pos];
      }
      if (c == '\n') {
        pos++;
        if (level > 0) {
          newLine();
          bufStart = lineStart;
          continue;
        }
        Token t = make(NEWLINE, "", newlineStart, lineno, lineStart);
        newLine();
        bufStart = lineStart;
        atBol = true;
        emittedNewline = true;
        return t;
      }
      if (c == '\r' && pos + 1 < n && s[pos + 1] == '\n') {
        // Sources normally arrive with universal newlines already applied; tolerate a lone CRLF.
        pos++;
        continue;
      }
      emittedNewline = false;
      if (isAsciiIdentStart(c) || c >= 0x80) {
        return identifierOrString(start);
      }
      if (c >= '0' && c <= '9') {
        return number(start);
      }
      if (c == '.') {
        if (pos + 1 < n && s[pos + 1] >= '0' && s[pos + 1] <= '9') {
          return number(start);
        }
        if (pos + 2 < n && s[pos + 1] == '.' && s[pos + 2] == '.') {
          pos += 3;
          return make(ELLIPSIS, "...", start, lineno, lineStart);
        }
        pos++;
        return make(DOT, ".", start, lineno, lineStart);
      }
      if (c == '"' || c == '\'') {
        return string(start, start);
      }
      if (c == '\\') {
        pos++;
        if (pos >= givenLength && level > 0) {
          // CPython's E_EOF inside brackets: the innermost one was never closed
          unclosedAtEof = true;
          throw unclosedError();
        }
        if (pos >= givenLength) {
          int off = charOffset(lineStart, pos);
          pos = n;
          statusError = true;
          throw new PythonSyntaxError(
              PythonSyntaxError.SYNTAX_ERROR,
              "unexpected EOF while parsing",
              filename,
              lineno,
              off,
              // a string's text is the tokenizer's buffer: the continued lines and the newline
              // CPython appends
              fileInput ? lineText(lineStart) : new String(s, bufStart, n - bufStart),
              lineno,
              -1);
        }
        if (s[pos] != '\n') {
          throw lineContinuationError();
        }
        pos++;
        if (pos >= n && level == 0) {
          // As CPython's tokenizer: a continuation line followed by the end of input.
          statusError = true;
          throw new PythonSyntaxError(
              PythonSyntaxError.SYNTAX_ERROR,
              "unexpected EOF while parsing",
              filename,
              lineno,
              charOffset(lineStart, pos) - 1,
              fileInput ? lineText(lineStart) : new String(s, bufStart, n - bufStart),
              lineno,
              -1);
        }
        newLine();
        continue;
      }
      return operator(start, c);
    }
  }

  /**
   * Where CPython's tokenizer buffer starts: the first physical line of the current logical line
   * (backslash continuations and multi-line strings do not start a new buffer).
   */
  private int bufStart;

  /** CPython's E_LINECONT: its offset counts from the start of the tokenizer's buffer. */
  private PythonSyntaxError lineContinuationError() {
    statusError = true;
    int off = Character.codePointCount(s, bufStart, Math.min(pos + 1, n) - bufStart);
    return new PythonSyntaxError(
        PythonSyntaxError.SYNTAX_ERROR,
        "unexpected character after line continuation character",
        filename,
        lineno,
        off,
        lineText(lineStart),
        lineno,
        0);
  }

  private void newLine() {
    lineno++;
    lineStart = pos;
  }

  /** A token at the end of input, placed on the final newline as CPython places it. */
  private Token eofToken(int kind) {
    if (n == 0) {
      return new Token(kind, "", 1, 0, 1, 0, 0, 0, 0, 0, level);
    }
    int ls = n - 1;
    while (ls > 0 && s[ls - 1] != '\n') {
      ls--;
    }
    int line = lineno - 1;
    int col = byteCol(ls, n - 1);
    return new Token(kind, "", line, col, line, col, n - 1, kind == DEDENT ? n : n - 1, ls, ls, level);
  }

  /** The line CPython reports as "detected at line N" at end of input: that of the final newline. */
  private int eofLine() {
    return n == 0 ? 1 : lineno - (pos >= n && s[n - 1] == '\n' ? 1 : 0);
  }

  private Token endOfInput() {
    if (!done) {
      done = true;
      if (!emittedNewline && level == 0) {
        emittedNewline = true;
        return eofToken(NEWLINE);
      }
    }
    if (level > 0) {
      // As CPython: reading the end of input inside brackets is an error.
      unclosedAtEof = true;
      throw unclosedError();
    }
    if (indent > 0) {
      indent--;
      return eofToken(DEDENT);
    }
    return eofToken(ENDMARKER);
  }

  /** The line of the innermost open bracket; only while {@link #level()} is positive. */
  public int innermostBracketLine() {
    return parenLine[level - 1];
  }

  /** CPython's "'(' was never closed" for the innermost open bracket. */
  public PythonSyntaxError unclosedError() {
    int i = level - 1;
    return new PythonSyntaxError(
        PythonSyntaxError.SYNTAX_ERROR,
        "'" + parenChar[i] + "' was never closed",
        filename,
        parenLine[i],
        charOffset(parenLineStart[i], parenPos[i]),
        // The parser takes the text from the tokenizer's buffer (with the newline) when the
        // bracket is on the last line read, else from the source string (without it).
        fileInput || parenLine[i] >= eofLine()
            ? lineText(parenLineStart[i])
            : errorLineText(parenLineStart[i]),
        parenLine[i],
        0);
  }

  /** Measures the indentation at the start of a line; returns true if the line was blank. */
  private boolean readIndentation() {
    int col = 0;
    int altcol = 0;
    int contLineCol = 0;
    int contLineAltcol = 0;
    bufStart = lineStart;
    while (pos < n) {
      char c = s[pos];
      if (c == ' ') {
        col++;
        altcol++;
      } else if (c == '\t') {
        col = (col / TABSIZE + 1) * TABSIZE;
        altcol = altcol + 1;
      } else if (c == '\f') {
        col = altcol = 0;
      } else if (c == '\\') {
        // A backslash in the indentation: the first one fixes the indentation of what follows.
        if (contLineCol == 0) {
          contLineCol = col;
          contLineAltcol = altcol;
        }
        pos++;
        if (pos >= n || s[pos] != '\n') {
          throw lineContinuationError();
        }
        pos++;
        newLine();
        if (pos >= givenLength) {
          statusError = true;
          throw new PythonSyntaxError(
              PythonSyntaxError.SYNTAX_ERROR,
              "unexpected EOF while parsing",
              filename,
              lineno - 1,
              // CPython's file reader has emptied its buffer here (no token started): offset 0.
              fileInput ? 0 : charOffset(bufStart, pos) - 1,
              lineText(bufStart),
              lineno - 1,
              -1);
        }
        continue;
      } else {
        break;
      }
      pos++;
    }
    if (contLineCol != 0) {
      col = contLineCol;
      altcol = contLineAltcol;
    }
    if (pos >= n) {
      // End of input: dedent to column 0.
      if (level == 0) {
        col = 0;
        altcol = 0;
      } else {
        return false;
      }
    } else {
      char c = s[pos];
      if (c == '#' && typeComments) {
        int typeStart = typeCommentStart(pos);
        if (typeStart >= 0) {
          int eol = pos;
          while (eol < n && s[eol] != '\n') {
            eol++;
          }
          int ignoreEnd = typeIgnoreEnd(typeStart, eol);
          if (ignoreEnd < 0) {
            // A type comment alone on its line is a token (and a NEWLINE) of its own.
            return false;
          }
          typeIgnores.add(new Object[] {lineno, new String(s, ignoreEnd, eol - ignoreEnd)});
        }
      }
      if (c == '#' || c == '\n') {
        // A blank line: its indentation means nothing. Skip it entirely.
        if (c == '\n') {
          pos++;
          newLine();
          bufStart = lineStart;
          atBol = true;
          return true;
        }
        while (pos < n && s[pos] != '\n') {
          pos++;
        }
        if (pos < n) {
          pos++;
          newLine();
          bufStart = lineStart;
        }
        atBol = true;
        return true;
      }
      if (c == '\r' && pos + 1 < n && s[pos + 1] == '\n') {
        pos += 2;
        newLine();
          bufStart = lineStart;
        atBol = true;
        return true;
      }
    }
    if (level > 0) {
      return false;
    }
    if (col == indStack[indent]) {
      if (altcol != altStack[indent]) {
        statusError = true;
        throw tabError();
      }
    } else if (col > indStack[indent]) {
      if (indent + 1 >= MAXINDENT) {
        statusError = true;
        throw new PythonSyntaxError(
            PythonSyntaxError.INDENTATION_ERROR,
            "too many levels of indentation",
            filename,
            lineno,
            1,
            lineText(lineStart),
            lineno,
            0);
      }
      if (altcol <= altStack[indent]) {
        statusError = true;
        throw tabError();
      }
      pendin++;
      indent++;
      indStack[indent] = col;
      altStack[indent] = altcol;
    } else {
      while (indent > 0 && col < indStack[indent]) {
        pendin--;
        indent--;
      }
      if (col != indStack[indent]) {
        String text = lineText(lineStart);
        // The offset counts the whole line in the tokenizer's buffer, newline included.
        String buffered = text.endsWith("\n") ? text : text + "\n";
        int off =
            byteOffsetErrors
                ? byteCol(lineStart, lineStart + buffered.length())
                : buffered.codePointCount(0, buffered.length());
        statusError = true;
        throw new PythonSyntaxError(
            PythonSyntaxError.INDENTATION_ERROR,
            "unindent does not match any outer indentation level",
            filename,
            lineno,
            off,
            text,
            lineno,
            -1);
      }
      if (altcol != altStack[indent]) {
        statusError = true;
        throw tabError();
      }
    }
    return false;
  }

  private PythonSyntaxError tabError() {
    return new PythonSyntaxError(
        PythonSyntaxError.TAB_ERROR,
        "inconsistent use of tabs and spaces in indentation",
        filename,
        lineno,
        1,
        lineText(lineStart),
        lineno,
        0);
  }

  private static boolean isAsciiIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isAsciiIdentChar(char c) {
    return isAsciiIdentStart(c) || (c >= '0' && c <= '9');
  }

  private Token identifierOrString(int start) {
    boolean nonAscii = false;
    while (pos < n) {
      char c = s[pos];
      if (isAsciiIdentChar(c)) {
        pos++;
      } else if (c >= 0x80) {
        nonAscii = true;
        pos++;
      } else {
        break;
      }
    }
    if (pos < n && (s[pos] == '"' || s[pos] == '\'') && !nonAscii && isStringPrefix(start, pos)) {
      int prefixEnd = pos;
      return string(start, prefixEnd);
    }
    String text = new String(s, start, pos - start);
    if (nonAscii) {
      text = verifyIdentifier(start, text);
      return make(NAME, text, start, lineno, lineStart);
    }
    return make(keywordKind(text), text, start, lineno, lineStart);
  }

  private boolean isStringPrefix(int from, int to) {
    int len = to - from;
    if (len > 2) {
      return false;
    }
    boolean r = false;
    boolean b = false;
    boolean u = false;
    boolean f = false;
    for (int i = from; i < to; i++) {
      switch (s[i]) {
        case 'r', 'R' -> {
          if (r) {
            return false;
          }
          r = true;
        }
        case 'b', 'B' -> {
          if (b) {
            return false;
          }
          b = true;
        }
        case 'u', 'U' -> {
          if (u) {
            return false;
          }
          u = true;
        }
        case 'f', 'F' -> {
          if (f) {
            return false;
          }
          f = true;
        }
        default -> {
          return false;
        }
      }
    }
    if (u && len > 1) {
      return false;
    }
    return !(b && f);
  }

  private String verifyIdentifier(int start, String text) {
    if (Utf8.hasEscapedByte(text)) {
      String line = lineText(lineStart);
      int off = byteCol(lineStart, pos);
      if (!byteOffsetErrors) {
        // With a known encoding (BOM or declaration), CPython decodes the line with replacement
        // characters, then converts the error's byte offset (the end of the identifier) into
        // characters of that text's UTF-8 form.
        line = new String(Utf8.encodeSurrogateEscape(line), StandardCharsets.UTF_8);
        byte[] replaced = line.getBytes(StandardCharsets.UTF_8);
        int bytes = Math.min(byteCol(lineStart, pos), replaced.length);
        String prefix = new String(replaced, 0, bytes, StandardCharsets.UTF_8);
        off = prefix.codePointCount(0, prefix.length());
      }
      throw new PythonSyntaxError(
          PythonSyntaxError.SYNTAX_ERROR,
          "(unicode error) " + Utf8.decodeErrorMessage(text),
          filename,
          lineno,
          off,
          line,
          lineno,
          -1);
    }
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      boolean ok =
          i == 0
              ? UnicodeTables.isIdentifierStart(cp)
              : UnicodeTables.isIdentifierContinue(cp);
      if (!ok) {
        pos = start + i + Character.charCount(cp);
        String shown = new String(Character.toChars(cp));
        String msg =
            !UnicodeTables.isPrintable(cp)
                ? String.format("invalid non-printable character U+%04X", cp)
                : String.format("invalid character '%s' (U+%04X)", shown, cp);
        throw err(msg, start + i);
      }
      i += Character.charCount(cp);
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  private Token string(int start, int quotePos) {
    int startLine = lineno;
    int startLineStart = lineStart;
    char q = s[quotePos];
    pos = quotePos + 1;
    boolean triple = pos + 1 < n && s[pos] == q && s[pos + 1] == q;
    if (triple) {
      pos += 2;
      while (true) {
        if (pos >= givenLength) {
          throw error(
              PythonSyntaxError.SYNTAX_ERROR,
              "unterminated triple-quoted string literal (detected at line " + eofLine() + ")",
              startLine,
              startLineStart,
              start);
        }
        char c = s[pos++];
        if (c == q && pos + 1 < n && s[pos] == q && s[pos + 1] == q) {
          pos += 2;
          break;
        }
        if (c == '\\' && pos < n) {
          c = s[pos++];
        }
        if (c == '\n') {
          newLine();
        }
      }
    } else {
      while (true) {
        if (pos >= n || s[pos] == '\n') {
          throw error(
              PythonSyntaxError.SYNTAX_ERROR,
              "unterminated string literal (detected at line " + lineno + ")",
              startLine,
              startLineStart,
              start);
        }
        char c = s[pos++];
        if (c == q) {
          break;
        }
        if (c == '\\' && pos < n) {
          c = s[pos++];
          if (c == '\n') {
            if (pos >= givenLength) {
              throw error(
                  PythonSyntaxError.SYNTAX_ERROR,
                  "unterminated string literal (detected at line " + lineno + ")",
                  startLine,
                  startLineStart,
                  start);
            }
            newLine();
          }
        }
      }
    }
    return make(STRING, new String(s, start, pos - start), start, startLine, startLineStart);
  }

  private boolean isDigit(int p) {
    return p < n && s[p] >= '0' && s[p] <= '9';
  }

  /** Reads decimal digits with single underscores between them, starting at a digit. */
  private void decimalTail() {
    while (true) {
      while (isDigit(pos)) {
        pos++;
      }
      if (pos < n && s[pos] == '_') {
        pos++;
        if (!isDigit(pos)) {
          throw errBefore("invalid decimal literal", pos);
        }
      } else {
        return;
      }
    }
  }

  private Token number(int start) {
    char c = s[pos];
    if (c == '0' && pos + 1 < n && "xXoObB".indexOf(s[pos + 1]) >= 0) {
      char k = Character.toLowerCase(s[pos + 1]);
      pos += 2;
      String kindName = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
      boolean any = false;
      while (true) {
        if (pos < n && s[pos] == '_') {
          pos++;
        }
        if (pos < n && isRadixDigit(k, s[pos])) {
          any = true;
          while (pos < n && isRadixDigit(k, s[pos])) {
            pos++;
          }
        } else {
          if (pos < n && k != 'x' && isDigit(pos)) {
            throw err("invalid digit '" + s[pos] + "' in " + kindName + " literal", pos);
          }
          if (!any || s[pos - 1] == '_') {
            throw errBefore("invalid " + kindName + " literal", pos);
          }
          break;
        }
      }
      if (pos < n && k != 'x' && isDigit(pos)) {
        throw err("invalid digit '" + s[pos] + "' in " + kindName + " literal", pos);
      }
      verifyEndOfNumber(start, kindName);
      return make(NUMBER, new String(s, start, pos - start), start, lineno, lineStart);
    }
    boolean isFloat = false;
    if (c == '.') {
      pos++;
      decimalTail();
      isFloat = true;
    } else {
      boolean leadingZero = c == '0';
      decimalTail();
      boolean nonZero = false;
      if (leadingZero) {
        for (int i = start; i < pos; i++) {
          if (s[i] != '0' && s[i] != '_') {
            nonZero = true;
          }
        }
      }
      if (pos < n && s[pos] == '.') {
        pos++;
        isFloat = true;
        if (isDigit(pos)) {
          decimalTail();
        }
      } else if (leadingZero && nonZero && !(pos < n && "eEjJ".indexOf(s[pos]) >= 0)) {
        int zeroEnd = start;
        while (zeroEnd < pos && (s[zeroEnd] == '0' || s[zeroEnd] == '_')) {
          zeroEnd++;
        }
        throw new PythonSyntaxError(
            PythonSyntaxError.SYNTAX_ERROR,
            "leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers",
            filename,
            lineno,
            charOffset(lineStart, start),
            errorLineText(lineStart),
            lineno,
            charOffset(lineStart, pos));
      }
    }
    if (pos < n && (s[pos] == 'e' || s[pos] == 'E')) {
      int save = pos;
      pos++;
      if (pos < n && (s[pos] == '+' || s[pos] == '-')) {
        pos++;
        if (!isDigit(pos)) {
          throw errBefore("invalid decimal literal", pos);
        }
      } else if (!isDigit(pos)) {
        pos = save;
        verifyEndOfNumber(start, "decimal");
        return make(NUMBER, new String(s, start, pos - start), start, lineno, lineStart);
      }
      decimalTail();
    }
    if (pos < n && (s[pos] == 'j' || s[pos] == 'J')) {
      pos++;
      verifyEndOfNumber(start, "imaginary");
    } else {
      verifyEndOfNumber(start, "decimal");
    }
    return make(NUMBER, new String(s, start, pos - start), start, lineno, lineStart);
  }

  private static boolean isRadixDigit(char k, char c) {
    return switch (k) {
      case 'x' -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      case 'o' -> c >= '0' && c <= '7';
      default -> c == '0' || c == '1';
    };
  }

  /**
   * As CPython's {@code verify_end_of_number}: a number directly followed by a name is an error,
   * except before the keywords that 3.11 still tolerates there ({@code 1if x else y}).
   */
  private void verifyEndOfNumber(int start, String kindName) {
    if (pos >= n) {
      return;
    }
    char c = s[pos];
    if (!(isAsciiIdentChar(c) || c >= 0x80)) {
      return;
    }
    boolean keyword = false;
    if (c == 'i') {
      // CPython only peeks at one more character here.
      char c2 = pos + 1 < n ? s[pos + 1] : 0;
      keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else {
      String[] allowed = {"and", "else", "for", "not", "or"};
      for (String kw : allowed) {
        if (startsWith(pos, kw)) {
          int after = pos + kw.length();
          if (after >= n || !(isAsciiIdentChar(s[after]) || s[after] >= 0x80)) {
            keyword = true;
          }
        }
      }
    }
    String msg = "invalid " + kindName + " literal";
    if (keyword) {
      // still allowed before these keywords in 3.11, with a SyntaxWarning
      org.taipan.parser.Parser.WarningHandler h = org.taipan.parser.Parser.warningHandler();
      if (h != null && h.warn(msg, filename, lineno)) {
        throw errBefore(msg, pos);
      }
      return;
    }
    throw errBefore(msg, pos);
  }

  private boolean startsWith(int p, String w) {
    if (p + w.length() > n) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (s[p + i] != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private Token operator(int start, char c) {
    char c2 = pos + 1 < n ? s[pos + 1] : 0;
    char c3 = pos + 2 < n ? s[pos + 2] : 0;
    int kind;
    int len = 2;
    switch (c) {
      case '(', '[', '{' -> {
        if (level >= MAXLEVEL) {
          throw err("too many nested parentheses", pos);
        }
        parenChar[level] = c;
        parenLine[level] = lineno;
        parenPos[level] = pos;
        parenLineStart[level] = lineStart;
        level++;
        pos++;
        kind = c == '(' ? LPAR : c == '[' ? LSQB : LBRACE;
        return make(kind, String.valueOf(c), start, lineno, lineStart);
      }
      case ')', ']', '}' -> {
        if (level == 0) {
          throw err("unmatched '" + c + "'", pos);
        }
        level--;
        char open = parenChar[level];
        if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}')) {
          String msg =
              parenLine[level] != lineno
                  ? "closing parenthesis '"
                      + c
                      + "' does not match opening parenthesis '"
                      + open
                      + "' on line "
                      + parenLine[level]
                  : "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
          throw err(msg, pos);
        }
        pos++;
        kind = c == ')' ? RPAR : c == ']' ? RSQB : RBRACE;
        return make(kind, String.valueOf(c), start, lineno, lineStart);
      }
      default -> {}
    }
    kind = -1;
    switch (c) {
      case '*' -> {
        if (c2 == '*') {
          if (c3 == '=') {
            kind = DOUBLESTAREQUAL;
            len = 3;
          } else {
            kind = DOUBLESTAR;
          }
        } else if (c2 == '=') {
          kind = STAREQUAL;
        } else {
          kind = STAR;
          len = 1;
        }
      }
      case '/' -> {
        if (c2 == '/') {
          if (c3 == '=') {
            kind = DOUBLESLASHEQUAL;
            len = 3;
          } else {
            kind = DOUBLESLASH;
          }
        } else if (c2 == '=') {
          kind = SLASHEQUAL;
        } else {
          kind = SLASH;
          len = 1;
        }
      }
      case '<' -> {
        if (c2 == '<') {
          if (c3 == '=') {
            kind = LEFTSHIFTEQUAL;
            len = 3;
          } else {
            kind = LEFTSHIFT;
          }
        } else if (c2 == '=') {
          kind = LESSEQUAL;
        } else if (c2 == '>') {
          kind = NOTEQUAL;
        } else {
          kind = LESS;
          len = 1;
        }
      }
      case '>' -> {
        if (c2 == '>') {
          if (c3 == '=') {
            kind = RIGHTSHIFTEQUAL;
            len = 3;
          } else {
            kind = RIGHTSHIFT;
          }
        } else if (c2 == '=') {
          kind = GREATEREQUAL;
        } else {
          kind = GREATER;
          len = 1;
        }
      }
      case '=' -> {
        kind = c2 == '=' ? EQEQUAL : EQUAL;
        len = c2 == '=' ? 2 : 1;
      }
      case '!' -> {
        kind = c2 == '=' ? NOTEQUAL : EXCLAMATION;
        len = c2 == '=' ? 2 : 1;
      }
      case '+' -> {
        kind = c2 == '=' ? PLUSEQUAL : PLUS;
        len = c2 == '=' ? 2 : 1;
      }
      case '-' -> {
        if (c2 == '=') {
          kind = MINEQUAL;
        } else if (c2 == '>') {
          kind = RARROW;
        } else {
          kind = MINUS;
          len = 1;
        }
      }
      case '%' -> {
        kind = c2 == '=' ? PERCENTEQUAL : PERCENT;
        len = c2 == '=' ? 2 : 1;
      }
      case '&' -> {
        kind = c2 == '=' ? AMPEREQUAL : AMPER;
        len = c2 == '=' ? 2 : 1;
      }
      case '|' -> {
        kind = c2 == '=' ? VBAREQUAL : VBAR;
        len = c2 == '=' ? 2 : 1;
      }
      case '^' -> {
        kind = c2 == '=' ? CIRCUMFLEXEQUAL : CIRCUMFLEX;
        len = c2 == '=' ? 2 : 1;
      }
      case '@' -> {
        kind = c2 == '=' ? ATEQUAL : AT;
        len = c2 == '=' ? 2 : 1;
      }
      case ':' -> {
        kind = c2 == '=' ? COLONEQUAL : COLON;
        len = c2 == '=' ? 2 : 1;
      }
      case ',' -> {
        kind = COMMA;
        len = 1;
      }
      case ';' -> {
        kind = SEMI;
        len = 1;
      }
      case '~' -> {
        kind = TILDE;
        len = 1;
      }
      default -> {
        kind = ERRORTOKEN;
        len = 1;
        if ((c < ' ' && c != '\t' && c != '\f') || c == 0x7f) {
          throw err(String.format("invalid non-printable character U+%04X", (int) c), pos);
        }
      }
    }
    pos += len;
    return make(kind, new String(s, start, len), start, lineno, lineStart);
  }
}
