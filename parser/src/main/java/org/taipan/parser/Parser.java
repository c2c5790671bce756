package org.taipan.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.impl.ParserDriver;
import org.taipan.parser.tokenize.Utf8;

/**
 * The entry point: parses Python 3.11 source into the AST of {@link org.taipan.parser.ast}, as
 * CPython's {@code ast.parse(source, filename, mode)} (that is, {@code compile(...,
 * PyCF_ONLY_AST)}) with the default flags: no type comments, feature version 3.11.
 *
 * <p>Thread-safe: every call works on its own state. Errors are {@link PythonSyntaxError}s (for
 * source containing a null byte, one whose {@link PythonSyntaxError#isValueError()} is true, as
 * CPython raises {@code ValueError} there); no other exception escapes for any input (deeply nested input is parsed on a thread with a larger
 * stack, or refused with CPython's "too many nested parentheses").
 */
public final class Parser {
  private Parser() {}

  /**
   * Receives the SyntaxWarnings the tokenizer reports (CPython's {@code parser_warn}), with the
   * file name and line; returns true when the warning filters turned the warning into an error,
   * which the tokenizer then raises as a SyntaxError.
   */
  @FunctionalInterface
  public interface WarningHandler {
    boolean warn(String message, String filename, int lineno);

    /**
     * Issues a DeprecationWarning (an invalid escape sequence in a literal); true when the
     * warnings filters turned it into an error, which the parser then raises as a SyntaxError.
     */
    default boolean warnDeprecated(String message, String filename, int lineno) {
      return false;
    }
  }

  private static volatile WarningHandler warningHandler;

  /** Sets where tokenizer warnings go (none by default: they are dropped). */
  public static void setWarningHandler(WarningHandler h) {
    warningHandler = h;
  }

  /** The handler of tokenizer warnings, or null. */
  public static WarningHandler warningHandler() {
    return warningHandler;
  }

  /** Stack size of the helper thread for inputs that overflow the caller's stack. */
  private static final long BIG_STACK = 1L << 30;

  /**
   * Installs the names {@code \\N{...}} escapes in string literals look up (CPython's
   * {@code _PyUnicode_Name_CAPI}): a function from name to code point, -1 when there is none. The
   * runtime installs its Unicode database's; without one, the JVM's character names serve.
   */
  public static void setCharacterNames(java.util.function.ToIntFunction<String> lookup) {
    org.taipan.parser.impl.Escapes.setCharacterNames(lookup);
  }

  /**
   * Parses already decoded source, as {@code ast.parse(str)}: a coding declaration in it is
   * ignored. Universal newlines apply ({@code \r\n} and {@code \r} read as {@code \n}).
   */
  public static Mod parse(String source, String filename, Mode mode) {
    return parseDecoded(source, filename, mode, false, false);
  }

  /**
   * As {@link #parse(String, String, Mode)}, with CPython's {@code type_comments} flag: when
   * true, {@code # type:} comments fill the {@code type_comment} fields and {@code # type:
   * ignore} comments the module's {@code type_ignores}, and a type comment anywhere else is a
   * syntax error, exactly as {@code ast.parse(..., type_comments=True)}.
   */
  public static Mod parse(String source, String filename, Mode mode, boolean typeComments) {
    return parseDecoded(source, filename, mode, false, typeComments);
  }

  /** As {@link #parse(byte[], String, Mode)}, with CPython's {@code type_comments} flag. */
  public static Mod parse(byte[] source, String filename, Mode mode, boolean typeComments) {
    checkNoNullBytes(source, filename);
    Decoded d = decode(source, filename);
    return parseDecoded(d.text, filename, mode, !d.declared, typeComments, false);
  }

  /**
   * Parses source bytes, as {@code ast.parse(bytes)} or {@code compile(bytes, ...)}: a UTF-8 byte
   * order mark or a PEP 263 coding declaration on the first two lines selects the encoding (UTF-8
   * otherwise). As in CPython, when neither is present, offsets of errors found by the parser
   * (rather than the tokenizer) count UTF-8 bytes, not characters.
   */
  public static Mod parse(byte[] source, String filename, Mode mode) {
    checkNoNullBytes(source, filename);
    Decoded d = decode(source, filename);
    return parseDecoded(d.text, filename, mode, !d.declared, false, false);
  }

  /**
   * Parses a module read from a file, as CPython does for {@code python file.py} or an import:
   * like {@link #parse(byte[], String, Mode)} in {@link Mode#EXEC}, but error offsets always count
   * characters, and as CPython's file reader, the {@code text} of an error on the last line has
   * no newline when the file ends without one, and errors at the end of input have offset 0.
   *
   * <p>A file containing a null byte is refused with {@link PythonSyntaxError#isValueError()}, as
   * an import does in CPython 3.11 ({@code compile} of the file's bytes). (Running such a file as
   * the main script in CPython 3.11.3 instead silently drops the rest of the line after the null
   * byte; Taipan does not reproduce that.)
   */
  public static Mod parseFile(byte[] contents, String filename) {
    checkNoNullBytes(contents, filename);
    Decoded d = decode(contents, filename);
    return parseDecoded(d.text, filename, Mode.EXEC, false, false, true);
  }

