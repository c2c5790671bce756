package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Incomplete programs ending in every way (no final newline, blank lines, trailing spaces, a
 * comment, a line continuation) through the three entry points, {@link Parser#parse(String,
 * String, Mode)}, {@link Parser#parse(byte[], String, Mode)} and {@link Parser#parseFile}: the
 * same outcome as CPython's {@code compile(str)}, {@code compile(bytes)} and {@code python3.11
 * file.py}, including the error's {@code text}. The inputs and CPython's outcomes come from
 * {@code src/test/python/record_end_of_input.py}, run on the oracle into {@code
 * target/end-of-input.out}.
 */
class EndOfInputTest {

  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String escape(String s) {
    if (s == null) {
      return "<None>";
    }
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
  }

  private static String ours(String kind, String src) {
    try {
      byte[] bytes = src.getBytes(StandardCharsets.UTF_8);
      switch (kind) {
        case "str" -> Parser.parse(src, "<string>", Mode.EXEC);
        case "bytes" -> Parser.parse(bytes, "<string>", Mode.EXEC);
        default -> Parser.parseFile(bytes, "f.py");
      }
      return "OK";
    } catch (PythonSyntaxError e) {
      return String.join(
          "\t",
          e.pythonClass(),
          escape(e.msg()),
          String.valueOf(e.lineno()),
          String.valueOf(e.offset()),
          escape(e.text()));
    }
  }

  @Test
  void endOfInputErrorsAsInCPython() throws Exception {
    Path script = Oracle.testPython("record_end_of_input.py");
    Path out = Path.of("target/end-of-input.out").toAbsolutePath();
    if (!Files.exists(out)
        || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(script)) < 0) {
      Files.createDirectories(out.getParent());
      Oracle.run(List.of(script.toString(), out.toString()));
    }
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.size() >= 300, "the oracle recorded only " + lines.size() + " cases");
    List<String> differ = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", 3);
      String src = unescape(f[1]);
      String got = ours(f[0], src);
      if (!got.equals(f[2])) {
        differ.add(f[0] + " " + f[1] + "\n    ours:    " + got + "\n    cpython: " + f[2]);
      }
    }
    System.out.println(
        (lines.size() - differ.size()) + " of " + lines.size() + " end-of-input cases as in CPython");
    assertEquals(List.of(), differ, () -> differ.size() + " differ:\n" + String.join("\n", differ));
  }
}
