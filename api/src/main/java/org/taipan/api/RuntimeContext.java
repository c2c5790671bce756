package org.taipan.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a runtime instance is started with: the wired {@link Components}, the command line as
 * {@code sys} will show it, the flags, the environment and the standard streams. The launcher
 * builds one from the process; an embedder builds one of its own (for example with in-memory
 * streams).
 *
 * @param components the providers wired at start-up
 * @param argv {@code sys.argv}
 * @param origArgv {@code sys.orig_argv}
 * @param flags {@code sys.flags}
 * @param warnOptions {@code sys.warnoptions}, from {@code -W}
 * @param xOptions {@code sys._xoptions}, from {@code -X}: a value of {@code Boolean.TRUE} for a
 *     bare name, the text after {@code =} otherwise
 * @param environment the process environment as {@code os.environ} sees it
 * @param executable {@code sys.executable}
 * @param stdin the byte stream behind {@code sys.stdin}
 * @param stdout the byte stream behind {@code sys.stdout}
 * @param stderr the byte stream behind {@code sys.stderr}
 * @param moduleSearchPaths {@code sys.path} exactly, as CPython's {@code
 *     config.module_search_paths} when set (by a {@code ._pth} file); {@code null} to compute it
 *     from the program's folder, {@code PYTHONPATH} and the standard library
 */
public record RuntimeContext(
    Components components,
    List<String> argv,
    List<String> origArgv,
    Flags flags,
    List<String> warnOptions,
    Map<String, Object> xOptions,
    Map<String, String> environment,
    String executable,
    InputStream stdin,
    OutputStream stdout,
    OutputStream stderr,
    List<String> moduleSearchPaths) {

  public RuntimeContext {
    moduleSearchPaths = moduleSearchPaths == null ? null : List.copyOf(moduleSearchPaths);
    argv = List.copyOf(argv);
    origArgv = List.copyOf(origArgv);
    warnOptions = List.copyOf(warnOptions);
    // sys._xoptions keeps the command line's order.
    xOptions = Collections.unmodifiableMap(new LinkedHashMap<>(xOptions));
    environment = Map.copyOf(environment);
  }

  /** A context whose {@code sys.path} is computed as usual. */
  public RuntimeContext(Components components, List<String> argv, List<String> origArgv,
      Flags flags, List<String> warnOptions, Map<String, Object> xOptions,
      Map<String, String> environment, String executable, InputStream stdin,
      OutputStream stdout, OutputStream stderr) {
    this(components, argv, origArgv, flags, warnOptions, xOptions, environment, executable,
        stdin, stdout, stderr, null);
  }

  /**
   * A context for embedding: no options, the given argv, the given streams and this process's
   * environment.
   */
  public static RuntimeContext embedded(
      Components components, List<String> argv, InputStream in, OutputStream out, OutputStream err) {
    return new RuntimeContext(
        components, argv, argv, Flags.defaults(), List.of(), Map.of(), System.getenv(), "",
        in, out, err);
  }
}
