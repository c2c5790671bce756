package org.taipan.distro;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Command lines and environments with what CPython 3.11.3 shows for them: the line {@link
 * SysView#PROBE} printed when run by the oracle (as {@code -c PROBE}, as the script {@code
 * probe.py}, or on standard input for {@code -}), in an environment of {@code LANG=C.UTF-8} plus
 * the row's variables ({@code -NAME} removes one).
 *
 * <p>The expected lines were recorded by running the oracle on these rows, not written by hand;
 * {@link CommandLineOracleTest} runs the oracle again on every row and fails if a recording no
 * longer matches it.
 */
final class RecordedCommandLines {

  private RecordedCommandLines() {}

  /** One row: environment changes, arguments (with {@code PROBE} for the probe), oracle output. */
  record Row(List<String> envChanges, List<String> args, String expected) {

    /** The arguments with the probe code in place of {@code PROBE}. */
    List<String> argsWithProbe(String probe) {
      return args.stream().map(a -> a.replace("PROBE", probe)).toList();
    }

    /** The environment of this row, starting from {@code base}. */
    Map<String, String> environment(Map<String, String> base) {
      Map<String, String> env = new LinkedHashMap<>(base);
      for (String change : envChanges) {
        if (change.startsWith("-")) {
          env.remove(change.substring(1));
        } else {
          int eq = change.indexOf('=');
          env.put(change.substring(0, eq), change.substring(eq + 1));
        }
      }
      return env;
    }

    @Override
    public String toString() {
      return (envChanges.isEmpty() ? "" : String.join(" ", envChanges) + " ") + "python "
          + String.join(" ", args);
    }
  }

  static Stream<Arguments> rows() {
    return ROWS.stream().map(Arguments::of);
  }

  private static List<String> env(String... changes) {
    return List.of(changes);
  }

  private static List<String> args(String... args) {
    return List.of(args);
  }

  private static Row row(List<String> env, List<String> args, String expected) {
    return new Row(env, args, expected);
  }

