package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The combinatoric iterators of {@code itertools}: product, permutations, combinations and
 * combinations_with_replacement (CPython's {@code Modules/itertoolsmodule.c}), each an odometer
 * of indices into a tuple of the pool.
 */
final class ItertoolsCombinatorics {
  private ItertoolsCombinatorics() {}

  static final MethodHandles.Lookup L = MethodHandles.lookup();

  static final class Product extends ItertoolsIter {
    static final PyType TYPE = define("product", Product.class, L);
    final Object[][] pools;
    int[] indices;
    Object[] result;
    boolean stopped;

    Product(PyType t, Object[][] pools) {
      super(t);
      this.pools = pools;
      for (Object[] p : pools) {
        if (p.length == 0) {
          stopped = true;
        }
      }
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames);
      long repeat = 1;
      for (int k = 0; k < a.kwnames.length; k++) {
        if (!a.kwnames[k].equals("repeat")) {
          throw DataSupport.typeError("'%s' is an invalid keyword argument for product()",
              a.kwnames[k]);
        }
        repeat = DataSupport.asSsize(a.kwvalues[k]);
        if (repeat < 0) {
          throw DataSupport.valueError("repeat argument cannot be negative");
        }
      }
      int n = a.count();
      if (repeat != 0 && (long) n * repeat > Integer.MAX_VALUE / 8) {
        throw DataSupport.typeError("repeat argument too large");
      }
      Object[][] base = new Object[n][];
      for (int i = 0; i < n; i++) {
        base[i] = PyTuple.fromIterable(a.positional[i]).toArray();
      }
      Object[][] pools = new Object[(int) (n * repeat)][];
      for (int r = 0; r < repeat; r++) {
        System.arraycopy(base, 0, pools, r * n, n);
      }
      return new Product(cls, pools);
    }

    @Override
    public Object next() {
      if (stopped) {
        return null;
      }
      int n = pools.length;
      if (result == null) {
        indices = new int[n];
        result = new Object[n];
        for (int i = 0; i < n; i++) {
          result[i] = pools[i][0];
        }
        return new PyTuple(result.clone());
      }
      if (n == 0) {
        stopped = true;
        return null;
      }
      int i = n - 1;
      for (; i >= 0; i--) {
        Object[] pool = pools[i];
        indices[i]++;
        if (indices[i] == pool.length) {
          indices[i] = 0;
          result[i] = pool[0];
        } else {
          result[i] = pool[indices[i]];
          break;
        }
      }
      if (i < 0) {
        stopped = true;
        return null;
      }
      return new PyTuple(result.clone());
    }
  }

  static final class Combinations extends ItertoolsIter {
    static final PyType TYPE = define("combinations", Combinations.class, L);
    final Object[] pool;
    final int r;
    int[] indices;
    boolean stopped;
    boolean started;

    Combinations(PyType t, Object[] pool, int r) {
      super(t);
      this.pool = pool;
      this.r = r;
      this.indices = new int[r];
      for (int i = 0; i < r; i++) {
        indices[i] = i;
      }
      stopped = r > pool.length;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      Object[] a = new CallArgs(args, kwnames).bind("combinations", 2, "iterable", "r");
      Object[] pool = PyTuple.fromIterable(a[0]).toArray();
      long r = DataSupport.asSsize(a[1]);
      if (r < 0) {
        throw DataSupport.valueError("r must be non-negative");
      }
      return new Combinations(cls, pool, (int) Math.min(r, Integer.MAX_VALUE));
    }

    @Override
    public Object next() {
      if (stopped) {
        return null;
      }
      int n = pool.length;
      if (started) {
        int i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) {
          i--;
        }
        if (i < 0) {
          stopped = true;
          return null;
        }
        indices[i]++;
        for (int j = i + 1; j < r; j++) {
          indices[j] = indices[j - 1] + 1;
        }
      }
      started = true;
      Object[] res = new Object[r];
      for (int i = 0; i < r; i++) {
        res[i] = pool[indices[i]];
      }
      return new PyTuple(res);
    }
  }

  static final class CombinationsWithReplacement extends ItertoolsIter {
    static final PyType TYPE =
        define("combinations_with_replacement", CombinationsWithReplacement.class, L);
    final Object[] pool;
    final int r;
    final int[] indices;
    boolean stopped;
    boolean started;

    CombinationsWithReplacement(PyType t, Object[] pool, int r) {
      super(t);
      this.pool = pool;
      this.r = r;
      this.indices = new int[r];
      stopped = pool.length == 0 && r > 0;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      Object[] a =
          new CallArgs(args, kwnames).bind("combinations_with_replacement", 2, "iterable", "r");
      Object[] pool = PyTuple.fromIterable(a[0]).toArray();
      long r = DataSupport.asSsize(a[1]);
      if (r < 0) {
        throw DataSupport.valueError("r must be non-negative");
      }
      return new CombinationsWithReplacement(cls, pool, (int) Math.min(r, Integer.MAX_VALUE));
    }

    @Override
    public Object next() {
      if (stopped) {
        return null;
      }
      int n = pool.length;
      if (started) {
        int i = r - 1;
        while (i >= 0 && indices[i] == n - 1) {
          i--;
        }
        if (i < 0) {
          stopped = true;
          return null;
        }
        int v = indices[i] + 1;
        for (int j = i; j < r; j++) {
          indices[j] = v;
        }
      }
      started = true;
      Object[] res = new Object[r];
      for (int i = 0; i < r; i++) {
        res[i] = pool[indices[i]];
      }
      return new PyTuple(res);
    }
  }

  static final class Permutations extends ItertoolsIter {
    static final PyType TYPE = define("permutations", Permutations.class, L);
    final Object[] pool;
    final int r;
    final int[] indices;
    final int[] cycles;
    boolean stopped;
    boolean started;

    Permutations(PyType t, Object[] pool, int r) {
      super(t);
      this.pool = pool;
      this.r = r;
      int n = pool.length;
      this.indices = new int[n];
      for (int i = 0; i < n; i++) {
        indices[i] = i;
      }
      this.cycles = new int[Math.max(0, Math.min(r, n))];
      for (int i = 0; i < cycles.length; i++) {
        cycles[i] = n - i;
      }
      stopped = r > n;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      Object[] a = new CallArgs(args, kwnames).bind("permutations", 1, "iterable", "r");
      Object[] pool = PyTuple.fromIterable(a[0]).toArray();
      long r = pool.length;
      if (a[1] != null && a[1] != PyNone.NONE) {
        if (!(a[1] instanceof Long || a[1] instanceof BigInteger || a[1] instanceof Boolean)) {
          throw DataSupport.typeError("Expected int as r");
        }
        r = DataSupport.asSsize(a[1]);
        if (r < 0) {
          throw DataSupport.valueError("r must be non-negative");
        }
      }
      return new Permutations(cls, pool, (int) Math.min(r, Integer.MAX_VALUE));
    }

    @Override
    public Object next() {
      if (stopped) {
        return null;
      }
      int n = pool.length;
      if (started) {
        if (n == 0) {
          stopped = true;
          return null;
        }
        int i = r - 1;
        for (; i >= 0; i--) {
          cycles[i]--;
          if (cycles[i] == 0) {
            int first = indices[i];
            System.arraycopy(indices, i + 1, indices, i, n - i - 1);
            indices[n - 1] = first;
            cycles[i] = n - i;
          } else {
            int j = cycles[i];
            int tmp = indices[i];
            indices[i] = indices[n - j];
            indices[n - j] = tmp;
            break;
          }
        }
        if (i < 0) {
          stopped = true;
          return null;
        }
      }
      started = true;
      Object[] res = new Object[r];
      for (int i = 0; i < r; i++) {
        res[i] = pool[indices[i]];
      }
      return new PyTuple(res);
    }
  }
}
