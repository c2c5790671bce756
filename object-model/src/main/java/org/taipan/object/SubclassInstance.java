package org.taipan.object;

/**
 * An instance of a Python subclass of an immutable builtin held as a Java value ({@code int},
 * {@code float}, {@code str}): its type and its instance dictionary, made when first used. Each
 * builtin's {@code Derived} adds the value.
 */
abstract class SubclassInstance implements AssignableClass, WithDict {
  private PyType type;
  private PyDict dict;

  SubclassInstance(PyType type) {
    this.type = type;
  }

  @Override
  public PyType getType() {
    return type;
  }

  @Override
  public void setType(PyType t) {
    type = t;
  }

  @Override
  public boolean replaceDict(PyDict d) {
    dict = d;
    return true;
  }

  @Override
  public PyDict getDict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }
}