  static final List<Row> ROWS = List.of(
        row(env(),
            args("-c", "PROBE", "a", "-b", "--c"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c', 'a', '-b', '--c'] [] {} False None"),
        row(env(),
            args("-cPROBE", "-v", "x"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c', '-v', 'x'] [] {} False None"),
        row(env(),
            args("-OO", "-c", "PROBE"),
            "(0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env(),
            args("-O", "-O", "-O", "-c", "PROBE"),
            "(0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env(),
            args("-bb", "-B", "-d", "-E", "-i", "-s", "-S", "-u", "-vv", "-q", "-x", "-c", "PROBE"),
            "(1, 1, 1, 0, 1, 1, 1, 1, 2, 2, 1, 1, 0, False, 0, 0, False, -1) ['-c'] ['error::BytesWarning'] {} True None"),
        row(env(),
            args("-qq", "-ii", "-ss", "-SS", "-BB", "-EE", "-dd", "-bbb", "-PP", "-c", "PROBE"),
            "(2, 2, 2, 0, 1, 1, 1, 1, 0, 3, 2, 1, 0, False, 0, 0, True, -1) ['-c'] ['error::BytesWarning'] {} False None"),
        row(env(),
            args("-I", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, False, 0, 0, True, -1) ['-c'] [] {} False None"),
        row(env(),
            args("-II", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, False, 0, 0, True, -1) ['-c'] [] {} False None"),
        row(env(),
            args("-P", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, True, -1) ['-c'] [] {} False None"),
        row(env(),
            args("-Wignore", "-W", "default::DeprecationWarning", "-W", "error", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] ['ignore', 'default::DeprecationWarning', 'error'] {} False None"),
        row(env(),
            args("-W", "", "-W", "-X", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] ['', '-X'] {} False None"),
        row(env(),
            args("-X", "dev", "-Xutf8", "-X", "importtime=2", "-X", "a=b=c", "-X", "int_max_str_digits=1000", "-Xwarn_default_encoding", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, True, 1, 1, False, 1000) ['-c'] ['default'] {'dev': True, 'utf8': True, 'importtime': '2', 'a': 'b=c', 'int_max_str_digits': '1000', 'warn_default_encoding': True} False None"),
        row(env(),
            args("-X", "utf8=0", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {'utf8': '0'} False None"),
        row(env(),
            args("-X", "utf8", "-X", "utf8=0", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {'utf8': '0'} False None"),
        row(env(),
            args("-X", "dev", "-W", "error", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, True, 0, 0, False, -1) ['-c'] ['default', 'error'] {'dev': True} False None"),
        row(env(),
            args("-X", "dev=0", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, True, 0, 0, False, -1) ['-c'] ['default'] {'dev': '0'} False None"),
        row(env(),
            args("-X", "", "-X", "=x", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {'': 'x'} False None"),
        row(env(),
            args("-X", "warn_default_encoding=0", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 1, False, -1) ['-c'] [] {'warn_default_encoding': '0'} False None"),
        row(env(),
            args("-X", "faulthandler", "-X", "faulthandler=1", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {'faulthandler': '1'} False None"),
        row(env(),
            args("-X", "int_max_str_digits=700", "-X", "int_max_str_digits=800", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 700) ['-c'] [] {'int_max_str_digits': '800'} False None"),
        row(env(),
            args("-X", "int_max_str_digits= 700", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 700) ['-c'] [] {'int_max_str_digits': ' 700'} False None"),
        row(env(),
            args("-X", "int_max_str_digits=+700", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 700) ['-c'] [] {'int_max_str_digits': '+700'} False None"),
        row(env(),
            args("-X", "int_max_str_digits=0", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 0) ['-c'] [] {'int_max_str_digits': '0'} False None"),
        row(env(),
            args("-b", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, False, 0, 0, False, -1) ['-c'] ['default::BytesWarning'] {} False None"),
        row(env(),
            args("-uBcPROBE", "x"),
            "(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c', 'x'] [] {} True None"),
        row(env(),
            args("-R", "-t", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env(),
            args("-c", "PROBE", "-V"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c', '-V'] [] {} False None"),
        row(env(),
            args("-W", "-c", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] ['-c'] {} False None"),
        row(env(),
            args("--check-hash-based-pycs", "always", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env(),
            args("probe.py", "a", "-c", "b"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['probe.py', 'a', '-c', 'b'] [] {} False None"),
        row(env(),
            args("-u", "probe.py", "-", "--"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['probe.py', '-', '--'] [] {} True None"),
        row(env(),
            args("-", "a", "b"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-', 'a', 'b'] [] {} False None"),
        row(env(),
            args("--", "probe.py", "-x"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['probe.py', '-x'] [] {} False None"),
        row(env(),
            args("-E", "--", "-", "x"),
            "(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-', 'x'] [] {} False None"),
        row(env(),
            args("./probe.py"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['./probe.py'] [] {} False None"),
        row(env(),
            args("-i", "-c", "PROBE"),
            "(0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONWARNINGS=ignore,once::UserWarning"),
            args("-X", "dev", "-b", "-W", "error", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, True, 0, 0, False, -1) ['-c'] ['default', 'ignore', 'once::UserWarning', 'error', 'default::BytesWarning'] {'dev': True} False None"),
        row(env("PYTHONWARNINGS=ignore, ,error::X,"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] ['ignore', ' ', 'error::X'] {} False None"),
        row(env("PYTHONWARNINGS=ignore"),
            args("-E", "-W", "error", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] ['error'] {} False None"),
        row(env("PYTHONWARNINGS=ignore"),
            args("-I", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, False, 0, 0, True, -1) ['-c'] [] {} False None"),
        row(env("PYTHONOPTIMIZE=2", "PYTHONDEBUG=1", "PYTHONVERBOSE=1", "PYTHONINSPECT=1", "PYTHONUNBUFFERED=1", "PYTHONDONTWRITEBYTECODE=1", "PYTHONNOUSERSITE=1"),
            args("-c", "PROBE"),
            "(1, 1, 0, 2, 1, 1, 0, 0, 1, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} True None"),
        row(env("PYTHONOPTIMIZE=2"),
            args("-O", "-c", "PROBE"),
            "(0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONOPTIMIZE=1"),
            args("-OOO", "-c", "PROBE"),
            "(0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONOPTIMIZE=x"),
            args("-c", "PROBE"),
            "(0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONOPTIMIZE=0"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONOPTIMIZE="),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONOPTIMIZE=1"),
            args("-E", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONDEBUG=x", "PYTHONVERBOSE=-1", "PYTHONOPTIMIZE=-2"),
            args("-c", "PROBE"),
            "(1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONUNBUFFERED=0", "PYTHONDONTWRITEBYTECODE=0", "PYTHONNOUSERSITE=0"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONDEVMODE=1", "PYTHONUTF8=1", "PYTHONSAFEPATH=1", "PYTHONINTMAXSTRDIGITS=700", "PYTHONWARNDEFAULTENCODING=1", "PYTHONHASHSEED=0"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, True, 1, 1, True, 700) ['-c'] ['default'] {} False None"),
        row(env("PYTHONHASHSEED=5"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONHASHSEED=random"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONDEVMODE=0"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, True, 0, 0, False, -1) ['-c'] ['default'] {} False None"),
        row(env("PYTHONDEVMODE="),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONSAFEPATH=0"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, True, -1) ['-c'] [] {} False None"),
        row(env("PYTHONUTF8=0"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("PYTHONUTF8=1"),
            args("-X", "utf8=0", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {'utf8': '0'} False None"),
        row(env("PYTHONUTF8=1"),
            args("-I", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, False, 0, 0, True, -1) ['-c'] [] {} False None"),
        row(env("PYTHONINTMAXSTRDIGITS=700"),
            args("-X", "int_max_str_digits=0", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, 0) ['-c'] [] {'int_max_str_digits': '0'} False None"),
        row(env("PYTHONINTMAXSTRDIGITS=7"),
            args("-E", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("-LANG"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {} False 'C.UTF-8'"),
        row(env("-LANG"),
            args("-E", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {} False 'C.UTF-8'"),
        row(env("-LANG"),
            args("-X", "utf8=0", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {'utf8': '0'} False 'C.UTF-8'"),
        row(env("-LANG", "PYTHONCOERCECLOCALE=0"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {} False None"),
        row(env("-LANG", "PYTHONCOERCECLOCALE=0"),
            args("-I", "-c", "PROBE"),
            "(0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, False, 1, 0, True, -1) ['-c'] [] {} False 'C.UTF-8'"),
        row(env("-LANG", "LANG=C"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {} False 'C.UTF-8'"),
        row(env("-LANG", "LANG=POSIX"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {} False 'C.UTF-8'"),
        row(env("-LANG", "LC_ALL=C"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {} False None"),
        row(env("-LANG", "LC_ALL=C.UTF-8"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1) ['-c'] [] {} False None"),
        row(env("LC_CTYPE=C"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {} False 'C.UTF-8'"),
        row(env("LC_ALL=", "LC_CTYPE=C"),
            args("-c", "PROBE"),
            "(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 1, 0, False, -1) ['-c'] [] {} False 'C.UTF-8'"));
}
