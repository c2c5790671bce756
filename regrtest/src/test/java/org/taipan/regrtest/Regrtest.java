package org.taipan.regrtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs modules of CPython's own regression suite (the oracle's {@code lib/python3.11/test/}),
 * unmodified, each in a process of its own with a timeout, under Taipan or under CPython, and
 * keeps the tag files: one file per test module under {@code regrtest/tags/}, listing the test
 * cases known to pass on Taipan (the practice GraalPy follows). CI runs every tagged module and
 * fails when a tagged case stops passing, so the tags only grow.
 *
 * <p>Commands ({@code regrtest/run COMMAND [MODULE ...]}):
 *
 * <ul>
 *   <li>{@code retag MODULE ...} runs the modules on Taipan and writes their tag files (the cases
 *       that pass); it refuses to drop a case that a tag file already lists.
 *   <li>{@code summary [MODULE ...]} runs the modules (default: every module of the suite) on
 *       Taipan and on CPython and prints passed / failed / errored / skipped for both, per module
 *       and in total.
 * </ul>
 */
public final class Regrtest {

  /** What became of one test case. */
  public enum Outcome {
    PASS, FAIL, ERROR, SKIP
  }

  /** Which runtime runs a module. */
  public enum Runtime {
    TAIPAN, CPYTHON
  }

  /** Seconds a test module may run before it is stopped; the cases it finished still count. */
  static final long TIMEOUT_SECONDS =
      Long.getLong("taipan.regrtest.timeout", 300);

  private Regrtest() {}

  /** The repository root (surefire passes it; the {@code run} script does too). */
  static Path root() {
    String root = System.getProperty("taipan.root");
    if (root == null || root.isEmpty()) {
      throw new IllegalStateException("system property taipan.root is not set");
    }
    return Path.of(root);
  }

  /** The oracle's installation, which must exist: the build unpacks it. */
  static Path oracleHome() {
    String home = System.getProperty("taipan.oracle.home");
    Path p = home == null ? null : Path.of(home);
    if (p == null || !Files.isExecutable(p.resolve("python3.11"))) {
      throw new IllegalStateException("the CPython 3.11 oracle is missing (taipan.oracle.home="
          + home + "); run the build from the project root so it is unpacked");
    }
    return p;
  }

  static Path tagsDirectory() {
    return root().resolve("regrtest/tags");
  }

  static Path driver() {
    return root().resolve("regrtest/src/test/python/run_test_module.py");
  }

