package org.taipan.object;

/**
 * An object whose type may change by {@code obj.__class__ = C} (CPython's {@code
 * object_set_class} rewrites {@code ob_type}): instances of classes defined in Python and modules.
 * {@link PyBaseObject} checks that the two types are mutable and lay instances out alike first.
 */
interface AssignableClass extends PyObject {
  /** Makes {@code t} the object's type. */
  void setType(PyType t);
}
