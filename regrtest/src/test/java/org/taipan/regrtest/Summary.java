package org.taipan.regrtest;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.taipan.regrtest.Regrtest.ModuleRun;
import org.taipan.regrtest.Regrtest.Outcome;
import org.taipan.regrtest.Regrtest.Runtime;

/**
 * The summary command: runs test modules on Taipan and on CPython and prints, per module and in
 * total, how many cases passed, failed, errored and were skipped on each.
 */
final class Summary {
  private Summary() {}

  static void print(List<String> modules, PrintStream out)
      throws InterruptedException, ExecutionException {
    int workers = Integer.getInteger("taipan.regrtest.jobs",
        Math.max(1, java.lang.Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    List<Future<ModuleRun[]>> runs = new ArrayList<>();
    for (String m : modules) {
      runs.add(pool.submit(() -> new ModuleRun[] {
          Regrtest.run(m, Runtime.TAIPAN), Regrtest.run(m, Runtime.CPYTHON)}));
    }
    pool.shutdown();
    Map<Outcome, Integer> taipanTotal = zero();
    Map<Outcome, Integer> cpythonTotal = zero();
    out.printf("%-34s %28s   %28s%n", "module", "Taipan pass/fail/error/skip",
        "CPython pass/fail/error/skip");
    for (Future<ModuleRun[]> f : runs) {
      ModuleRun[] r = f.get();
      Map<Outcome, Integer> t = r[0].counts();
      Map<Outcome, Integer> c = r[1].counts();
      t.forEach((o, n) -> taipanTotal.merge(o, n, Integer::sum));
      c.forEach((o, n) -> cpythonTotal.merge(o, n, Integer::sum));
      out.printf("%-34s %28s   %28s%s%n", r[0].module(), row(t), row(c),
          r[0].timedOut() ? "  (Taipan timed out)" : "");
      out.flush();
    }
    out.printf("%-34s %28s   %28s%n", "TOTAL (" + modules.size() + " modules)",
        row(taipanTotal), row(cpythonTotal));
  }

  private static Map<Outcome, Integer> zero() {
    Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      m.put(o, 0);
    }
    return m;
  }

  private static String row(Map<Outcome, Integer> m) {
    return m.get(Outcome.PASS) + "/" + m.get(Outcome.FAIL) + "/" + m.get(Outcome.ERROR) + "/"
        + m.get(Outcome.SKIP);
  }
}
