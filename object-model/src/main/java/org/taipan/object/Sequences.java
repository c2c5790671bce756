package org.taipan.object;

/** Helpers shared by {@code list} and {@code tuple}: comparison, repetition, item search. */
final class Sequences {
  private Sequences() {}

  /** Lexicographic rich comparison of two arrays ({@code list_richcompare}). */
  static Object compare(Object[] a, int na, Object[] b, int nb, int op) {
    if ((op == Abstract.EQ || op == Abstract.NE) && na != nb) {
      return op == Abstract.NE;
    }
    int i = 0;
    for (; i < na && i < nb; i++) {
      if (!Abstract.richCompareBool(a[i], b[i], Abstract.EQ)) {
        break;
      }
    }
    if (i >= na || i >= nb) {
      int c = Integer.compare(na, nb);
      return switch (op) {
        case Abstract.LT -> c < 0;
        case Abstract.LE -> c <= 0;
        case Abstract.EQ -> c == 0;
        case Abstract.NE -> c != 0;
        case Abstract.GT -> c > 0;
        default -> c >= 0;
      };
    }
    if (op == Abstract.EQ) {
      return false;
    } else if (op == Abstract.NE) {
      return true;
    }
    return Abstract.richCompare(a[i], b[i], op);
  }

  /** A repeat count from {@code seq * n}, or -1 when {@code n} is not an index. */
  static long repeatCount(Object n) {
    if (n instanceof Double || !PyNumber.isIndex(n)) {
      return -1;
    }
    Object i = PyNumber.index(n);
    if (i instanceof Long l) {
      return Math.max(0, l);
    }
    // PyNumber_AsSsize_t(n, OverflowError): a huge negative count overflows too
    throw PyErr.format(
        PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
  }

  /** Joins reprs of items between brackets. */
  static String repr(Object[] items, int n, String open, String close) {
    StringBuilder sb = new StringBuilder(open);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(Abstract.reprJava(items[i]));
    }
    return sb.append(close).toString();
  }
}
