package org.taipan.distro;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.api.Flags;
import org.taipan.api.exec.MainProgram;
import org.taipan.distro.CommandLineOptions.HelpRequested;
import org.taipan.distro.CommandLineOptions.UsageError;
import org.taipan.distro.ConfigReader.FatalConfigError;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * CPython 3.11's command line, {@code python [option] ... [-c cmd | -m mod | file | -] [arg] ...}:
 * parses it (with Picocli, see {@link CommandLineOptions}) and decides what the launcher does, as
 * CPython's {@code Modules/main.c} and {@code Python/initconfig.c} do: run a program with a
 * configuration, or print help, the version or an error and exit.
 *
 * <p>Parsing is a pure function of the arguments, the environment and the program name (the {@code
 * argv[0]} CPython shows in its usage line), so it can be tested without a process.
 */
public final class PythonCommandLine {

  private PythonCommandLine() {}

  /** What the launcher does with a command line. */
  public sealed interface Outcome permits Run, Exit {}

  /** Run a program with this configuration. */
  public record Run(Launch launch) implements Outcome {}

  /**
   * Print these texts (standard output, then standard error) and exit with this status: help,
   * version, usage errors, fatal configuration errors.
   */
  public record Exit(int status, String stdout, String stderr) implements Outcome {}

  /**
   * Everything the runtime is started with that comes from the command line and the environment.
   *
   * @param program what to run
   * @param argv {@code sys.argv}
   * @param flags {@code sys.flags}
   * @param warnOptions {@code sys.warnoptions}
   * @param xOptions {@code sys._xoptions}, in CPython's order (first appearance of each name)
   * @param environment {@code os.environ}: the process environment, plus {@code LC_CTYPE} when
   *     CPython would coerce the C locale (PEP 538)
   * @param skipFirstLine {@code -x}: skip the first line of the script (not in {@code sys.flags})
   * @param checkHashBasedPycs {@code --check-hash-based-pycs}: {@code default}, {@code always} or
   *     {@code never}
   */
  public record Launch(
      MainProgram program,
      List<String> argv,
      Flags flags,
      List<String> warnOptions,
      Map<String, Object> xOptions,
      Map<String, String> environment,
      boolean skipFirstLine,
      String checkHashBasedPycs) {}

  /**
   * Decides what to do with a command line.
   *
   * @param args the arguments after the program name
   * @param environment the process environment
   * @param programName what CPython calls {@code argv[0]}, shown in usage messages
   */
  public static Outcome parse(List<String> args, Map<String, String> environment,
      String programName) {
    try {
      // CPython's first pass (preconfig.c) reads -E, -I and -X before anything else is checked.
      PreconfigScan pre = PreconfigScan.of(args);
      ConfigReader.utf8Mode(pre.xOptions, pre.useEnvironment, environment);
      return parseOptions(args, environment, programName);
    } catch (FatalConfigError e) {
      return new Exit(1, "", HelpText.fatalError(e.getMessage(), e.runtimeState));
    }
  }

  private static Outcome parseOptions(List<String> args, Map<String, String> environment,
      String programName) throws FatalConfigError {
    CommandLineOptions options = new CommandLineOptions(args);
    try {
      options.parse();
    } catch (HelpRequested help) {
      return new Exit(0, helpText(help.optionName, programName), "");
    } catch (UsageError e) {
      return usageError(e.getMessage(), programName);
    } catch (UnmatchedArgumentException e) {
      return usageError(unknownOption(e.getUnmatched().get(0)), programName);
    } catch (ParameterException e) {
      // Picocli found something the model above does not foresee: report it as CPython reports
      // any bad option, rather than with Picocli's own words.
      return usageError("Unknown option: " + e.getMessage(), programName);
    }
    // Picocli takes a word that looks like a negative number ("-3") for a positional argument;
    // CPython only does so after "--".
    if (!options.endOfOptions && !options.positional.isEmpty()) {
      String first = options.positional.get(0);
      if (first.length() > 1 && first.startsWith("-")) {
        return usageError(unknownOption(first), programName);
      }
    }
    if (options.count("-V") > 0) {
      return new Exit(0, HelpText.version(options.count("-V")), "");
    }
    ConfigReader.Config config = ConfigReader.read(options, environment);

    MainProgram program;
    List<String> argv = new ArrayList<>();
    if (options.command != null) {
      program = new MainProgram.Command(options.command);
      argv.add("-c");
      argv.addAll(options.rest);
    } else if (options.module != null) {
      program = new MainProgram.Module(options.module);
      // CPython's sys.argv[0] is '-m' until runpy has found the module and puts its path there.
      argv.add("-m");
      argv.addAll(options.rest);
    } else if (options.positional.isEmpty()) {
      program = new MainProgram.Interactive();
      argv.add("");
    } else {
      String first = options.positional.get(0);
      program = first.equals("-") ? new MainProgram.Stdin() : new MainProgram.Script(Path.of(first));
      argv.addAll(options.positional);
    }
    String pycs = options.checkHashBasedPycs.isEmpty()
        ? "default" : options.checkHashBasedPycs.get(options.checkHashBasedPycs.size() - 1);
    return new Run(new Launch(program, argv, config.flags(), config.warnOptions(),
        config.xOptions(), config.environment(), options.count("-x") > 0, pycs));
  }

