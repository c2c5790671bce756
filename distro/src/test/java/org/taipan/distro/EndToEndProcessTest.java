package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

  /** The oracle runs a child command and prints its {@code subprocess} return code. */
  private Result oracleParentOf(List<String> child, String childStdin) {
    List<String> args = new java.util.ArrayList<>(List.of("-c", String.join("\n",
        "import subprocess, sys",
        "p = subprocess.run(sys.argv[1:], input=sys.stdin.read(), text=True,",
        "                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)",
        "print(p.returncode, repr(p.stdout), p.stderr.splitlines()[-1:])")));
    args.addAll(child);
    return Processes.oracle(args, Processes.cleanEnvironment(), dir, childStdin);
  }

  private List<String> oracleCommand(List<String> args) {
    List<String> command = new java.util.ArrayList<>(List.of(Processes.oracleExecutable()));
    command.addAll(args);
    return command;
  }

  @Test
  void uncaughtKeyboardInterruptEndsTheProcessBySigint() throws IOException {
    // Java's exitValue() cannot tell a death by SIGINT from exit(130): a Python parent can (-2).
    Files.writeString(dir.resolve("ham.py"), "raise KeyboardInterrupt\n");
    for (List<String> args : List.of(
        List.of("-c", "raise KeyboardInterrupt"),
        List.of("-c", "class K(KeyboardInterrupt): pass\nraise K"),
        List.of("-c", "import sys; sys.exit(258)"),
        List.of("ham.py"),
        List.of("-m", "ham"),
        List.of("-c", "import atexit; atexit.register(print, 'atexit'); raise KeyboardInterrupt"))) {
      Result oracle = oracleParentOf(oracleCommand(args), "");
      Result ours = oracleParentOf(Processes.taipanCommand(List.of(), args), "");
      assertEquals(oracle, ours, "taipan " + args + " ends differently from CPython");
    }
  }

  @Test
  void childFedOnStandardInputSeesItsEnd() {
    // the child's error pipe (close-on-exec) must not leak into it, or Popen waits for ever
    List<String> args = List.of("-c", String.join("\n",
        "import subprocess, sys",
        "p = subprocess.run([sys.argv[1]], input='piped text', text=True, stdout=subprocess.PIPE)",
        "print(p.returncode, p.stdout.upper())"), "cat");
    assertSameAsOracle(args, null);
  }

  @Test
  void pthFileBesideTheExecutableSetsTheModuleSearchPath() throws IOException {
    // the oracle needs its standard library on the path to start at all
    String lines = "# comment\nlib\n\n" + Processes.oracleHome().resolve("lib/python3.11")
        + "  # absolute\n./x/../y\n";
    String show = "import sys; print(sys.flags.isolated, sys.flags.no_site, "
        + "sys.flags.ignore_environment, sys.flags.safe_path, sys.path)";
    Path oracleLink = dir.resolve("oracle-link");
    Files.createSymbolicLink(oracleLink, Path.of(Processes.oracleExecutable()));
    Files.writeString(dir.resolve("oracle-link._pth"), lines);
    Path taipanLink = dir.resolve("taipan-link");
    Files.createSymbolicLink(taipanLink, Path.of("/bin/true"));
    Files.writeString(dir.resolve("taipan-link._pth"), lines);
    Map<String, String> env = new java.util.HashMap<>(Processes.cleanEnvironment());
    env.put("PYTHONPATH", "from-env");
    Result oracle = Processes.run(List.of(oracleLink.toString(), "-c", show),
        withOracleLibs(env), dir, "");
    Result ours = Processes.run(Processes.taipanCommand(
        List.of("-Dtaipan.executable=" + taipanLink), List.of("-c", show)), env, dir, "");
    assertEquals(oracle, ours, "a ._pth file is read as CPython's getpath reads it");
  }

  private static Map<String, String> withOracleLibs(Map<String, String> env) {
    Map<String, String> m = new java.util.HashMap<>(env);
    m.put("LD_LIBRARY_PATH", Processes.oracleHome().toString());
    return m;
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
