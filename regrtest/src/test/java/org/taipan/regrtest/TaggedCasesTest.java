package org.taipan.regrtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.regrtest.Regrtest.ModuleRun;
import org.taipan.regrtest.Regrtest.Outcome;
import org.taipan.regrtest.Regrtest.Runtime;

/**
 * CI's guard over CPython's regression suite: every module with a tag file runs on Taipan, in a
 * process of its own, and every case its tag file lists must still pass.
 */
class TaggedCasesTest {

  @TestFactory
  Stream<DynamicTest> taggedCasesStillPass() {
    return Regrtest.taggedModules().stream()
        .map(module -> DynamicTest.dynamicTest(module, () -> {
          TreeSet<String> tagged = Regrtest.readTags(module);
          assertFalse(tagged.isEmpty(), "the tag file of " + module + " lists no case");
          ModuleRun run = Regrtest.run(module, Runtime.TAIPAN);
          TreeSet<String> lost = new TreeSet<>(tagged);
          lost.removeAll(Regrtest.passing(run));
          if (!lost.isEmpty()) {
            StringBuilder msg = new StringBuilder();
            msg.append(lost.size()).append(" tagged case(s) of ").append(module)
                .append(" no longer pass").append(run.timedOut() ? " (the run timed out)" : "")
                .append(":\n");
            lost.forEach(c -> msg.append("  ").append(c).append(" -> ")
                .append(run.cases().getOrDefault(c, null) == null ? "not run" : run.cases().get(c))
                .append('\n'));
            msg.append("stderr (tail):\n").append(run.stderrTail());
            fail(msg.toString());
          }
        }));
  }

  /** The driver records each outcome as CPython's unittest reports it (checked on the oracle). */
  @Test
  void driverRecordsEachOutcomeOnTheOracle(@TempDir Path dir) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("taipan_probe"));
    Files.writeString(pkg.resolve("__init__.py"), "");
    Files.writeString(pkg.resolve("test_probe.py"), String.join("\n",
        "import unittest",
        "class T(unittest.TestCase):",
        "    def test_pass(self): pass",
        "    def test_fail(self): self.assertEqual(1, 2)",
        "    def test_error(self): raise KeyError",
        "    @unittest.skip('no')",
        "    def test_skip(self): pass",
        "    @unittest.expectedFailure",
        "    def test_xfail(self): self.fail()",
        "    @unittest.expectedFailure",
        "    def test_xpass(self): pass",
        "    def test_subtests(self):",
        "        for i in range(3):",
        "            with self.subTest(i=i):",
        "                self.assertLess(i, 2)",
        ""));
    ModuleRun run = Regrtest.run("taipan_probe.test_probe", Runtime.CPYTHON,
        Map.of("PYTHONPATH", dir.toString()));
    String p = "taipan_probe.test_probe.T.";
    assertEquals(Map.of(
        p + "test_pass", Outcome.PASS,
        p + "test_fail", Outcome.FAIL,
        p + "test_error", Outcome.ERROR,
        p + "test_skip", Outcome.SKIP,
        p + "test_xfail", Outcome.PASS,
        p + "test_xpass", Outcome.FAIL,
        p + "test_subtests", Outcome.FAIL), run.cases(), run.stderrTail());
    assertFalse(run.timedOut());
    assertEquals(0, run.exitStatus());
  }
}
