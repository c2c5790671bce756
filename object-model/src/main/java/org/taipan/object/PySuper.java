package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * {@code super(type, obj)}, CPython's {@code PySuper_Type} in {@code Objects/typeobject.c}:
 * attribute lookup that starts after {@code type} in the MRO of {@code obj}'s type. A
 * zero-argument {@code super()} takes them from the calling frame (through the interpreter's hook).
 */
public class PySuper {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("super", PySuper.class, MethodHandles.lookup()));

  PyType type;
  Object obj;
  PyType objType;

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PySuper() : new Derived(cls);
  }

  /** An instance of a Python subclass of {@code super}. */
  static final class Derived extends PySuper implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type) {
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      PyDict d = dict;
      return d != null ? d : (dict = new PyDict());
    }

    @Override
    public boolean replaceDict(PyDict d) {
      dict = d;
      return true;
    }
  }

  private static volatile java.util.function.Supplier<Object[]> zeroArguments =
      () -> {
        throw PyErr.format(PyExc.RuntimeError, "super(): no current frame");
      };

  /**
   * Sets how {@code super()} finds its {@code {type, obj}} in the calling frame (CPython's {@code
   * super_init_without_args}; the interpreter owns frames).
   */
  public static void setZeroArgumentsHook(java.util.function.Supplier<Object[]> hook) {
    zeroArguments = hook;
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    PySuper s = (PySuper) self;
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(PyExc.TypeError, "super() takes no keyword arguments");
    }
    if (args.length > 2) {
      throw PyErr.format(
          PyExc.TypeError, "super() expected at most 2 arguments, got %d", args.length);
    }
    if (args.length == 0) {
      args = zeroArguments.get();
    }
    if (!(args[0] instanceof PyType t)) {
      throw PyErr.format(
          PyExc.TypeError,
          "super() argument 1 must be a type, not %s",
          PyType.of(args[0]).getName());
    }
    s.type = t;
    if (args.length > 1 && args[1] != PyNone.NONE) {
      Object obj = args[1];
      s.objType = supercheck(t, obj);
      s.obj = obj;
    }
    return PyNone.NONE;
  }

  /**
   * {@code supercheck}: the type to search the MRO of, {@code obj} itself when it is a subclass
   * of {@code type}, else its type, else its {@code __class__} (a proxy's).
   */
  private static PyType supercheck(PyType type, Object obj) {
    if (obj instanceof PyType ot && ot.isSubtypeOf(type)) {
      return ot;
    }
    PyType ot = PyType.of(obj);
    if (ot.isSubtypeOf(type)) {
      return ot;
    }
    Object c = Abstract.lookupAttr(obj, "__class__");
    if (c instanceof PyType ct && ct != ot && ct.isSubtypeOf(type)) {
      return ct;
    }
    throw PyErr.format(
        PyExc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
  }

  /**
   * {@code super_descr_get}: an unbound super kept as a class attribute binds to the instance it
   * is fetched through (a subclass of super is called to do it).
   */
  static Object __get__(Object self, Object obj, Object type) {
    PySuper s = (PySuper) self;
    if (obj == null || obj == PyNone.NONE || s.obj != null) {
      return self;
    }
    PyType st = PyType.of(self);
    if (st != TYPE) {
      return Abstract.call(st, s.type, obj);
    }
    PySuper bound = new PySuper();
    bound.objType = supercheck(s.type, obj);
    bound.type = s.type;
    bound.obj = obj;
    return bound;
  }

  static Object __getattribute__(Object self, Object nameObj) {
    PySuper s = (PySuper) self;
    String name = PyUnicode.asJavaString(nameObj);
    if (s.objType != null && !name.equals("__class__")) {
      PyType[] mro = s.objType.getMro();
      int i = 0;
      while (i < mro.length && mro[i] != s.type) {
        i++;
      }
      for (i++; i < mro.length; i++) {
        Object v = mro[i].getOwn(name);
        if (v != null) {
          PyType vt = PyType.of(v);
          if (vt.hasSlot(SpecialMethod.op_get)) {
            Object inst = s.obj == s.objType ? null : s.obj;
            return Slots.call(vt.slot(SpecialMethod.op_get), v, inst, s.objType);
          }
          return v;
        }
      }
    }
    return PyBaseObject.__getattribute__(self, nameObj);
  }

  @Getter("__thisclass__")
  static Object thisclass(Object self) {
    PyType t = ((PySuper) self).type;
    return t == null ? PyNone.NONE : t;
  }

  @Getter("__self__")
  static Object selfAttr(Object self) {
    Object o = ((PySuper) self).obj;
    return o == null ? PyNone.NONE : o;
  }

  @Getter("__self_class__")
  static Object selfClass(Object self) {
    PyType t = ((PySuper) self).objType;
    return t == null ? PyNone.NONE : t;
  }

  static Object __repr__(Object self) {
    PySuper s = (PySuper) self;
    if (s.objType != null) {
      return "<super: <class '" + s.type.getName() + "'>, <" + s.objType.getName() + " object>>";
    }
    return "<super: <class '" + s.type.getName() + "'>, NULL>";
  }
}
