package org.taipan.distro;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.api.Flags;

/**
 * Turns the parsed command line and the process environment into {@code sys.flags}, {@code
 * sys.warnoptions}, {@code sys._xoptions} and the environment the program sees, following CPython
 * 3.11's {@code Python/preconfig.c} (UTF-8 mode, C locale coercion) and {@code
 * Python/initconfig.c} (the {@code PYTHON*} variables, {@code -X} options, warning options).
 *
 * <p>Rules found by running the oracle: a {@code PYTHON*} flag variable raises a flag to its
 * integer value (a non-integer or negative value counts 1, an empty one is ignored), so {@code
 * PYTHONOPTIMIZE=2} with {@code -O} gives 2; the first {@code -X name} of a name decides its
 * effect while {@code sys._xoptions} keeps the last value; {@code sys.warnoptions} holds the {@code
 * -X dev} filter, then {@code PYTHONWARNINGS}, then {@code -W}, then the {@code -b} filter.
 */
final class ConfigReader {

  /** What CPython reports for a bad configuration before exiting with status 1. */
  static final class FatalConfigError extends Exception {
    private static final long serialVersionUID = 1L;
    final String runtimeState;

    FatalConfigError(String message, String runtimeState) {
      super(message, null, false, false);
      this.runtimeState = runtimeState;
    }
  }

  /** The result: everything {@code sys} shows about the configuration. */
  record Config(
      Flags flags,
      List<String> warnOptions,
      Map<String, Object> xOptions,
      Map<String, String> environment) {}

  private static final String MAX_STR_DIGITS_ERROR =
      ": invalid limit; must be >= 640 or 0 for unlimited.";

  private final CommandLineOptions options;
  private final Map<String, String> environment;
  private final boolean useEnvironment;
  /** In command-line order; a name maps to its first value (CPython looks names up first-wins). */
  private final Map<String, String> firstX = new LinkedHashMap<>();

  private ConfigReader(CommandLineOptions options, Map<String, String> environment) {
    this.options = options;
    this.environment = environment;
    this.useEnvironment = options.count("-E") == 0 && options.count("-I") == 0;
    for (String x : options.xOptions) {
      int eq = x.indexOf('=');
      firstX.putIfAbsent(eq < 0 ? x : x.substring(0, eq), eq < 0 ? null : x.substring(eq + 1));
    }
  }

  /** Reads the configuration of a parsed command line in an environment. */
  static Config read(CommandLineOptions options, Map<String, String> environment)
      throws FatalConfigError {
    return new ConfigReader(options, environment).read();
  }

  private Config read() throws FatalConfigError {
    Map<String, String> env = new LinkedHashMap<>(environment);
    // preconfig.c runs first, so its errors win over every later one.
    int utf8Mode = utf8Mode();
    if (cLocaleCoercion()) {
      env.put("LC_CTYPE", "C.UTF-8");
    }

    int isolated = options.count("-I") > 0 ? 1 : 0;
    int ignoreEnvironment = useEnvironment ? 0 : 1;
    int debug = envFlag("PYTHONDEBUG", options.count("-d"));
    int inspect = envFlag("PYTHONINSPECT", options.count("-i"));
    int interactive = options.count("-i");
    int optimize = envFlag("PYTHONOPTIMIZE", options.count("-O"));
    int dontWriteBytecode = Math.min(1, envFlag("PYTHONDONTWRITEBYTECODE", options.count("-B")));
    int noUserSite = isolated == 1 ? 1 : Math.min(1, envFlag("PYTHONNOUSERSITE", options.count("-s")));
    int noSite = Math.min(1, options.count("-S"));
    int verbose = envFlag("PYTHONVERBOSE", options.count("-v"));
    int bytesWarning = options.count("-b");
    int quiet = options.count("-q");
    boolean unbuffered = envFlag("PYTHONUNBUFFERED", options.count("-u")) > 0;
    boolean devMode = firstX.containsKey("dev") || !env("PYTHONDEVMODE").isEmpty();
    int warnDefaultEncoding =
        firstX.containsKey("warn_default_encoding") || !env("PYTHONWARNDEFAULTENCODING").isEmpty() ? 1 : 0;
    boolean safePath = isolated == 1 || options.count("-P") > 0 || !env("PYTHONSAFEPATH").isEmpty();
    int hashRandomization = hashRandomization();
    int intMaxStrDigits = intMaxStrDigits();
    checkFrozenModules();

    Flags flags = new Flags(debug, inspect, interactive, optimize, dontWriteBytecode, noUserSite,
        noSite, ignoreEnvironment, verbose, bytesWarning, quiet, hashRandomization, isolated,
        devMode, utf8Mode, warnDefaultEncoding, safePath, intMaxStrDigits, unbuffered);
    return new Config(flags, warnOptions(devMode, bytesWarning), xOptions(),
        Collections.unmodifiableMap(env));
  }

  /** A {@code PYTHON*} variable, or {@code ""} when unset or when {@code -E}/{@code -I} is given. */
  private String env(String name) {
    if (!useEnvironment) {
      return "";
    }
    String value = environment.get(name);
    return value == null ? "" : value;
  }

  /** CPython's {@code _Py_get_env_flag}: raise {@code flag} to the variable's value. */
  private int envFlag(String name, int flag) {
    String value = env(name);
    if (value.isEmpty()) {
      return flag;
    }
    Integer n = parseCInt(value);
    int level = n == null || n < 0 ? 1 : n;
    return Math.max(flag, level);
  }

