package org.taipan.parser.impl;

import static org.taipan.parser.tokenize.TokenKind.*;

import org.taipan.parser.Mode;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.tokenize.Token;
import org.taipan.parser.tokenize.Tokenizer;

/**
 * Runs the parser on decoded source and turns a failed parse into CPython's generic error, as
 * {@code _PyPegen_run_parser} and {@code _PyPegen_set_syntax_error} in {@code Parser/pegen.c} /
 * {@code pegen_errors.c}: unclosed brackets at end of input, unexpected indents, "invalid syntax"
 * at the furthest token read, and tokenizer errors later in the file taking precedence.
 * Internal: use {@link org.taipan.parser.Parser}.
 */
public final class ParserDriver {
  private ParserDriver() {}

  /** Parses decoded source with universal newlines already applied. */
  public static Mod parse(String src, String filename, Mode mode) {
    Tokenizer tz = new Tokenizer(src, filename);
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
      throw e;
    }
  }

  private static PythonSyntaxError genericError(StatementParser p, Tokenizer tz) {
    Token last = p.tok(Math.max(0, p.fill - 1));
    if (last.kind == ERRORTOKEN && last.text.isEmpty()) {
      int[] open = tz.innermostOpenBracket();
      if (open != null) {
        return tz.error(
            PythonSyntaxError.SYNTAX_ERROR,
            "'" + (char) open[0] + "' was never closed",
            open[1],
            open[3],
            open[2]);
      }
    }
    if (last.kind == INDENT) {
      return p.errorSpan(PythonSyntaxError.INDENTATION_ERROR, "unexpected indent", last, last);
    }
    if (last.kind == DEDENT) {
      return p.errorSpan(PythonSyntaxError.INDENTATION_ERROR, "unexpected unindent", last, last);
    }
    PythonSyntaxError generic = p.errorAt(last, "invalid syntax");
    // A tokenizer error anywhere later in the file wins over the generic message.
    try {
      Token t;
      do {
        t = tz.next();
      } while (t.kind != ENDMARKER && !(t.kind == ERRORTOKEN && t.text.isEmpty()));
    } catch (PythonSyntaxError e) {
      return e;
    }
    return generic;
  }
}
