package org.taipan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's parsing, statistics and reporting on fixed inputs. */
class BenchRunnerTest {

  @Test
  void checksumIsTheLastChecksumLine() {
    assertEquals("(1, 2)", BenchRunner.checksum("time 0.5\nchecksum 7\nchecksum (1, 2)\n"));
    assertNull(BenchRunner.checksum("Traceback...\n"));
  }

  @Test
  void peakRssComesFromTimeVerbose() {
    String out = "\tCommand being timed: \"python3 x.py\"\n"
        + "\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:01.20\n"
        + "\tMaximum resident set size (kbytes): 13608\n"
        + "\tExit status: 0\n";
    assertEquals(13608, BenchRunner.peakRssKb(out));
    assertEquals(0, BenchRunner.peakRssKb(""));
  }

  @Test
  void lastLineSkipsBlankLines() {
    assertEquals("ModuleNotFoundError: No module named 're'",
        BenchRunner.lastLine("Traceback (most recent call last):\n  File ...\n"
            + "ModuleNotFoundError: No module named 're'\n\n"));
    assertEquals("", BenchRunner.lastLine("\n \n"));
  }

  @Test
  void medianAndGeometricMean() {
    assertEquals(2.0, BenchRunner.median(new double[] {3, 1, 2}));
    assertEquals(2.5, BenchRunner.median(new double[] {4, 1, 3, 2}));
    assertTrue(Double.isNaN(BenchRunner.median(new double[0])));
    assertEquals(1.0, BenchRunner.geometricMean(List.of(0.5, 2.0)), 1e-12);
    assertEquals(2.0, BenchRunner.geometricMean(List.of(1.0, 2.0, 4.0)), 1e-12);
  }

  @Test
  void rowsCompareChecksumsAndCarryErrors() {
    BenchRunner.Run c1 = new BenchRunner.Run(2.0, 9000, "42", null);
    BenchRunner.Run c2 = new BenchRunner.Run(1.0, 9500, "42", null);
    BenchRunner.Run t1 = new BenchRunner.Run(4.0, 90000, "42", null);
    BenchRunner.Run bad = new BenchRunner.Run(0.1, 80000, "41", null);
    BenchRunner.Row ok = BenchRunner.row("x", List.of(c1, c2), List.of(t1, t1));
    assertEquals("ok", ok.status());
    assertEquals(1.5, ok.cpython());
    assertEquals(0.375, ok.ratio());
    assertEquals(9500, ok.cpythonRssKb());
    assertEquals("checksum mismatch: 41",
        BenchRunner.row("x", List.of(c1), List.of(t1, bad)).status());
    BenchRunner.Row err = BenchRunner.row("x", List.of(c1),
        List.of(new BenchRunner.Run(0.5, 0, null, "ImportError: no re")));
    assertEquals("error: ImportError: no re", err.status());
    List<BenchRunner.Row> rows = List.of(ok, err);
    assertEquals("geometric mean CPython/Taipan: 0.375 over 1 of 2 benchmarks",
        BenchRunner.summaryLine(rows));
    String md = BenchRunner.markdown(rows, BenchRunner.parseArgs(new String[0], Path.of("/r")), "d");
    assertTrue(md.contains("| x | 1.500 | 4.000 | 0.375 | 9.3 | 87.9 | ok |"), md);
    assertTrue(md.contains("| x | 2.000 | - | - | 8.8 | - | error: ImportError: no re |"), md);
  }

  @Test
  void optionsSelectBenchmarksAndModes() {
    BenchRunner.Options o = BenchRunner.parseArgs(
        new String[] {"-n", "3", "--small", "--interp-only", "fib,sieve", "nbody"}, Path.of("/r"));
    assertEquals(3, o.iterations);
    assertEquals("small", o.size);
    assertTrue(o.interpOnly);
    assertEquals(List.of("fib", "sieve", "nbody"), o.names);
    assertEquals(Path.of("/r/taipan"), o.taipan);
  }

  @Test
  void inProcessTimesDropTheWarmUpIterations() {
    double[] times = BenchRunner.iterationTimes("time 9.0\ntime 1.0\ntime 3.0\ntime 2.0\nchecksum 5\n");
    assertEquals(4, times.length);
    BenchRunner.Run r = BenchRunner.timed(new BenchRunner.Run(20.0, 1, "5", null, times), 1);
    assertEquals(2.0, r.seconds());
    assertTrue(BenchRunner.parseArgs(new String[] {"--in-process"}, Path.of("/r")).inProcess);
  }

  @Test
  void jsonEscapesAndWritesNullForMissingNumbers() {
    assertEquals("\"a\\\"b\\\\c\\n\"", BenchRunner.quote("a\"b\\c\n"));
    assertEquals("null", BenchRunner.number(Double.NaN));
  }
}
