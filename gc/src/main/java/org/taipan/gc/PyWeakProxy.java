package org.taipan.gc;

import java.lang.invoke.MethodHandles;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * A weak proxy, CPython's {@code weakref.ProxyType} and {@code weakref.CallableProxyType} ({@code
 * Objects/weakrefobject.c}): operations on it act on the referent, or raise {@code ReferenceError}
 * once the referent is gone.
 */
final class PyWeakProxy extends PyWeakref implements PyObject {
  static final PyType PROXY =
      PyType.fromSpec(
          PyType.Spec.of("ProxyType", PyWeakProxy.class, MethodHandles.lookup())
              .module("weakref")
              .classes()
              .notBaseType());
  static final PyType CALLABLE =
      PyType.fromSpec(
          PyType.Spec.of("CallableProxyType", PyWeakProxy.Callable.class, MethodHandles.lookup())
              .base(PROXY)
              .module("weakref")
              .classes()
              .notBaseType());

  private final boolean callable;

  PyWeakProxy(Object referent, Object callback, boolean callable) {
    super(referent, callback);
    this.callable = callable;
  }

  @Override
  public PyType getType() {
    return callable ? CALLABLE : PROXY;
  }

  /** {@code PyWeakref_NewProxy}: the shared basic proxy when there is no callback. */
  static PyWeakProxy newProxy(Object referent, Object callback) {
    drain();
    checkWeakrefable(referent);
    boolean isCallable = PyType.of(referent).hasSlot(org.taipan.object.SpecialMethod.op_call);
    if (callback == null || callback == PyNone.NONE) {
      for (PyWeakref w : refsTo(referent)) {
        if (w instanceof PyWeakProxy p && p.callback == null) {
          return p;
        }
      }
    }
    PyWeakProxy p = new PyWeakProxy(referent, callback, isCallable);
    register(p);
    return p;
  }

  static Object referent(Object self) {
    Object o = ((PyWeakref) self).get();
    if (o == null) {
      throw PyErr.format(PyExc.ReferenceError, "weakly-referenced object no longer exists");
    }
    return o;
  }

  static Object __getattribute__(Object self, Object name) {
    return Abstract.getAttr(referent(self), PyUnicode.asJavaString(name));
  }

  static Object __setattr__(Object self, Object name, Object value) {
    Abstract.setAttr(referent(self), PyUnicode.asJavaString(name), value);
    return PyNone.NONE;
  }

  static Object __delattr__(Object self, Object name) {
    Abstract.delAttr(referent(self), PyUnicode.asJavaString(name));
    return PyNone.NONE;
  }

  static Object __repr__(Object self) {
    Object o = ((PyWeakref) self).get();
    String tn = o == null ? "NoneType" : PyType.of(o).getName();
    return "<weakproxy at " + address(self) + "; to '" + tn + "' at "
        + (o == null ? "0x000000000000" : address(o)) + ">";
  }

  static Object __str__(Object self) {
    return Abstract.str(referent(self));
  }

  static Object __hash__(Object self) {
    throw PyErr.format(PyExc.TypeError, "unhashable type: 'weakref.%s'",
        ((PyWeakProxy) self).getType().getName());
  }

  static Object __bool__(Object self) {
    return Abstract.isTrue(referent(self));
  }

  static Object __len__(Object self) {
    return (long) Abstract.size(referent(self));
  }

  static Object __getitem__(Object self, Object key) {
    return Abstract.getItem(referent(self), key);
  }

  static Object __setitem__(Object self, Object key, Object value) {
    Abstract.setItem(referent(self), key, value);
    return PyNone.NONE;
  }

  static Object __contains__(Object self, Object item) {
    return Abstract.contains(referent(self), item);
  }

  static Object __iter__(Object self) {
    return Abstract.iter(referent(self));
  }

  private static Object unwrap(Object o) {
    return o instanceof PyWeakProxy ? referent(o) : o;
  }

  static Object __eq__(Object self, Object other) {
    return Abstract.richCompare(referent(self), unwrap(other), Abstract.EQ);
  }

  static Object __ne__(Object self, Object other) {
    return Abstract.richCompare(referent(self), unwrap(other), Abstract.NE);
  }

  static Object __lt__(Object self, Object other) {
    return Abstract.richCompare(referent(self), unwrap(other), Abstract.LT);
  }

  static Object __le__(Object self, Object other) {
    return Abstract.richCompare(referent(self), unwrap(other), Abstract.LE);
  }

  static Object __gt__(Object self, Object other) {
    return Abstract.richCompare(referent(self), unwrap(other), Abstract.GT);
  }

  static Object __ge__(Object self, Object other) {
    return Abstract.richCompare(referent(self), unwrap(other), Abstract.GE);
  }

  /** The callable proxy's own methods: those of the proxy, and calling. */
  static final class Callable {
    private Callable() {}

    static Object __call__(Object self, Object[] args, String[] kwnames) {
      return Abstract.call(referent(self), args, kwnames);
    }
  }
}
