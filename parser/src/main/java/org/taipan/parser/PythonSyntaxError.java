package org.taipan.parser;

/**
 * A syntax error in Python source, carrying exactly what CPython's {@code SyntaxError} (or its
 * subclasses {@code IndentationError} and {@code TabError}) would carry: the message and the
 * {@code filename}, {@code lineno}, {@code offset}, {@code text}, {@code end_lineno} and
 * {@code end_offset} attributes. Offsets are 1-based and counted in characters (code points), as
 * CPython reports them; {@code 0} or a negative value means what it means in CPython. The
 * interpreter turns this into the Python exception named by {@link #pythonClass()}. One case is
 * not a syntax error at all: source containing a null byte, which CPython refuses with {@code
 * ValueError} ({@link #isValueError()}).
 *
 * <p>Mirrors {@code _PyPegen_raise_error_known_location} in CPython's {@code Parser/pegen_errors.c}
 * and the tokenizer's {@code syntaxerror()}. It has no Java stack trace: it is a Python-level
 * error, never a Java bug.
 */
public final class PythonSyntaxError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** CPython's class name for a plain syntax error. */
  public static final String SYNTAX_ERROR = "SyntaxError";
  /** CPython's class name for an indentation error. */
  public static final String INDENTATION_ERROR = "IndentationError";
  /** CPython's class name for inconsistent tabs and spaces. */
  public static final String TAB_ERROR = "TabError";

  /**
   * Not a syntax error: CPython refuses source containing a null byte with {@code ValueError:
   * source code string cannot contain null bytes} before parsing. See {@link #isValueError()}.
   */
  public static final String VALUE_ERROR = "ValueError";

  private final String pythonClass;
  private final String msg;
  private final String filename;
  private final int lineno;
  private final int offset;
  private final String text;
  private final int endLineno;
  private final int endOffset;

  /**
   * An error with every attribute given.
   *
   * @param pythonClass one of {@link #SYNTAX_ERROR}, {@link #INDENTATION_ERROR}, {@link #TAB_ERROR},
   *     {@link #VALUE_ERROR}
   * @param text the offending source line, or {@code null} as CPython's {@code None}
   */
  public PythonSyntaxError(
      String pythonClass,
      String msg,
      String filename,
      int lineno,
      int offset,
      String text,
      int endLineno,
      int endOffset) {
    super(msg, null, false, false);
    this.pythonClass = pythonClass;
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
    this.offset = offset;
    this.text = text;
    this.endLineno = endLineno;
    this.endOffset = endOffset;
  }

  /**
   * The Python exception class: {@code SyntaxError}, {@code IndentationError}, {@code TabError},
   * or {@code ValueError} (see {@link #isValueError()}).
   */
  public String pythonClass() {
    return pythonClass;
  }

  /**
   * True when CPython raises {@code ValueError} here, not a {@code SyntaxError}: the source
   * contains a null byte ({@code ValueError: source code string cannot contain null bytes}, from
   * {@code compile}, {@code ast.parse}, {@code exec}, {@code eval} and imports, for str and bytes
   * source alike). The interpreter should then raise {@code ValueError(msg())}; the location
   * attributes carry nothing ({@code lineno} 1, {@code offset} 0, {@code text} null).
   */
  public boolean isValueError() {
    return VALUE_ERROR.equals(pythonClass);
  }

  /** CPython's {@code msg}. */
  public String msg() {
    return msg;
  }

  /** CPython's {@code filename}. */
  public String filename() {
    return filename;
  }

  /** CPython's {@code lineno} (1-based). */
  public int lineno() {
    return lineno;
  }

  /** CPython's {@code offset} (1-based, in characters). */
  public int offset() {
    return offset;
  }

  /** CPython's {@code text}, the source line, or {@code null} for {@code None}. */
  public String text() {
    return text;
  }

  /** CPython's {@code end_lineno}. */
  public int endLineno() {
    return endLineno;
  }

  /** An {@link #endOffset()} that stands for {@code None} (an error located by line and offset only). */
  public static final int NO_END_OFFSET = Integer.MIN_VALUE;

  /** CPython's {@code end_offset}, or {@link #NO_END_OFFSET}. */
  public int endOffset() {
    return endOffset;
  }

  /** As CPython's {@code str(SyntaxError)}: {@code msg (filename, line N)}. */
  @Override
  public String toString() {
    return pythonClass + ": " + msg + " (" + filename + ", line " + lineno + ")";
  }
}
