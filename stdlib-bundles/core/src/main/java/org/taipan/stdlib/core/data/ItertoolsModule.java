package org.taipan.stdlib.core.data;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;

/**
 * The {@code itertools} module, CPython's {@code Modules/itertoolsmodule.c}: the iterator types
 * live in {@link ItertoolsBasic}, {@link ItertoolsGroups} and {@link ItertoolsCombinatorics}.
 */
@PythonModule(value = "itertools", doc = "Functional tools for creating and using iterators.")
public final class ItertoolsModule {
  private ItertoolsModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("accumulate", ItertoolsBasic.Accumulate.TYPE);
    m.put("chain", ItertoolsBasic.Chain.TYPE);
    m.put("combinations", ItertoolsCombinatorics.Combinations.TYPE);
    m.put("combinations_with_replacement",
        ItertoolsCombinatorics.CombinationsWithReplacement.TYPE);
    m.put("compress", ItertoolsBasic.Compress.TYPE);
    m.put("count", ItertoolsBasic.Count.TYPE);
    m.put("cycle", ItertoolsBasic.Cycle.TYPE);
    m.put("dropwhile", ItertoolsBasic.DropWhile.TYPE);
    m.put("filterfalse", ItertoolsBasic.FilterFalse.TYPE);
    m.put("groupby", ItertoolsGroups.GroupBy.TYPE);
    m.put("_grouper", ItertoolsGroups.Grouper.TYPE);
    m.put("islice", ItertoolsBasic.ISlice.TYPE);
    m.put("pairwise", ItertoolsBasic.Pairwise.TYPE);
    m.put("permutations", ItertoolsCombinatorics.Permutations.TYPE);
    m.put("product", ItertoolsCombinatorics.Product.TYPE);
    m.put("repeat", ItertoolsBasic.Repeat.TYPE);
    m.put("starmap", ItertoolsBasic.StarMap.TYPE);
    m.put("takewhile", ItertoolsBasic.TakeWhile.TYPE);
    m.put("_tee", ItertoolsGroups.Tee.TYPE);
    m.put("zip_longest", ItertoolsGroups.ZipLongest.TYPE);
  }

  /** {@code tee(iterable, n=2, /)}: n independent iterators over one iterable. */
  @PythonMethod
  public static Object tee(Object iterable, @Default("2") Object n) {
    return ItertoolsGroups.tee(iterable, n);
  }
}