  /**
   * An integer as C's {@code strtol} reads a whole string (leading blanks and a sign allowed,
   * nothing after the digits), or {@code null}.
   */
  static Integer parseCInt(String text) {
    int i = 0;
    while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    String number = text.substring(i);
    if (number.startsWith("+")) {
      number = number.substring(1);
    }
    if (number.isEmpty() || !number.matches("-?[0-9]+")) {
      return null;
    }
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException tooLarge) {
      return null;
    }
  }

  private int utf8Mode() throws FatalConfigError {
    return utf8Mode(options.xOptions, useEnvironment, environment);
  }

  /**
   * CPython's {@code preconfig_init_utf8_mode}: UTF-8 mode from the first {@code -X utf8}, else
   * {@code PYTHONUTF8}, else on in the C locale. CPython reads it in a first pass over the command
   * line, before any other option is looked at, so its errors come first.
   *
   * @param xOptions the {@code -X} values in command-line order
   * @param useEnvironment false under {@code -E} or {@code -I}
   */
  static int utf8Mode(List<String> xOptions, boolean useEnvironment, Map<String, String> environment)
      throws FatalConfigError {
    for (String x : xOptions) {
      if (x.equals("utf8") || x.equals("utf8=1")) {
        return 1;
      } else if (x.equals("utf8=0")) {
        return 0;
      } else if (x.startsWith("utf8=")) {
        throw new FatalConfigError(
            "preconfig_init_utf8_mode: invalid -X utf8 option value", "preinitializing");
      }
    }
    String value = useEnvironment ? environment.getOrDefault("PYTHONUTF8", "") : "";
    if (value.equals("1")) {
      return 1;
    } else if (value.equals("0")) {
      return 0;
    } else if (!value.isEmpty()) {
      throw new FatalConfigError(
          "preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value",
          "preinitializing");
    }
    return isCLocale(environment) ? 1 : 0;
  }

  /**
   * Whether the {@code LC_CTYPE} locale the C library would choose is the C locale. We read the
   * variables as {@code setlocale(LC_CTYPE, "")} does; a locale that is named but not installed
   * also falls back to C in CPython, which we cannot see from Java.
   */
  private static boolean isCLocale(Map<String, String> environment) {
    String name = firstNonEmpty(environment.get("LC_ALL"), environment.get("LC_CTYPE"),
        environment.get("LANG"));
    return name == null || name.equals("C") || name.equals("POSIX");
  }

  /** PEP 538: in the C locale, unless {@code LC_ALL} is set, CPython sets {@code LC_CTYPE}. */
  private boolean cLocaleCoercion() {
    String lcAll = environment.get("LC_ALL");
    return isCLocale(environment) && (lcAll == null || lcAll.isEmpty())
        && !env("PYTHONCOERCECLOCALE").equals("0");
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  private int hashRandomization() throws FatalConfigError {
    String seed = env("PYTHONHASHSEED");
    if (seed.isEmpty() || seed.equals("random")) {
      return 1;
    }
    Long value = seed.matches("[0-9]{1,10}") ? Long.parseLong(seed) : null;
    if (value == null || value > 4294967295L) {
      throw new FatalConfigError("config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an"
          + " integer in range [0; 4294967295]", "preinitialized");
    }
    return value == 0 ? 0 : 1;
  }

  private int intMaxStrDigits() throws FatalConfigError {
    String source;
    String text;
    if (firstX.containsKey("int_max_str_digits")) {
      source = "-X int_max_str_digits";
      text = firstX.get("int_max_str_digits");
    } else if (!env("PYTHONINTMAXSTRDIGITS").isEmpty()) {
      source = "PYTHONINTMAXSTRDIGITS";
      text = env("PYTHONINTMAXSTRDIGITS");
    } else {
      return -1;
    }
    Integer value = text == null ? null : parseCInt(text);
    if (value == null || value < 0 || (value > 0 && value < 640)) {
      throw new FatalConfigError(
          "config_init_int_max_str_digits: " + source + MAX_STR_DIGITS_ERROR, "preinitialized");
    }
    return value;
  }

  private void checkFrozenModules() throws FatalConfigError {
    if (firstX.containsKey("frozen_modules")) {
      String value = firstX.get("frozen_modules");
      if (!"on".equals(value) && !"off".equals(value)) {
        throw new FatalConfigError(
            "bad value for option -X frozen_modules (expected \"on\" or \"off\")",
            "preinitialized");
      }
    }
  }

  private List<String> warnOptions(boolean devMode, int bytesWarning) {
    List<String> result = new ArrayList<>();
    if (devMode) {
      result.add("default");
    }
    for (String w : env("PYTHONWARNINGS").split(",")) {
      if (!w.isEmpty()) {
        result.add(w);
      }
    }
    result.addAll(options.warnOptions);
    if (bytesWarning > 1) {
      result.add("error::BytesWarning");
    } else if (bytesWarning == 1) {
      result.add("default::BytesWarning");
    }
    return result;
  }

  /** {@code sys._xoptions}: later values of a name replace earlier ones, in first-seen order. */
  private Map<String, Object> xOptions() {
    Map<String, Object> result = new LinkedHashMap<>();
    for (String x : options.xOptions) {
      int eq = x.indexOf('=');
      if (eq < 0) {
        result.put(x, Boolean.TRUE);
      } else {
        result.put(x.substring(0, eq), x.substring(eq + 1));
      }
    }
    return Collections.unmodifiableMap(result);
  }
}
