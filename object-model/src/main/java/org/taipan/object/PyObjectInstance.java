package org.taipan.object;

/**
 * An instance of a class defined in Python whose only builtin base is {@code object}: a type and
 * an instance dictionary. (DESIGN.md wants a values array described by a shared shape; this is the
 * simple first form.)
 */
public final class PyObjectInstance implements PyObject, WithDict {
  private PyType type;
  private final PyDict dict = new PyDict();

  /** A new instance of {@code type} with an empty {@code __dict__}. */
  public PyObjectInstance(PyType type) {
    this.type = type;
  }

  @Override
  public PyType getType() {
    return type;
  }

  void setType(PyType t) {
    this.type = t;
  }

  @Override
  public PyDict getDict() {
    return dict;
  }

  private PyDict slots;

  /** Storage for {@code __slots__} values, apart from {@code __dict__}. */
  PyDict slotStorage() {
    if (slots == null) {
      slots = new PyDict();
    }
    return slots;
  }
}
