package org.taipan.object;

import java.lang.invoke.MethodHandle;

/**
 * The {@code __new__} of a builtin type, CPython's {@code tp_new} exposed through {@code
 * tp_new_wrapper}: a handle {@code (PyType cls, Object[] args, String[] kwnames) -> Object}.
 */
public final class PyNewWrapper implements PyCallable, PyObject {
  final PyType owner;
  final MethodHandle handle;

  PyNewWrapper(PyType owner, MethodHandle handle) {
    this.owner = owner;
    this.handle = handle;
  }

  @Override
  public PyType getType() {
    return DescrTypes.BUILTIN;
  }

  /** Calls the constructor for class {@code cls}. */
  Object construct(PyType cls, Object[] args, String[] kwnames) {
    try {
      return (Object) handle.invokeExact(cls, args, kwnames);
    } catch (Throwable t) {
      throw Slots.rethrow(t);
    }
  }

  /** {@code T.__new__(cls, *args)}: the first argument is the class to make. */
  @Override
  public Object call(Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    if (args.length - nk < 1) {
      throw PyErr.format(
          PyExc.TypeError, "%s.__new__(): not enough arguments", owner.getName());
    }
    if (!(args[0] instanceof PyType cls)) {
      throw PyErr.format(
          PyExc.TypeError,
          "%s.__new__(X): X is not a type object (%s)",
          owner.getName(),
          PyType.of(args[0]).getName());
    }
    if (!cls.isSubtypeOf(owner)) {
      throw PyErr.format(
          PyExc.TypeError,
          "%s.__new__(%s): %s is not a subtype of %s",
          owner.getName(),
          cls.getName(),
          cls.getName(),
          owner.getName());
    }
    // tp_new_wrapper: the nearest base whose __new__ is a builtin's must make its instances
    // with this very constructor, or this one would skip that base's own set-up.
    PyType staticBase = cls;
    while (staticBase != null && !(staticBase.lookup("__new__") instanceof PyNewWrapper)) {
      staticBase = staticBase.getBase();
    }
    if (staticBase != null
        && ((PyNewWrapper) staticBase.lookup("__new__")).handle != handle) {
      throw PyErr.format(
          PyExc.TypeError,
          "%s.__new__(%s) is not safe, use %s.__new__()",
          owner.getName(),
          cls.getName(),
          staticBase.getName());
    }
    Object[] rest = new Object[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    return construct(cls, rest, kwnames);
  }

  @Override
  public String toString() {
    return "<built-in method __new__ of type object>";
  }
}
