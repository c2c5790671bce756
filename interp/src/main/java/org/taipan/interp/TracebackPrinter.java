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
import org.taipan.object.PyBaseExceptionGroup;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyTraceback;
import org.taipan.object.PyTuple;
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
 * the exception line (SyntaxErrors with their location and caret), and exception groups in the
 * boxed form of {@code print_exception_group}: each sub-exception under a numbered rule, its
 * lines indented two columns a level and marked with {@code |}.
 */
final class TracebackPrinter {
  private static final int RECURSIVE_CUTOFF = 3;
  private static final int MAX_GROUP_WIDTH = 15;
  private static final int MAX_GROUP_DEPTH = 10;
  private static final Map<String, String[]> SOURCE_CACHE =
      Collections.synchronizedMap(new HashMap<>());

  private final StringBuilder sb = new StringBuilder();
  private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
  /** How deep in exception groups the exception being printed is. */
  private int groupDepth;
  /** Whether the last sub-exception of a group still needs the closing rule. */
  private boolean needClose;

  private TracebackPrinter() {}

  /** The full report for an exception object. */
  static String format(Object exc) {
    TracebackPrinter p = new TracebackPrinter();
    p.recursive(exc);
    return p.sb.toString();
  }

  /**
   * The traceback and exception line alone, without the chained exceptions: what the default
   * {@code sys.unraisablehook} writes ({@code PyTraceBack_Print}, then type and message).
   */
  static String formatWithoutChain(Object exc) {
    TracebackPrinter p = new TracebackPrinter();
    p.exception(exc);
    return p.sb.toString();
  }

  /** Starts a line: the indentation and margin of the current group depth. */
  private StringBuilder margin() {
    return sb.append(" ".repeat(2 * groupDepth)).append(groupDepth > 0 ? "| " : "");
  }

  private void line(String text) {
    margin().append(text).append('\n');
  }

  /** {@code print_exception_recursive}: the chain before the exception, then the exception. */
  private void recursive(Object value) {
    causeAndContext(value);
    if (value instanceof PyBaseExceptionGroup g) {
      group(g);
    } else {
      exception(value);
    }
  }

  private void causeAndContext(Object value) {
    seen.add(value);
    if (!(value instanceof PyBaseException e)) {
      return;
    }
    if (e.cause != null) {
      if (!seen.contains(e.cause)) {
        chained(e.cause, "The above exception was the direct cause of the following exception:");
      }
    } else if (e.context != null && !e.suppressContext && !seen.contains(e.context)) {
      chained(
          e.context, "During handling of the above exception, another exception occurred:");
    }
  }

  private void chained(Object value, String message) {
    boolean close = needClose;
    recursive(value);
    needClose = close;
    line("");
    line(message);
    line("");
  }

  /** {@code print_exception}: the traceback and the exception line. */
  private void exception(Object value) {
    if (value instanceof PyBaseException e && e.traceback != null) {
      String header = "Traceback (most recent call last):";
      String headerMargin = groupDepth > 0 ? "| " : "";
      if (value instanceof PyBaseExceptionGroup) {
        header = "Exception Group Traceback (most recent call last):";
        if (groupDepth == 1) {
          headerMargin = "+ ";
        }
      }
      sb.append(" ".repeat(2 * groupDepth)).append(headerMargin).append(header).append('\n');
      formatTraceback(e.traceback);
    }
    formatExceptionOnly(value);
  }

