package org.taipan.object;

/**
 * An iterator over a dict's keys, values or items ({@code dict_keyiterator} …, {@code
 * Objects/dictobject.c}); raises RuntimeError if the dict changes size while iterating.
 */
public final class PyDictIterator extends PyIterator {
  static final int KEYS = 0;
  static final int VALUES = 1;
  static final int ITEMS = 2;

  static final PyType KEY_TYPE = makeType("dict_keyiterator", PyDictIterator.class);
  static final PyType VALUE_TYPE = makeType("dict_valueiterator", PyDictIterator.class);
  static final PyType ITEM_TYPE = makeType("dict_itemiterator", PyDictIterator.class);

  private final PyDict dict;
  private final int kind;
  private final int size;
  private int pos;

  PyDictIterator(PyDict dict, int kind) {
    this.dict = dict;
    this.kind = kind;
    this.size = dict.size();
  }

  @Override
  public PyType getType() {
    return kind == KEYS ? KEY_TYPE : kind == VALUES ? VALUE_TYPE : ITEM_TYPE;
  }

  @Override
  public Object next() {
    if (pos < 0) {
      return null;
    }
    if (dict.size() != size) {
      pos = -1;
      throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
    }
    int j = dict.nextEntry(pos);
    if (j < 0) {
      pos = -1;
      return null;
    }
    pos = j + 1;
    return switch (kind) {
      case KEYS -> dict.keyAt(j);
      case VALUES -> dict.valueAt(j);
      default -> new PyTuple(dict.keyAt(j), dict.valueAt(j));
    };
  }
}
