package org.taipan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every benchmark program at its small size on the oracle: it exits normally, prints a checksum,
 * and the checksum is stable across runs with different hash seeds (so it does not depend on the
 * iteration order of str-keyed sets, which Taipan need not reproduce run to run).
 */
class BenchProgramsTest {

  private static final Path ROOT = Path.of(System.getProperty("taipan.root"));
  private static final Path ORACLE = Path.of(System.getProperty("taipan.oracle.home"));

  private static BenchRunner.Run oracle(String name, String seed) throws Exception {
    List<String> command = List.of(ORACLE.resolve("python3.11").toString(),
        ROOT.resolve("bench/programs/" + name + ".py").toString(), "small");
    return BenchRunner.run(command,
        Map.of("LD_LIBRARY_PATH", ORACLE.toString(), "PYTHONHASHSEED", seed), 120);
  }

  @Test
  void thereAreAtLeastTwentyFivePrograms() throws Exception {
    assertTrue(BenchRunner.programs(ROOT.resolve("bench/programs")).size() >= 25);
  }

  @TestFactory
  Stream<DynamicTest> smallRunsOnTheOracleHaveStableChecksums() throws Exception {
    return BenchRunner.programs(ROOT.resolve("bench/programs")).stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          BenchRunner.Run first = oracle(name, "0");
          assertTrue(first.ok(), () -> name + ": " + first.error());
          assertNotNull(first.checksum());
          BenchRunner.Run second = oracle(name, "12345");
          assertTrue(second.ok(), () -> name + ": " + second.error());
          assertEquals(first.checksum(), second.checksum(), name);
        }));
  }
}
