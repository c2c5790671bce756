package org.taipan.distro;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.taipan.api.Components;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;
import org.taipan.distro.PythonCommandLine.Exit;
import org.taipan.distro.PythonCommandLine.Launch;
import org.taipan.distro.PythonCommandLine.Outcome;
import org.taipan.distro.PythonCommandLine.Run;

/**
 * Starts a runtime from a command line, as CPython's {@code Py_BytesMain} does: reads the command
 * line and the environment, prints help, version and errors itself, checks that a script can be
 * opened, wires the components and hands the program to {@link
 * org.taipan.api.exec.PythonExecution#runMain}.
 *
 * <p>Everything the launcher reads from the process (environment, streams, working directory,
 * program name) is given to the constructor, so it can be run in-process by tests.
 */
public final class Launcher {

  private final Map<String, String> environment;
  private final InputStream stdin;
  private final OutputStream stdout;
  private final OutputStream stderr;
  private final String programName;
  private final String executable;
  private final String workingDirectory;
  private final Supplier<Components> components;

  /**
   * A launcher with explicit surroundings.
   *
   * @param programName CPython's {@code argv[0]}: shown in usage and error messages and as {@code
   *     sys.orig_argv[0]}
   * @param executable {@code sys.executable}
   * @param workingDirectory the directory relative script paths are resolved against
   * @param components the component registry, wired when a program is about to run
   */
  public Launcher(Map<String, String> environment, InputStream stdin, OutputStream stdout,
      OutputStream stderr, String programName, String executable, String workingDirectory,
      Supplier<Components> components) {
    this.environment = Map.copyOf(environment);
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.programName = programName;
    this.executable = executable;
    this.workingDirectory = workingDirectory;
    this.components = components;
  }

  /**
   * Runs a command line to its end.
   *
   * @return the process exit status
   */
  public int run(List<String> args) {
    Outcome outcome = PythonCommandLine.parse(args, environment, programName);
    if (outcome instanceof Exit exit) {
      write(stdout, exit.stdout());
      write(stderr, exit.stderr());
      return exit.status();
    }
    Launch launch = ((Run) outcome).launch();
    MainProgram program = launch.program();
    if (program instanceof MainProgram.Script script) {
      // CPython runs the script under its absolute path (config.run_filename: the working
      // directory joined to the path as given, not normalised), which __file__ and tracebacks
      // show; sys.argv[0] stays as given.
      String absolute = absolute(script.path().toString());
      String error = cannotOpen(absolute);
      if (error != null) {
        write(stderr, programName + ": can't open file " + error + "\n");
        return 2;
      }
      program = new MainProgram.Script(Path.of(absolute));
    }
    List<String> origArgv = new ArrayList<>();
    origArgv.add(programName);
    origArgv.addAll(args);
    Components wired;
    try {
      wired = components.get();
    } catch (RuntimeException | java.util.ServiceConfigurationError e) {
      throw new StartupFailure(e);
    }
    org.taipan.api.Flags flags = launch.flags();
    List<String> searchPaths = null;
    PthFile pth = PthFile.find(executable);
    if (pth != null) {
      flags = pth.apply(flags);
      searchPaths = pth.paths();
    }
    RuntimeContext context = new RuntimeContext(wired, launch.argv(), origArgv, flags,
        launch.warnOptions(), launch.xOptions(), launch.environment(), executable, stdin, stdout,
        stderr, searchPaths);
    return wired.execution().runMain(program, context);
  }

  /** The components could not be wired: a bundle is missing or broken. */
  static final class StartupFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StartupFailure(Throwable cause) {
      super("cannot start the runtime: " + cause.getMessage(), cause);
    }
  }

  /**
   * Why a script cannot be opened, in CPython's words ({@code '/abs/path': [Errno 2] No such file
   * or directory}), or {@code null} if it can. A directory is left to the runtime, which runs its
   * {@code __main__} module.
   */
  private String cannotOpen(String absolute) {
    File file = new File(absolute);
    if (file.isDirectory()) {
      return null;
    }
    try (FileInputStream probe = new FileInputStream(file)) {
      return null;
    } catch (FileNotFoundException e) {
      return PythonRepr.str(absolute) + ": " + errnoText(e.getMessage());
    } catch (IOException e) {
      return PythonRepr.str(absolute) + ": " + e.getMessage();
    }
  }

  private String absolute(String path) {
    return path.startsWith("/") ? path : workingDirectory + "/" + path;
  }

  /** The JDK reports {@code path (strerror text)}; CPython prints {@code [Errno N] text}. */
  private static String errnoText(String message) {
    int open = message == null ? -1 : message.lastIndexOf(" (");
    String reason = open < 0 ? String.valueOf(message) : message.substring(open + 2,
        message.length() - (message.endsWith(")") ? 1 : 0));
    switch (reason) {
      case "No such file or directory":
        return "[Errno 2] " + reason;
      case "Permission denied":
        return "[Errno 13] " + reason;
      case "Not a directory":
        return "[Errno 20] " + reason;
      case "Too many levels of symbolic links":
        return "[Errno 40] " + reason;
      case "File name too long":
        return "[Errno 36] " + reason;
      default:
        return reason;
    }
  }

  private static void write(OutputStream out, String text) {
    if (text.isEmpty()) {
      return;
    }
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException ignored) {
      // As CPython's printf: a closed or broken stream does not change the exit status.
    }
  }
}
