package org.taipan.object;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;

/**
 * A bound method: a callable with its first argument fixed, CPython's {@code method} type ({@code
 * Objects/classobject.c}).
 */
public final class PyMethod implements PyCallable, PyObject {
  static final PyType TYPE =
      PyType.fromSpec(
          new PyType.Spec(
              "method", "builtins", PyMethod.class, MethodHandles.lookup(), null,
              java.util.List.of(), null, false));

  /** A slot wrapper bound to its object ({@code (1).__add__}). */
  static final PyType WRAPPER_TYPE =
      PyType.fromSpec(
          new PyType.Spec(
              "method-wrapper", "builtins", PyMethod.class, MethodHandles.lookup(), null,
              java.util.List.of(), null, false));

  @Override
  public PyType getType() {
    if (func instanceof PyMethodDescr || builtinClassMethod) {
      // a builtin method bound to its object ({@code [].append}), or a builtin classmethod
      // bound to its class ({@code int.from_bytes}), is a builtin_function_or_method
      return DescrTypes.BUILTIN;
    } else if (func instanceof PyWrapperDescr) {
      return WRAPPER_TYPE;
    }
    return TYPE;
  }

  /** {@code __func__}. */
  public final Object func;

  /** {@code __self__}. */
  public final Object self;

  /** A builtin function bound to a class by a classmethod ({@code PyCMethod_New}). */
  private final boolean builtinClassMethod;

  /** Binds {@code func} to {@code self}. */
  public PyMethod(Object func, Object self) {
    this(func, self, false);
  }

  /**
   * Binds {@code func} to {@code self}; {@code builtinClassMethod} when a classmethod binds a
   * builtin function to its class, which CPython's {@code classmethod_descriptor} gives as a
   * {@code builtin_function_or_method}.
   */
  PyMethod(Object func, Object self, boolean builtinClassMethod) {
    this.func = func;
    this.self = self;
    this.builtinClassMethod = builtinClassMethod;
  }

  /** {@code method(function, instance)} ({@code method_new_impl}), {@code types.MethodType}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (cls != TYPE) {
      throw PyErr.format(PyExc.TypeError, "cannot create '%s' instances", cls.getName());
    }
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(PyExc.TypeError, "method() takes no keyword arguments");
    }
    if (args.length != 2) {
      throw PyErr.format(
          PyExc.TypeError, "method expected 2 arguments, got %d", args.length);
    }
    if (!Abstract.isCallable(args[0])) {
      throw PyErr.format(PyExc.TypeError, "first argument must be callable");
    }
    if (args[1] == PyNone.NONE) {
      throw PyErr.format(PyExc.TypeError, "instance must not be None");
    }
    return new PyMethod(args[0], args[1]);
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    Object[] a = new Object[args.length + 1];
    a[0] = self;
    System.arraycopy(args, 0, a, 1, args.length);
    return Abstract.call(func, a, kwnames);
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyMethod) self).call(args, kwnames);
  }

  /** {@code method___reduce__}, {@code wrapper_reduce}: {@code (getattr, (self, name))}. */
  @PythonMethod
  static Object __reduce__(Object self) {
    PyMethod m = (PyMethod) self;
    return new PyTuple(
        IteratorMethods.builtin("getattr"),
        new PyTuple(m.self, Abstract.getAttr(m.func, "__name__")));
  }

  /** {@code repr} of a bound method. */
  static Object __repr__(Object self) {
    PyMethod m = (PyMethod) self;
    // method_repr: the __qualname__, else the __name__, else "?"
    Object name = Abstract.lookupAttr(m.func, "__qualname__");
    if (name == null) {
      name = Abstract.lookupAttr(m.func, "__name__");
    }
    if (name == null || !PyUnicode.isStr(name)) {
      name = "?";
    }
    // a builtin method, or a builtin function bound as a classmethod (dict.fromkeys)
    if (m.func instanceof PyMethodDescr || m.func instanceof PyWrapperDescr
        || m.func instanceof PyBuiltinFunction) {
      return "<built-in method "
          + Abstract.getAttr(m.func, "__name__")
          + " of "
          + PyType.of(m.self).getName()
          + String.format(" object at 0x%012x>", (long) System.identityHashCode(m.self) * 16);
    }
    return "<bound method " + name + " of " + Abstract.repr(m.self) + ">";
  }

  static Object __eq__(Object self, Object other) {
    if (!(other instanceof PyMethod o)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    PyMethod m = (PyMethod) self;
    return m.self == o.self && Abstract.richCompareBool(m.func, o.func, Abstract.EQ);
  }

  static Object __hash__(Object self) {
    PyMethod m = (PyMethod) self;
    return (long) System.identityHashCode(m.self) ^ Abstract.hash(m.func);
  }

  static Object __getattribute__(Object self, Object name) {
    PyMethod m = (PyMethod) self;
    String n = PyUnicode.asJavaString(name);
    Object d = n.equals("__doc__") ? null : m.getType().lookup(n);
    // a bound method (method_getattro) passes every other name on to its function; a bound
    // slot wrapper only its names
    boolean wrapper = m.getType() != TYPE;
    if (d != null || wrapper && n.startsWith("__") && !n.equals("__doc__")
        && !n.equals("__name__") && !n.equals("__qualname__") && !n.equals("__module__")
        && !n.equals("__objclass__") && !n.equals("__text_signature__")) {
      return PyBaseObject.__getattribute__(self, name);
    }
    return Abstract.getAttr(m.func, n);
  }

  @Getter("__func__")
  static Object funcAttr(Object self) {
    return ((PyMethod) self).func;
  }

  @Getter("__self__")
  static Object selfAttr(Object self) {
    return ((PyMethod) self).self;
  }
}
