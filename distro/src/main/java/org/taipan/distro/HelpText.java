package org.taipan.distro;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The texts the launcher prints about itself: help, version and usage errors, as CPython 3.11's
 * {@code Modules/main.c} and {@code Python/initconfig.c} print them.
 *
 * <p>The help texts are part of CPython's interface, so they are reproduced byte for byte. The
 * resources {@code help-options.txt}, {@code help-env.txt} and {@code help-xoptions.txt} beside this
 * class were produced by running the oracle ({@code python3.11 -h} without its first line, {@code
 * python3.11 --help-env}, {@code python3.11 --help-xoptions}, CPython 3.11.3 from {@code
 * org.bytedeco:cpython:3.11.3-1.5.9}); {@code LauncherProcessTest} compares them with the oracle's
 * output on every build. Only the program name in the usage line is ours: CPython prints its own
 * {@code argv[0]} there, and so do we.
 */
public final class HelpText {

  /** The CPython version we implement and report, the oracle's. */
  public static final String PYTHON_VERSION = "3.11.3";

  private static final String USAGE_TAIL =
      " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

  private static final String TRY_HELP = "Try `python -h' for more information.\n";

  private HelpText() {}

  /** The usage line, {@code usage: PROGRAM [option] ...}, with its newline. */
  public static String usageLine(String programName) {
    return "usage: " + programName + USAGE_TAIL;
  }

  /** What {@code -h} prints. */
  public static String help(String programName) {
    return usageLine(programName) + resource("help-options.txt");
  }

  /** What {@code --help-env} prints. */
  public static String helpEnv() {
    return resource("help-env.txt");
  }

  /** What {@code --help-xoptions} prints. */
  public static String helpXOptions() {
    return resource("help-xoptions.txt");
  }

  /** What {@code --help-all} prints: the three texts above, two blank lines apart. */
  public static String helpAll(String programName) {
    return help(programName) + "\n\n" + helpEnv() + "\n\n" + helpXOptions();
  }

  /**
   * What {@code -V} prints (level 1), and {@code -VV} (level 2 or more). CPython's second form
   * names its build and C compiler; ours names the Taipan build and the Java VM, in the same shape
   * as {@code sys.version}.
   */
  public static String version(int level) {
    if (level <= 1) {
      return "Python " + PYTHON_VERSION + "\n";
    }
    String impl = HelpText.class.getPackage().getImplementationVersion();
    return "Python " + PYTHON_VERSION + " (taipan" + (impl == null ? "" : " " + impl) + ") ["
        + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "]\n";
  }

  /**
   * A command-line error as CPython reports it on standard error before exiting with status 2: the
   * message, the usage line and a pointer to {@code -h}.
   */
  public static String usageError(String message, String programName) {
    return message + "\n" + usageLine(programName) + TRY_HELP;
  }

  /**
   * A configuration error as CPython's {@code Py_ExitStatusException} reports it before exiting
   * with status 1.
   *
   * @param runtimeState {@code preinitializing}, {@code preinitialized}, …
   */
  public static String fatalError(String message, String runtimeState) {
    return "Fatal Python error: " + message + "\nPython runtime state: " + runtimeState + "\n\n";
  }

  private static String resource(String name) {
    try (InputStream in = HelpText.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing launcher resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
