package org.taipan.object;

import java.lang.invoke.MethodHandles;

/** {@code classmethod}, CPython's {@code PyClassMethod_Type} ({@code Objects/funcobject.c}). */
public class PyClassMethod extends WrappedCallable {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("classmethod", PyClassMethod.class, MethodHandles.lookup())
          .allocator(Derived::new));

  /** An instance of a Python subclass of classmethod. */
  static final class Derived extends PyClassMethod implements PyObject {
    private final PyType type;

    Derived(PyType type) {
      super(null);
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }
  }

  /** Wraps a callable (as {@code PyClassMethod_New}: no attributes copied). */
  public PyClassMethod(Object callable) {
    super(callable);
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyClassMethod(null) : cls.allocate();
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    return init(self, args, kwnames, "classmethod");
  }

  /**
   * {@code cm_descr_get}: binds the owner; a callable that is itself a descriptor binds it
   * through its own {@code __get__} (so a classmethod over a property reads it on the class).
   */
  static Object __get__(Object self, Object obj, Object type) {
    Object c = ((PyClassMethod) self).callable("classmethod");
    Object t = type == null ? PyType.of(obj) : type;
    PyType ct = PyType.of(c);
    if (ct.hasSlot(SpecialMethod.op_get)) {
      return Slots.call(ct.slot(SpecialMethod.op_get), c, t, t);
    }
    return new PyMethod(c, t, c instanceof PyBuiltinFunction);
  }

  static Object __repr__(Object self) {
    return repr(self, "classmethod");
  }

  @Getter(value = "__func__", readonlyMember = true)
  static Object func(Object self) {
    return wrapped(self);
  }

  @Getter(value = "__wrapped__", readonlyMember = true)
  static Object wrappedAttr(Object self) {
    return wrapped(self);
  }

  @Getter("__isabstractmethod__")
  static Object isAbstractAttr(Object self) {
    return isAbstract(self);
  }
}
