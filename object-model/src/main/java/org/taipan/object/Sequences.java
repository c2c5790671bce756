package org.taipan.object;

/** Helpers shared by {@code list} and {@code tuple}: comparison, repetition, item search. */
final class Sequences {
  private Sequences() {}

  /**
   * Lexicographic rich comparison of two lists or two tuples ({@code list_richcompare}, {@code
   * tuplerichcompare}). Lengths and items are read afresh at each step, as an item's {@code
   * __eq__} may change a list being compared.
   */
  static Object compare(Object a, Object b, int op) {
    if ((op == Abstract.EQ || op == Abstract.NE) && len(a) != len(b)) {
      return op == Abstract.NE;
    }
    int i = 0;
    for (; i < len(a) && i < len(b); i++) {
      if (!Abstract.richCompareBool(item(a, i), item(b, i), Abstract.EQ)) {
        break;
      }
    }
    int na = len(a);
    int nb = len(b);
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
    return Abstract.richCompare(item(a, i), item(b, i), op);
  }

  private static int len(Object seq) {
    return seq instanceof PyList l ? l.size : ((PyTuple) seq).items.length;
  }

  private static Object item(Object seq, int i) {
    return seq instanceof PyList l ? l.items[i] : ((PyTuple) seq).items[i];
  }

  /** The length of {@code size} items repeated {@code k} times, or MemoryError past an array's. */
  static int repeatedLength(int size, long k) {
    if (size != 0 && k > (Integer.MAX_VALUE - 8) / size) {
      throw PyErr.newException(PyExc.MemoryError);
    }
    return (int) (k * size);
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
