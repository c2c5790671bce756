package org.taipan.api;

/**
 * The interpreter flags set on the command line and by the environment, the fields of CPython's
 * {@code sys.flags} in their order, plus {@code unbuffered} ({@code -u}) which CPython keeps
 * elsewhere.
 */
public record Flags(
    int debug,
    int inspect,
    int interactive,
    int optimize,
    int dontWriteBytecode,
    int noUserSite,
    int noSite,
    int ignoreEnvironment,
    int verbose,
    int bytesWarning,
    int quiet,
    int hashRandomization,
    int isolated,
    boolean devMode,
    int utf8Mode,
    int warnDefaultEncoding,
    boolean safePath,
    int intMaxStrDigits,
    boolean unbuffered) {

  /** The flags of a plain {@code python3} run with no options. */
  public static Flags defaults() {
    return new Flags(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1, false);
  }
}