  /** Every module of the regression suite: {@code test_*.py} files and {@code test_*} packages. */
  static List<String> allModules() {
    Path test = oracleHome().resolve("lib/python3.11/test");
    try (Stream<Path> s = Files.list(test)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("test_"))
          .filter(n -> n.endsWith(".py") || Files.isRegularFile(test.resolve(n).resolve("__init__.py")))
          .map(n -> n.endsWith(".py") ? n.substring(0, n.length() - 3) : n)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The modules that have a tag file, sorted. */
  static List<String> taggedModules() {
    Path dir = tagsDirectory();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cases a module's tag file lists (empty when it has none). */
  static TreeSet<String> readTags(String module) {
    Path file = tagsDirectory().resolve(module + ".txt");
    TreeSet<String> tags = new TreeSet<>();
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String t = line.strip();
          if (!t.isEmpty() && !t.startsWith("#")) {
            tags.add(t);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tags;
  }

  static void writeTags(String module, Collection<String> cases) throws IOException {
    Files.createDirectories(tagsDirectory());
    StringBuilder text = new StringBuilder();
    text.append("# Cases of test.").append(module)
        .append(" known to pass on Taipan; regenerate with: regrtest/run retag ")
        .append(module).append('\n');
    for (String c : new TreeSet<>(cases)) {
      text.append(c).append('\n');
    }
    Files.writeString(tagsDirectory().resolve(module + ".txt"), text, StandardCharsets.UTF_8);
  }

  /** The outcome of one run of a module: every case it finished, and how the process ended. */
  public record ModuleRun(String module, Runtime runtime, Map<String, Outcome> cases,
      boolean timedOut, int exitStatus, String stderrTail) {

    /** How many cases ended each way. */
    public Map<Outcome, Integer> counts() {
      Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
      for (Outcome o : Outcome.values()) {
        m.put(o, 0);
      }
      cases.values().forEach(o -> m.merge(o, 1, Integer::sum));
      return m;
    }
  }

  /** The command line that runs the driver on a runtime. */
  static List<String> command(Runtime runtime, String module, Path results) {
    List<String> cmd = new ArrayList<>();
    if (runtime == Runtime.CPYTHON) {
      cmd.add(oracleHome().resolve("python3.11").toString());
    } else {
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xss16m");
      cmd.add("--enable-native-access=ALL-UNNAMED"); // JNA's System.load, silently (JDK 22+)
      // sys.executable is the tree's launcher, as under ./taipan, so tests that start a child
      // interpreter (subprocess, script_helper) run Taipan again.
      Path launcher = root().resolve("taipan");
      cmd.add("-Dtaipan.executable=" + launcher.toAbsolutePath());
      cmd.add("-Dtaipan.argv0=" + launcher.toAbsolutePath());
      cmd.add("-cp");
      cmd.add(System.getProperty("java.class.path"));
      cmd.add("org.taipan.distro.Main");
    }
    cmd.add(driver().toString());
    cmd.add(module);
    cmd.add(results.toString());
    return cmd;
  }

  /** Runs one module in a fresh process, in a fresh working directory, with the timeout. */
  public static ModuleRun run(String module, Runtime runtime) {
    return run(module, runtime, Map.of());
  }

  /** {@link #run(String, Runtime)} with extra environment variables. */
  static ModuleRun run(String module, Runtime runtime, Map<String, String> environment) {
    try {
      Path work = Files.createTempDirectory("regrtest-" + module + "-");
      try {
        Path results = work.resolve("results.txt");
        Path stderr = work.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command(runtime, module, results));
        pb.directory(work.toFile());
        pb.environment().put("LD_LIBRARY_PATH", oracleHome().toString());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().putAll(environment);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(stderr.toFile());
        Process p = pb.start();
        boolean finished = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
          p.waitFor();
        }
        Map<String, Outcome> cases = parseResults(results);
        if (cases.isEmpty() && (!finished || p.exitValue() != 0)) {
          // The driver itself failed before it could report (no open(), no unittest, ...).
          cases.put(module + " (did not run)", Outcome.ERROR);
        }
        String tail = Files.exists(stderr) ? tail(Files.readString(stderr, StandardCharsets.ISO_8859_1)) : "";
        return new ModuleRun(module, runtime, cases, !finished, finished ? p.exitValue() : -1, tail);
      } finally {
        deleteTree(work);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + module, e);
    }
  }

  static Map<String, Outcome> parseResults(Path results) throws IOException {
    Map<String, Outcome> cases = new LinkedHashMap<>();
    if (!Files.exists(results)) {
      return cases;
    }
    for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      Outcome o;
      try {
        o = Outcome.valueOf(line.substring(0, tab));
      } catch (IllegalArgumentException notAnOutcome) {
        continue;
      }
      // A case reported twice (a teardown error after a pass) keeps its worst outcome.
      cases.merge(line.substring(tab + 1), o, (a, b) -> a == Outcome.PASS ? b : a);
    }
    return cases;
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // a leftover temp folder is harmless
    }
  }

  /** The cases of a run that passed. */
  static TreeSet<String> passing(ModuleRun run) {
    TreeSet<String> s = new TreeSet<>();
    run.cases().forEach((c, o) -> {
      if (o == Outcome.PASS) {
        s.add(c);
      }
    });
    return s;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: regrtest/run retag MODULE ... | summary [MODULE ...]");
      System.exit(2);
    }
    List<String> modules = List.of(args).subList(1, args.length);
    switch (args[0]) {
      case "retag" -> System.exit(retag(modules.isEmpty() ? taggedModules() : modules));
      case "summary" -> Summary.print(modules.isEmpty() ? allModules() : modules, System.out);
      default -> {
        System.err.println("regrtest: unknown command " + args[0]);
        System.exit(2);
      }
    }
  }

  /** Rewrites the tag files of {@code modules}; returns 1 if a tagged case no longer passes. */
  static int retag(List<String> modules) throws IOException {
    int status = 0;
    for (String module : modules) {
      ModuleRun run = run(module, Runtime.TAIPAN);
      TreeSet<String> passing = passing(run);
      TreeSet<String> lost = readTags(module);
      lost.removeAll(passing);
      if (!lost.isEmpty()) {
        System.out.println(module + ": " + lost.size()
            + " tagged case(s) no longer pass; tags left unchanged:");
        lost.forEach(c -> System.out.println("  " + c));
        status = 1;
        continue;
      }
      if (passing.isEmpty()) {
        System.out.println(module + ": no case passes; no tag file written");
        continue;
      }
      writeTags(module, passing);
      System.out.println(module + ": " + passing.size() + " of " + run.cases().size()
          + " cases tagged" + (run.timedOut() ? " (timed out)" : ""));
    }
    return status;
  }
}
