package org.taipan.interp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;

/** Runs a program from the command line like {@code python3}, for development and the tests. */
public final class DevRunner {
  private DevRunner() {}

  /** {@code DevRunner -c CMD | FILE | -} followed by the program's arguments. */
  public static void main(String[] args) {
    MainProgram p;
    List<String> argv = new ArrayList<>();
    if (args[0].equals("-c")) {
      p = new MainProgram.Command(args[1]);
      argv.add("-c");
      argv.addAll(List.of(args).subList(2, args.length));
    } else if (args[0].equals("-")) {
      p = new MainProgram.Stdin();
      argv.addAll(List.of(args));
    } else {
      p = new MainProgram.Script(Path.of(args[0]));
      argv.addAll(List.of(args));
    }
    RuntimeContext ctx = RuntimeContext.embedded(null, argv, System.in, System.out, System.err);
    System.exit(new Execution().runMain(p, ctx));
  }
}
