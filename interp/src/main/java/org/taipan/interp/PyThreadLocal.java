package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;
import org.taipan.object.WithDict;

/**
 * {@code _thread._local}, CPython's {@code localobject}: its {@code __dict__} is a different
 * dictionary in each thread.
 */
final class PyThreadLocal implements PyObject, WithDict {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("_local", PyThreadLocal.class, MethodHandles.lookup())
              .module("_thread")
              .allocator(PyThreadLocal::new));

  private final PyType type;
  private final ThreadLocal<PyDict> dicts = ThreadLocal.withInitial(PyDict::new);

  PyThreadLocal(PyType type) {
    this.type = type;
  }

  @Override
  public PyType getType() {
    return type;
  }

  @Override
  public PyDict getDict() {
    return dicts.get();
  }

  @Getter("__dict__")
  static Object dictAttr(Object self) {
    return ((PyThreadLocal) self).getDict();
  }
}
