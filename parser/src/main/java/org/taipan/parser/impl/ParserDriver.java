package org.taipan.parser.impl;

import static org.taipan.parser.tokenize.TokenKind.*;

import org.taipan.parser.Mode;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.tokenize.Token;
import org.taipan.parser.tokenize.Tokenizer;

/**
 * Runs the parser on decoded source and turns a failed parse into CPython's error, as {@code
 * _PyPegen_run_parser}, {@code _PyPegen_set_syntax_error} and {@code
 * _PyPegen_tokenize_full_source_to_check_for_errors} in CPython's {@code Parser/pegen.c} and
 * {@code pegen_errors.c}: unexpected indents, "invalid syntax" at the furthest token read, and
 * tokenizer errors later in the file (including brackets never closed) taking precedence over
 * parser errors. Internal: use {@link org.taipan.parser.Parser}.
 */
public final class ParserDriver {
  private ParserDriver() {}

  /** Parses decoded source with universal newlines already applied. */
  public static Mod parse(String src, String filename, Mode mode, boolean byteOffsets) {
    return parse(src, filename, mode, byteOffsets, false);
  }

  /** Parses decoded source; {@code typeComments} as CPython's {@code ast.parse(type_comments=True)}. */
  public static Mod parse(String src, String filename, Mode mode, boolean byteOffsets, boolean typeComments) {
    return parse(src, filename, mode, byteOffsets, typeComments, false);
  }

  /** As above; {@code fileInput} for source read from a file (see {@link Tokenizer#setFileInput}). */
  public static Mod parse(
      String src, String filename, Mode mode, boolean byteOffsets, boolean typeComments, boolean fileInput) {
    Tokenizer tz = new Tokenizer(src, filename);
    tz.setFileInput(fileInput);
    tz.setTypeComments(typeComments);
    tz.setByteOffsetErrors(byteOffsets);
    tz.setImplicitNewlineHasNoColumn(mode != Mode.EXEC);
    StatementParser p = new StatementParser(tz);
    try {
      return switch (mode) {
        case EXEC -> p.file();
        case EVAL -> p.eval();
        case SINGLE -> p.interactive();
        case FUNC_TYPE -> p.funcType();
      };
    } catch (ParserBase.Fail f) {
      throw genericError(p, tz);
    } catch (PythonSyntaxError e) {
      if (tz.failed()) {
        throw e;
      }
      throw checkRest(p, tz, e);
    }
  }

  /**
   * A tokenizer error later in the file replaces a parser error; so does a bracket left open at
   * the end of input, if it was opened on a line before the furthest token the parser read.
   */
  private static PythonSyntaxError checkRest(StatementParser p, Tokenizer tz, PythonSyntaxError e) {
    int furthestLine = p.tok(Math.max(0, p.seen - 1)).lineno;
    try {
      Token t;
      do {
        t = tz.next();
      } while (t.kind != ENDMARKER);
    } catch (PythonSyntaxError later) {
      if (tz.unclosedAtEof()) {
        return furthestLine > later.lineno() ? later : e;
      }
      // A tokenizer error that CPython signals by status only (no exception set: a bad line
      // continuation, say) inside brackets opened before the error's line: CPython then reports
      // the innermost bracket as never closed.
      if (tz.statusError() && tz.level() > 0 && e.lineno() > tz.innermostBracketLine()) {
        return tz.unclosedError();
      }
      return tz.statusError() ? e : later;
    }
    return e;
  }

  private static PythonSyntaxError genericError(StatementParser p, Tokenizer tz) {
    Token last = p.tok(Math.max(0, p.seen - 1));
    if (last.kind == INDENT) {
      return unexpectedIndent(tz, last);
    }
    if (last.kind == DEDENT) {
      return p.errorSpan(PythonSyntaxError.INDENTATION_ERROR, "unexpected unindent", last, last);
    }
    if (last.kind == ENDMARKER) {
      // CPython's ENDMARKER has no column (-1), so "invalid syntax" there has offsets 0.
      return checkRest(
          p,
          tz,
          new PythonSyntaxError(
              PythonSyntaxError.SYNTAX_ERROR,
              "invalid syntax",
              tz.filename(),
              last.lineno,
              0,
              tz.lineText(last.lineStart),
              last.lineno,
              0));
    }
    return checkRest(p, tz, p.errorAt(last, "invalid syntax"));
  }

  /** CPython's "unexpected indent": the offset counts the indentation's characters. */
  static PythonSyntaxError unexpectedIndent(Tokenizer tz, Token indent) {
    int off = tz.charOffset(indent.lineStart, indent.start) - 1;
    return new PythonSyntaxError(
        PythonSyntaxError.INDENTATION_ERROR,
        "unexpected indent",
        tz.filename(),
        indent.lineno,
        off,
        tz.lineText(indent.lineStart),
        indent.lineno,
        -1);
  }
}
