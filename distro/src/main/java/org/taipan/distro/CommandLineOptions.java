package org.taipan.distro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Stack;
import picocli.CommandLine;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The Picocli model of CPython 3.11's command line ({@code Python/getopt.c} and {@code
 * config_parse_cmdline} in {@code Python/initconfig.c}): what the parser found, option by option,
 * with no interpretation. {@link PythonCommandLine} turns it into flags, {@code sys.argv} and a
 * main program.
 *
 * <p>Counted flags ({@code -OO}, {@code -vvv}, {@code -bb}) are {@code boolean[]} options: one
 * element per occurrence. Every option that takes an argument has a parameter consumer that takes
 * the next argument verbatim, whatever it looks like ({@code -W -X}, {@code -c --}, {@code -c=1}
 * are all values, as in CPython). {@code -c} and {@code -m} also take every argument after theirs,
 * untouched, for {@code sys.argv}. The script name is taken by a consumer too, which notes whether
 * it came after {@code --}: Picocli reads a word like {@code -3} as a positional argument, CPython
 * only after {@code --}.
 *
 * <p>The command spec is built with Picocli's programmatic API rather than annotations: the
 * parser is on every start-up's path, and reflecting over an annotated model cost about 80 ms more
 * on this kind of machine.
 */
final class CommandLineOptions {

  /** The counted flags, each with its names. {@code -R} and {@code -t} are accepted, no-ops. */
  private static final List<List<String>> COUNTED_FLAGS = List.of(
      List.of("-b"), List.of("-B"), List.of("-d"), List.of("-E"), List.of("-i"), List.of("-I"),
      List.of("-O"), List.of("-P"), List.of("-q"), List.of("-s"), List.of("-S"), List.of("-u"),
      List.of("-v"), List.of("-V", "--version"), List.of("-x"), List.of("-R"), List.of("-t"));

  /** How often each counted flag was given, by its first name. */
  private final Map<String, Integer> counts = new HashMap<>();

  /** {@code -W} values, in order. */
  final List<String> warnOptions = new ArrayList<>();

  /** {@code -X} values, in order. */
  final List<String> xOptions = new ArrayList<>();

  /** {@code --check-hash-based-pycs} values, in order. */
  final List<String> checkHashBasedPycs = new ArrayList<>();

  /** The command of {@code -c}, or {@code null}. */
  String command;

  /** The module of {@code -m}, or {@code null}. */
  String module;

  /** The arguments after {@code -c CMD} or {@code -m MOD}. */
  final List<String> rest = new ArrayList<>();

  /** The script (or {@code -}) and its arguments. */
  final List<String> positional = new ArrayList<>();

  /** Whether the script name came after {@code --}. */
  boolean endOfOptions;

  /** The command line being parsed. */
  private final List<String> args;

  /** The indexes in {@link #args} of the words taken as the values of options. */
  private final Set<Integer> valueIndexes = new HashSet<>();

  CommandLineOptions(List<String> args) {
    this.args = List.copyOf(args);
  }

  /** How often a counted flag was given ({@code count("-O")} is 2 after {@code -OO}). */
  int count(String flag) {
    return counts.getOrDefault(flag, 0);
  }

  /** Parses the command line given to the constructor into this model. */
  void parse() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("taipan");
    for (List<String> names : COUNTED_FLAGS) {
      spec.addOption(OptionSpec.builder(names.toArray(String[]::new))
          .type(boolean[].class).arity("0").build());
    }
    addOption(spec, new TakeOne(warnOptions), "-W");
    addOption(spec, new TakeOne(xOptions), "-X");
    addOption(spec, new TakePycsMode(), "--check-hash-based-pycs");
    addOption(spec, new TakeRest(), "-c");
    addOption(spec, new TakeRest(), "-m");
    // The help options stop parsing where they stand, as in CPython: -h -z prints help.
    addOption(spec, new StopForHelp(), "-h", "-?", "--help");
    addOption(spec, new StopForHelp(), "--help-env");
    addOption(spec, new StopForHelp(), "--help-xoptions");
    addOption(spec, new StopForHelp(), "--help-all");
    spec.addPositional(PositionalParamSpec.builder().type(String[].class).arity("0..*")
        .parameterConsumer(new TakePositional()).build());

    CommandLine parser = new CommandLine(spec);
    parser.setStopAtPositional(true);
    parser.setExpandAtFiles(false);
    parser.setAllowOptionsAsOptionParameters(true);
    parser.setPosixClusteredShortOptionsAllowed(true);
    parser.setUnmatchedArgumentsAllowed(false);
    // No "-c=value" syntax: in CPython the value is "=value". Arguments cannot hold NUL, so this
    // separator never matches.
    parser.setSeparator("\0");
    parser.parseArgs(args.toArray(String[]::new));

