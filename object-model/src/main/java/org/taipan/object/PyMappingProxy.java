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

  final Object mapping;

  /** A read-only view of {@code dict} ({@code PyDictProxy_New}). */
  public PyMappingProxy(PyDict dict) {
    this.mapping = dict;
  }

  private PyMappingProxy(Object mapping) {
    this.mapping = mapping;
  }

  private static Object m(Object self) {
    return ((PyMappingProxy) self).mapping;
  }

  /** {@code mappingproxy(mapping)}: refuses what is not a mapping, and lists and tuples. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    Object mapping;
    if (args.length == 1 && (nk == 0 || kwnames[0].equals("mapping"))) {
      mapping = args[0];
    } else if (nk > 0 && !kwnames[nk - 1].equals("mapping")) {
      throw PyErr.format(
          PyExc.TypeError,
          "mappingproxy() got an unexpected keyword argument '%s'",
          kwnames[nk - 1]);
    } else {
      throw PyErr.format(
          PyExc.TypeError,
          "mappingproxy() takes exactly one argument (%d given)",
          args.length);
    }
    if (!PyType.of(mapping).hasSlot(SpecialMethod.op_getitem)
        || mapping instanceof PyList
        || mapping instanceof PyTuple) {
      throw PyErr.format(
          PyExc.TypeError,
          "mappingproxy() argument must be a mapping, not %s",
          PyType.of(mapping).tpName());
    }
    return new PyMappingProxy(mapping);
  }

  static Object __getitem__(Object self, Object k) {
    return Abstract.getItem(m(self), k);
  }

  static Object __contains__(Object self, Object k) {
    Object map = m(self);
    if (map instanceof PyDict d && map.getClass() == PyDict.class) {
      return d.get(k) != null;
    }
    return Abstract.contains(map, k);
  }

  static Object __len__(Object self) {
    return (long) Abstract.size(m(self));
  }

  static Object __iter__(Object self) {
    return Abstract.iter(m(self));
  }

  /** {@code mappingproxy_str}: the str of the mapping. */
  static Object __str__(Object self) {
    return Abstract.str(m(self));
  }

  static Object __repr__(Object self) {
    return "mappingproxy(" + Abstract.repr(m(self)) + ")";
  }

  static Object __eq__(Object self, Object other) {
    return Abstract.richCompare(m(self), other, Abstract.EQ);
  }

  static Object __ne__(Object self, Object other) {
    return Abstract.richCompare(m(self), other, Abstract.NE);
  }

  static Object __lt__(Object self, Object other) {
    return Abstract.richCompare(m(self), other, Abstract.LT);
  }

  static Object __le__(Object self, Object other) {
    return Abstract.richCompare(m(self), other, Abstract.LE);
  }

  static Object __gt__(Object self, Object other) {
    return Abstract.richCompare(m(self), other, Abstract.GT);
  }

  static Object __ge__(Object self, Object other) {
    return Abstract.richCompare(m(self), other, Abstract.GE);
  }

  /** {@code proxy | other}: the mapping's {@code |}, so a new dict. */
  static Object __or__(Object self, Object other) {
    Object a = self instanceof PyMappingProxy p ? p.mapping : self;
    Object b = other instanceof PyMappingProxy p ? p.mapping : other;
    return PyNumber.binaryOp(PyNumber.OR, a, b);
  }

  static Object __ror__(Object self, Object other) {
    Object b = self instanceof PyMappingProxy p ? p.mapping : self;
    Object a = other instanceof PyMappingProxy p ? p.mapping : other;
    return PyNumber.binaryOp(PyNumber.OR, a, b);
  }

  @PythonMethod
  static Object keys(Object self) {
    return Abstract.callMethod(m(self), "keys");
  }

  @PythonMethod
  static Object items(Object self) {
    return Abstract.callMethod(m(self), "items");
  }

  @PythonMethod
  static Object values(Object self) {
    return Abstract.callMethod(m(self), "values");
  }

  @PythonMethod
  static Object get(Object self, Object k, @org.taipan.api.expose.Default("None") Object d) {
    return Abstract.callMethod(m(self), "get", k, d);
  }

  @PythonMethod
  static Object copy(Object self) {
    return Abstract.callMethod(m(self), "copy");
  }

  @PythonMethod
  static Object __reversed__(Object self) {
    return Abstract.callMethod(m(self), "__reversed__");
  }
}
