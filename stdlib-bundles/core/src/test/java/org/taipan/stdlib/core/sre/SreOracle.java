package org.taipan.stdlib.core.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs Python code on the CPython 3.11 oracle that the build unpacks (system property
 * {@code taipan.oracle.home}, set by surefire). A test that needs the oracle and cannot find it
 * fails, saying how to get it; it never skips.
 */
final class SreOracle {

  private SreOracle() {}

  static Path home() {
    String home = System.getProperty("taipan.oracle.home");
    if (home == null) {
      fail("system property taipan.oracle.home is not set: run the tests through Maven");
    }
    Path exe = Path.of(home, "python3.11");
    if (!Files.isExecutable(exe)) {
      fail("the CPython oracle is missing at " + exe
          + ": run `mvn -q -N generate-resources` in the repository root");
    }
    return Path.of(home);
  }

  /** The repository root (system property {@code taipan.root}). */
  static Path root() {
    String root = System.getProperty("taipan.root");
    if (root == null) {
      fail("system property taipan.root is not set: run the tests through Maven");
    }
    return Path.of(root);
  }

  /**
   * Runs {@code python3.11 args...} with the oracle's libraries and the C locale.
   *
   * @param stdin text for the process's standard input (a script when {@code args} has "-")
   * @return standard output
   */
  static String run(String stdin, String... args) throws IOException, InterruptedException {
    Path home = home();
    List<String> cmd = new ArrayList<>();
    cmd.add(home.resolve("python3.11").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("LD_LIBRARY_PATH", home.toString());
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("PYTHONPATH");
    pb.environment().remove("PYTHONHOME");
    Process p = pb.start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p, false));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p, true));
    try (var in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("the oracle did not finish: " + cmd);
    }
    String stdout = new String(out.join(), StandardCharsets.UTF_8);
    String stderr = new String(err.join(), StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), () -> "the oracle failed: " + cmd + "\n" + stderr);
    return stdout;
  }

  private static byte[] readAll(Process p, boolean error) {
    try {
      return (error ? p.getErrorStream() : p.getInputStream()).readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
