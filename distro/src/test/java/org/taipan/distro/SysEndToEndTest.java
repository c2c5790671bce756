package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taipan.distro.Processes.Result;
import org.taipan.distro.RecordedCommandLines.Row;

/**
 * Every command line of {@link RecordedCommandLines}, run by the launcher as a real process and by
 * the oracle: the program must see the same {@code sys.flags}, {@code sys.argv}, {@code
 * sys.warnoptions} and {@code sys._xoptions} (sorted: their order is the runtime's business). This
 * checks what reaches Python through the runtime context, so it needs the interpreter bundle.
 */
class SysEndToEndTest {

  /** The part of {@link SysView#PROBE} that needs only {@code sys}. */
  static final String PROBE = "import sys; print(tuple(sys.flags), sys.argv, sys.warnoptions,"
      + " sorted(sys._xoptions.items()))";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.taipan.distro.RecordedCommandLines#rows")
  void theProgramSeesWhatCPythonShows(Row row) throws IOException {
    Files.writeString(dir.resolve("probe.py"), PROBE + "\n");
    Map<String, String> env = row.environment(Processes.cleanEnvironment());
    Result oracle = Processes.oracle(row.argsWithProbe(PROBE), env, dir, PROBE + "\n");
    Result ours = Processes.taipan(row.argsWithProbe(PROBE), env, dir, PROBE + "\n");
    assertEquals(0, oracle.status(), oracle.toString());
    assertTrue(firstLine(oracle).startsWith("("), "the oracle printed no sys line:\n" + oracle);
    assertEquals(firstLine(oracle), firstLine(ours),
        () -> "the program sees a different sys for " + row + "\n=== CPython ===\n" + oracle
            + "\n=== taipan ===\n" + ours);
  }

  private static String firstLine(Result result) {
    return result.stdout().lines().findFirst().orElse("");
  }
}