  /** CPython's message when source holds a null byte (a {@code ValueError}, not a syntax error). */
  static final String NULL_BYTES = "source code string cannot contain null bytes";

  private static PythonSyntaxError nullBytes(String filename) {
    return new PythonSyntaxError(
        PythonSyntaxError.VALUE_ERROR, NULL_BYTES, filename, 1, 0, null, 1, 0);
  }

  /** As CPython, null bytes are refused before anything else, even before decoding. */
  private static void checkNoNullBytes(byte[] source, String filename) {
    for (byte b : source) {
      if (b == 0) {
        throw nullBytes(filename);
      }
    }
  }

  private static Mod parseDecoded(
      String source, String filename, Mode mode, boolean byteOffsets, boolean typeComments) {
    return parseDecoded(source, filename, mode, byteOffsets, typeComments, false);
  }

  private static Mod parseDecoded(
      String source,
      String filename,
      Mode mode,
      boolean byteOffsets,
      boolean typeComments,
      boolean fileInput) {
    if (source.indexOf('\0') >= 0) {
      throw nullBytes(filename);
    }
    String src = translateNewlines(source);
    try {
      return ParserDriver.parse(src, filename, mode, byteOffsets, typeComments, fileInput);
    } catch (StackOverflowError e) {
      return onBigStack(src, filename, mode, byteOffsets, typeComments, fileInput);
    }
  }

