package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.taipan.api.exec.MainProgram;

/**
 * Runs every program of the conformance corpus ({@code src/test/resources/conformance/*.py})
 * through {@code runMain} and compares stdout, stderr and the exit status byte for byte with what
 * CPython 3.11 produced ({@code NAME.out}, {@code NAME.err}, {@code NAME.rc}, recorded by {@code
 * regen.sh}).
 */
class ConformanceTest {

  static final Path DIR = Path.of("src/test/resources/conformance");

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    List<Path> programs;
    try (Stream<Path> s = Files.list(DIR)) {
      programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    assertFalse(programs.isEmpty(), "no conformance programs in " + DIR.toAbsolutePath());
    return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
        () -> check(p)));
  }

  private static String read(Path p) throws IOException {
    String interp = Path.of("").toAbsolutePath().toString();
    return new String(Files.readAllBytes(p), StandardCharsets.UTF_8)
        .replace("@INTERP@/", interp + "/");
  }

  static void check(Path program) throws IOException {
    String name = program.getFileName().toString().replaceAll("\\.py$", "");
    String rel = DIR.resolve(name + ".py").toString();
    String expectedOut = read(DIR.resolve(name + ".out"));
    String expectedErr = read(DIR.resolve(name + ".err"));
    int expectedRc = Integer.parseInt(read(DIR.resolve(name + ".rc")).trim());
    RunMainTest.Result r =
        RunMainTest.run(new MainProgram.Script(Path.of(rel)), List.of(rel, "arg1", "arg2"), "");
    assertEquals(expectedOut, r.out(), name + ": stdout differs from CPython's");
    assertEquals(expectedErr, r.err(), name + ": stderr differs from CPython's");
    assertEquals(expectedRc, r.status(), name + ": exit status differs from CPython's");
  }
}
