package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;

/** The vertical slice: {@code runMain} for -c, a script and stdin, with in-memory streams. */
class RunMainTest {

  record Result(int status, String out, String err) {}

  static Result run(MainProgram p, List<String> argv, String stdin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RuntimeContext ctx =
        RuntimeContext.embedded(
            null,
            argv,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            out,
            err);
    int status = new Execution().runMain(p, ctx);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void commandPrintsSum() {
    Result r = run(new MainProgram.Command("print(1 + 2)"), List.of("-c"), "");
    assertEquals(new Result(0, "3\n", ""), r);
  }

  @Test
  void stdinProgramRuns() {
    Result r = run(new MainProgram.Stdin(), List.of("-"), "import sys\nprint(sys.argv)\n");
    assertEquals(new Result(0, "['-']\n", ""), r);
  }

  @Test
  void uncaughtRaiseInScriptPrintsTracebackAndReturnsOne(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.py");
    Files.writeString(f, "print('before')\nraise ValueError(\"bad\")\n");
    Result r = run(new MainProgram.Script(f), List.of(f.toString()), "");
    assertEquals(1, r.status());
    assertEquals("before\n", r.out());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"" + f + "\", line 2, in <module>\n"
            + "    raise ValueError(\"bad\")\n"
            + "ValueError: bad\n",
        r.err());
  }

  @Test
  void atexitCallbacksBelongToTheirInterpreter() {
    Result first = run(new MainProgram.Command(
        "import atexit; atexit.register(print, 'exit one'); print('one')"), List.of("-c"), "");
    assertEquals(new Result(0, "one\nexit one\n", ""), first);
    Result second = run(new MainProgram.Command(
        "import atexit; print(atexit._ncallbacks())"), List.of("-c"), "");
    assertEquals(new Result(0, "0\n", ""), second);
  }

  @Test
  void systemExitCodes() {
    assertEquals(0, run(new MainProgram.Command("raise SystemExit"), List.of("-c"), "").status());
    assertEquals(
        3, run(new MainProgram.Command("import sys; sys.exit(3)"), List.of("-c"), "").status());
    Result r = run(new MainProgram.Command("raise SystemExit('bye')"), List.of("-c"), "");
    assertEquals(new Result(1, "", "bye\n"), r);
  }

  @Test
  void syntaxErrorInMainProgram() {
    Result r = run(new MainProgram.Command("print(1 +)"), List.of("-c"), "");
    assertEquals(
        new Result(
            1,
            "",
            "  File \"<string>\", line 1\n    print(1 +)\n             ^\n"
                + "SyntaxError: invalid syntax\n"),
        r);
  }

  @Test
  void missingModuleForDashMIsReportedAsCPythonDoes() {
    Result r = run(new MainProgram.Module("no_such_module_xyz"), List.of("-m"), "");
    assertEquals(new Result(1, "", "taipan: No module named no_such_module_xyz\n"), r);
  }

  @Test
  void noProgramWithNonTerminalStdinRunsStdin() {
    Result r =
        run(new MainProgram.Interactive(), List.of(""), "import sys\nprint(sys.argv)\n1/0\n");
    assertEquals(
        new Result(
            1,
            "['']\n",
            "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\n"
                + "ZeroDivisionError: division by zero\n"),
        r);
  }
}
