package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import org.taipan.api.expose.PythonMethod;

/** {@code dict_keys}, {@code dict_values} and {@code dict_items}: live views of a dict. */
public final class PyDictView implements PyObject {
  private static PyType make(String name) {
    return PyType.fromSpec(
        new PyType.Spec(
            name,
            "builtins",
            PyDictView.class,
            MethodHandles.lookup(),
            null,
            java.util.List.of(),
            null,
            false));
  }

  static final PyType KEYS_TYPE = make("dict_keys");
  static final PyType VALUES_TYPE = make("dict_values");
  static final PyType ITEMS_TYPE = make("dict_items");

  final PyDict dict;
  final int kind;

  PyDictView(PyDict dict, int kind) {
    this.dict = dict;
    this.kind = kind;
  }

  @Override
  public PyType getType() {
    return kind == PyDictIterator.KEYS
        ? KEYS_TYPE
        : kind == PyDictIterator.VALUES ? VALUES_TYPE : ITEMS_TYPE;
  }

  static Object __iter__(Object self) {
    PyDictView v = (PyDictView) self;
    return new PyDictIterator(v.dict, v.kind);
  }

  /** {@code dictkeys_reversed} and the like: a reverse iterator over the dict. */
  @PythonMethod
  static Object __reversed__(Object self) {
    PyDictView v = (PyDictView) self;
    return new PyDictIterator(v.dict, v.kind, true);
  }

  static Object __len__(Object self) {
    return (long) ((PyDictView) self).dict.size();
  }

  static Object __contains__(Object self, Object x) {
    PyDictView v = (PyDictView) self;
    switch (v.kind) {
      case PyDictIterator.KEYS:
        return v.dict.get(x) != null;
      case PyDictIterator.ITEMS:
        if (!(x instanceof PyTuple t) || t.size() != 2) {
          return false;
        }
        Object val = v.dict.get(t.get(0));
        return val != null && Abstract.richCompareBool(val, t.get(1), Abstract.EQ);
      default:
        for (Object o : v.dict.valueList()) {
          if (Abstract.richCompareBool(o, x, Abstract.EQ)) {
            return true;
          }
        }
        return false;
    }
  }

  static Object __repr__(Object self) {
    PyDictView v = (PyDictView) self;
    StringBuilder sb = new StringBuilder(v.getType().getName()).append("([");
    boolean first = true;
    for (Map.Entry<Object, Object> e : v.dict.entries()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      Object item =
          switch (v.kind) {
            case PyDictIterator.KEYS -> e.getKey();
            case PyDictIterator.VALUES -> e.getValue();
            default -> new PyTuple(e.getKey(), e.getValue());
          };
      sb.append(Abstract.reprJava(item));
    }
    return sb.append("])").toString();
  }

  static Object __eq__(Object a, Object b) {
    PyDictView v = (PyDictView) a;
    if (v.kind == PyDictIterator.VALUES) {
      return a == b;
    }
    if (b instanceof PyDictView || b instanceof PySet) {
      return PySet.__eq__(PySet.fromIterable(a, false), PySet.fromIterable(b, false));
    }
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __and__(Object a, Object b) {
    return PySet.__and__(PySet.fromIterable(a, false), PySet.fromIterable(b, false));
  }

  static Object __or__(Object a, Object b) {
    return PySet.__or__(PySet.fromIterable(a, false), PySet.fromIterable(b, false));
  }

  static Object __sub__(Object a, Object b) {
    return PySet.__sub__(PySet.fromIterable(a, false), PySet.fromIterable(b, false));
  }

  static Object __xor__(Object a, Object b) {
    return PySet.__xor__(PySet.fromIterable(a, false), PySet.fromIterable(b, false));
  }
}
