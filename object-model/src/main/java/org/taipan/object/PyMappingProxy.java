package org.taipan.object;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;

/**
 * A read-only view of a mapping, CPython's {@code mappingproxy} ({@code
 * types.MappingProxyType}, {@code Objects/descrobject.c}): a type's {@code __dict__}, or any
 * mapping given to the constructor. Reads go to the mapping; nothing writes through it.
 */
public final class PyMappingProxy {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("mappingproxy", PyMappingProxy.class, MethodHandles.lookup())
              .notBaseType());

  static {
    TYPE.define("__class_getitem__", PyGenericAlias.classGetItem());
    TYPE.setCollectionFlag(TypeFlags.MAPPING);
  }

  /** The mapping viewed: a type's dict, or any mapping given to {@code types.MappingProxyType}. */
  final Object mapping;

  /** A read-only view of {@code dict} ({@code PyDictProxy_New}). */
  public PyMappingProxy(Object mapping) {
    this.mapping = mapping;
  }

  /** {@code mappingproxy(mapping)}: any mapping but a list or tuple ({@code mappingproxy_check_mapping}). */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    if (args.length - nk == 0 && !java.util.Arrays.asList(kwnames == null ? new String[0] : kwnames).contains("mapping")) {
      throw PyErr.format(PyExc.TypeError,
          "mappingproxy() missing required argument 'mapping' (pos 1)");
    }
    for (int k = 0; k < nk; k++) {
      if (!kwnames[k].equals("mapping")) {
        throw PyErr.format(PyExc.TypeError,
            "mappingproxy() got an unexpected keyword argument '%s'", kwnames[k]);
      }
    }
    if (args.length > 1) {
      throw PyErr.format(PyExc.TypeError, "mappingproxy() takes at most 1 argument (%d given)",
          args.length);
    }
    if (args.length == 0) {
      throw PyErr.format(PyExc.TypeError,
          "mappingproxy() missing required argument 'mapping' (pos 1)");
    }
    Object m = args[0];
    if (m instanceof PyList || m instanceof PyTuple
        || PyType.of(m).lookup("__getitem__") == null) {
      throw PyErr.format(PyExc.TypeError, "mappingproxy() argument must be a mapping, not %s",
          PyType.of(m).getName());
    }
    return new PyMappingProxy(m);
  }

  private static Object mapping(Object self) {
    return ((PyMappingProxy) self).mapping;
  }

  static Object __getitem__(Object self, Object k) {
    return Abstract.getItem(mapping(self), k);
  }

  static Object __contains__(Object self, Object k) {
    return Abstract.contains(mapping(self), k);
  }

  static Object __len__(Object self) {
    return (long) Abstract.size(mapping(self));
  }

  static Object __iter__(Object self) {
    return Abstract.iter(mapping(self));
  }

  static Object __eq__(Object self, Object other) {
    return Abstract.richCompare(mapping(self), other, Abstract.EQ);
  }

  static Object __or__(Object a, Object b) {
    if (a instanceof PyMappingProxy p) {
      a = p.mapping;
    }
    if (b instanceof PyMappingProxy p) {
      b = p.mapping;
    }
    return PyNumber.binaryOp(PyNumber.OR, a, b);
  }

  /** {@code mappingproxy_or} with the operands the other way round. */
  static Object __ror__(Object self, Object other) {
    if (other instanceof PyMappingProxy p) {
      other = p.mapping;
    }
    return PyNumber.binaryOp(PyNumber.OR, other, ((PyMappingProxy) self).mapping);
  }

  /** {@code mappingproxy_ior}: a read-only view refuses {@code |=}. */
  static Object __ior__(Object self, Object other) {
    throw PyErr.format(PyExc.TypeError, "'|=' is not supported by %s; use '|' instead",
        PyType.of(self).getName());
  }

  /** {@code mappingproxy_reversed}: the mapping's own {@code __reversed__}. */
  @PythonMethod
  static Object __reversed__(Object self) {
    return Abstract.callMethod(mapping(self), "__reversed__");
  }

  /** {@code mappingproxy_str}: the str of the mapping. */
  static Object __str__(Object self) {
    return Abstract.str(mapping(self));
  }

  static Object __repr__(Object self) {
    return "mappingproxy(" + Abstract.repr(mapping(self)) + ")";
  }

  @PythonMethod
  static Object keys(Object self) {
    return Abstract.callMethod(mapping(self), "keys");
  }

  @PythonMethod
  static Object items(Object self) {
    return Abstract.callMethod(mapping(self), "items");
  }

  @PythonMethod
  static Object values(Object self) {
    return Abstract.callMethod(mapping(self), "values");
  }

  @PythonMethod
  static Object copy(Object self) {
    return Abstract.callMethod(mapping(self), "copy");
  }

  @PythonMethod
  static Object get(Object self, Object k, @org.taipan.api.expose.Default("None") Object d) {
    return Abstract.callMethod(mapping(self), "get", k, d);
  }
}
