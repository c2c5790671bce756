package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.distro.Processes.Result;

/**
 * {@code -m MODULE} through the launcher, side by side with the oracle: {@code runpy} finds the
 * standard library's modules and packages (through {@code importlib}) and the program's own, as
 * CPython's {@code pymain_run_module} does. The test package {@code arith} is copied from this
 * class's resources ({@code module-switch/}) into the working folder.
 */
class ModuleSwitchProcessTest {

  @TempDir Path dir;

  @Test
  void unittestDiscoversAndRunsATestPackage() throws IOException {
    copyPackage();
    assertSameAsOracle(List.of("-m", "unittest"), "");
  }

  @Test
  void unittestRunsANamedTestVerbosely() throws IOException {
    copyPackage();
    assertSameAsOracle(List.of("-m", "unittest", "-v", "arith.test_arith.TextTest"), "");
  }

  @Test
  void packageMainRunsWithItsArguments() throws IOException {
    copyPackage();
    assertSameAsOracle(List.of("-m", "arith", "x", "-y"), "");
  }

  @Test
  void jsonToolFormatsStandardInput() {
    assertSameAsOracle(List.of("-m", "json.tool"), "{\"a\":[1,2]}\n");
  }

  @Test
  void jsonToolReportsBadInput() {
    assertSameAsOracle(List.of("-m", "json.tool"), "{\"a\":\n");
  }

  @Test
  void missingModuleIsReported() {
    // runpy names sys.executable, which the launcher run from the class path leaves empty
    List<String> args = List.of("-m", "no_such_module_here");
    Result oracle = Processes.oracle(args, Processes.cleanEnvironment(), dir, "");
    Result ours = Processes.taipan(args, Processes.cleanEnvironment(), dir, "");
    assertEquals(oracle.status(), ours.status(), ours::toString);
    assertEquals("", ours.stdout());
    String message = ": No module named no_such_module_here\n";
    assertTrue(oracle.stderr().endsWith(message), oracle::toString);
    assertTrue(ours.stderr().endsWith(message), ours::toString);
  }

  @Test
  void timeitPrintsOneResultLine() {
    Result ours = Processes.taipan(List.of("-m", "timeit", "-n", "100", "sum(range(100))"),
        Processes.cleanEnvironment(), dir, "");
    // standard error may warn that the timings vary (a loaded machine)
    assertEquals(0, ours.status(), ours::toString);
    assertTrue(ours.stdout().matches("100 loops, best of 5: [0-9.]+ (nsec|usec|msec|sec) per loop\n"),
        ours::toString);
  }

  @Test
  void pydocTextStartsAsCPythons() {
    List<String> args = List.of("-m", "pydoc", "str");
    Result oracle = Processes.oracle(args, Processes.cleanEnvironment(), dir, "");
    Result ours = Processes.taipan(args, Processes.cleanEnvironment(), dir, "");
    assertEquals(0, ours.status(), ours::toString);
    assertEquals(firstLines(oracle.stdout(), 3), firstLines(ours.stdout(), 3));
  }

  private static String firstLines(String text, int n) {
    return String.join("\n", text.lines().limit(n).toList());
  }

  private void copyPackage() throws IOException {
    Files.createDirectories(dir.resolve("arith"));
    for (String name : List.of("__init__.py", "__main__.py", "test_arith.py")) {
      try (InputStream in = ModuleSwitchProcessTest.class.getResourceAsStream(
          "/module-switch/arith/" + name)) {
        Files.copy(in, dir.resolve("arith").resolve(name));
      }
    }
  }

  /** The durations unittest reports differ from run to run. */
  private static Result withoutTimes(Result r) {
    String err = r.stderr().replaceAll("Ran (\\d+) tests? in [0-9.]+s", "Ran $1 tests in TIME");
    return new Result(r.stdout(), err, r.status());
  }

  private void assertSameAsOracle(List<String> args, String stdin) {
    Result oracle = withoutTimes(Processes.normalised(
        Processes.oracle(args, Processes.cleanEnvironment(), dir, stdin)));
    Result ours = withoutTimes(Processes.taipan(args, Processes.cleanEnvironment(), dir, stdin));
    assertEquals(oracle, ours, () -> "taipan " + String.join(" ", args) + " differs from CPython"
        + "\n=== CPython ===\n" + oracle + "\n=== taipan ===\n" + ours);
  }
}
