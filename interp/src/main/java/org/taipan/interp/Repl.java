package org.taipan.interp;

import org.taipan.object.PyDict;
import org.taipan.object.PyException;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Interactive;

/**
 * The interactive prompt, a first form of CPython's {@code PyRun_InteractiveLoop} ({@code
 * Python/pythonrun.c}): prompts on standard error, statements compiled in {@code single} mode so
 * expression values are printed by {@code sys.displayhook}, tracebacks printed and the loop
 * continued. A statement continues on further lines while it opens a block or leaves a bracket
 * open, until an empty line.
 */
final class Repl {
  private Repl() {}

  static int run(InterpreterState in, PyDict main) {
    in.sys.put("ps1", ">>> ");
    in.sys.put("ps2", "... ");
    StandardStreams.writeErr(in,
        "Python 3.11.3 (taipan) [Java " + System.getProperty("java.version") + "] on linux\n"
            + "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
    while (true) {
      StandardStreams.flushStdout(in);
      StandardStreams.writeErr(in, ">>> ");
      String line = readLine(in);
      if (line.isEmpty()) {
        StandardStreams.writeErr(in, "\n");
        return 0;
      }
      StringBuilder src = new StringBuilder(line);
      if (needsMore(line, src)) {
        while (true) {
          StandardStreams.writeErr(in, "... ");
          String more = readLine(in);
          if (more.isEmpty() || more.strip().isEmpty()) {
            break;
          }
          src.append(more);
        }
      }
      if (src.toString().strip().isEmpty()) {
        continue;
      }
      try {
        Interactive mod;
        try {
          mod = (Interactive) Parser.parse(src.toString(), "<stdin>", Mode.SINGLE);
        } catch (PythonSyntaxError e) {
          throw Execution.syntaxError(e);
        }
        PyCode code = Compiler.compileInteractive(mod, "<stdin>");
        Interpreter.run(new PyFrame(code, main, in.builtins, main));
      } catch (PyException e) {
        if (e.matches(org.taipan.object.PyExc.SystemExit)) {
          return Execution.handleUncaught(in, e);
        }
        Execution.handleUncaught(in, e);
      } catch (PythonSyntaxError e) {
        Execution.handleUncaught(in, Execution.syntaxError(e));
      }
    }
  }

  /** {@code sys.stdin.readline()}: one line with its newline, empty at end of input. */
  private static String readLine(InterpreterState in) {
    Object stdin = in.sys.getDict().get("stdin");
    if (stdin == null || stdin == org.taipan.object.PyNone.NONE) {
      return "";
    }
    return org.taipan.object.PyUnicode.asJavaString(
        org.taipan.object.Abstract.callMethod(stdin, "readline"));
  }

  /** Whether the first line of a statement asks for continuation lines. */
  private static boolean needsMore(String line, StringBuilder src) {
    String t = line.strip();
    if (t.endsWith(":") || t.endsWith("\\")) {
      return true;
    }
    int depth = 0;
    for (char c : src.toString().toCharArray()) {
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
    }
    return depth > 0 || t.startsWith("@");
  }
}
