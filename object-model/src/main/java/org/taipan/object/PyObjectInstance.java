package org.taipan.object;

/**
 * An instance of a class defined in Python whose only builtin base is {@code object}: a type and
 * an instance dictionary. (DESIGN.md wants a values array described by a shared shape; this is the
 * simple first form.)
 */
public final class PyObjectInstance implements AssignableClass, WithDict {
  private PyType type;
  private PyDict dict = new PyDict();

  /** A new instance of {@code type} with an empty {@code __dict__}. */
  public PyObjectInstance(PyType type) {
    this.type = type;
  }

  @Override
  public PyType getType() {
    return type;
  }

  @Override
  public void setType(PyType t) {
    this.type = t;
  }

  @Override
  public PyDict getDict() {
    PyDict d = dict;
    return d != null ? d : (dict = new PyDict());
  }

  @Override
  public boolean replaceDict(PyDict d) {
    dict = d;
    return true;
  }

  private PyDict slots;

  /**
   * The value of the {@code __slots__} member {@code name} if it is entry {@code ix} of the slot
   * storage, else null: the interpreter's inline cache for member descriptors.
   */
  public Object slotValueIfKeyAt(int ix, String name) {
    PyDict s = slots;
    return s == null ? null : s.valueIfKeyAt(ix, name);
  }

  /** Stores {@code v} in slot storage entry {@code ix} if its key is {@code name}; says if it did. */
  public boolean storeSlotIfKeyAt(int ix, String name, Object v) {
    PyDict s = slots;
    return s != null && s.storeIfKeyAt(ix, name, v);
  }

  /** The entry index of the {@code __slots__} member {@code name} in the slot storage, or -1. */
  public int slotIndex(String name) {
    PyDict s = slots;
    return s == null ? -1 : s.indexOf(name);
  }

  /** Storage for {@code __slots__} values, apart from {@code __dict__}. */
  PyDict slotStorage() {
    if (slots == null) {
      slots = new PyDict();
    }
    return slots;
  }
}