    for (List<String> names : COUNTED_FLAGS) {
      boolean[] given = spec.findOption(names.get(0)).getValue();
      counts.put(names.get(0), given == null ? 0 : given.length);
    }
  }

  private static void addOption(CommandSpec spec, IParameterConsumer consumer, String... names) {
    spec.addOption(OptionSpec.builder(names).type(String.class).arity("1")
        .parameterConsumer(consumer).build());
  }

  /**
   * The index in the command line of the word on top of the parser's stack. Picocli pushes the
   * rest of a cluster ({@code -Wignore}) back on the stack, so inside a cluster this is the index of
   * the cluster itself.
   */
  private int indexOfTop(Stack<String> stack) {
    return args.size() - stack.size();
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

  /** Thrown when a help option is met: parsing stops there. */
  static final class HelpRequested extends ParameterException {
    private static final long serialVersionUID = 1L;
    final String optionName;

    HelpRequested(CommandLine parser, String optionName) {
      super(parser, "help requested by " + optionName);
      this.optionName = optionName;
    }
  }

  private static String nameOf(ArgSpec arg) {
    return ((OptionSpec) arg).longestName();
  }

  /**
   * What every consumer does first. Picocli notes an unknown option and goes on, reporting it at
   * the end; CPython stops at it. So an option that ends parsing or fails (help, a missing or bad
   * argument) first reports an unknown option met before it.
   */
  private abstract static class Consumer implements IParameterConsumer {
    @Override
    public final void consumeParameters(Stack<String> args, ArgSpec arg, CommandSpec spec) {
      List<String> unmatched = spec.commandLine().getUnmatchedArguments();
      if (!unmatched.isEmpty()) {
        throw new UnmatchedArgumentException(spec.commandLine(), unmatched);
      }
      consume(args, arg, spec, model(spec));
    }

    abstract void consume(Stack<String> args, ArgSpec arg, CommandSpec spec,
        CommandLineOptions options);

    /** Takes an option's value; CPython's message when there is none (sic "options" for long). */
    static String takeValue(Stack<String> args, ArgSpec arg, CommandSpec spec,
        CommandLineOptions options) {
      if (args.isEmpty()) {
        String name = nameOf(arg);
        throw new UsageError(spec.commandLine(), "Argument expected for the " + name
            + (name.startsWith("--") ? " options" : " option"));
      }
      options.valueIndexes.add(options.indexOfTop(args));
      return args.pop();
    }
  }

  /** Takes the option's value verbatim, whatever it looks like, into a list. */
  private static final class TakeOne extends Consumer {
    private final List<String> values;

    TakeOne(List<String> values) {
      this.values = values;
    }

    @Override
    void consume(Stack<String> args, ArgSpec arg, CommandSpec spec, CommandLineOptions options) {
      values.add(takeValue(args, arg, spec, options));
    }
  }

  /** Takes the mode of {@code --check-hash-based-pycs}, checking it as CPython does. */
  private static final class TakePycsMode extends Consumer {
    @Override
    void consume(Stack<String> args, ArgSpec arg, CommandSpec spec, CommandLineOptions options) {
      String mode = takeValue(args, arg, spec, options);
      if (!mode.equals("default") && !mode.equals("always") && !mode.equals("never")) {
        throw new UsageError(spec.commandLine(),
            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
      }
      options.checkHashBasedPycs.add(mode);
    }
  }

  /** Takes the option's value and every argument after it, for {@code sys.argv}. */
  private static final class TakeRest extends Consumer {
    @Override
    void consume(Stack<String> args, ArgSpec arg, CommandSpec spec, CommandLineOptions options) {
      String value = takeValue(args, arg, spec, options);
      if (nameOf(arg).equals("-c")) {
        options.command = value;
      } else {
        options.module = value;
      }
      while (!args.isEmpty()) {
        options.rest.add(args.pop());
      }
    }
  }

  /** Stops parsing at a help option. */
  private static final class StopForHelp extends Consumer {
    @Override
    void consume(Stack<String> args, ArgSpec arg, CommandSpec spec, CommandLineOptions options) {
      throw new HelpRequested(spec.commandLine(), nameOf(arg));
    }
  }

  /** The script and everything after it; notes whether {@code --} came just before. */
  private static final class TakePositional extends Consumer {
    @Override
    void consume(Stack<String> args, ArgSpec arg, CommandSpec spec, CommandLineOptions options) {
      int index = options.indexOfTop(args);
      options.endOfOptions = index > 0 && options.args.get(index - 1).equals("--")
          && !options.valueIndexes.contains(index - 1);
      while (!args.isEmpty()) {
        options.positional.add(args.pop());
      }
    }
  }
}
