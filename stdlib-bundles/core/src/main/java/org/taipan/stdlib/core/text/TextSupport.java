package org.taipan.stdlib.core.text;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Exposer;
import org.taipan.object.PyClassMethod;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyGenericAlias;
import org.taipan.object.PyImport;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;

/** Small shared pieces of the text modules: type creation, argument conversion, errors. */
final class TextSupport {
  private TextSupport() {}

  /** A builtin type that Python code can neither instantiate nor subclass. */
  static PyType finalType(String name, String module, Class<?> impl, MethodHandles.Lookup lookup) {
    return PyType.fromSpec(new PyType.Spec(name, module, impl, lookup, null, List.of(impl), null,
        false));
  }

  /** Adds {@code __class_getitem__} (making {@code types.GenericAlias}) to a type. */
  static void genericAlias(PyType t) {
    Object f = Exposer.moduleFunctions(GenericAliasHook.class, MethodHandles.lookup(), null)
        .get("__class_getitem__");
    t.defineBuiltin("__class_getitem__", new PyClassMethod(f));
  }

  /** Holder of {@code __class_getitem__}. */
  static final class GenericAliasHook {
    private GenericAliasHook() {}

    /** {@code Py_GenericAlias}. */
    @PythonMethod
    static Object __class_getitem__(Object cls, Object item) {
      return new PyGenericAlias(cls, item);
    }
  }

  /** The {@code __new__} of a type without {@code tp_new}: "cannot create 'T' instances". */
  static PyException noNew(PyType cls) {
    return PyErr.format(PyExc.TypeError, "cannot create '%s' instances", cls.fullName());
  }

  /** {@code PyNumber_AsSsize_t(o, PyExc_OverflowError)}. */
  static long asSsize(Object o) {
    Object i = PyNumber.index(o);
    if (i instanceof Long l) {
      return l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
  }

  /** A Py_ssize_t argument as an int index, saturating (positions are clamped later). */
  static int asIndex(Object o) {
    long v = asSsize(o);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
  }

  /** {@code call(module, function, args)} of {@code sre.c}: a function of a Python module. */
  static Object callModule(String module, String function, Object... args) {
    return Abstract.call(Abstract.getAttr(PyImport.importModule(module), function), args);
  }

  static PyException typeError(String fmt, Object... args) {
    return PyErr.format(PyExc.TypeError, fmt, args);
  }
}
