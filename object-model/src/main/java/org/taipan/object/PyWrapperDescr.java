package org.taipan.object;

import java.lang.invoke.MethodHandle;

/**
 * A special method of a builtin type as it appears in the type's namespace ({@code int.__add__}),
 * CPython's {@code wrapper_descriptor} ({@code PyWrapperDescr_Type}). It holds the slot handle, so
 * a subclass that inherits it gets the same handle in its slot.
 */
public final class PyWrapperDescr implements MethodLike, PyObject {
  final PyType owner;
  final SpecialMethod slot;
  final MethodHandle handle;

  PyWrapperDescr(PyType owner, SpecialMethod slot, MethodHandle handle) {
    this.owner = owner;
    this.slot = slot;
    this.handle = handle;
  }

  @Override
  public PyType getType() {
    return DescrTypes.WRAPPER;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    String name = slot.methodName;
    if (args.length - nk < 1) {
      throw PyErr.format(
          PyExc.TypeError,
          "descriptor '%s' of '%s' object needs an argument",
          name,
          owner.getName());
    }
    Object self = args[0];
    if (!PyType.of(self).isSubtypeOf(owner)) {
      throw PyErr.format(
          PyExc.TypeError,
          "descriptor '%s' requires a '%s' object but received a '%s'",
          name,
          owner.getName(),
          PyType.of(self).getName());
    }
    if (slot.signature == SpecialMethod.Signature.CALL) {
      Object[] rest = new Object[args.length - 1];
      System.arraycopy(args, 1, rest, 0, rest.length);
      return Slots.call(handle, self, rest, kwnames);
    }
    if (nk > 0) {
      throw PyErr.format(PyExc.TypeError, "wrapper %s() takes no keyword arguments", name);
    }
    int arity = slot.signature.arity();
    if (slot == SpecialMethod.op_get && args.length == 2) {
      // wrap_descr_get: the owner type is optional
      return Slots.call(handle, self, args[1], PyNone.NONE);
    }
    if (args.length - 1 != arity) {
      throw PyErr.format(
          PyExc.TypeError,
          "expected %d argument%s, got %d",
          arity,
          arity == 1 ? "" : "s",
          args.length - 1);
    }
    return switch (arity) {
      case 0 -> Slots.call(handle, self);
      case 1 -> Slots.call(handle, self, args[1]);
      default -> Slots.call(handle, self, args[1], args[2]);
    };
  }

  static Object __get__(Object self, Object obj, Object type) {
    if (obj == PyNone.NONE || obj == null) {
      return self;
    }
    return new PyMethod(self, obj);
  }

  static Object __repr__(Object self) {
    PyWrapperDescr d = (PyWrapperDescr) self;
    return "<slot wrapper '" + d.slot.methodName + "' of '" + d.owner.getName() + "' objects>";
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyWrapperDescr) self).call(args, kwnames);
  }

  @Getter("__name__")
  static Object name(Object self) {
    return ((PyWrapperDescr) self).slot.methodName;
  }

  @Getter("__objclass__")
  static Object objclass(Object self) {
    return ((PyWrapperDescr) self).owner;
  }
}
