package org.taipan.stdlibtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.taipan.api.Components;

/**
 * Issue #6's finish line: {@code import_list.py} imports every module of the list in one process
 * and uses each a little; its lines under Taipan must equal CPython's, except for the modules in
 * {@code known-failures.txt}. That list may only shrink: a listed module that now matches fails
 * the test too, so the list always says exactly what does not work yet.
 */
class ImportListTest {

  static final Path DIR = Path.of("src/test/import-list");

  @Test
  void everyListedModuleImportsAndWorksAsUnderCPython() throws Exception {
    Path program = DIR.resolve("import_list.py");
    ModuleDifferentialTest.Outcome cpython = ModuleDifferentialTest.oracle(program);
    assertEquals(0, cpython.status(), "the oracle failed on the list: " + cpython.err());
    Components components = Components.load(ImportListTest.class.getClassLoader());
    ModuleDifferentialTest.Outcome taipan =
        assertTimeoutPreemptively(
            Duration.ofMinutes(3), () -> ModuleDifferentialTest.taipan(components, program));

    Map<String, String> expected = lines(cpython.out());
    Map<String, String> actual = lines(taipan.out());
    Set<String> failing = new TreeSet<>();
    StringBuilder report = new StringBuilder();
    for (var e : expected.entrySet()) {
      String got = actual.getOrDefault(e.getKey(), "(no line: the program stopped before it)");
      if (!got.equals(e.getValue())) {
        failing.add(e.getKey());
        report.append(String.format("%-16s taipan:  %s%n%-16s cpython: %s%n",
            e.getKey(), clip(got), "", clip(e.getValue())));
      }
    }
    System.out.printf("import list: %d of %d modules import and work as under CPython%n%s",
        expected.size() - failing.size(), expected.size(), report);
    if (!taipan.err().isEmpty()) {
      System.out.println("taipan stderr:\n" + taipan.err());
    }

    Set<String> known = knownFailures();
    Set<String> newlyFailing = new TreeSet<>(failing);
    newlyFailing.removeAll(known);
    Set<String> nowPassing = new TreeSet<>(known);
    nowPassing.removeAll(failing);
    assertTrue(newlyFailing.isEmpty(), "modules that stopped working: " + newlyFailing + "\n" + report);
    assertTrue(nowPassing.isEmpty(),
        "modules that work now: remove them from known-failures.txt: " + nowPassing);
  }

  static Map<String, String> lines(String out) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String line : out.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        m.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return m;
  }

  static Set<String> knownFailures() throws IOException {
    Set<String> known = new TreeSet<>();
    for (String line : Files.readAllLines(DIR.resolve("known-failures.txt"))) {
      String name = line.replaceFirst("#.*", "").strip();
      if (!name.isEmpty()) {
        known.add(name);
      }
    }
    return known;
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
