package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Access to the CPython 3.11 oracle that the build unpacks (system property {@code
 * taipan.oracle.home}). A test that needs the oracle and cannot find it fails, never skips.
 */
final class Oracle {
  private Oracle() {}

  static Path home() {
    String h = System.getProperty("taipan.oracle.home");
    if (h == null) {
      fail("system property taipan.oracle.home is not set: run the tests through Maven");
    }
    Path p = Path.of(h);
    if (!Files.isExecutable(p.resolve("python3.11"))) {
      fail("no CPython oracle at " + p + ": run 'mvn -N generate-resources' in the project root");
    }
    return p;
  }

  static Path stdlib() {
    return home().resolve("lib/python3.11");
  }

  /** Runs the oracle's python3.11 with the given arguments; fails the test if it fails. */
  static void run(List<String> args) throws IOException, InterruptedException {
    Path home = home();
    java.util.ArrayList<String> cmd = new java.util.ArrayList<>();
    cmd.add(home.resolve("python3.11").toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("LD_LIBRARY_PATH", home.toString());
    pb.environment().put("PYTHONHOME", home.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    Process proc = pb.start();
    int rc = proc.waitFor();
    if (rc != 0) {
      fail("oracle command failed with exit code " + rc + ": " + cmd);
    }
  }

  /** The module's own source folder for test scripts. */
  static Path testPython(String name) {
    return Path.of("src/test/python").resolve(name).toAbsolutePath();
  }
}
