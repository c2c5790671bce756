package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.taipan.distro.Processes.Result;

/**
 * The launcher as a real process, side by side with the oracle: for every command line that the
 * launcher answers by itself (help, version, usage and configuration errors), standard output,
 * standard error and the exit status must be CPython's, byte for byte, but for CPython's {@code
 * argv[0]} in the usage line, where the launcher prints its own name.
 */
class LauncherProcessTest {

  @TempDir Path dir;

  static Stream<Arguments> commandLinesAnsweredByTheLauncher() {
    return Stream.of(
        // Version and help.
        List.of("-V"),
        List.of("--version"),
        List.of("-V", "-c", "pass"),
        List.of("-b", "-V"),
        List.of("-h"),
        List.of("-?"),
        List.of("--help"),
        List.of("-hz"),
        List.of("-h", "-V"),
        List.of("--help-env"),
        List.of("--help-xoptions"),
        List.of("--help-all"),
        // Usage errors: status 2, message, usage line, pointer to -h.
        List.of("-z"),
        List.of("-uz"),
        List.of("-zh"),
        List.of("-E", "-z"),
        List.of("-z", "-h"),
        List.of("-z", "-c"),
        List.of("-z", "-W"),
        List.of("-z", "--check-hash-based-pycs", "foo"),
        List.of("-z", "-c", "pass"),
        List.of("-z", "script.py"),
        List.of("-z", "-y"),
        List.of("-3"),
        List.of("-O0"),
        List.of("--foo"),
        List.of("--hel"),
        List.of("--help=x"),
        List.of("-J"),
        List.of("-uJfoo"),
        List.of("-c"),
        List.of("-m"),
        List.of("-W"),
        List.of("-X"),
        List.of("-u", "-W"),
        List.of("--check-hash-based-pycs"),
        List.of("--check-hash-based-pycs", "foo"),
        List.of("--check-hash-based-pycs=always"),
        // Configuration errors: "Fatal Python error", status 1.
        List.of("-X", "utf8=2", "-c", "pass"),
        List.of("-X", "utf8=5", "-z"),
        List.of("-V", "-X", "utf8=5"),
        List.of("-X", "int_max_str_digits=5", "-c", "pass"),
        List.of("-X", "int_max_str_digits", "-c", "pass"),
        List.of("-X", "frozen_modules=x", "-c", "pass"),
        List.of("-X", "frozen_modules=x", "-X", "int_max_str_digits=5", "-c", "pass"),
        // A configuration error that -V hides.
        List.of("-V", "-X", "int_max_str_digits=5"),
        // Scripts that cannot be opened.
        List.of("no-such-script.py", "arg"),
        List.of("./no-such-script.py"),
        List.of("no-such-dir/../x.py"),
        List.of("it's.py"),
        List.of("a\"b'.py"),
        List.of("\u00e9\\t\n.py"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandLinesAnsweredByTheLauncher")
  void printsWhatCPythonPrints(List<String> args) {
    assertSameAsOracle(args, Processes.cleanEnvironment());
  }

  @Test
  void environmentErrorsAreCPythonsFatalErrors() {
    for (String[] variable : new String[][] {
        {"PYTHONUTF8", "5"}, {"PYTHONHASHSEED", "abc"}, {"PYTHONHASHSEED", "4294967296"},
        {"PYTHONINTMAXSTRDIGITS", "7"}, {"PYTHONINTMAXSTRDIGITS", "700 "}}) {
      var env = Processes.cleanEnvironment();
      env.put(variable[0], variable[1]);
      assertSameAsOracle(List.of("-c", "pass"), env);
    }
  }

  @Test
  void minusEIgnoresBrokenEnvironment() {
    var env = Processes.cleanEnvironment();
    env.put("PYTHONUTF8", "5");
    // Both print the version: PYTHONUTF8 is not even read under -E.
    assertSameAsOracle(List.of("-E", "-V"), env);
  }

  @Test
  void doubleVersionNamesTaipanAndTheJavaVm() {
    Result ours = Processes.taipan(List.of("-VV"), Processes.cleanEnvironment(), dir, "");
    assertEquals(0, ours.status(), ours.toString());
    assertTrue(ours.stdout().startsWith("Python 3.11.3 (taipan"), ours.toString());
    assertTrue(ours.stdout().contains(System.getProperty("java.version")), ours.toString());
    assertEquals("", ours.stderr());
  }

  @Test
  void internalErrorsAreOneLineWithoutAJavaStackTrace() {
    // -c needs the runtime; without the interp bundle on the class path, wiring fails. With it,
    // the program runs. Either way no Java stack trace may reach the user.
    Result ours = Processes.taipan(List.of("-c", "pass"), Processes.cleanEnvironment(), dir, "");
    assertFalse(ours.stderr().contains("\tat "), "a Java stack trace reached the user:\n" + ours);
    assertFalse(ours.stderr().contains("Exception in thread"), ours.toString());
    if (ours.status() != 0) {
      assertEquals(1, ours.status(), ours.toString());
      assertTrue(ours.stderr().startsWith("Fatal Python error: "), ours.toString());
      assertEquals(1, ours.stderr().lines().count(), ours.toString());
    }
  }

  private void assertSameAsOracle(List<String> args, java.util.Map<String, String> env) {
    Result oracle = Processes.normalised(Processes.oracle(args, env, dir, ""));
    Result ours = Processes.taipan(args, env, dir, "");
    assertEquals(oracle, ours, () -> "taipan " + String.join(" ", args) + " differs from CPython"
        + "\n=== CPython (argv[0] normalised to 'taipan') ===\n" + oracle
        + "\n=== taipan ===\n" + ours);
  }
}
