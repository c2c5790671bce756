package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.function.Function;
import org.taipan.object.Abstract;
import org.taipan.object.Exposer;
import org.taipan.object.PyClassMethod;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.ReprGuard;

/** Small shared pieces of the data modules: type creation, repr recursion guard, errors. */
final class DataSupport {
  private DataSupport() {}

  /**
   * A builtin type of a data module.
   *
   * @param alloc the allocator for Python subclasses, or null when it is not subclassable
   */
  static PyType type(String name, String module, Class<?> impl, MethodHandles.Lookup lookup,
      Function<PyType, Object> alloc, PyType base, Class<?>... classes) {
    PyType.Spec s =
        new PyType.Spec(name, module, impl, lookup, base, List.of(classes), alloc, alloc != null);
    return PyType.fromSpec(s);
  }

  /** The {@code @PythonMethod} static method {@code name} of {@code c} as a builtin function. */
  static Object function(Class<?> c, String name, String module) {
    return Exposer.moduleFunctions(c, MethodHandles.lookup(), module).get(name);
  }

  /** The {@code @PythonMethod} static method {@code name} of {@code c} as a classmethod. */
  static Object classMethod(Class<?> c, String name) {
    return new PyClassMethod(function(c, name, null));
  }

  /** Adds {@code __class_getitem__} (making {@code types.GenericAlias}) to a type. */
  static void genericAlias(PyType t) {
    t.defineBuiltin("__class_getitem__", classMethod(GenericAliasHook.class, "__class_getitem__"));
  }

  /** Holder of {@code __class_getitem__}. */
  static final class GenericAliasHook {
    private GenericAliasHook() {}

    /** {@code Py_GenericAlias}. */
    @org.taipan.api.expose.PythonMethod
    static Object __class_getitem__(Object cls, Object item) {
      return new org.taipan.object.PyGenericAlias(cls, item);
    }
  }

  /**
   * {@code PyErr_NewException}: a new exception class named by {@code dotted} ("module.name"),
   * made as {@code type(name, (base,), {'__module__': module})}.
   */
  static PyType newException(String dotted, PyType base) {
    int dot = dotted.lastIndexOf('.');
    org.taipan.object.PyDict ns = new org.taipan.object.PyDict();
    ns.put("__module__", dotted.substring(0, dot));
    return (PyType) Abstract.call(PyType.of(base), dotted.substring(dot + 1), new PyTuple(base), ns);
  }

  /** {@code Py_ReprEnter}: true when {@code o} is already being printed on this thread. */
  static boolean reprEnter(Object o) {
    return ReprGuard.enter(o);
  }

  /** {@code Py_ReprLeave}. */
  static void reprLeave(Object o) {
    ReprGuard.leave(o);
  }

  /** The number shown as an object's address in a repr, as {@code object.__repr__} shows it. */
  static long address(Object o) {
    return (long) System.identityHashCode(o) * 16;
  }

  static String typeName(Object o) {
    return PyType.of(o).getName();
  }

  static PyException typeError(String fmt, Object... args) {
    return PyErr.format(PyExc.TypeError, fmt, args);
  }

  static PyException valueError(String fmt, Object... args) {
    return PyErr.format(PyExc.ValueError, fmt, args);
  }

  /**
   * {@code PyNumber_AsSsize_t(v, exc)}: an index as a Java long, or {@code exc} "cannot fit 'int'
   * into an index-sized integer".
   */
  static long asSsize(Object v, PyType exc) {
    Object i = org.taipan.object.PyNumber.index(v);
    if (i instanceof Long l) {
      return l;
    }
    throw PyErr.format(exc, "cannot fit '%.200s' into an index-sized integer", typeName(v));
  }

  /** Argument Clinic's {@code Py_ssize_t} converter: OverflowError for an int too large. */
  static long asSsize(Object v) {
    Object i = org.taipan.object.PyNumber.index(v);
    if (i instanceof Long l) {
      return l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
  }
}
