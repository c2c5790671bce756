package org.taipan.distro;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.taipan.api.Flags;
import org.taipan.distro.PythonCommandLine.Launch;

/**
 * What a launch looks like from Python, printed the way CPython prints it, so that a launch can be
 * compared with the oracle's output of {@link #PROBE}: {@code tuple(sys.flags)}, {@code sys.argv},
 * {@code sys.warnoptions}, {@code sys._xoptions}, whether {@code sys.stdout} writes through ({@code
 * -u}) and the {@code LC_CTYPE} the program sees.
 */
final class SysView {

  /** The Python statement that prints the view of the running interpreter. */
  static final String PROBE = "import sys, os; print(tuple(sys.flags), sys.argv, sys.warnoptions,"
      + " sys._xoptions, sys.stdout.write_through, repr(os.environ.get('LC_CTYPE')))";

  private SysView() {}

  /** The line {@link #PROBE} would print for this launch. */
  static String of(Launch launch) {
    return flags(launch.flags()) + " " + list(launch.argv()) + " " + list(launch.warnOptions())
        + " " + dict(launch.xOptions()) + " " + pyBool(launch.flags().unbuffered()) + " "
        + repr(launch.environment().get("LC_CTYPE"));
  }

  private static String repr(String value) {
    return value == null ? "None" : PythonRepr.str(value);
  }

  static String flags(Flags f) {
    return "(" + f.debug() + ", " + f.inspect() + ", " + f.interactive() + ", " + f.optimize()
        + ", " + f.dontWriteBytecode() + ", " + f.noUserSite() + ", " + f.noSite() + ", "
        + f.ignoreEnvironment() + ", " + f.verbose() + ", " + f.bytesWarning() + ", " + f.quiet()
        + ", " + f.hashRandomization() + ", " + f.isolated() + ", " + pyBool(f.devMode()) + ", "
        + f.utf8Mode() + ", " + f.warnDefaultEncoding() + ", " + pyBool(f.safePath()) + ", "
        + f.intMaxStrDigits() + ")";
  }

  private static String pyBool(boolean b) {
    return b ? "True" : "False";
  }

  private static String list(List<String> items) {
    return items.stream().map(PythonRepr::str).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String dict(Map<String, Object> items) {
    return items.entrySet().stream()
        .map(e -> PythonRepr.str(e.getKey()) + ": "
            + (e.getValue() instanceof String s ? PythonRepr.str(s) : pyBool((Boolean) e.getValue())))
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
