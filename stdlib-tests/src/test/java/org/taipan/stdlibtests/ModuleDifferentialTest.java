package org.taipan.stdlibtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.api.Components;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;

/**
 * Runs every program under {@code src/test/python/} (one folder per module group) twice: in this
 * JVM on the runtime wired from the class path, and under the CPython 3.11 oracle; stdout, stderr
 * and the exit status must be identical. The programs exercise the builtin modules written in
 * Java through the real standard library, so each expectation is whatever CPython does today.
 */
class ModuleDifferentialTest {

  static final Path DIR = Path.of("src/test/python");

  record Outcome(int status, String out, String err) {}

  @TestFactory
  Stream<DynamicTest> programs() throws IOException {
    List<Path> programs;
    try (Stream<Path> s = Files.walk(DIR)) {
      programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    assertFalse(programs.isEmpty(), "no programs under " + DIR.toAbsolutePath());
    Components components = Components.load(ModuleDifferentialTest.class.getClassLoader());
    return programs.stream()
        .map(p -> DynamicTest.dynamicTest(DIR.relativize(p).toString(),
            () -> assertEquals(oracle(p), taipan(components, p), p + " differs from CPython")));
  }

  static Outcome taipan(Components components, Path program) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String file = program.toString();
    RuntimeContext ctx =
        RuntimeContext.embedded(
            components, List.of(file), new ByteArrayInputStream(new byte[0]), out, err);
    int status = components.execution().runMain(new MainProgram.Script(program), ctx);
    return new Outcome(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Outcome oracle(Path program) throws IOException, InterruptedException {
    String home = System.getProperty("taipan.oracle.home");
    assertTrue(home != null && Files.isExecutable(Path.of(home, "python3.11")),
        "the CPython 3.11 oracle is missing (taipan.oracle.home=" + home
            + "); run the build from the project root so it is unpacked");
    ProcessBuilder pb = new ProcessBuilder(Path.of(home, "python3.11").toString(), program.toString());
    pb.environment().put("LD_LIBRARY_PATH", home);
    pb.environment().put("PYTHONHASHSEED", "0");
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Process p = pb.start();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread t = new Thread(() -> {
      try {
        p.getErrorStream().transferTo(err);
      } catch (IOException e) {
        // the process died; what was read stays
      }
    });
    t.start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the oracle did not finish " + program);
    t.join();
    return new Outcome(p.exitValue(), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
