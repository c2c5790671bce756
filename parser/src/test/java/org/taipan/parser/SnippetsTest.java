package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Small programs written for Taipan (src/test/resources/valid-snippets.txt) exercising every
 * parse {@link Mode} and grammar corners the standard library barely uses; each must give
 * CPython's AST dump, or CPython's error, as recorded by the oracle once per build
 * ({@code src/test/python/dump_snippets.py} into {@code target/snippets.out}).
 */
class SnippetsTest {

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case '\\' -> sb.append('\\');
        default -> sb.append('\\').append(n);
      }
    }
    return sb.toString();
  }

  @Test
  void snippetsParseAsInCPython() throws Exception {
    Path snippets = Path.of("src/test/resources/valid-snippets.txt").toAbsolutePath();
    Path out = Path.of("target/snippets.out").toAbsolutePath();
    if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(snippets)) < 0) {
      Files.createDirectories(out.getParent());
      Oracle.run(List.of(Oracle.testPython("dump_snippets.py").toString(), snippets.toString(), out.toString()));
    }
    List<String> expected = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<String> cases = new ArrayList<>();
    for (String line : Files.readAllLines(snippets, StandardCharsets.UTF_8)) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        cases.add(line);
      }
    }
    assertEquals(cases.size(), expected.size(), "the oracle's output does not match the snippet count");
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      String[] f = cases.get(i).split("\t", 2);
      boolean typeComments = f[0].equals("exec_tc");
      Mode mode = typeComments ? Mode.EXEC : Mode.valueOf(f[0].toUpperCase(Locale.ROOT));
      // Python's unicode_escape of the line, as the oracle script does.
      String src = pyUnescape(f[1]);
      String ours;
      try {
        ours = AstDump.dump(Parser.parse(src, "<snippet>", mode, typeComments), true);
      } catch (PythonSyntaxError e) {
        ours = "ERROR " + e.pythonClass() + " " + e.lineno() + " " + e.offset() + " " + e.msg();
      } catch (RuntimeException e) {
        ours = "CRASH " + e;
      }
      String theirs = unescape(expected.get(i));
      if (!ours.equals(theirs)) {
        differ.add("line " + (i + 1) + " [" + f[0] + "] " + f[1] + "\n    ours:    " + ours + "\n    cpython: " + theirs);
      }
    }
    System.out.println((cases.size() - differ.size()) + " of " + cases.size() + " snippets as in CPython");
    differ.forEach(System.out::println);
    assertTrue(differ.isEmpty(), differ.size() + " snippets differ from CPython");
  }

  /** Python's {@code 'unicode_escape'} decoding of an ASCII-escaped snippet line. */
  static String pyUnescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case '\\' -> sb.append('\\');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append('\\').append(n);
      }
    }
    return sb.toString();
  }
}
