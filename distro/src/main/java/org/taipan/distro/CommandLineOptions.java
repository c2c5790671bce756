package org.taipan.distro;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The Picocli model of CPython 3.11's command line ({@code Python/getopt.c} and {@code
 * config_parse_cmdline} in {@code Python/initconfig.c}): one field per option, as the parser
 * filled it in, with no interpretation. {@link PythonCommandLine} turns it into flags, {@code
 * sys.argv} and a main program.
 *
 * <p>Every option that takes an argument has a parameter consumer that takes the next argument
 * verbatim, whatever it looks like ({@code -W -X}, {@code -c --}, {@code -c=1} are all values, as in
 * CPython). {@code -c} and {@code -m} also take every argument after theirs, untouched, for {@code
 * sys.argv}. The script name is taken by a consumer too, which notes whether it came after {@code
 * --}: Picocli reads a word like {@code -3} as a positional argument, CPython only after {@code
 * --}.
 */
@Command(name = "taipan")
final class CommandLineOptions {

  // Counted flags: one element per occurrence, so -OO and -O -O both count 2.
  @Option(names = "-b") boolean[] bytesWarning = {};
  @Option(names = "-B") boolean[] dontWriteBytecode = {};
  @Option(names = "-d") boolean[] debug = {};
  @Option(names = "-E") boolean[] ignoreEnvironment = {};
  @Option(names = "-i") boolean[] inspect = {};
  @Option(names = "-I") boolean[] isolated = {};
  @Option(names = "-O") boolean[] optimize = {};
  @Option(names = "-P") boolean[] safePath = {};
  @Option(names = "-q") boolean[] quiet = {};
  @Option(names = "-s") boolean[] noUserSite = {};
  @Option(names = "-S") boolean[] noSite = {};
  @Option(names = "-u") boolean[] unbuffered = {};
  @Option(names = "-v") boolean[] verbose = {};
  @Option(names = {"-V", "--version"}) boolean[] version = {};
  @Option(names = "-x") boolean[] skipFirstLine = {};
  // Accepted and ignored by CPython 3.11: -R (hash randomization is always on) and -t.
  @Option(names = "-R") boolean[] hashRandomization = {};
  @Option(names = "-t") boolean[] tabWarnings = {};

  @Option(names = "-W", parameterConsumer = TakeOne.class)
  List<String> warnOptions = new ArrayList<>();

  @Option(names = "-X", parameterConsumer = TakeOne.class)
  List<String> xOptions = new ArrayList<>();

  @Option(names = "--check-hash-based-pycs", parameterConsumer = TakePycsMode.class)
  List<String> checkHashBasedPycs = new ArrayList<>();

  @Option(names = "-c", parameterConsumer = TakeRest.class)
  String command;

  @Option(names = "-m", parameterConsumer = TakeRest.class)
  String module;

  /** The help options stop parsing where they stand, as in CPython: {@code -h -z} prints help. */
  @Option(names = {"-h", "-?", "--help"}, parameterConsumer = StopForHelp.class)
  boolean help;

  @Option(names = "--help-env", parameterConsumer = StopForHelp.class)
  boolean helpEnv;

  @Option(names = "--help-xoptions", parameterConsumer = StopForHelp.class)
  boolean helpXOptions;

  @Option(names = "--help-all", parameterConsumer = StopForHelp.class)
  boolean helpAll;

  /** The script (or {@code -}) and its arguments. */
  @Parameters(parameterConsumer = TakePositional.class)
  List<String> positional = new ArrayList<>();

  /** Whether the script name came after {@code --}. */
  boolean endOfOptions;

  /** The command line being parsed. */
  private final List<String> args;

  /** The indexes in {@link #args} of the words taken as the values of options. */
  private final Set<Integer> valueIndexes = new HashSet<>();

  CommandLineOptions(List<String> args) {
    this.args = List.copyOf(args);
  }

  /**
   * The index in the command line of the word on top of the parser's stack. Picocli pushes the
   * rest of a cluster ({@code -Wignore}) back on the stack, so inside a cluster this is the index of
   * the cluster itself.
   */
  private int indexOfTop(Stack<String> stack) {
    return args.size() - stack.size();
  }

  /** Parses the command line given to the constructor into this model. */
  void parse() {
    parser().parseArgs(args.toArray(String[]::new));
  }

  /** The arguments after {@code -c CMD} or {@code -m MOD}. */
  final List<String> rest = new ArrayList<>();

