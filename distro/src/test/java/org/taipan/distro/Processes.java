package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the oracle ({@code python3.11} from CPython 3.11.3) and the launcher ({@code java …
 * org.taipan.distro.Main}) as real processes, side by side, in a clean environment.
 *
 * <p>The oracle is found through the system property {@code taipan.oracle.home}, which surefire
 * sets; without it, or without a runnable {@code python3.11} there, every test that needs it
 * fails, naming what is missing: expectations come from CPython, never from memory.
 */
final class Processes {

  private Processes() {}

  /** What a process wrote and how it ended. */
  record Result(String stdout, String stderr, int status) {
    @Override
    public String toString() {
      return "status " + status + "\n--- stdout ---\n" + stdout + "--- stderr ---\n" + stderr;
    }
  }

  /** The oracle's home folder, or a loud failure. */
  static Path oracleHome() {
    String home = System.getProperty("taipan.oracle.home");
    if (home == null || home.isEmpty()) {
      fail("system property taipan.oracle.home is not set: run the tests through Maven"
          + " (the root pom sets it to target/cpython), after `mvn -N generate-resources`"
          + " has unpacked the CPython oracle");
    }
    Path python = Path.of(home, "python3.11");
    assertTrue(Files.isExecutable(python), "the CPython oracle is missing: " + python
        + " is not an executable file; run `mvn -N generate-resources` in the repository root");
    return Path.of(home);
  }

  /** The oracle's executable, as it appears in its own usage messages ({@code argv[0]}). */
  static String oracleExecutable() {
    return oracleHome().resolve("python3.11").toString();
  }

  /** A clean environment for both: a UTF-8 locale and nothing from the PYTHON* family. */
  static Map<String, String> cleanEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("LANG", "C.UTF-8");
    String path = System.getenv("PATH");
    if (path != null) {
      env.put("PATH", path);
    }
    return env;
  }

  /** Runs the oracle with {@code args}. */
  static Result oracle(List<String> args, Map<String, String> env, Path dir, String stdin) {
    List<String> command = new ArrayList<>();
    command.add(oracleExecutable());
    command.addAll(args);
    Map<String, String> withLibs = new LinkedHashMap<>(env);
    withLibs.put("LD_LIBRARY_PATH", oracleHome().toString());
    return run(command, withLibs, dir, stdin);
  }

  /** Runs the launcher, {@code java -cp <this test class path> org.taipan.distro.Main args}. */
  static Result taipan(List<String> args, Map<String, String> env, Path dir, String stdin) {
    return run(taipanCommand(List.of(), args), env, dir, stdin);
  }

  /** The launcher's command line: {@code java [jvmOptions] -cp <class path> Main args}. */
  static List<String> taipanCommand(List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command()
        .orElseThrow(() -> new AssertionError("cannot find the java command of this JVM")));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(args);
    return command;
  }

  /**
   * The oracle's output with its own name ({@code argv[0]}, a full path) replaced by the
   * launcher's default name, {@code taipan}: only in the usage line and at the start of a line.
   */
  static Result normalised(Result oracle) {
    String exe = oracleExecutable();
    return new Result(normalise(oracle.stdout(), exe), normalise(oracle.stderr(), exe),
        oracle.status());
  }

  private static String normalise(String text, String exe) {
    return text.replace("usage: " + exe + " [option]", "usage: taipan [option]")
        .replace("\n" + exe + ": ", "\ntaipan: ")
        .replaceFirst("^" + java.util.regex.Pattern.quote(exe) + ": ", "taipan: ");
  }

  static Result run(List<String> command, Map<String, String> env, Path dir, String stdin) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      // One thread per pipe: a process that fills one pipe while we wait on the other would hang.
      CompletableFuture<byte[]> out = drain(process.getInputStream());
      CompletableFuture<byte[]> err = drain(process.getErrorStream());
      try (OutputStream in = process.getOutputStream()) {
        if (stdin != null) {
          in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException closedEarly) {
        // The program did not read all its input; what it printed still counts.
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("timed out after 60 s: " + command);
      }
      return new Result(new String(out.join(), StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8), process.exitValue());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running " + command, e);
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    CompletableFuture<byte[]> result = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (in) {
        result.complete(in.readAllBytes());
      } catch (IOException e) {
        result.completeExceptionally(e);
      }
    }, "process-pipe-reader");
    reader.setDaemon(true);
    reader.start();
    return result;
  }
}
