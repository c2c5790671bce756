package org.taipan.api.exec;

import java.nio.file.Path;

/**
 * What the launcher asks the runtime to run, one case per form of CPython's command line: {@code
 * -c CMD}, {@code -m MOD}, a script file, {@code -} (the program on standard input), or nothing (the
 * interactive prompt).
 */
public sealed interface MainProgram {

  /** {@code -c CMD}: run the command string; {@code sys.argv[0]} is {@code '-c'}. */
  record Command(String source) implements MainProgram {}

  /** {@code -m MOD}: run a module as {@code __main__} through {@code runpy}. */
  record Module(String name) implements MainProgram {}

  /**
   * {@code FILE}: run a script. The path is the absolute one CPython runs the script under (what
   * {@code __file__} and tracebacks show); {@code sys.argv[0]} stays as typed, in the context's
   * argv.
   */
  record Script(Path path) implements MainProgram {}

  /** {@code -}: read the program from standard input; {@code sys.argv[0]} is {@code '-'}. */
  record Stdin() implements MainProgram {}

  /** No program: the interactive prompt (or standard input when it is not a terminal). */
  record Interactive() implements MainProgram {}
}
