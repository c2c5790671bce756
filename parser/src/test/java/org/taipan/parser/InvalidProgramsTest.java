package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue #3's error corpus: every program under {@code src/test/resources/invalid/} (written for
 * Taipan) must raise the exception class, message, {@code lineno} and {@code offset} that
 * CPython 3.11 raises, as recorded in {@code src/test/resources/invalid-expected.tsv}.
 *
 * <p>Regenerate the expectations after adding programs (from the project root, after {@code mvn
 * -N generate-resources}):
 *
 * <pre>
 * LD_LIBRARY_PATH=target/cpython target/cpython/python3.11 \
 *     parser/src/test/python/record_syntax_errors.py \
 *     parser/src/test/resources/invalid parser/src/test/resources/invalid-expected.tsv
 * </pre>
 *
 * <p>Programs listed in {@code invalid-known-differences.txt} are known not to match yet; the
 * test fails if any other program differs, and also if a listed one starts matching (so the list
 * only shrinks).
 */
class InvalidProgramsTest {

  record Expected(String cls, int lineno, int offset, int endLineno, int endOffset, String msg) {}

  static Map<String, Expected> expectations() throws IOException {
    Map<String, Expected> out = new LinkedHashMap<>();
    for (String line : resourceLines("/invalid-expected.tsv")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", 7);
      out.put(
          f[0],
          new Expected(f[1], num(f[2]), num(f[3]), num(f[4]), num(f[5]), unescape(f[6])));
    }
    return out;
  }

  private static int num(String s) {
    return s.equals("None") ? Integer.MIN_VALUE : Integer.parseInt(s);
  }

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

  static List<String> resourceLines(String name) throws IOException {
    try (InputStream in = InvalidProgramsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Null if we raise what CPython raises, else a description of the difference. */
  static String check(String name, Expected e) throws IOException {
    byte[] src = Files.readAllBytes(Path.of("src/test/resources/invalid", name + ".py"));
    try {
      Parser.parse(src, name + ".py", Mode.EXEC);
      return "we accept it; CPython raises " + e.cls + ": " + e.msg;
    } catch (PythonSyntaxError ours) {
      // A ValueError (null bytes) has no location attributes in CPython: compare class and message.
      boolean located = !e.cls.equals(PythonSyntaxError.VALUE_ERROR);
      boolean same =
          ours.pythonClass().equals(e.cls)
              && ours.isValueError() == !located
              && ours.msg().equals(e.msg)
              && (!located || ours.lineno() == e.lineno && ours.offset() == e.offset);
      if (same) {
        return null;
      }
      return String.format(
          "ours %s %d:%d %s | cpython %s %d:%d %s",
          ours.pythonClass(), ours.lineno(), ours.offset(), ours.msg(),
          e.cls, e.lineno, e.offset, e.msg);
    } catch (RuntimeException | StackOverflowError crash) {
      return "we crashed: " + crash;
    }
  }

  @Test
  void invalidProgramsRaiseCPythonsErrors() throws IOException {
    Map<String, Expected> exp = expectations();
    assertTrue(exp.size() >= 150, "the corpus has only " + exp.size() + " programs");
    Set<String> known = new TreeSet<>();
    for (String l : resourceLines("/invalid-known-differences.txt")) {
      if (!l.isBlank() && !l.startsWith("#")) {
        known.add(l.strip());
      }
    }
    List<String> unexpected = new ArrayList<>();
    List<String> nowMatching = new ArrayList<>();
    int same = 0;
    for (Map.Entry<String, Expected> en : exp.entrySet()) {
      String why = check(en.getKey(), en.getValue());
      if (why == null) {
        same++;
        if (known.contains(en.getKey())) {
          nowMatching.add(en.getKey());
        }
      } else if (!known.contains(en.getKey())) {
        unexpected.add(en.getKey() + ": " + why);
      }
    }
    System.out.println(
        same + " of " + exp.size() + " invalid programs raise CPython's error; "
            + known.size() + " known differences");
    unexpected.forEach(u -> System.out.println("  " + u));
    assertTrue(unexpected.isEmpty(), () -> unexpected.size() + " programs differ from CPython:\n" + String.join("\n", unexpected));
    assertTrue(
        nowMatching.isEmpty(),
        () -> "remove from invalid-known-differences.txt, they match now: " + nowMatching);
  }
}
