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
