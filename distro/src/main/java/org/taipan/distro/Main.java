package org.taipan.distro;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.taipan.api.Components;
import org.taipan.api.Cpu;
import org.taipan.api.ProviderSource;

/**
 * The {@code taipan} command: CPython 3.11's command line on the JVM, the entry point of every
 * distribution ({@code java -cp 'distro/target/lib/*' org.taipan.distro.Main [option] ... [-c cmd |
 * -m mod | file | -] [arg] ...}), mirroring CPython's {@code Programs/python.c}.
 *
 * <p>{@code PythonExecution.runMain} runs the program on a thread of its own with a large stack,
 * because deep Python recursion becomes deep Java recursion. The process's standard streams are handed to the runtime as raw
 * byte streams (file descriptors 0, 1, 2), with no Java buffering or encoding in between.
 *
 * <p>System properties, set by the {@code taipan} script: {@code taipan.argv0} (the name the user
 * typed, CPython's {@code argv[0]}, default {@code taipan}), {@code taipan.executable} ({@code
 * sys.executable}), {@code taipan.locale.*} (see {@link #environment}), {@code
 * taipan.debug=true} (print the Java stack trace of an internal error) and {@code taipan.jit=off}
 * (no JIT backend: the interpreter runs everything, see {@link JitSwitch}).
 *
 * <p>A Java exception never reaches the user as a Java stack trace: anything that escapes the
 * runtime is reported as a one-line {@code Fatal Python error:} and exit status 1.
 */
public final class Main {

  private Main() {}

  /** Runs the command line and exits with the program's status. */
  public static void main(String[] args) {
    FileOutputStream stderr = new FileOutputStream(FileDescriptor.err);
    int status;
    try {
      // The runtime runs Python on a thread of its own with a large stack (PythonExecution.runMain).
      status = launch(args, stderr);
    } catch (Throwable t) {
      reportInternalError(t, stderr);
      status = 1;
    }
    if (status < 0) {
      // PythonExecution.runMain asks for the process to end by signal -status (exit_sigint)
      ExitBySignal.exit(-status);
    }
    System.exit(status);
  }

  private static int launch(String[] args, FileOutputStream stderr) {
    try {
      Launcher launcher = new Launcher(
          environment(System.getenv(), System.getProperties()),
          new StandardInput(),
          new FileOutputStream(FileDescriptor.out), stderr,
          System.getProperty("taipan.argv0", "taipan"),
          System.getProperty("taipan.executable", ""),
          System.getProperty("user.dir"),
          () -> Components.from(JitSwitch.apply(
              ProviderSource.serviceLoader(Main.class.getClassLoader()), System.getProperties()),
              Cpu.detect()));
      return launcher.run(List.of(args));
    } catch (Throwable t) {
      reportInternalError(t, stderr);
      return 1;
    }
  }

  /**
   * The process environment as the user set it. In the C locale the {@code taipan} script starts
   * the JVM with {@code LC_CTYPE=C.UTF-8} and without {@code LC_ALL}, so that the JVM decodes the
   * arguments as UTF-8 as CPython does; it passes the variables as they were in {@code
   * taipan.locale.restore=true}, {@code taipan.locale.LC_ALL} and {@code taipan.locale.LC_CTYPE}
   * (absent when they were unset).
   */
  static Map<String, String> environment(Map<String, String> process, Properties properties) {
    if (!Boolean.parseBoolean(properties.getProperty("taipan.locale.restore"))) {
      return process;
    }
    Map<String, String> env = new HashMap<>(process);
    for (String name : List.of("LC_ALL", "LC_CTYPE")) {
      String value = properties.getProperty("taipan.locale." + name);
      if (value == null) {
        env.remove(name);
      } else {
        env.put(name, value);
      }
    }
    return env;
  }

  /**
   * Reports a Java throwable that escaped the runtime: one line naming it, and the Java stack
   * trace only when {@code taipan.debug=true}.
   */
  static void reportInternalError(Throwable t, java.io.OutputStream stderr) {
    try {
      PrintStream err = new PrintStream(stderr, true, StandardCharsets.UTF_8);
      err.println("Fatal Python error: " + oneLine(t)
          + (Boolean.getBoolean("taipan.debug") ? "" : " (run with -Dtaipan.debug=true for the Java stack trace)"));
      if (Boolean.getBoolean("taipan.debug")) {
        t.printStackTrace(err);
      }
      err.flush();
    } catch (Throwable ignored) {
      // Nothing is left to report to: the exit status says it.
    }
  }

  /** {@code taipan internal error: SomeException: message}, on one line. */
  static String oneLine(Throwable t) {
    if (t instanceof Launcher.StartupFailure) {
      return ("taipan: " + t.getMessage()).replaceAll("\\s*\\R\\s*", " ");
    }
    String kind = t instanceof StackOverflowError ? "Java stack overflow"
        : t instanceof OutOfMemoryError ? "Java heap exhausted"
        : "internal error";
    String message = t.getMessage() == null ? "" : ": " + t.getMessage();
    return ("taipan " + kind + ": " + t.getClass().getSimpleName() + message)
        .replaceAll("\\s*\\R\\s*", " ");
  }
}
