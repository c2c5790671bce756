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
  /**
   * True where CPython also lists the special method as a {@code METH_O | METH_COEXIST} method
   * ({@code list.__getitem__}, {@code dict.__contains__} …): the slot is the same, but a call
   * through the type's namespace speaks as a method descriptor.
   */
  final boolean coexistingMethod;

  PyWrapperDescr(PyType owner, SpecialMethod slot, MethodHandle handle) {
    this(owner, slot, handle, false);
  }

  private PyWrapperDescr(
      PyType owner, SpecialMethod slot, MethodHandle handle, boolean coexistingMethod) {
    this.owner = owner;
    this.slot = slot;
    this.handle = handle;
    this.coexistingMethod = coexistingMethod;
  }

  /** This slot's wrapper as CPython's {@code METH_COEXIST} method of the same name. */
  PyWrapperDescr asCoexistingMethod() {
    return new PyWrapperDescr(owner, slot, handle, true);
  }

  /** A call of a {@code METH_O} method descriptor ({@code method_vectorcall_O}). */
  private Object callAsMethod(Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    String name = slot.methodName;
    if (args.length - nk < 1) {
      throw PyErr.format(
          PyExc.TypeError, "unbound method %s.%s() needs an argument", owner.getName(), name);
    }
    Object self = args[0];
    if (!PyType.of(self).isSubtypeOf(owner)) {
      throw PyErr.format(
          PyExc.TypeError,
          "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          name,
          owner.getName(),
          PyType.of(self).getName());
    }
    if (nk > 0) {
      throw PyErr.format(
          PyExc.TypeError, "%s.%s() takes no keyword arguments", owner.getName(), name);
    }
    if (args.length != 2) {
      throw PyErr.format(
          PyExc.TypeError,
          "%s.%s() takes exactly one argument (%d given)",
          owner.getName(),
          name,
          args.length - 1);
    }
    return Slots.call(handle, self, args[1]);
  }

  @Override
  public PyType getType() {
    return DescrTypes.WRAPPER;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    if (coexistingMethod) {
      return callAsMethod(args, kwnames);
    }
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
    if (slot == SpecialMethod.op_get && (args.length == 2 || args.length == 3)) {
      // wrap_descr_get: None stands for "no instance" and "no owner"; the owner is optional
      Object obj = args[1] == PyNone.NONE ? null : args[1];
      Object type = args.length == 2 || args[2] == PyNone.NONE ? null : args[2];
      if (obj == null && type == null) {
        throw PyErr.format(PyExc.TypeError, "__get__(None, None) is invalid");
      }
      return Slots.call(handle, self, obj, type);
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
      case 1 -> {
        Object r = Slots.call(handle, self, args[1]);
        if (r == PyNotImplemented.NOT_IMPLEMENTED && isSequenceSlot()) {
          throw sequenceSlotError(self, args[1]);
        }
        yield r;
      }
      default -> Slots.call(handle, self, args[1], args[2]);
    };
  }

  /**
   * Whether this is {@code __add__}, {@code __mul__} or {@code __rmul__} of str, list, tuple or
   * bytes. CPython gives those types {@code sq_concat} and {@code sq_repeat}, not number slots, so
   * their wrappers raise where a number slot's would return NotImplemented. Our slots answer
   * NotImplemented, so that the operator can still try the other operand; only a call through
   * the descriptor turns that into CPython's error.
   */
  private boolean isSequenceSlot() {
    if (slot != SpecialMethod.op_add && slot != SpecialMethod.op_mul
        && slot != SpecialMethod.op_rmul) {
      return false;
    }
    return owner == PyUnicode.TYPE || owner == PyList.TYPE || owner == PyTuple.TYPE
        || owner == PyBytes.TYPE || owner == PyByteArray.TYPE;
  }

  private PyException sequenceSlotError(Object self, Object other) {
    String otherName = PyType.of(other).getName();
    if (slot != SpecialMethod.op_add) {
      // wrap_indexargfunc: the count goes through PyNumber_AsSsize_t
      return PyErr.format(
          PyExc.TypeError, "'%.200s' object cannot be interpreted as an integer", otherName);
    }
    if (owner == PyBytes.TYPE || owner == PyByteArray.TYPE) {
      return PyErr.format(
          PyExc.TypeError, "can't concat %.100s to %.100s", otherName,
          PyType.of(self).getName());
    }
    return PyErr.format(
        PyExc.TypeError, "can only concatenate %s (not \"%.200s\") to %s", owner.getName(),
        otherName, owner.getName());
  }

  static Object __get__(Object self, Object obj, Object type) {
    if (obj == null) {
      return self;
    }
    return new PyMethod(self, obj);
  }

  static Object __repr__(Object self) {
    PyWrapperDescr d = (PyWrapperDescr) self;
    return "<" + (d.coexistingMethod ? "method" : "slot wrapper") + " '" + d.slot.methodName + "' of '" + d.owner.tpName() + "' objects>";
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyWrapperDescr) self).call(args, kwnames);
  }

  @Getter("__doc__")
  static Object docAttr(Object self) {
    PyWrapperDescr d = (PyWrapperDescr) self;
    return BuiltinDocs.docOr(BuiltinDocs.key(d.owner) + "." + d.slot.methodName, d.slot.doc());
  }

  @Getter("__text_signature__")
  static Object textSignature(Object self) {
    PyWrapperDescr d = (PyWrapperDescr) self;
    return BuiltinDocs.signatureOrNone(BuiltinDocs.key(d.owner) + "." + d.slot.methodName);
  }

  @Getter("__name__")
  static Object name(Object self) {
    return ((PyWrapperDescr) self).slot.methodName;
  }

  @Getter("__objclass__")
  static Object objclass(Object self) {
    return ((PyWrapperDescr) self).owner;
  }

  @Getter("__qualname__")
  static Object qualname(Object self) {
    PyWrapperDescr d = (PyWrapperDescr) self;
    return d.owner.getQualname() + "." + d.slot.methodName;
  }
}