  /** A configured Picocli parser for this model. */
  CommandLine parser() {
    CommandLine parser = new CommandLine(this);
    parser.setStopAtPositional(true);
    parser.setExpandAtFiles(false);
    parser.setAllowOptionsAsOptionParameters(true);
    parser.setPosixClusteredShortOptionsAllowed(true);
    parser.setCaseInsensitiveEnumValuesAllowed(false);
    parser.setUnmatchedArgumentsAllowed(false);
    // No "-c=value" syntax: in CPython the value is "=value". Arguments cannot hold NUL, so this
    // separator never matches.
    parser.setSeparator("\0");
    return parser;
  }

  private static CommandLineOptions model(CommandSpec spec) {
    return (CommandLineOptions) spec.userObject();
  }

  /** A command-line error, with CPython's message for it. */
  static final class UsageError extends ParameterException {
    private static final long serialVersionUID = 1L;

    UsageError(CommandLine parser, String message) {
      super(parser, message);
    }
  }

  /** CPython's message for an option given without its argument (sic: "options" for the long one). */
  static UsageError missingArgument(CommandSpec spec, ArgSpec arg) {
    String name = nameOf(arg);
    return new UsageError(spec.commandLine(),
        "Argument expected for the " + name + (name.startsWith("--") ? " options" : " option"));
  }

  /** Thrown when a help option is met: parsing stops there. */
  static final class HelpRequested extends ParameterException {
    private static final long serialVersionUID = 1L;
    final String optionName;

    HelpRequested(CommandLine parser, String optionName) {
      super(parser, "help requested by " + optionName);
      this.optionName = optionName;
    }
  }

  /**
   * Picocli notes an unknown option and goes on, reporting it at the end; CPython stops at it. So
   * an option that ends parsing or fails (help, a missing or bad argument) first reports an unknown
   * option met before it.
   */
  private static void failOnEarlierUnknownOption(CommandSpec spec) {
    List<String> unmatched = spec.commandLine().getUnmatchedArguments();
    if (!unmatched.isEmpty()) {
      throw new UnmatchedArgumentException(spec.commandLine(), unmatched);
    }
  }

  private static String nameOf(ArgSpec arg) {
    return ((picocli.CommandLine.Model.OptionSpec) arg).longestName();
  }

  /** Takes the option's value verbatim, whatever it looks like. */
  static final class TakeOne implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec spec) {
      failOnEarlierUnknownOption(spec);
      if (args.isEmpty()) {
        throw missingArgument(spec, arg);
      }
      model(spec).valueIndexes.add(model(spec).indexOfTop(args));
      List<String> values = arg.getValue();
      values.add(args.pop());
    }
  }

  /** Takes the mode of {@code --check-hash-based-pycs}, checking it as CPython does. */
  static final class TakePycsMode implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec spec) {
      failOnEarlierUnknownOption(spec);
      if (args.isEmpty()) {
        throw missingArgument(spec, arg);
      }
      model(spec).valueIndexes.add(model(spec).indexOfTop(args));
      String mode = args.pop();
      if (!mode.equals("default") && !mode.equals("always") && !mode.equals("never")) {
        throw new UsageError(spec.commandLine(),
            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
      }
      List<String> values = arg.getValue();
      values.add(mode);
    }
  }

  /** Takes the option's value and every argument after it, for {@code sys.argv}. */
  static final class TakeRest implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec spec) {
      failOnEarlierUnknownOption(spec);
      if (args.isEmpty()) {
        throw missingArgument(spec, arg);
      }
      CommandLineOptions options = model(spec);
      options.valueIndexes.add(options.indexOfTop(args));
      arg.setValue(args.pop());
      while (!args.isEmpty()) {
        options.rest.add(args.pop());
      }
    }
  }

  /** Stops parsing at a help option. */
  static final class StopForHelp implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec spec) {
      failOnEarlierUnknownOption(spec);
      throw new HelpRequested(spec.commandLine(), nameOf(arg));
    }
  }

  /** The script and everything after it; notes whether {@code --} came just before. */
  static final class TakePositional implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec spec) {
      failOnEarlierUnknownOption(spec);
      CommandLineOptions options = model(spec);
      int index = options.indexOfTop(args);
      options.endOfOptions = index > 0 && options.args.get(index - 1).equals("--")
          && !options.valueIndexes.contains(index - 1);
      while (!args.isEmpty()) {
        options.positional.add(args.pop());
      }
    }
  }
}
