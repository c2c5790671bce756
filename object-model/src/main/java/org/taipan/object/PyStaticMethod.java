package org.taipan.object;

import java.lang.invoke.MethodHandles;

/** {@code staticmethod}, CPython's {@code PyStaticMethod_Type} ({@code Objects/funcobject.c}). */
public class PyStaticMethod extends WrappedCallable implements PyCallable {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("staticmethod", PyStaticMethod.class, MethodHandles.lookup())
          .allocator(Derived::new));

  /** An instance of a Python subclass of staticmethod. */
  static final class Derived extends PyStaticMethod implements PyObject {
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

  /** Wraps a callable (as {@code PyStaticMethod_New}: no attributes copied). */
  public PyStaticMethod(Object callable) {
    super(callable);
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    return Abstract.call(callable("staticmethod"), args, kwnames);
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyStaticMethod(null) : cls.allocate();
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    return init(self, args, kwnames, "staticmethod");
  }

  static Object __get__(Object self, Object obj, Object type) {
    return ((PyStaticMethod) self).callable("staticmethod");
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyStaticMethod) self).call(args, kwnames);
  }

  static Object __repr__(Object self) {
    return repr(self, "staticmethod");
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
