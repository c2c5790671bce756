package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated standard-library sources, compared with CPython: where CPython accepts the mutant our
 * AST dump must be identical; where it raises SyntaxError we must raise the same class, message,
 * line and offset. The mutants are deterministic ({@code taipan.parser.mutants.count}, default
 * 3000; seed fixed), written under {@code target/mutants/} and judged by the oracle once per
 * build ({@code src/test/python/record_outcomes.py}).
 *
 * <p>The comparison holds the line at a committed floor of agreeing mutants, in hundredths of a
 * percent ({@code src/test/resources/mutation-agreement-floor.txt}; raise it as agreement
 * improves), since CPython's error locations for arbitrary garbage depend on the exact order its
 * PEG parser explores alternatives, which a hand-written parser reproduces only approximately.
 */
class MutationDifferentialTest {

  static Path mutants(int count) throws IOException, InterruptedException {
    Path dir = Path.of("target/mutants-" + count).toAbsolutePath();
    Path expected = dir.resolve("expected.tsv");
    if (Files.exists(expected)) {
      return dir;
    }
    Path files = dir.resolve("src");
    Files.createDirectories(files);
    List<byte[]> corpus = new ArrayList<>();
    try (Stream<Path> all = Files.walk(Oracle.stdlib())) {
      for (Path f : (Iterable<Path>) all.filter(p -> p.toString().endsWith(".py")).sorted()::iterator) {
        long size = Files.size(f);
        if (size > 0 && size < 20_000) {
          corpus.add(Files.readAllBytes(f));
        }
      }
    }
    for (int i = 0; i < count; i++) {
      SplittableRandom rnd = new SplittableRandom(7_000_003L * i + 11);
      byte[] m = RobustnessTest.mutate(corpus.get(rnd.nextInt(corpus.size())), rnd);
      Files.write(files.resolve(String.format("m%05d.py", i)), m);
    }
    Oracle.run(
        List.of(
            Oracle.testPython("record_outcomes.py").toString(),
            files.toString(),
            expected.toString()));
    return dir;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Test
  void mutantsBehaveAsInCPython() throws Exception {
    int count = Integer.getInteger("taipan.parser.mutants.count", 3000);
    Path dir = mutants(count);
    List<String> lines = Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8);
    int agree = 0;
    int compared = 0;
    List<String> differ = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f[1].equals("OTHER")) {
        continue;
      }
      compared++;
      byte[] src = Files.readAllBytes(dir.resolve("src").resolve(f[0]));
      String ours;
      String theirs;
      try {
        String dump = AstDump.dump(Parser.parse(src, f[0], Mode.EXEC), true);
        ours = "OK " + (f[1].equals("OK") && dump.equals(unescape(f[2])) ? "(same AST)" : dump.substring(0, Math.min(120, dump.length())));
      } catch (PythonSyntaxError e) {
        ours = "ERR " + e.pythonClass() + " " + e.lineno() + ":" + e.offset() + " " + e.msg();
      } catch (Throwable t) {
        ours = "CRASH " + t;
      }
      if (f[1].equals("OK")) {
        theirs = "OK (same AST)";
      } else {
        theirs = "ERR " + f[2] + " " + f[3] + ":" + f[4] + " " + unescape(f[5]);
      }
      if (ours.equals(theirs)) {
        agree++;
      } else {
        differ.add(f[0] + "\n      ours:    " + ours + "\n      cpython: " + theirs);
      }
    }
    System.out.println(agree + " of " + compared + " mutants behave as in CPython, " + differ.size() + " differ");
    differ.stream().limit(Integer.getInteger("taipan.parser.mutants.show", 15)).forEach(d -> System.out.println("  " + d));
    int floor = Integer.parseInt(
        new String(
                MutationDifferentialTest.class.getResourceAsStream("/mutation-agreement-floor.txt").readAllBytes(),
                StandardCharsets.UTF_8)
            .strip());
    int needed = (int) ((long) floor * compared / 10_000);
    assertTrue(
        agree >= needed,
        agree + " of " + compared + " mutants agree with CPython, below the floor of "
            + floor / 100.0 + "%");
  }
}
