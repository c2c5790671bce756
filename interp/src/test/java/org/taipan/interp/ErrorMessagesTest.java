package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.api.exec.MainProgram;

/**
 * Runs each erroneous one-line operation of {@code src/test/resources/error-messages/ops.txt}
 * through {@code runMain} and compares the exception's type name and message with what CPython
 * 3.11 raised ({@code expected.txt}, recorded by {@code record.py} under the oracle).
 *
 * <p>Every operation runs as its own {@code -c} program, the same text {@code record.py} gives
 * CPython. An operation listed in {@code known-differences.txt} (with the reason it cannot be
 * fixed in the object model) is reported but not counted as a match; once it matches, the test
 * fails so that the list only shrinks.
 */
class ErrorMessagesTest {

  static final Path DIR = Path.of("src/test/resources/error-messages");

  /** The program run for one operation; keep in step with {@code TEMPLATE} in record.py. */
  static String program(String op) {
    return "try:\n"
        + "    " + op + "\n"
        + "except BaseException as e:\n"
        + "    print(type(e).__name__ + '\\t' + str(e).replace('\\\\', '\\\\\\\\')"
        + ".replace('\\n', '\\\\n'))\n"
        + "else:\n"
        + "    print('(no exception)')\n";
  }

  private static List<String> lines(String file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
      if (!l.isBlank()) {
        out.add(l);
      }
    }
    return out;
  }

  private int matched;
  private int run;
  private final List<String> mismatches = new ArrayList<>();
  private final List<String> known = new ArrayList<>();

  @TestFactory
  Stream<DynamicTest> operations() throws IOException {
    String home = System.getProperty("taipan.oracle.home");
    assertTrue(home != null && Files.isExecutable(Path.of(home, "python3.11")),
        "the CPython 3.11 oracle is missing (taipan.oracle.home=" + home
            + "); unpack it with 'mvn -q -N generate-resources' at the root");
    List<String> ops = lines("ops.txt");
    List<String> expected = lines("expected.txt");
    assertEquals(ops.size(), expected.size(),
        "expected.txt is stale: run record.py under the oracle");
    Map<String, String> expectations = new LinkedHashMap<>();
    for (int i = 0; i < ops.size(); i++) {
      String e = expected.get(i);
      int tab = e.indexOf('\t');
      assertEquals(ops.get(i), e.substring(0, tab),
          "expected.txt is stale at line " + (i + 1) + ": run record.py under the oracle");
      expectations.put(ops.get(i), e.substring(tab + 1));
    }
    Map<String, String> knownDifferences = new LinkedHashMap<>();
    for (String l : lines("known-differences.txt")) {
      if (l.startsWith("#")) {
        continue;
      }
      int tab = l.indexOf('\t');
      assertTrue(tab > 0, "known-differences.txt: want 'operation TAB reason': " + l);
      String op = l.substring(0, tab);
      assertTrue(expectations.containsKey(op), "known-differences.txt: not in ops.txt: " + op);
      knownDifferences.put(op, l.substring(tab + 1));
    }
    Stream<DynamicTest> each = expectations.entrySet().stream().map(e -> DynamicTest.dynamicTest(
        e.getKey(), () -> check(e.getKey(), e.getValue(), knownDifferences.get(e.getKey()))));
    DynamicTest summary = DynamicTest.dynamicTest("summary", () -> {
      System.out.println("ErrorMessagesTest: " + matched + " of " + run
          + " operations match CPython");
      for (String k : known) {
        System.out.println("  known difference: " + k);
      }
      for (String m : mismatches) {
        System.out.println("  MISMATCH: " + m);
      }
      assertEquals(ops.size(), run, "not every operation ran");
      assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + run
          + " operations differ from CPython:\n  " + String.join("\n  ", mismatches));
    });
    return Stream.concat(each, Stream.of(summary));
  }

  private void check(String op, String expected, String knownReason) {
    run++;
    RunMainTest.Result r = RunMainTest.run(new MainProgram.Command(program(op)),
        List.of("-c"), "");
    String actual = r.out().endsWith("\n") ? r.out().substring(0, r.out().length() - 1)
        : r.out();
    if (r.status() != 0 || actual.contains("\n")) {
      actual = actual + " [exit " + r.status() + ", stderr: " + r.err().strip() + "]";
    }
    String show = op + "\n      CPython: " + expected.replace('\t', ' ')
        + "\n      Taipan:  " + actual.replace('\t', ' ');
    if (expected.equals(actual)) {
      if (knownReason != null) {
        mismatches.add(show + "\n      now matches: remove it from known-differences.txt");
        fail(op + " now matches CPython: remove it from known-differences.txt");
      }
      matched++;
    } else if (knownReason != null) {
      known.add(show + "\n      reason: " + knownReason);
    } else {
      mismatches.add(show);
      assertEquals(expected, actual, op + ": exception type or message differs from CPython's");
    }
  }
}
