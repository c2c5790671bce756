package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Keeps {@link RecordedCommandLines} honest: runs the oracle on every row and checks that it still
 * prints the recorded line. (The launcher's side of the comparison is {@link
 * PythonCommandLineTest}, which needs no process.)
 */
class CommandLineOracleTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.taipan.distro.RecordedCommandLines#rows")
  void oraclePrintsTheRecordedLine(Row row) throws IOException {
    Files.writeString(dir.resolve("probe.py"), SysView.PROBE + "\n");
    Map<String, String> env = row.environment(Map.of("LANG", "C.UTF-8"));
    Result oracle = Processes.oracle(row.argsWithProbe(SysView.PROBE), env, dir,
        SysView.PROBE + "\n");
    assertEquals(0, oracle.status(), oracle.toString());
    assertEquals(row.expected(), oracle.stdout().lines().findFirst().orElse(""),
        "the oracle no longer prints what RecordedCommandLines recorded for " + row);
  }
}