  private static String helpText(String optionName, String programName) {
    switch (optionName) {
      case "--help-env":
        return HelpText.helpEnv();
      case "--help-xoptions":
        return HelpText.helpXOptions();
      case "--help-all":
        return HelpText.helpAll(programName);
      default:
        return HelpText.help(programName);
    }
  }

  private static Exit usageError(String message, String programName) {
    return new Exit(2, "", HelpText.usageError(message, programName));
  }

  /** The short options that take no argument, as CPython 3.11's getopt knows them. */
  static final String FLAG_LETTERS = "bBdEhiIOPqRsStuvVx?";

  /** The short options that take an argument. */
  static final String ARGUMENT_LETTERS = "cmWX";

  /**
   * CPython's message for an argument it could not read as options: {@code unknown option --foo}
   * for a long option, else {@code Unknown option: -z} naming the first letter of the cluster that
   * is not an option, or the {@code -J} message.
   */
  static String unknownOption(String word) {
    if (word.startsWith("--")) {
      return "unknown option " + word;
    }
    int[] letters = word.substring(1).codePoints().toArray();
    for (int letter : letters) {
      if (letter == 'J') {
        return "-J is reserved for Jython";
      }
      if (letter < 128 && ARGUMENT_LETTERS.indexOf(letter) >= 0) {
        break;
      }
      if (letter >= 128 || FLAG_LETTERS.indexOf(letter) < 0) {
        return "Unknown option: -" + Character.toString(letter);
      }
    }
    return "Unknown option: " + word;
  }

  /**
   * The options CPython's first pass over the command line reads ({@code precmdline_parse_cmdline}
   * in {@code Python/preconfig.c}): {@code -E}, {@code -I} and the {@code -X} values, up to {@code
   * -c}, {@code -m} or the script, skipping over anything else, including options it does not know.
   */
  static final class PreconfigScan {
    final List<String> xOptions = new ArrayList<>();
    boolean useEnvironment = true;

    static PreconfigScan of(List<String> args) {
      PreconfigScan scan = new PreconfigScan();
      int i = 0;
      words:
      while (i < args.size()) {
        String word = args.get(i++);
        if (!word.startsWith("-") || word.equals("-") || word.equals("--")) {
          break;
        }
        if (word.startsWith("--")) {
          if (word.equals("--check-hash-based-pycs")) {
            i++;
          }
          continue;
        }
        for (int j = 1; j < word.length(); j++) {
          char letter = word.charAt(j);
          if (letter == 'c' || letter == 'm') {
            break words;
          } else if (letter == 'W' || letter == 'X') {
            String value;
            if (j + 1 < word.length()) {
              value = word.substring(j + 1);
            } else if (i < args.size()) {
              value = args.get(i++);
            } else {
              break words;
            }
            if (letter == 'X') {
              scan.xOptions.add(value);
            }
            continue words;
          } else if (letter == 'E' || letter == 'I') {
            scan.useEnvironment = false;
          } else if (letter == 'J') {
            continue words;
          }
        }
      }
      return scan;
    }
  }
}
