package org.taipan.object;

import java.lang.invoke.MethodHandle;

/**
 * A computed attribute of a builtin type, CPython's {@code getset_descriptor} ({@code
 * PyGetSetDescr_Type}): a getter handle {@code (Object)Object} and an optional setter {@code
 * (Object,Object)void}.
 */
public final class PyGetSetDescr implements PyObject {
  final PyType owner;
  final String name;
  final MethodHandle getter;
  final MethodHandle setter;
  /** Whether this stands for a read-only {@code PyMemberDef} rather than a getset. */
  final boolean readonlyMember;
  /** The docstring, or null. */
  final String doc;

  PyGetSetDescr(PyType owner, String name, MethodHandle getter, MethodHandle setter) {
    this(owner, name, getter, setter, false);
  }

  PyGetSetDescr(
      PyType owner, String name, MethodHandle getter, MethodHandle setter,
      boolean readonlyMember) {
    this(owner, name, getter, setter, readonlyMember, null);
  }

  PyGetSetDescr(
      PyType owner, String name, MethodHandle getter, MethodHandle setter,
      boolean readonlyMember, String doc) {
    this.readonlyMember = readonlyMember;
    this.doc = doc;
    this.owner = owner;
    this.name = name;
    this.getter = getter;
    this.setter = setter;
  }

  @Override
  public PyType getType() {
    // a read-only PyMemberDef of CPython's is a member_descriptor
    return readonlyMember ? PyMemberDescr.TYPE : DescrTypes.GETSET;
  }

  static Object __get__(Object self, Object obj, Object type) {
    PyGetSetDescr d = (PyGetSetDescr) self;
    if (obj == null) {
      return self;
    }
    PyMemberDescr.check(d.owner, d.name, obj);
    try {
      return (Object) d.getter.invoke(obj);
    } catch (Throwable t) {
      throw Slots.rethrow(t);
    }
  }

  static Object __set__(Object self, Object obj, Object value) {
    PyGetSetDescr d = (PyGetSetDescr) self;
    PyMemberDescr.check(d.owner, d.name, obj);
    if (d.setter == null && d.readonlyMember) {
      // PyMember_SetOne on a READONLY member
      throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }
    if (d.setter == null) {
      throw PyErr.attributeError(
          obj,
          d.name,
          String.format(
              "attribute '%s' of '%s' objects is not writable", d.name, d.owner.tpName()));
    }
    try {
      d.setter.invoke(obj, value);
    } catch (Throwable t) {
      throw Slots.rethrow(t);
    }
    return PyNone.NONE;
  }

  static Object __delete__(Object self, Object obj) {
    return __set__(self, obj, null);
  }

  @Getter("__name__")
  static Object nameAttr(Object self) {
    return ((PyGetSetDescr) self).name;
  }

  @Getter("__qualname__")
  static Object qualnameAttr(Object self) {
    PyGetSetDescr d = (PyGetSetDescr) self;
    return d.owner.getQualname() + "." + d.name;
  }

  @Getter("__objclass__")
  static Object objclassAttr(Object self) {
    return ((PyGetSetDescr) self).owner;
  }

  @Getter("__doc__")
  static Object docAttr(Object self) {
    PyGetSetDescr d = (PyGetSetDescr) self;
    return d.doc != null ? d.doc : BuiltinDocs.docOr(BuiltinDocs.key(d.owner) + "." + d.name, null);
  }

  static Object __repr__(Object self) {
    PyGetSetDescr d = (PyGetSetDescr) self;
    return "<" + (d.readonlyMember ? "member" : "attribute") + " '" + d.name + "' of '" + d.owner.tpName() + "' objects>";
  }
}
