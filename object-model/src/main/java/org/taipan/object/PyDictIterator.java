package org.taipan.object;

/**
 * An iterator over a dict's keys, values or items, forwards ({@code dict_keyiterator} …) or
 * backwards ({@code dict_reversekeyiterator} …), {@code Objects/dictobject.c}. It raises
 * RuntimeError if the dict changes size while iterating, or if it finds more entries than the
 * dict had (a key deleted and another added).
 */
public final class PyDictIterator extends PyIterator
    implements PyIterator.Reducible, PyIterator.LengthHinted {
  static final int KEYS = 0;
  static final int VALUES = 1;
  static final int ITEMS = 2;

  private static final PyType[] TYPES = {
    makeType("dict_keyiterator", PyDictIterator.class),
    makeType("dict_valueiterator", PyDictIterator.class),
    makeType("dict_itemiterator", PyDictIterator.class),
  };
  private static final PyType[] REVERSE_TYPES = {
    makeType("dict_reversekeyiterator", PyDictIterator.class),
    makeType("dict_reversevalueiterator", PyDictIterator.class),
    makeType("dict_reverseitemiterator", PyDictIterator.class),
  };

  private PyDict dict;
  private final int kind;
  private final boolean reverse;
  /** The dict's size when iteration began (CPython's {@code di_used}). */
  private final int size;
  /** The next dense entry position to look at. */
  private int pos;
  /** The items not yet produced. */
  private int remaining;

  PyDictIterator(PyDict dict, int kind) {
    this(dict, kind, false);
  }

  PyDictIterator(PyDict dict, int kind, boolean reverse) {
    this.dict = dict;
    this.kind = kind;
    this.reverse = reverse;
    this.size = dict.size();
    this.remaining = size;
    this.pos = reverse ? dict.entryCount() - 1 : 0;
  }

  private PyDictIterator(PyDictIterator it) {
    this.dict = it.dict;
    this.kind = it.kind;
    this.reverse = it.reverse;
    this.size = it.size;
    this.pos = it.pos;
    this.remaining = it.remaining;
  }

  @Override
  public PyType getType() {
    return (reverse ? REVERSE_TYPES : TYPES)[kind];
  }

  @Override
  public Object next() {
    PyDict d = dict;
    if (d == null) {
      return null;
    }
    if (d.size() != size) {
      dict = null;
      throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
    }
    int j = reverse ? d.previousEntry(pos) : d.nextEntry(pos);
    if (j < 0) {
      dict = null;
      return null;
    }
    if (remaining == 0) {
      // as many entries as the dict held have been seen: one was deleted and another added
      dict = null;
      throw PyErr.format(PyExc.RuntimeError, "dictionary keys changed during iteration");
    }
    pos = reverse ? j - 1 : j + 1;
    remaining--;
    return switch (kind) {
      case KEYS -> d.keyAt(j);
      case VALUES -> d.valueAt(j);
      default -> new PyTuple(d.keyAt(j), d.valueAt(j));
    };
  }

  /** {@code dictiter_reduce}: {@code (iter, (list of the items left,))}, this left as it is. */
  @Override
  public PyTuple reduce() {
    return IteratorMethods.iterOfRemaining(new PyDictIterator(this));
  }

  /** {@code dictiter_len}: the items left, 0 once the dict changed size. */
  @Override
  public Object lengthHint() {
    return dict != null && dict.size() == size ? (long) remaining : 0L;
  }
}
