package org.taipan.interp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.object.Abstract;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyTraceback;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.ast.BinOp;
import org.taipan.parser.ast.ExprStmt;
import org.taipan.parser.ast.Module;
import org.taipan.parser.ast.Subscript;

/**
 * Formats an uncaught exception as CPython 3.11 prints it ({@code Python/pythonrun.c}'s {@code
 * print_exception} with {@code Python/traceback.c}; the same rules as {@code traceback.py}): the
 * chain of causes and contexts, {@code Traceback (most recent call last):}, each frame's file,
 * line and function, the source line with {@code ^}/{@code ~} markers, collapsed recursion, and
 * the exception line (SyntaxErrors with their location and caret).
 */
final class TracebackPrinter {
  private TracebackPrinter() {}

  private static final int RECURSIVE_CUTOFF = 3;
  private static final Map<String, String[]> SOURCE_CACHE =
      Collections.synchronizedMap(new HashMap<>());

  /** The full report for an exception object. */
  static String format(Object exc) {
    StringBuilder sb = new StringBuilder();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    chain(sb, exc, seen);
    return sb.toString();
  }

  private static void chain(StringBuilder sb, Object value, Set<Object> seen) {
    seen.add(value);
    if (value instanceof PyBaseException e) {
      Object cause = e.cause;
      Object context = e.context;
      if (cause != null && !seen.contains(cause)) {
        chain(sb, cause, seen);
        sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
      } else if (cause == null && context != null && !e.suppressContext
          && !seen.contains(context)) {
        chain(sb, context, seen);
        sb.append(
            "\nDuring handling of the above exception, another exception occurred:\n\n");
      }
      if (e.traceback != null) {
        sb.append("Traceback (most recent call last):\n");
        formatTraceback(sb, e.traceback);
      }
    }
    formatExceptionOnly(sb, value);
  }

  private static void formatTraceback(StringBuilder sb, PyTraceback tb) {
    String lastFile = null;
    int lastLine = -1;
    String lastName = null;
    int count = 0;
    for (PyTraceback t = tb; t != null; t = t.next) {
      PyFrame f = (PyFrame) t.frame;
      String file = f.code.filename;
      String name = f.code.name;
      int line = t.lineno;
      if (lastFile == null || !lastFile.equals(file) || lastLine != line
          || !lastName.equals(name)) {
        repeated(sb, count);
        lastFile = file;
        lastLine = line;
        lastName = name;
        count = 0;
      }
      count++;
      if (count > RECURSIVE_CUTOFF) {
        continue;
      }
      formatFrame(sb, f.code, t.lasti, line);
    }
    repeated(sb, count);
  }

  private static void repeated(StringBuilder sb, int count) {
    if (count > RECURSIVE_CUTOFF) {
      count -= RECURSIVE_CUTOFF;
      sb.append("  [Previous line repeated ").append(count).append(" more time")
          .append(count > 1 ? "s" : "").append("]\n");
    }
  }

  private static String[] sourceLines(String filename) {
    if (filename.startsWith("<") && filename.endsWith(">")) {
      return null;
    }
    return SOURCE_CACHE.computeIfAbsent(filename, fn -> {
      String src = Importer.readSource(fn);
      return src == null ? new String[0] : src.split("\n", -1);
    });
  }