  private static Mod onBigStack(
      String src,
      String filename,
      Mode mode,
      boolean byteOffsets,
      boolean typeComments,
      boolean fileInput) {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                result.set(
                    ParserDriver.parse(src, filename, mode, byteOffsets, typeComments, fileInput));
              } catch (PythonSyntaxError e) {
                result.set(e);
              } catch (StackOverflowError e) {
                result.set(
                    new PythonSyntaxError(
                        PythonSyntaxError.SYNTAX_ERROR,
                        "too many nested parentheses",
                        filename,
                        1,
                        0,
                        null,
                        1,
                        0));
              }
            },
            "taipan-parser-deep",
            BIG_STACK);
    t.start();
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Object r = result.get();
    if (r instanceof PythonSyntaxError e) {
      throw e;
    }
    return (Mod) r;
  }

  static String translateNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final java.util.regex.Pattern CODING =
      java.util.regex.Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

  /** Decoded source, and whether a BOM or coding declaration named its encoding. */
  private record Decoded(String text, boolean declared) {}

  /**
   * Decodes source bytes as CPython's tokenizer does: BOM or coding declaration (strict), else
   * UTF-8 with undecodable bytes kept (reported later where CPython reports them).
   */
  private static Decoded decode(byte[] b, String filename) {
    int start = 0;
    boolean bom = false;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      start = 3;
      bom = true;
    }
    Charset cs = StandardCharsets.UTF_8;
    String declared = findCoding(b, start);
    if (declared == null) {
      return new Decoded(Utf8.decodeSurrogateEscape(b, start, b.length), bom);
    }
    if (declared != null) {
      String norm = normalizeEncoding(declared);
      if (bom && !norm.equals("utf-8")) {
        String shown = norm.equals("ISO-8859-1") ? "iso-8859-1" : norm;
        throw new PythonSyntaxError(
            PythonSyntaxError.SYNTAX_ERROR, "encoding problem: " + shown + " with BOM", filename, 0, -1, null, 0, -1);
      }
      if (norm.equals("utf-8")) {
        // CPython reads UTF-8 sources as they are; bad bytes surface where the tokenizer meets them.
        return new Decoded(Utf8.decodeSurrogateEscape(b, start, b.length), true);
      }
      try {
        cs = pythonCharset(norm);
      } catch (RuntimeException e) {
        throw new PythonSyntaxError(
            PythonSyntaxError.SYNTAX_ERROR, "unknown encoding: " + declared, filename, 0, -1, null, 0, -1);
      }
    }
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return new Decoded(dec.decode(ByteBuffer.wrap(b, start, b.length - start)).toString(), true);
    } catch (CharacterCodingException e) {
      return new Decoded(decodeWithError(b, start, filename), true);
    }
  }

  /**
   * What CPython's file tokenizer says of a program file (the script, standard input) that has no
   * encoding declaration and is not UTF-8: "Non-UTF-8 code starting with '\\xNN' in file ... on
   * line N, but no encoding declared; ...", a SyntaxError with no location. Source compiled from
   * bytes ({@code compile()}, imports) reports the codec error instead.
   */
  public static void checkProgramFileEncoding(byte[] b, String filename) {
    int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
        && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    if (findCoding(b, start) != null) {
      return;
    }
    int line = 1;
    int i = start;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int len = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3
          : c >= 0xF0 && c < 0xF5 ? 4 : 0;
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (!ok) {
        throw new PythonSyntaxError(PythonSyntaxError.SYNTAX_ERROR, String.format(
            "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                + " declared; see https://peps.python.org/pep-0263/ for details",
            c, filename, line), null, 0, -1, null, 0, -1);
      }
      if (c == '\n') {
        line++;
      }
      i += len;
    }
  }

  /** Finds the bad byte to report CPython's "(unicode error) 'utf-8' codec can't decode ...". */
  private static String decodeWithError(byte[] b, int start, String filename) {
    int line = 1;
    int lineStart = start;
    int i = start;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int len = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (!ok) {
        String reason = len == 0 ? "invalid start byte" : "invalid continuation byte";
        int lineEnd = lineStart;
        while (lineEnd < b.length && b[lineEnd] != '\n') {
          lineEnd++;
        }
        String text =
            new String(b, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8) + "\n";
        int off = new String(b, lineStart, i - lineStart, StandardCharsets.UTF_8).length() + 1;
        throw new PythonSyntaxError(
            PythonSyntaxError.SYNTAX_ERROR,
            String.format(
                "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                c, i - lineStart, reason),
            filename,
            line,
            off,
            text,
            line,
            off);
      }
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
      i += len;
    }
    return new String(b, start, b.length - start, StandardCharsets.UTF_8);
  }

  private static String findCoding(byte[] b, int start) {
    int lineStart = start;
    for (int line = 0; line < 2 && lineStart < b.length; line++) {
      int e = lineStart;
      while (e < b.length && b[e] != '\n' && b[e] != '\r') {
        e++;
      }
      String text = new String(b, lineStart, e - lineStart, StandardCharsets.ISO_8859_1);
      Matcher m = CODING.matcher(text);
      if (m.find()) {
        return m.group(1);
      }
      String stripped = text.strip();
      if (!(stripped.isEmpty() || stripped.startsWith("#"))) {
        return null;
      }
      lineStart = e + 1;
      if (e < b.length && b[e] == '\r' && e + 1 < b.length && b[e + 1] == '\n') {
        lineStart++;
      }
    }
    return null;
  }

  /** Python codec names (normalized: lower case, '_' for '-' and ' ') that Java spells differently. */
  private static final java.util.Map<String, String> PYTHON_CODECS =
      java.util.Map.ofEntries(
          java.util.Map.entry("latin", "ISO-8859-1"),
          java.util.Map.entry("latin1", "ISO-8859-1"),
          java.util.Map.entry("latin_1", "ISO-8859-1"),
          java.util.Map.entry("l1", "ISO-8859-1"),
          java.util.Map.entry("iso8859_1", "ISO-8859-1"),
          java.util.Map.entry("iso_8859_1", "ISO-8859-1"),
          java.util.Map.entry("8859", "ISO-8859-1"),
          java.util.Map.entry("cp819", "ISO-8859-1"),
          java.util.Map.entry("ascii", "US-ASCII"),
          java.util.Map.entry("us_ascii", "US-ASCII"),
          java.util.Map.entry("646", "US-ASCII"),
          java.util.Map.entry("utf8", "UTF-8"),
          java.util.Map.entry("utf_8", "UTF-8"),
          java.util.Map.entry("u8", "UTF-8"),
          java.util.Map.entry("utf", "UTF-8"),
          java.util.Map.entry("cp65001", "UTF-8"),
          java.util.Map.entry("latin9", "ISO-8859-15"),
          java.util.Map.entry("latin_9", "ISO-8859-15"),
          java.util.Map.entry("iso8859_15", "ISO-8859-15"),
          java.util.Map.entry("cp1252", "windows-1252"),
          java.util.Map.entry("windows_1252", "windows-1252"),
          java.util.Map.entry("euc_jp", "EUC-JP"),
          java.util.Map.entry("shift_jis", "Shift_JIS"),
          java.util.Map.entry("sjis", "Shift_JIS"),
          java.util.Map.entry("cp932", "windows-31j"),
          java.util.Map.entry("gbk", "GBK"),
          java.util.Map.entry("gb2312", "GB2312"),
          java.util.Map.entry("big5", "Big5"),
          java.util.Map.entry("koi8_r", "KOI8-R"),
          java.util.Map.entry("cp1251", "windows-1251"));

  private static Charset pythonCharset(String name) {
    // As Python's encodings.normalize_encoding: runs of punctuation (but '.') become one '_',
    // none at either end.
    String key =
        name.toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9.]+", "_")
            .replaceAll("^_+|_+$", "");
    String mapped = PYTHON_CODECS.get(key);
    return Charset.forName(mapped != null ? mapped : name);
  }

  /** As CPython's {@code get_normal_name}: utf-8 and latin-1 spellings collapse to one name. */
  private static String normalizeEncoding(String s) {
    String l = s.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    if (l.equals("utf-8") || l.startsWith("utf-8-")) {
      return "utf-8";
    }
    if (l.equals("latin-1") || l.equals("iso-8859-1") || l.equals("iso-latin-1")
        || l.startsWith("latin-1-") || l.startsWith("iso-8859-1-") || l.startsWith("iso-latin-1-")) {
      return "ISO-8859-1";
    }
    return s;
  }
}
