package org.taipan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The benchmark runner ({@code bench/run}): runs each program of {@code bench/programs/} under
 * Taipan and under CPython 3.11 in one invocation, alternating, a warm-up run then N timed runs
 * each, one process per run (the time of a run is the wall time of its process, start-up
 * included), and prints per benchmark the median seconds of both, the ratio CPython/Taipan (above
 * 1: Taipan is faster), the peak RSS of both (from {@code /usr/bin/time -v}) and whether the
 * checksums match; then the geometric mean of the ratios. With {@code --in-process} each runtime
 * runs the kernel W + N times in one process and the program times each run itself. The table is
 * written as Markdown and JSON under {@code bench/results/}.
 */
public final class BenchRunner {

  /** The result of one process run. */
  record Run(double seconds, long rssKb, String checksum, String error, double[] times) {
    Run(double seconds, long rssKb, String checksum, String error) {
      this(seconds, rssKb, checksum, error, new double[0]);
    }

    boolean ok() {
      return error == null;
    }
  }

  /** One benchmark's line of the table. */
  record Row(String name, double cpython, double taipan, long cpythonRssKb, long taipanRssKb,
      String status) {
    boolean comparable() {
      return status.equals("ok");
    }

    double ratio() {
      return cpython / taipan;
    }
  }

  /** The options of one invocation. */
  static final class Options {
    int iterations = 5;
    int warmup = 1;
    String size = "full";
    boolean interpOnly;
    boolean inProcess;
    long timeoutSeconds = 600;
    Path taipan;
    List<String> cpython;
    Map<String, String> cpythonEnv = new HashMap<>();
    Path results;
    List<String> names = new ArrayList<>();
  }

