package org.taipan.interp;

import org.taipan.object.PyCell;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyType;

/**
 * The arguments of a zero-argument {@code super()}, read from the calling frame as CPython's
 * {@code super_init_without_args}: the class from the {@code __class__} free variable, the
 * object from the first argument.
 */
final class ZeroArgSuper {
  private ZeroArgSuper() {}

  /** {@code {type, obj}} for {@code super()} called from the current frame. */
  static Object[] fromCurrentFrame() {
    ThreadState ts = ThreadState.getOrNull();
    PyFrame f = ts == null ? null : ts.frame;
    if (f == null) {
      throw PyErr.format(PyExc.RuntimeError, "super(): no current frame");
    }
    PyCode co = f.code;
    if (co.argcount == 0) {
      throw PyErr.format(PyExc.RuntimeError, "super(): no arguments");
    }
    Object first = f.fast[0];
    if (first instanceof PyCell c && firstArgIsCell(co)) {
      first = c.value;
    }
    if (first == null) {
      throw PyErr.format(PyExc.RuntimeError, "super(): arg[0] deleted");
    }
    String[] names = co.localsplusnames;
    for (int i = co.nlocals + co.ncells; i < names.length; i++) {
      if (names[i].equals("__class__")) {
        Object type = ((PyCell) f.fast[i]).value;
        if (type == null) {
          throw PyErr.format(PyExc.RuntimeError, "super(): empty __class__ cell");
        }
        if (!(type instanceof PyType)) {
          throw PyErr.format(PyExc.RuntimeError, "super(): __class__ is not a type (%s)",
              PyType.of(type).getName());
        }
        return new Object[] {type, first};
      }
    }
    throw PyErr.format(PyExc.RuntimeError, "super(): __class__ cell not found");
  }

  private static boolean firstArgIsCell(PyCode co) {
    for (int a : co.cell2arg) {
      if (a == 0) {
        return true;
      }
    }
    return false;
  }
}
