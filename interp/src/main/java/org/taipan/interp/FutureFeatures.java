package org.taipan.interp;

import java.util.List;
import java.util.Set;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Alias;
import org.taipan.parser.ast.Constant;
import org.taipan.parser.ast.ExprStmt;
import org.taipan.parser.ast.ImportFrom;
import org.taipan.parser.ast.Stmt;

/**
 * The {@code from __future__ import ...} statements at the top of a module, as CPython's {@code
 * Python/future.c} finds them before compiling: each feature must be one Python knows, and a
 * future import that a semicolon-joined line puts after another statement is refused here. The
 * compiler refuses later future imports ({@link #lineno}).
 */
final class FutureFeatures {
  /** The features of {@code __future__}; all but {@code annotations} are in effect anyway. */
  private static final Set<String> KNOWN =
      Set.of(
          "nested_scopes", "generators", "division", "absolute_import", "with_statement",
          "print_function", "unicode_literals", "generator_stop", "barry_as_FLUFL",
          "annotations");

  /** The line of the last future import of the module's header, or -1 ({@code ff_lineno}). */
  final int lineno;

  private FutureFeatures(int lineno) {
    this.lineno = lineno;
  }

  /** {@code _PyFuture_FromAST}: checks the module's leading future imports. */
  static FutureFeatures of(List<Stmt> body, String filename) {
    boolean done = false;
    boolean first = true;
    int prevLine = 0;
    int lineno = -1;
    for (Stmt s : body) {
      if (done && s.lineno() > prevLine) {
        break;
      }
      prevLine = s.lineno();
      if (s instanceof ImportFrom im) {
        if ("__future__".equals(im.module())) {
          if (done) {
            throw locationError(
                "from __future__ imports must occur at the beginning of the file",
                filename, im.lineno(), im.colOffset());
          }
          checkFeatures(im, filename);
          lineno = im.lineno();
        } else {
          done = true;
        }
      } else if (first && s instanceof ExprStmt e && e.value() instanceof Constant c
          && org.taipan.object.PyUnicode.isStr(ExprCompiler.constantValue(c.value()))) {
        // the docstring
      } else {
        done = true;
      }
      first = false;
    }
    return new FutureFeatures(lineno);
  }

  private static void checkFeatures(ImportFrom im, String filename) {
    for (Alias a : im.names()) {
      String name = a.name();
      if (KNOWN.contains(name)) {
        continue;
      }
      String msg =
          name.equals("braces") ? "not a chance" : "future feature " + name + " is not defined";
      throw locationError(msg, filename, im.lineno(), im.colOffset() + 1);
    }
  }

  /** {@code PyErr_SyntaxLocationObject}: a line and offset, no end offset, no text here. */
  private static PythonSyntaxError locationError(
      String msg, String filename, int lineno, int offset) {
    return new PythonSyntaxError(
        PythonSyntaxError.SYNTAX_ERROR, msg, filename, lineno, offset, null, lineno,
        PythonSyntaxError.NO_END_OFFSET);
  }
}
