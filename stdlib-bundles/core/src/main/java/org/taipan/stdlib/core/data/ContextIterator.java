package org.taipan.stdlib.core.data;

import java.util.Iterator;
import java.util.Map;
import org.taipan.object.PyIterator;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The iterators of a {@link PyContext} (CPython's HAMT iterators {@code keys}, {@code values},
 * {@code items}): over one snapshot, with {@code len()} the snapshot's size.
 */
final class ContextIterator extends PyIterator {
  static final PyType KEYS = type("keys");
  static final PyType VALUES = type("values");
  static final PyType ITEMS = type("items");

  private static PyType type(String name) {
    return makeType(name, ContextIterator.class, java.lang.invoke.MethodHandles.lookup());
  }

  private final PyType type;
  private final int size;
  private final Iterator<Map.Entry<PyContextVar, Object>> it;

  ContextIterator(PyType type, ContextVars vars) {
    this.type = type;
    this.size = vars.size();
    this.it = vars.entries().iterator();
  }

  @Override
  public PyType getType() {
    return type;
  }

  @Override
  public Object next() {
    if (!it.hasNext()) {
      return null;
    }
    Map.Entry<PyContextVar, Object> e = it.next();
    if (type == KEYS) {
      return e.getKey();
    }
    return type == VALUES ? e.getValue() : new PyTuple(e.getKey(), e.getValue());
  }

  static Object __len__(Object self) {
    return (long) ((ContextIterator) self).size;
  }
}
