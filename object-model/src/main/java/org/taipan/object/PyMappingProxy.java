package org.taipan.object;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;

/** A read-only view of a type's namespace, CPython's {@code mappingproxy}. */
public final class PyMappingProxy {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("mappingproxy", PyMappingProxy.class, MethodHandles.lookup())
              .notBaseType());

  final PyDict dict;

  /** A read-only view of {@code dict} ({@code PyDictProxy_New}). */
  public PyMappingProxy(PyDict dict) {
    this.dict = dict;
  }

  static Object __getitem__(Object self, Object k) {
    return PyDict.__getitem__(((PyMappingProxy) self).dict, k);
  }

  static Object __contains__(Object self, Object k) {
    return ((PyMappingProxy) self).dict.get(k) != null;
  }

  static Object __len__(Object self) {
    return (long) ((PyMappingProxy) self).dict.size();
  }

  static Object __iter__(Object self) {
    return PyDict.__iter__(((PyMappingProxy) self).dict);
  }

  /** {@code mappingproxy_str}: the str of the mapping. */
  static Object __str__(Object self) {
    return Abstract.str(((PyMappingProxy) self).dict);
  }

  static Object __repr__(Object self) {
    return "mappingproxy(" + Abstract.repr(((PyMappingProxy) self).dict) + ")";
  }

  @PythonMethod
  static Object keys(Object self) {
    return PyDict.keys(((PyMappingProxy) self).dict);
  }

  @PythonMethod
  static Object items(Object self) {
    return PyDict.items(((PyMappingProxy) self).dict);
  }

  @PythonMethod
  static Object values(Object self) {
    return PyDict.values(((PyMappingProxy) self).dict);
  }

  @PythonMethod
  static Object get(Object self, Object k, @org.taipan.api.expose.Default("None") Object d) {
    Object v = ((PyMappingProxy) self).dict.get(k);
    return v == null ? d : v;
  }
}
