package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.distro.Processes.Result;

/**
 * Python programs run through the launcher as a real process, side by side with the oracle: the
 * program text reaches the runtime by each route of the command line ({@code -c}, a script with
 * arguments, standard input) and standard output, standard error (tracebacks included) and the
 * exit status must be CPython's.
 *
 * <p>These need a runtime: they pass only when the interpreter bundle ({@code interp}, with {@code
 * parser} and {@code object-model}) provides {@link org.taipan.api.exec.PythonExecution} on the
 * class path. Without it the launcher reports a one-line fatal error and these tests fail, as they
 * should: they are not skipped.
 */
class EndToEndProcessTest {

  @TempDir Path dir;

  private static final String PROGRAM = String.join("\n",
      "import sys",
      "print('argv', sys.argv[1:])",
      "total = 0",
      "for i in range(5):",
      "    total += i * i",
      "print(total, 'done')",
      "");

  private static final String FAILING = String.join("\n",
      "def inner(x):",
      "    return 10 // x",
      "",
      "def outer():",
      "    return inner(0) + 1",
      "",
      "print('before')",
      "outer()",
      "");

  @Test
  void commandPrints() {
    assertSameAsOracle(List.of("-c", "print(1 + 2)"), null);
  }

  @Test
  void commandSeesItsArguments() {
    assertSameAsOracle(List.of("-c", "import sys; print(sys.argv)", "a", "-b", "--c"), null);
  }

  @Test
  void scriptRunsWithItsArguments() throws IOException {
    Files.writeString(dir.resolve("prog.py"), PROGRAM);
    assertSameAsOracle(List.of("prog.py", "one", "-two", "--three"), null);
  }

  @Test
  void programOnStandardInput() {
    assertSameAsOracle(List.of("-", "x", "y"), PROGRAM);
  }

  @Test
  void standardInputReachesTheProgram() {
    // A pipe, not a file: the launcher's stdin must not seek.
    assertSameAsOracle(List.of("-c", "import sys; print(sys.stdin.read().upper())"),
        "piped text\nsecond line\n");
  }

  @Test
  void uncaughtExceptionPrintsCPythonsTracebackAndExitsWithOne() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/boom.py"), FAILING);
    assertSameAsOracle(List.of("sub/boom.py"), null);
  }

  @Test
  void uncaughtExceptionInACommand() {
    assertSameAsOracle(List.of("-c", "x = 1\nprint(x)\nprint(undefined_name)"), null);
  }

  @Test
  void systemExitSetsTheStatus() {
    assertSameAsOracle(List.of("-c", "print('bye')\nraise SystemExit(3)"), null);
  }

  @Test
  void atexitCallbacksRunWhenTheProcessExits() {
    assertSameAsOracle(List.of("-c", String.join("\n",
        "import atexit, sys, threading",
        "atexit.register(print, 'registered first, run last')",
        "atexit.register(lambda: print('thread finished first:', not t.is_alive()))",
        "class Failing:",
        "    def __repr__(self): return '<Failing>'",
        "    def __call__(self): return 1 / 0",
        "atexit.register(Failing())",
        "t = threading.Thread(target=threading.Event().wait, args=(0.2,))",
        "t.start()",
        "print('main')",
        "sys.exit(4)")), null);
  }

  @Test
  void atexitCallbacksRunAfterTheTraceback() {
    assertSameAsOracle(List.of("-c", String.join("\n",
        "import atexit, sys",
        "atexit.register(lambda: print('callback', file=sys.stderr))",
        "raise KeyError('k')")), null);
  }

  private void assertSameAsOracle(List<String> args, String stdin) {
    Result oracle = Processes.normalised(
        Processes.oracle(args, Processes.cleanEnvironment(), dir, stdin == null ? "" : stdin));
    Result ours = Processes.taipan(args, Processes.cleanEnvironment(), dir,
        stdin == null ? "" : stdin);
    assertEquals(oracle, ours, () -> "taipan " + String.join(" ", args) + " differs from CPython"
        + "\n=== CPython ===\n" + oracle + "\n=== taipan ===\n" + ours);
  }
}
