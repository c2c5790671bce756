package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.object.PyIterator;
import org.taipan.object.PyType;

/**
 * Base of the {@code itertools} iterators: each instance carries its type, so Python subclasses
 * of the iterator types share the Java classes.
 */
abstract class ItertoolsIter extends PyIterator {
  final PyType type;

  ItertoolsIter(PyType type) {
    this.type = type;
  }

  @Override
  public PyType getType() {
    return type;
  }

  /** An iterator type of module {@code itertools} whose methods {@code cls} declares. */
  static PyType define(String name, Class<? extends PyIterator> cls, MethodHandles.Lookup lookup) {
    PyType t = makeType(name, cls, lookup);
    t.defineBuiltin("__module__", "itertools");
    return t;
  }
}
