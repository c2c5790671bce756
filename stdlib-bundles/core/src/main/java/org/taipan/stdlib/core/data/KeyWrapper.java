package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;
import org.taipan.object.Setter;

/**
 * {@code functools.KeyWrapper}, what {@code cmp_to_key(mycmp)} returns: CPython's {@code
 * keyobject} in {@code Modules/_functoolsmodule.c}. Calling it wraps a value; wrapped values
 * compare by calling {@code mycmp} and comparing its result with 0.
 */
final class KeyWrapper {
  static final PyType TYPE =
      DataSupport.type("KeyWrapper", "functools", KeyWrapper.class, MethodHandles.lookup(),
          null, null, KeyWrapper.class);

  static {
    TYPE.defineBuiltin("__hash__", PyNone.NONE);
    TYPE.defineBuiltin("__doc__", PyNone.NONE);
  }

  final Object cmp;
  /** The wrapped value; null in the wrapper {@code cmp_to_key} returns. */
  Object obj;

  KeyWrapper(Object cmp, Object obj) {
    this.cmp = cmp;
    this.obj = obj;
  }

  /** The type has no {@code tp_new}: only {@code cmp_to_key} makes instances. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    throw PyErr.format(PyExc.TypeError, "cannot create 'functools.KeyWrapper' instances");
  }

  /** {@code keyobject_call}: {@code K(obj)}. */
  static Object __call__(Object self, Object[] args, String[] kwnames) {
    Object[] a = new CallArgs(args, kwnames).bind("K", 1, "obj");
    return new KeyWrapper(((KeyWrapper) self).cmp, a[0]);
  }

  /** {@code keyobject_richcompare}. */
  private static Object compare(Object self, Object other, int op) {
    if (PyType.of(other) != PyType.of(self)) {
      throw PyErr.format(PyExc.TypeError, "other argument must be K instance");
    }
    KeyWrapper a = (KeyWrapper) self;
    KeyWrapper b = (KeyWrapper) other;
    if (a.obj == null || b.obj == null) {
      throw PyErr.format(PyExc.AttributeError, "object");
    }
    Object r = Abstract.call(a.cmp, a.obj, b.obj);
    return Abstract.richCompare(r, 0L, op);
  }

  static Object __lt__(Object self, Object other) {
    return compare(self, other, 0);
  }

  static Object __le__(Object self, Object other) {
    return compare(self, other, 1);
  }

  static Object __eq__(Object self, Object other) {
    return compare(self, other, 2);
  }

  static Object __ne__(Object self, Object other) {
    return compare(self, other, 3);
  }

  static Object __gt__(Object self, Object other) {
    return compare(self, other, 4);
  }

  static Object __ge__(Object self, Object other) {
    return compare(self, other, 5);
  }

  @Getter("obj")
  static Object objAttr(Object self) {
    Object o = ((KeyWrapper) self).obj;
    return o == null ? PyNone.NONE : o;
  }

  @Setter("obj")
  static void setObj(Object self, Object v) {
    ((KeyWrapper) self).obj = v;
  }
}
