package org.taipan.gc;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;

/** The {@code _weakref} module, CPython's {@code Modules/_weakref.c}. */
@PythonModule(value = "_weakref", doc = "Weak-reference support module.")
public final class WeakrefModule {
  private WeakrefModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("ref", PyWeakref.TYPE);
    m.put("ReferenceType", PyWeakref.TYPE);
    m.put("ProxyType", PyWeakProxy.PROXY);
    m.put("CallableProxyType", PyWeakProxy.CALLABLE);
  }

  /** {@code getweakrefcount(object, /)}. */
  @PythonMethod
  public static Object getweakrefcount(Object object) {
    PyWeakref.drain();
    return (long) PyWeakref.refsTo(object).size();
  }

  /** {@code getweakrefs(object, /)}. */
  @PythonMethod
  public static Object getweakrefs(Object object) {
    PyWeakref.drain();
    return new PyList(PyWeakref.refsTo(object));
  }

  /** {@code proxy(object, callback=None, /)}. */
  @PythonMethod
  public static Object proxy(Object object, @Default("None") Object callback) {
    return PyWeakProxy.newProxy(object, callback);
  }

  /** {@code _remove_dead_weakref(dct, key, /)}: deletes {@code dct[key]} if it is a dead ref. */
  @PythonMethod
  public static Object _remove_dead_weakref(Object dct, Object key) {
    if (!(dct instanceof PyDict d)) {
      throw PyErr.format(PyExc.TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
          org.taipan.object.PyType.of(dct).getName());
    }
    Object v = d.get(key);
    if (v == null) {
      throw PyErr.newException(PyExc.KeyError, key);
    }
    if (v instanceof PyWeakref w && w.get() == null) {
      d.remove(key);
    }
    return PyNone.NONE;
  }
}