  /**
   * {@code print_exception_group}: the group as an exception, then each of its first 15
   * exceptions under a numbered rule, one level deeper; groups deeper than 10 show as "...".
   */
  private void group(PyBaseExceptionGroup g) {
    if (groupDepth > MAX_GROUP_DEPTH) {
      line("... (max_group_depth is " + MAX_GROUP_DEPTH + ")");
      return;
    }
    if (groupDepth == 0) {
      groupDepth++;
    }
    exception(g);
    PyTuple excs = g.exceptions();
    int n = excs.size() <= MAX_GROUP_WIDTH ? excs.size() : MAX_GROUP_WIDTH + 1;
    needClose = false;
    for (int i = 0; i < n; i++) {
      boolean last = i == n - 1;
      if (last) {
        // a nested group may draw the closing rule itself
        needClose = true;
      }
      boolean truncated = i >= MAX_GROUP_WIDTH;
      sb.append(" ".repeat(2 * groupDepth)).append(i == 0 ? "+-" : "  ")
          .append("+---------------- ").append(truncated ? "..." : String.valueOf(i + 1))
          .append(" ----------------\n");
      groupDepth++;
      if (truncated) {
        int more = excs.size() - MAX_GROUP_WIDTH;
        line("and " + more + " more exception" + (more > 1 ? "s" : ""));
      } else {
        recursive(excs.get(i));
      }
      if (last && needClose) {
        sb.append(" ".repeat(2 * groupDepth)).append("+------------------------------------\n");
        needClose = false;
      }
      groupDepth--;
    }
    if (groupDepth == 1) {
      groupDepth--;
    }
  }

