package org.taipan.interp;

/**
 * The specializing interpreter's counters per instruction family, CPython's {@code
 * SPECIALIZATION_STATS} ({@code Python/specialize.c}): specializations made and failed, hits and
 * misses of the specialized forms, and deoptimizations back to the adaptive form. Kept only with
 * {@code -Dtaipan.specialize.stats=true}, which prints them at exit.
 */
final class SpecStats {
  private SpecStats() {}

  static final String[] FAMILIES = {
    "LOAD_GLOBAL", "LOAD_ATTR", "LOAD_METHOD", "STORE_ATTR", "BINARY_OP", "COMPARE_OP",
    "BINARY_SUBSCR", "CALL", "FOR_ITER", "UNPACK_SEQUENCE",
  };

  static final int LOAD_GLOBAL = 0;
  static final int LOAD_ATTR = 1;
  static final int LOAD_METHOD = 2;
  static final int STORE_ATTR = 3;
  static final int BINARY_OP = 4;
  static final int COMPARE_OP = 5;
  static final int BINARY_SUBSCR = 6;
  static final int CALL = 7;
  static final int FOR_ITER = 8;
  static final int UNPACK_SEQUENCE = 9;

  private static final long[] success = new long[FAMILIES.length];
  private static final long[] failure = new long[FAMILIES.length];
  private static final long[] hit = new long[FAMILIES.length];
  private static final long[] miss = new long[FAMILIES.length];
  private static final long[] deopt = new long[FAMILIES.length];

  static void success(int family) {
    success[family]++;
  }

  static void failure(int family) {
    failure[family]++;
  }

  static void hit(int family) {
    hit[family]++;
  }

  static void miss(int family) {
    miss[family]++;
  }

  static void deopt(int family) {
    deopt[family]++;
  }

  /** Prints the table to standard error when the JVM exits. */
  static void printAtExit() {
    Runtime.getRuntime().addShutdownHook(new Thread(SpecStats::print, "taipan-specialize-stats"));
  }

  private static void print() {
    StringBuilder sb = new StringBuilder("specialization stats (taipan.specialize.stats):\n");
    sb.append(String.format("%-16s %12s %12s %14s %12s %10s%n",
        "family", "specialized", "failed", "hits", "misses", "deopts"));
    for (int i = 0; i < FAMILIES.length; i++) {
      sb.append(String.format("%-16s %12d %12d %14d %12d %10d%n",
          FAMILIES[i], success[i], failure[i], hit[i], miss[i], deopt[i]));
    }
    System.err.print(sb);
    System.err.flush();
  }
}
