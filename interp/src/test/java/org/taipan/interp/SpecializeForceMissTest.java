package org.taipan.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus again, in the specializer's force-miss mode ({@code
 * -Dtaipan.specialize.forceMiss=true}): every instruction that specializes misses and deoptimizes
 * on its first use, so each program also runs the way back from every specialized form it reaches.
 * The output must still be CPython's.
 */
class SpecializeForceMissTest {

  @TestFactory
  Stream<DynamicTest> corpusWithEverySpecializationMissing() throws IOException {
    List<Path> programs;
    try (Stream<Path> s = Files.list(ConformanceTest.DIR)) {
      programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
        () -> {
          boolean was = Specializer.forceMiss;
          Specializer.forceMiss = true;
          try {
            ConformanceTest.check(p);
          } finally {
            Specializer.forceMiss = was;
          }
        }));
  }
}
