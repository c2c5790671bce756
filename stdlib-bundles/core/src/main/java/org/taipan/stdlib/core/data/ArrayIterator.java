package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyImport;
import org.taipan.object.PyIterator;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * {@code array.arrayiterator}, CPython's {@code arrayiterobject}: walks the live array, so items
 * appended before it is exhausted are seen; once exhausted it lets go of the array for good.
 */
final class ArrayIterator extends PyIterator {
  static final PyType TYPE =
      DataSupport.type("arrayiterator", "array", ArrayIterator.class, MethodHandles.lookup(),
          null, null, ArrayIterator.class);

  /** Null once exhausted. */
  private PyArray array;
  private int index;

  ArrayIterator(PyArray array) {
    this.array = array;
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  @Override
  public Object next() {
    if (array == null) {
      return null;
    }
    if (index < array.size) {
      return array.get(index++);
    }
    array = null;
    return null;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    throw DataSupport.typeError("cannot create '%s' instances", cls.tpName());
  }

  static Object __iter__(Object self) {
    return self;
  }

  static Object __next__(Object self) {
    return ((ArrayIterator) self).nextOrRaise();
  }

  /** {@code (iter, (array,), index)}, or {@code (iter, ((),))} once exhausted. */
  @PythonMethod
  static Object __reduce__(Object self) {
    ArrayIterator it = (ArrayIterator) self;
    Object iter = Abstract.getAttr(PyImport.importModule("builtins"), "iter");
    if (it.array == null) {
      return new PyTuple(iter, new PyTuple(PyTuple.EMPTY));
    }
    return new PyTuple(iter, new PyTuple(it.array), (long) it.index);
  }

  @PythonMethod
  static Object __setstate__(Object self, Object state) {
    ArrayIterator it = (ArrayIterator) self;
    long k = DataSupport.asSsize(state);
    if (it.array != null) {
      it.index = (int) Math.max(0, Math.min(k, it.array.size));
    }
    return PyNone.NONE;
  }
}
