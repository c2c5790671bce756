package org.taipan.object;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Invoking slot handles, and the generic slot handles of classes defined in Python, which look the
 * special method up by name on each call (CPython's {@code slot_nb_add}, {@code slot_tp_repr} …
 * in {@code Objects/typeobject.c}).
 */
final class Slots {
  private Slots() {}

  private static final MethodHandle UNARY;
  /** One generic handle per special method, so that equal slots are the same handle. */
  private static final MethodHandle[] GENERIC = new MethodHandle[SpecialMethod.COUNT];

  private static final MethodHandle BINARY;
  private static final MethodHandle COMPARE;
  private static final MethodHandle TERNARY;
  private static final MethodHandle CALL;

  static {
    try {
      MethodHandles.Lookup l = MethodHandles.lookup();
      UNARY =
          l.findStatic(
              Slots.class,
              "unary",
              MethodType.methodType(Object.class, String.class, Object.class));
      BINARY =
          l.findStatic(
              Slots.class,
              "binary",
              MethodType.methodType(Object.class, String.class, Object.class, Object.class));
      COMPARE =
          l.findStatic(
              Slots.class,
              "compare",
              MethodType.methodType(Object.class, String.class, Object.class, Object.class));
      TERNARY =
          l.findStatic(
              Slots.class,
              "ternary",
              MethodType.methodType(
                  Object.class, String.class, Object.class, Object.class, Object.class));
      CALL =
          l.findStatic(
              Slots.class,
              "callN",
              MethodType.methodType(
                  Object.class, String.class, Object.class, Object[].class, String[].class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A slot handle that calls the Python definition of {@code m} found on the object's type. */
  static MethodHandle generic(SpecialMethod m) {
    MethodHandle g = GENERIC[m.ordinal()];
    if (g == null) {
      g = GENERIC[m.ordinal()] = makeGeneric(m);
    }
    return g;
  }

  private static MethodHandle makeGeneric(SpecialMethod m) {
    MethodHandle h =
        isComparison(m) ? COMPARE : switch (m.signature) {
          case UNARY -> UNARY;
          case BINARY -> BINARY;
          case TERNARY -> TERNARY;
          case CALL -> CALL;
        };
    return MethodHandles.insertArguments(h, 0, m.methodName);
  }

  private static Object find(String name, Object self) {
    Object f = PyType.of(self).lookup(name);
    if (f == null) {
      throw EmptyException.INSTANCE;
    } else if (f == PyNone.NONE) {
      // slot_tp_iter and slot_sq_contains name the refusal; other slots call None and fail
      if (name.equals("__iter__")) {
        throw PyErr.format(
            PyExc.TypeError, "'%.200s' object is not iterable", PyType.of(self).tpName());
      } else if (name.equals("__contains__")) {
        throw PyErr.format(
            PyExc.TypeError, "'%.200s' object is not a container", PyType.of(self).tpName());
      }
    }
    return f;
  }

  static Object unary(String name, Object self) {
    return Abstract.callAsMethod(find(name, self), self, new Object[0], null);
  }

  static Object binary(String name, Object self, Object a) {
    return Abstract.callAsMethod(find(name, self), self, new Object[] {a}, null);
  }

  private static boolean isComparison(SpecialMethod m) {
    return switch (m) {
      case op_lt, op_le, op_eq, op_ne, op_gt, op_ge -> true;
      default -> false;
    };
  }

  /**
   * A comparison slot ({@code slot_tp_richcompare}): an error while binding the method makes
   * it NotImplemented, only the call's errors propagate.
   */
  static Object compare(String name, Object self, Object other) {
    Object f = find(name, self);
    if (f instanceof MethodLike) {
      return Abstract.callAsMethod(f, self, new Object[] {other}, null);
    }
    Object bound = f;
    PyType ft = PyType.of(f);
    if (ft.hasSlot(SpecialMethod.op_get)) {
      try {
        bound = call(ft.slot(SpecialMethod.op_get), f, self, PyType.of(self));
      } catch (PyException e) {
        return PyNotImplemented.NOT_IMPLEMENTED;
      }
    }
    return Abstract.call(bound, other);
  }

  static Object ternary(String name, Object self, Object a, Object b) {
    // __get__'s "no instance" and "no owner" are Java null in the slot, None to Python code
    Object[] args = {a == null ? PyNone.NONE : a, b == null ? PyNone.NONE : b};
    return Abstract.callAsMethod(find(name, self), self, args, null);
  }

  static Object callN(String name, Object self, Object[] args, String[] kwnames) {
    return Abstract.callAsMethod(find(name, self), self, args, kwnames);
  }

  // ---------------------------------------------------------------- invokers

  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    } else if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  static Object call(MethodHandle mh, Object a) {
    try {
      return (Object) mh.invokeExact(a);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static Object call(MethodHandle mh, Object a, Object b) {
    try {
      return (Object) mh.invokeExact(a, b);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static Object call(MethodHandle mh, Object a, Object b, Object c) {
    try {
      return (Object) mh.invokeExact(a, b, c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static Object call(MethodHandle mh, Object a, Object[] args, String[] kwnames) {
    try {
      return (Object) mh.invokeExact(a, args, kwnames);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }
}
