package org.taipan.parser.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.PythonSyntaxError;

/**
 * The parser speed benchmark (not a test): parses every {@code .py} file under a directory with
 * Taipan's parser, single-threaded, and prints the time of the best of several passes after
 * warm-up. {@code bench/parser/run.sh} runs it next to CPython's {@code ast.parse} over the same
 * files and prints the ratio.
 *
 * <p>Usage: {@code ParseStdlibBench LIBDIR [PASSES]}.
 */
public final class ParseStdlibBench {
  private ParseStdlibBench() {}

  public static void main(String[] args) throws IOException {
    Path lib = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<byte[]> sources = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(lib)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".py")).sorted()::iterator) {
        sources.add(Files.readAllBytes(f));
        names.add(lib.relativize(f).toString());
      }
    }
    long bytes = sources.stream().mapToLong(b -> b.length).sum();
    long best = Long.MAX_VALUE;
    int parsed = 0;
    for (int pass = 0; pass < passes; pass++) {
      long t0 = System.nanoTime();
      parsed = 0;
      for (int i = 0; i < sources.size(); i++) {
        try {
          Parser.parse(sources.get(i), names.get(i), Mode.EXEC);
          parsed++;
        } catch (PythonSyntaxError e) {
          // files CPython refuses too
        }
      }
      long t = System.nanoTime() - t0;
      System.out.printf("taipan pass %d: %.3f s%n", pass + 1, t / 1e9);
      best = Math.min(best, t);
    }
    System.out.printf(
        "taipan: %d files (%d parsed, %.1f MB), best pass %.3f s%n",
        sources.size(), parsed, bytes / 1e6, best / 1e9);
    System.out.printf("TAIPAN_SECONDS=%.4f%n", best / 1e9);
  }
}