  private void formatTraceback(PyTraceback tb) {
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
        repeated(count);
        lastFile = file;
        lastLine = line;
        lastName = name;
        count = 0;
      }
      count++;
      if (count > RECURSIVE_CUTOFF) {
        continue;
      }
      formatFrame(f.code, t.lasti, line);
    }
    repeated(count);
  }

  private void repeated(int count) {
    if (count > RECURSIVE_CUTOFF) {
      count -= RECURSIVE_CUTOFF;
      margin().append("  [Previous line repeated ").append(count).append(" more time")
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

  private void formatFrame(PyCode code, int lasti, int lineno) {
    margin().append("  File \"").append(code.filename).append("\", line ").append(lineno)
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
    margin().append("    ").append(stripped).append('\n');
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
    margin().append("    ");
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

  private void formatExceptionOnly(Object value) {
    PyType t = PyType.of(value);
    String stype = t.getQualname();
    String module = t.getModule();
    if (!module.equals("__main__") && !module.equals("builtins")) {
      stype = module + "." + stype;
    }
    if (value instanceof PyBaseException e && t.isSubtypeOf(PyExc.SyntaxError)) {
      formatSyntaxError(e, stype);
      return;
    }
    String msg;
    try {
      msg = Abstract.strJava(value);
    } catch (PyException ex) {
      msg = "<exception str() failed>";
    }
    // as print_exception_message, only the first line of a message has the margin
    if (msg.isEmpty()) {
      margin().append(stype);
    } else {
      margin().append(stype).append(": ").append(msg);
    }
    String suggestion = Suggestions.offer(value);
    if (suggestion != null) {
      sb.append(". Did you mean: '").append(suggestion).append("'?");
    }
    sb.append('\n');
    notes(value);
  }

  /**
   * {@code print_exception_notes}: each line of each note's str, a sequence's items one by one;
   * anything else by its repr, with no newline after it (as CPython 3.11 prints it).
   */
  private void notes(Object value) {
    printNotes(lookupNotes(value));
  }

  /** The {@code __notes__} of an exception, or null (also when looking them up fails). */
  private static Object lookupNotes(Object value) {
    try {
      return Abstract.lookupAttr(value, "__notes__");
    } catch (PyException e) {
      return null;
    }
  }

  private void printNotes(Object notes) {
    if (notes == null) {
      return;
    }
    if (!Abstract.sequenceCheck(notes)) {
      String r;
      try {
        r = Abstract.reprJava(notes);
      } catch (PyException e) {
        r = "<__notes__ repr() failed>";
      }
      margin().append(r);
      return;
    }
    int n = Abstract.size(notes);
    for (int i = 0; i < n; i++) {
      String note = Abstract.strJava(Abstract.getItem(notes, (long) i));
      for (String piece : splitLinesKeepEnds(note)) {
        margin().append(piece);
      }
      sb.append('\n');
    }
  }

  /** {@code str.splitlines(keepends=True)}. */
  private static List<String> splitLinesKeepEnds(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        out.add(s.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }

  /**
   * A SyntaxError's location, text and caret, and message, as CPython's {@code
   * print_exception_file_and_line} with {@code parse_syntax_error} and {@code print_error_text}:
   * when the attributes do not parse (a {@code lineno} that is not an int), the exception prints
   * as any other; the text and caret lines have no group margin.
   */
  private void formatSyntaxError(PyBaseException e, String stype) {
    Object notes = lookupNotes(e);
    Object lineno = e.attr("lineno");
    Object offset = e.attr("offset");
    boolean exact = PyType.of(e) == PyExc.SyntaxError;
    Object endLineno = exact ? e.attr("end_lineno") : null;
    Object endOffset = exact ? e.attr("end_offset") : null;
    if (!(lineno instanceof Long)
        || !(offset == null || offset == PyNone.NONE || offset instanceof Long)
        || !(endLineno == null || endLineno == PyNone.NONE || endLineno instanceof Long)
        || !(endOffset == null || endOffset == PyNone.NONE || endOffset instanceof Long)) {
      messageLine(e, stype);
      printNotes(notes);
      return;
    }
    long line = (Long) lineno;
    Object fn = e.attr("filename");
    String filename = fn == null || fn == PyNone.NONE ? "<string>" : Abstract.strJava(fn);
    margin().append("  File \"").append(filename).append("\", line ").append(line).append('\n');
    Object text = e.attr("text");
    if (text != null && text != PyNone.NONE) {
      String t = Abstract.strJava(text);
      byte[] utf8 = t.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      long off = offset instanceof Long l ? l : -1;
      long endLine = endLineno instanceof Long l ? l : line;
      long endOff = endOffset instanceof Long l ? l : -1;
      if (endLine > line) {
        endOff = utf8.length;
      }
      if (endOff > utf8.length + 1) {
        endOff = utf8.length + 1;
      }
      errorText(utf8, off, endOff);
    }
    Object msg = e.attr("msg");
    messageLine(msg == null ? PyNone.NONE : msg, stype);
    printNotes(notes);
  }

  /**
   * {@code print_error_text}: the text from its first non-blank character (the offsets count as
   * UTF-8 bytes here, as in CPython), the line the offset falls on when the text holds several,
   * and the carets, none when the offset points left of the text.
   */
  private void errorText(byte[] text, long offset, long endOffset) {
    long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
    offset--;
    int from = 0;
    while (from < text.length && (text[from] == ' ' || text[from] == '\t' || text[from] == '\f')) {
      from++;
      offset--;
    }
    int len = text.length - from;
    if (len > 0 && text[text.length - 1] == '\n') {
      len--;
    }
    if (offset > len) {
      offset = len;
    }
    while (true) {
      int nl = -1;
      for (int i = from; i < text.length; i++) {
        if (text[i] == '\n') {
          nl = i - from;
          break;
        }
      }
      if (nl < 0 || nl >= offset) {
        break;
      }
      from += nl + 1;
      len -= nl + 1;
      offset -= nl + 1;
    }
    sb.append("    ")
        .append(new String(text, from, text.length - from, java.nio.charset.StandardCharsets.UTF_8));
    if (from + len >= text.length || text[from + len] != '\n') {
      sb.append('\n');
    }
    if (offset < 0) {
      return;
    }
    sb.append("    ").append(" ".repeat((int) offset)).append("^".repeat((int) carets)).append('\n');
  }

  /** {@code print_exception_message}: the type, then ": " and {@code str(value)} unless empty or None. */
  private void messageLine(Object value, String stype) {
    margin().append(stype);
    if (value != PyNone.NONE) {
      String msg;
      try {
        msg = Abstract.strJava(value);
      } catch (PyException ex) {
        msg = "<exception str() failed>";
      }
      if (!msg.isEmpty()) {
        sb.append(": ").append(msg);
      }
    }
    sb.append('\n');
  }
}