  private static int byteToChar(String line, int byteOffset) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    if (byteOffset >= b.length) {
      return line.length() + (byteOffset - b.length);
    }
    return new String(b, 0, Math.max(0, byteOffset), StandardCharsets.UTF_8).length();
  }

  private static void formatFrame(StringBuilder sb, PyCode code, int lasti, int lineno) {
    sb.append("  File \"").append(code.filename).append("\", line ").append(lineno)
        .append(", in ").append(code.name).append('\n');
    String[] lines = sourceLines(code.filename);
    if (lines == null || lineno < 1 || lineno > lines.length) {
      return;
    }
    String original = lines[lineno - 1];
    if (original.endsWith("\r")) {
      original = original.substring(0, original.length() - 1);
    }
    String stripped = original.strip();
    if (stripped.isEmpty()) {
      return;
    }
    sb.append("    ").append(stripped).append('\n');
    int[] pos = code.positions;
    if (lasti < 0 || 4 * lasti + 3 >= pos.length) {
      return;
    }
    int startLine = pos[4 * lasti];
    int endLine = pos[4 * lasti + 1];
    int col = pos[4 * lasti + 2];
    int endCol = pos[4 * lasti + 3];
    if (col < 0 || endCol < 0 || startLine != lineno) {
      return;
    }
    // as traceback.py: the line as linecache returns it ends with a newline, which counts here
    int strippedChars = original.length() + 1 - stripped.length();
    int start = byteToChar(original, col) + 1;
    int end = byteToChar(original, endCol) + 1;
    int[] anchors = null;
    if (startLine == endLine) {
      if (start - 1 <= original.length() && end - 1 <= original.length() && start <= end) {
        anchors = anchors(original.substring(start - 1, end - 1));
      }
    } else {
      end = strippedChars + stripped.length();
    }
    boolean show =
        end - start < stripped.length() || (anchors != null && anchors[1] - anchors[0] > 0);
    if (!show) {
      return;
    }
    sb.append("    ");
    sb.append(" ".repeat(Math.max(0, start - strippedChars)));
    if (anchors != null) {
      sb.append("~".repeat(anchors[0]));
      sb.append("^".repeat(anchors[1] - anchors[0]));
      sb.append("~".repeat(Math.max(0, end - start - anchors[1])));
    } else {
      sb.append("^".repeat(Math.max(0, end - start)));
    }
    sb.append('\n');
  }

  /** The operator or subscript anchors of a one-line segment ({@code _extract_caret_anchors}). */
  private static int[] anchors(String segment) {
    Module m;
    try {
      m = (Module) Parser.parse(segment, "<string>", Mode.EXEC);
    } catch (RuntimeException e) {
      return null;
    }
    if (m.body().size() != 1 || !(m.body().get(0) instanceof ExprStmt es)) {
      return null;
    }
    if (es.value() instanceof BinOp b) {
      int opStart = byteToChar(segment, b.left().endColOffset());
      int opEnd = byteToChar(segment, b.right().colOffset());
      String opStr = segment.substring(opStart, Math.min(opEnd, segment.length()));
      int opOffset = opStr.length() - opStr.stripLeading().length();
      int leftAnchor = b.left().endColOffset() + opOffset;
      int rightAnchor = leftAnchor + 1;
      if (opOffset + 1 < opStr.length() && !Character.isWhitespace(opStr.charAt(opOffset + 1))) {
        rightAnchor++;
      }
      return new int[] {byteToChar(segment, leftAnchor), byteToChar(segment, rightAnchor)};
    }
    if (es.value() instanceof Subscript s) {
      return new int[] {
        byteToChar(segment, s.value().endColOffset()),
        byteToChar(segment, s.slice().endColOffset() + 1)
      };
    }
    return null;
  }

  private static String attrStr(PyBaseException e, String name) {
    Object v = e.attr(name);
    return v == null || v == PyNone.NONE ? null : Abstract.strJava(v);
  }

  private static void formatExceptionOnly(StringBuilder sb, Object value) {
    PyType t = PyType.of(value);
    String stype = t.getQualname();
    String module = t.getModule();
    if (!module.equals("__main__") && !module.equals("builtins")) {
      stype = module + "." + stype;
    }
    if (value instanceof PyBaseException e && t.isSubtypeOf(PyExc.SyntaxError)) {
      formatSyntaxError(sb, e, stype);
      return;
    }
    String msg;
    try {
      msg = Abstract.strJava(value);
    } catch (PyException ex) {
      msg = "<exception str() failed>";
    }
    if (msg.isEmpty()) {
      sb.append(stype).append('\n');
    } else {
      sb.append(stype).append(": ").append(msg).append('\n');
    }
    notes(sb, value);
  }

  private static void notes(StringBuilder sb, Object value) {
    if (value instanceof PyBaseException e) {
      Object notes = e.attr("__notes__");
      if (notes instanceof PyList l) {
        for (Object n : l.asList()) {
          sb.append(PyUnicode.isStr(n) ? PyUnicode.asJavaString(n) : Abstract.reprJava(n))
              .append('\n');
        }
      }
    }
  }

  private static void formatSyntaxError(StringBuilder sb, PyBaseException e, String stype) {
    Object linenoObj = e.attr("lineno");
    String filename = attrStr(e, "filename");
    String suffix = "";
    if (linenoObj instanceof Long lineno) {
      sb.append("  File \"").append(filename == null ? "<string>" : filename)
          .append("\", line ").append(lineno).append('\n');
    } else if (filename != null) {
      suffix = " (" + filename + ")";
    }
    String text = attrStr(e, "text");
    if (text != null) {
      String rtext = text.replaceAll("\\n+$", "");
      int i = 0;
      while (i < rtext.length() && " \n\f".indexOf(rtext.charAt(i)) >= 0) {
        i++;
      }
      String ltext = rtext.substring(i);
      int spaces = rtext.length() - ltext.length();
      sb.append("    ").append(ltext).append('\n');
      Object offObj = e.attr("offset");
      if (offObj instanceof Long off) {
        long offset = off;
        Object eo = e.attr("end_offset");
        long endOffset = eo instanceof Long l && l != 0 ? l : offset;
        if (offset == endOffset || endOffset == -1) {
          endOffset = offset + 1;
        }
        long colno = offset - 1 - spaces;
        long endColno = endOffset - 1 - spaces;
        if (colno >= 0) {
          StringBuilder caret = new StringBuilder();
          for (int k = 0; k < colno && k < ltext.length(); k++) {
            char c = ltext.charAt(k);
            caret.append(Character.isWhitespace(c) ? c : ' ');
          }
          sb.append("    ").append(caret).append("^".repeat((int) Math.max(0, endColno - colno)))
              .append('\n');
        }
      }
    }
    String msg = attrStr(e, "msg");
    sb.append(stype).append(": ").append(msg == null ? "<no detail available>" : msg)
        .append(suffix).append('\n');
    notes(sb, e);
  }
}
