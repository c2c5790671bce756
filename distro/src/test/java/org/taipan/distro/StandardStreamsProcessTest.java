package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.distro.Processes.Result;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr} of the launcher, side by side with
 * the oracle: {@code _io} text streams over buffered streams over {@code FileIO} on descriptors 0,
 * 1 and 2, their buffering when piped (output interleaves with tracebacks as CPython's does), the
 * {@code -u} and {@code PYTHONIOENCODING} settings, and the flush at exit (status 120 when it
 * fails).
 */
class StandardStreamsProcessTest {

  @TempDir Path dir;

  /** Sends standard error to the standard output pipe, so that the order of both shows. */
  private static final String MERGED = "import os; os.dup2(1, 2)\n";

  private static final String DESCRIBE = String.join("\n",
      "import sys, io",
      "for s in (sys.stdin, sys.stdout, sys.stderr):",
      "    print(repr(s), s.line_buffering, s.write_through, s.errors, s.encoding,",
      "          repr(s.newlines), s.mode, s.name, repr(s.buffer), s.isatty(), s.fileno())",
      "    raw = getattr(s.buffer, 'raw', s.buffer)",
      "    print(' ', repr(raw), raw.name, raw.closefd, isinstance(s, io.TextIOWrapper))",
      "print(sys.__stdout__ is sys.stdout, sys.__stdin__ is sys.stdin)",
      "");

  @Test
  void streamsAreIoObjectsOnTheFileDescriptors() {
    assertSameAsOracle(List.of("-c", DESCRIBE), "", Map.of());
  }

  @Test
  void unbufferedStreamsWriteThroughTheRawFiles() {
    assertSameAsOracle(List.of("-u", "-c", DESCRIBE), "", Map.of());
  }

  @Test
  void ioEncodingSetsEncodingAndErrors() {
    assertSameAsOracle(List.of("-c", DESCRIBE + "print('\\u20ac')"), "",
        Map.of("PYTHONIOENCODING", "latin-1:replace"));
  }

  @Test
  void pipedOutputIsBlockBufferedAndComesAfterTheTraceback() {
    assertSameAsOracle(List.of("-c", MERGED
        + "import sys\nprint('out1')\nprint('err1', file=sys.stderr)\nprint('out2')\n1/0"),
        "", Map.of());
  }

  @Test
  void systemExitMessageIsWrittenBeforeBufferedOutput() {
    assertSameAsOracle(List.of("-c", MERGED + "print('a')\nraise SystemExit('msg')"), "", Map.of());
  }

  @Test
  void warningsAndExcepthookGoToStandardError() {
    assertSameAsOracle(List.of("-c", MERGED + String.join("\n",
        "import sys, warnings",
        "print('a')",
        "sys.excepthook(ValueError, ValueError('x'), None)",
        "warnings.warn('w')",
        "print('b', flush=True)",
        "sys.stderr.write('c\\n')")), "", Map.of());
  }

  @Test
  void standardInputIsAContextManagerAndFeedsInput() {
    assertSameAsOracle(List.of("-c", String.join("\n",
        "import sys",
        "print(input('prompt> '))",
        "with sys.stdin as f:",
        "    print(repr(f.read()))",
        "print(sys.stdin.closed)")), "first\nsecond\nthird\n", Map.of());
  }

  @Test
  void inputFlushesStandardErrorBeforeThePrompt() {
    assertSameAsOracle(List.of("-c", MERGED + String.join("\n",
        "import sys",
        "print('err', file=sys.stderr, end='')",
        "print('out', end='')",
        "print(input(' prompt> '))")), "line\n", Map.of());
  }

  @Test
  void closingStandardOutputFlushesItAndExitsCleanly() {
    assertSameAsOracle(List.of("-c", "print('x'); import sys; sys.stdout.close()"), "", Map.of());
  }

  @Test
  void replacedStreamsStillHaveTheirOutputFlushedAtExit() {
    assertSameAsOracle(List.of("-c", String.join("\n",
        "import sys, io",
        "print('out kept')",
        "print('err kept', file=sys.stderr, end='')",
        "sys.stdout = io.StringIO()",
        "sys.stderr = None")), "", Map.of());
  }

  @Test
  void failedFlushAtExitIsReportedWithStatus120() {
    assertSameAsOracle(List.of("-c", "import os\nprint('hello')\nos.close(1)"), "", Map.of());
  }

  @Test
  void reconfigureAndBinaryBufferShareTheStream() {
    assertSameAsOracle(List.of("-c", String.join("\n",
        "import sys",
        "print('text', end='')",
        "sys.stdout.flush()",
        "sys.stdout.buffer.write(b' raw\\n')",
        "sys.stdout.reconfigure(line_buffering=True)",
        "print(sys.stdout.line_buffering, sys.stdout.write('w\\n'))")), "", Map.of());
  }

  @Test
  void onATerminalTheStreamsAreLineBufferedAndThePromptRuns() {
    String probe = "import sys; print(sys.stdin.line_buffering, sys.stdout.line_buffering,"
        + " sys.stderr.line_buffering, sys.stdout.isatty(), sys.stdin.isatty())";
    Result oracle = onTerminal(oracleCommand(List.of("-c", "'" + probe + "'")), "");
    Result ours = onTerminal(taipanCommand(List.of("-c", "'" + probe + "'")), "");
    assertEquals(oracle, ours);
    String session = "print(6 * 7)\nexit()\n";
    Result oracleRepl = onTerminal(oracleCommand(List.of()), session);
    Result ourRepl = onTerminal(taipanCommand(List.of()), session);
    assertTrue(oracleRepl.stdout().contains(">>> 42\r\n>>> "), oracleRepl::toString);
    assertTrue(ourRepl.stdout().contains(">>> 42\r\n>>> "), ourRepl::toString);
  }

  @Test
  void brokenPipeAtExitIsReportedWithStatus120() {
    String program = " -c 'import time; time.sleep(0.5); print(\"x\")' | true; echo ${PIPESTATUS[0]}";
    Result oracle = Processes.run(List.of("bash", "-c", oracleCommand(List.of()) + program),
        Processes.cleanEnvironment(), dir, "");
    Result ours = Processes.run(List.of("bash", "-c", taipanCommand(List.of()) + program),
        Processes.cleanEnvironment(), dir, "");
    assertEquals("120\n", oracle.stdout(), oracle::toString);
    assertEquals(oracle, ours);
  }

  /** Runs a shell command line with a pseudo-terminal as its standard streams ({@code script}). */
  private Result onTerminal(String command, String input) {
    return Processes.run(List.of("script", "-qec", command, "/dev/null"),
        Processes.cleanEnvironment(), dir, input);
  }

  private static String oracleCommand(List<String> args) {
    return "LD_LIBRARY_PATH=" + Processes.oracleHome() + " " + Processes.oracleExecutable() + " "
        + String.join(" ", args);
  }

  private static String taipanCommand(List<String> args) {
    return ProcessHandle.current().info().command().orElseThrow() + " -cp "
        + System.getProperty("java.class.path") + " " + Main.class.getName() + " "
        + String.join(" ", args);
  }

  private void assertSameAsOracle(List<String> args, String stdin, Map<String, String> extraEnv) {
    Map<String, String> env = new java.util.LinkedHashMap<>(Processes.cleanEnvironment());
    env.putAll(extraEnv);
    Result oracle = Processes.normalised(Processes.oracle(args, env, dir, stdin));
    Result ours = Processes.taipan(args, env, dir, stdin);
    assertEquals(oracle, ours, () -> "taipan " + String.join(" ", args) + " differs from CPython"
        + "\n=== CPython ===\n" + oracle + "\n=== taipan ===\n" + ours);
  }
}