  private BenchRunner() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("taipan.root", ".")).toAbsolutePath();
    Options o = parseArgs(args, root);
    List<String> all = programs(root.resolve("bench/programs"));
    List<String> chosen = o.names.isEmpty() ? all : o.names;
    for (String n : chosen) {
      if (!all.contains(n)) {
        throw new IllegalArgumentException("no benchmark " + n + "; there are " + all);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String name : chosen) {
      Row row = measure(root, o, name);
      rows.add(row);
      System.out.println(formatRow(row));
      System.out.flush();
    }
    String md = markdown(rows, o, describe(o));
    System.out.println();
    System.out.println(summaryLine(rows));
    Files.createDirectories(o.results);
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
    Files.writeString(o.results.resolve(stamp + ".md"), md);
    Files.writeString(o.results.resolve(stamp + ".json"), json(rows, o));
    System.out.println("wrote " + o.results.resolve(stamp + ".md") + " and .json");
  }

  static Options parseArgs(String[] args, Path root) {
    Options o = new Options();
    o.taipan = root.resolve("taipan");
    o.results = root.resolve("bench/results");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-n", "--iterations" -> o.iterations = Integer.parseInt(args[++i]);
        case "-w", "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
        case "--small" -> o.size = "small";
        case "--size" -> o.size = args[++i];
        case "--interp-only" -> o.interpOnly = true;
        case "--in-process" -> o.inProcess = true;
        case "--timeout" -> o.timeoutSeconds = Long.parseLong(args[++i]);
        case "--cpython" -> o.cpython = List.of(args[++i]);
        case "--taipan" -> o.taipan = Path.of(args[++i]);
        case "--results" -> o.results = Path.of(args[++i]);
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          o.names.addAll(Arrays.asList(a.split(",")));
        }
      }
    }
    if (o.cpython == null) {
      Path debian = Path.of("/usr/bin/python3.11");
      if (Files.isExecutable(debian)) {
        o.cpython = List.of(debian.toString());
      } else {
        Path oracle = root.resolve("target/cpython");
        o.cpython = List.of(oracle.resolve("python3.11").toString());
        o.cpythonEnv.put("LD_LIBRARY_PATH", oracle.toString());
      }
    }
    return o;
  }

  /** The benchmark names: the programs' file names without {@code .py}, but not {@code _*.py}. */
  static List<String> programs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".py") && !f.startsWith("_"))
          .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
    }
  }

  static Row measure(Path root, Options o, String name) throws Exception {
    Path program = root.resolve("bench/programs/" + name + ".py");
    List<String> cpy = new ArrayList<>(o.cpython);
    cpy.add(program.toString());
    cpy.add(o.size);
    List<String> tai = List.of(o.taipan.toString(), program.toString(), o.size);
    Map<String, String> taiEnv = new HashMap<>();
    if (o.interpOnly) {
      String opts = System.getenv().getOrDefault("TAIPAN_JAVA_OPTS", "");
      taiEnv.put("TAIPAN_JAVA_OPTS", (opts + " -Dtaipan.jit=off").trim());
    }
    if (o.inProcess) {
      return measureInProcess(name, o, cpy, tai, taiEnv);
    }
    List<Run> c = new ArrayList<>();
    List<Run> t = new ArrayList<>();
    boolean taipanFailed = false;
    for (int i = 0; i < o.warmup + o.iterations; i++) {
      Run rc = run(cpy, o.cpythonEnv, o.timeoutSeconds);
      if (!rc.ok()) {
        return new Row(name, Double.NaN, Double.NaN, 0, 0, "cpython error: " + rc.error());
      }
      Run rt = taipanFailed ? null : run(tai, taiEnv, o.timeoutSeconds);
      if (rt != null && !rt.ok()) {
        taipanFailed = true;
        t.clear();
        t.add(rt);
      }
      if (i >= o.warmup) {
        c.add(rc);
        if (!taipanFailed) {
          t.add(rt);
        }
      }
    }
    return row(name, c, t);
  }

  /**
   * One process per runtime that runs the kernel W + N times; the times are those the program
   * prints per iteration ({@code time SECONDS}), the first W dropped.
   */
  static Row measureInProcess(String name, Options o, List<String> cpy, List<String> tai,
      Map<String, String> taiEnv) throws Exception {
    String count = Integer.toString(o.warmup + o.iterations);
    List<String> c = new ArrayList<>(cpy);
    c.add(count);
    List<String> t = new ArrayList<>(tai);
    t.add(count);
    Run rc = run(c, o.cpythonEnv, o.timeoutSeconds);
    if (!rc.ok()) {
      return new Row(name, Double.NaN, Double.NaN, 0, 0, "cpython error: " + rc.error());
    }
    Run rt = run(t, taiEnv, o.timeoutSeconds);
    return row(name, List.of(timed(rc, o.warmup)), List.of(rt.ok() ? timed(rt, o.warmup) : rt));
  }

  /** A run whose seconds are the median of its per-iteration times after the warm-up ones. */
  static Run timed(Run r, int warmup) {
    double[] t = r.times();
    double[] kept = Arrays.copyOfRange(t, Math.min(warmup, t.length), t.length);
    return new Run(median(kept), r.rssKb(), r.checksum(), r.error(), t);
  }

  /** Folds the runs of one benchmark into its row; a failed Taipan run is the only run given. */
  static Row row(String name, List<Run> c, List<Run> t) {
    double cs = median(c.stream().mapToDouble(Run::seconds).toArray());
    long crss = c.stream().mapToLong(Run::rssKb).max().orElse(0);
    if (t.size() == 1 && !t.get(0).ok()) {
      return new Row(name, cs, Double.NaN, crss, 0, "error: " + t.get(0).error());
    }
    double ts = median(t.stream().mapToDouble(Run::seconds).toArray());
    long trss = t.stream().mapToLong(Run::rssKb).max().orElse(0);
    String expected = c.get(0).checksum();
    for (Run r : c) {
      if (!r.checksum().equals(expected)) {
        return new Row(name, cs, ts, crss, trss, "cpython checksum unstable");
      }
    }
    for (Run r : t) {
      if (!r.checksum().equals(expected)) {
        return new Row(name, cs, ts, crss, trss, "checksum mismatch: " + r.checksum());
      }
    }
    return new Row(name, cs, ts, crss, trss, "ok");
  }

  /** Runs one process under {@code /usr/bin/time -v} (when present) and times it. */
  static Run run(List<String> command, Map<String, String> env, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path timeFile = Files.createTempFile("taipan-bench", ".time");
    Path out = Files.createTempFile("taipan-bench", ".out");
    Path err = Files.createTempFile("taipan-bench", ".err");
    try {
      List<String> full = new ArrayList<>();
      boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
      if (timed) {
        full.addAll(List.of("/usr/bin/time", "-v", "-o", timeFile.toString()));
      }
      full.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(full).redirectOutput(out.toFile())
          .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      pb.environment().putAll(env);
      long start = System.nanoTime();
      Process p = pb.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor();
        return new Run(Double.NaN, 0, null, "timeout after " + timeoutSeconds + " s");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long rss = timed ? peakRssKb(Files.readString(timeFile)) : 0;
      String stdout = Files.readString(out, StandardCharsets.UTF_8);
      String checksum = checksum(stdout);
      if (p.exitValue() != 0 || checksum == null) {
        String last = lastLine(Files.readString(err, StandardCharsets.UTF_8));
        return new Run(seconds, rss, null,
            last.isEmpty() ? "exit status " + p.exitValue() + ", no checksum" : last);
      }
      return new Run(seconds, rss, checksum, null, iterationTimes(stdout));
    } finally {
      Files.deleteIfExists(timeFile);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The value of the program's {@code checksum VALUE} line (the last such line), or null. */
  static String checksum(String stdout) {
    String found = null;
    for (String line : stdout.split("\n")) {
      if (line.startsWith("checksum ")) {
        found = line.substring("checksum ".length()).strip();
      }
    }
    return found;
  }

  /** The seconds of the program's {@code time SECONDS} lines, in order. */
  static double[] iterationTimes(String stdout) {
    return Arrays.stream(stdout.split("\n")).filter(l -> l.startsWith("time "))
        .mapToDouble(l -> Double.parseDouble(l.substring(5).strip())).toArray();
  }

  /** {@code Maximum resident set size (kbytes): N} of {@code /usr/bin/time -v}, or 0. */
  static long peakRssKb(String timeOutput) {
    for (String line : timeOutput.split("\n")) {
      String s = line.strip();
      if (s.startsWith("Maximum resident set size (kbytes):")) {
        return Long.parseLong(s.substring(s.indexOf(':') + 1).strip());
      }
    }
    return 0;
  }

  /** The last non-blank line of a text, stripped. */
  static String lastLine(String text) {
    String[] lines = text.split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      if (!lines[i].isBlank()) {
        return lines[i].strip();
      }
    }
    return "";
  }

  /** The median (the mean of the middle two for an even count); NaN for none. */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  /** The geometric mean; NaN for none. */
  static double geometricMean(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double logs = 0;
    for (double x : values) {
      logs += Math.log(x);
    }
    return Math.exp(logs / values.size());
  }

  static List<Double> ratios(List<Row> rows) {
    return rows.stream().filter(Row::comparable).map(Row::ratio).toList();
  }

  static String summaryLine(List<Row> rows) {
    List<Double> r = ratios(rows);
    return String.format(Locale.ROOT, "geometric mean CPython/Taipan: %.3f over %d of %d benchmarks",
        geometricMean(r), r.size(), rows.size());
  }

  private static String seconds(double s) {
    return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.3f", s);
  }

  private static String mb(long kb) {
    return kb == 0 ? "-" : String.format(Locale.ROOT, "%.1f", kb / 1024.0);
  }

  static String formatRow(Row r) {
    return String.format(Locale.ROOT, "%-24s cpython %8s s  taipan %8s s  ratio %6s  rss %7s / %7s MB  %s",
        r.name(), seconds(r.cpython()), seconds(r.taipan()),
        r.comparable() ? String.format(Locale.ROOT, "%.3f", r.ratio()) : "-",
        mb(r.cpythonRssKb()), mb(r.taipanRssKb()), r.status());
  }

  static String describe(Options o) {
    return String.format(Locale.ROOT,
        "size %s, %d warm-up + %d timed runs each, %s; CPython: %s; Taipan: %s%s; Java %s",
        o.size, o.warmup, o.iterations,
        o.inProcess ? "in one process per runtime (time of each kernel run, start-up excluded)"
            : "one process per run (wall time incl. start-up), alternating", String.join(" ", o.cpython), o.taipan,
        o.interpOnly ? " with -Dtaipan.jit=off (interpreter only)" : "",
        System.getProperty("java.version"));
  }

  static String markdown(List<Row> rows, Options o, String description) {
    StringBuilder sb = new StringBuilder("# Benchmarks: Taipan beside CPython 3.11\n\n");
    sb.append(description).append(".\n\n");
    sb.append("| benchmark | CPython s | Taipan s | CPython/Taipan | CPython RSS MB | Taipan RSS MB | checksum |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---|\n");
    for (Row r : rows) {
      sb.append("| ").append(r.name()).append(" | ").append(seconds(r.cpython())).append(" | ")
          .append(seconds(r.taipan())).append(" | ")
          .append(r.comparable() ? String.format(Locale.ROOT, "%.3f", r.ratio()) : "-")
          .append(" | ").append(mb(r.cpythonRssKb())).append(" | ").append(mb(r.taipanRssKb()))
          .append(" | ").append(r.status().replace("|", "\\|")).append(" |\n");
    }
    sb.append("\n").append(summaryLine(rows)).append("\n");
    return sb.toString();
  }

  static String json(List<Row> rows, Options o) {
    StringBuilder sb = new StringBuilder("{\n  \"description\": ").append(quote(describe(o)));
    sb.append(",\n  \"geometric_mean\": ").append(number(geometricMean(ratios(rows))));
    sb.append(",\n  \"benchmarks\": [");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(quote(r.name()))
          .append(", \"cpython_seconds\": ").append(number(r.cpython()))
          .append(", \"taipan_seconds\": ").append(number(r.taipan()))
          .append(", \"ratio\": ").append(r.comparable() ? number(r.ratio()) : "null")
          .append(", \"cpython_rss_kb\": ").append(r.cpythonRssKb())
          .append(", \"taipan_rss_kb\": ").append(r.taipanRssKb())
          .append(", \"status\": ").append(quote(r.status())).append("}");
    }
    return sb.append("\n  ]\n}\n").toString();
  }

  static String number(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? "null" : String.format(Locale.ROOT, "%.6f", d);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (ch < 0x20) {
            sb.append(String.format("\\u%04x", (int) ch));
          } else {
            sb.append(ch);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
