package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * A cell holding a variable shared between a function and its closures, CPython's {@code
 * Objects/cellobject.c}; an empty cell holds null.
 */
public final class PyCell {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("cell", PyCell.class, MethodHandles.lookup()).notBaseType());

  /** The contents, or null when empty. */
  public Object value;

  /** A cell with the given contents (null for empty). */
  public PyCell(Object value) {
    this.value = value;
  }

  /** {@code cell([contents])} ({@code cell_new}). */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(PyExc.TypeError, "cell() takes no keyword arguments");
    }
    if (args.length > 1) {
      throw PyErr.format(
          PyExc.TypeError, "cell expected at most 1 argument, got %d", args.length);
    }
    return new PyCell(args.length == 1 ? args[0] : null);
  }

  /**
   * {@code cell_richcompare}: cells compare by contents, an empty cell before any other; a
   * cell and anything else do not compare.
   */
  private static Object compare(Object self, Object other, int op) {
    if (!(other instanceof PyCell o)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    Object a = ((PyCell) self).value;
    Object b = o.value;
    if (a != null && b != null) {
      return Abstract.richCompare(a, b, op);
    }
    // compare "is empty" the other way round: empty < full
    int c = Boolean.compare(a != null, b != null);
    return switch (op) {
      case Abstract.LT -> c < 0;
      case Abstract.LE -> c <= 0;
      case Abstract.EQ -> c == 0;
      case Abstract.NE -> c != 0;
      case Abstract.GT -> c > 0;
      default -> c >= 0;
    };
  }

  static Object __lt__(Object self, Object other) {
    return compare(self, other, Abstract.LT);
  }

  static Object __le__(Object self, Object other) {
    return compare(self, other, Abstract.LE);
  }

  static Object __eq__(Object self, Object other) {
    return compare(self, other, Abstract.EQ);
  }

  static Object __ne__(Object self, Object other) {
    return compare(self, other, Abstract.NE);
  }

  static Object __gt__(Object self, Object other) {
    return compare(self, other, Abstract.GT);
  }

  static Object __ge__(Object self, Object other) {
    return compare(self, other, Abstract.GE);
  }

  static Object __repr__(Object self) {
    PyCell c = (PyCell) self;
    return c.value == null
        ? String.format("<cell at 0x%x: empty>", System.identityHashCode(c))
        : String.format(
            "<cell at 0x%x: %s object at 0x%x>",
            System.identityHashCode(c),
            PyType.of(c.value).getName(),
            System.identityHashCode(c.value));
  }

  @Getter("cell_contents")
  static Object contents(Object self) {
    Object v = ((PyCell) self).value;
    if (v == null) {
      throw PyErr.format(PyExc.ValueError, "Cell is empty");
    }
    return v;
  }

  @Setter("cell_contents")
  static void setContents(Object self, Object v) {
    ((PyCell) self).value = v;
  }
}
