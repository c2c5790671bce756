package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * A slot of a class with {@code __slots__}, CPython's {@code member_descriptor} ({@code
 * Objects/descrobject.c}). The value lives in the instance's storage under the slot's name; the
 * instance of a class whose every base has {@code __slots__} accepts no other attributes.
 */
public final class PyMemberDescr {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("member_descriptor", PyMemberDescr.class, MethodHandles.lookup())
              .notBaseType());

  final PyType owner;
  final String name;

  PyMemberDescr(PyType owner, String name) {
    this.owner = owner;
    this.name = name;
  }

  private static PyDict storage(Object obj) {
    if (obj instanceof PyObjectInstance o) {
      return o.slotStorage();
    }
    if (obj instanceof WithDict w) {
      return w.getDict();
    }
    throw PyErr.format(PyExc.TypeError, "slot storage not available");
  }

  static Object __get__(Object self, Object obj, Object type) {
    PyMemberDescr d = (PyMemberDescr) self;
    if (obj == null) {
      return self;
    }
    check(d.owner, d.name, obj);
    Object v = storage(obj).get(d.name);
    if (v == null) {
      throw PyErr.noAttribute(obj, d.name);
    }
    return v;
  }

  static Object __set__(Object self, Object obj, Object value) {
    PyMemberDescr d = (PyMemberDescr) self;
    check(d.owner, d.name, obj);
    if (value == null) {
      if (storage(obj).remove(d.name) == null) {
        throw PyErr.noAttribute(obj, d.name);
      }
    } else {
      storage(obj).put(d.name, value);
    }
    return PyNone.NONE;
  }

  /**
   * {@code descr_check}: a descriptor of a type's instances refuses any other object (a class
   * that only registers as a subclass, as with ABCs, is not one).
   */
  static void check(PyType owner, String name, Object obj) {
    PyType ot = PyType.of(obj);
    if (!ot.isSubtypeOf(owner)) {
      throw PyErr.format(PyExc.TypeError,
          "descriptor '%s' for '%.100s' objects doesn't apply to a '%.100s' object",
          name, owner.tpName(), ot.tpName());
    }
  }

  static Object __delete__(Object self, Object obj) {
    return __set__(self, obj, null);
  }

  static Object __repr__(Object self) {
    PyMemberDescr d = (PyMemberDescr) self;
    return "<member '" + d.name + "' of '" + d.owner.tpName() + "' objects>";
  }
}
