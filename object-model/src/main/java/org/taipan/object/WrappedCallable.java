package org.taipan.object;

/**
 * What {@code classmethod} and {@code staticmethod} share ({@code Objects/funcobject.c}): the
 * wrapped callable, an instance dict into which {@code __init__} copies the callable's
 * {@code __module__}, {@code __name__}, {@code __qualname__}, {@code __doc__} and
 * {@code __annotations__} ({@code functools_wraps}), {@code __isabstractmethod__} and the repr.
 */
abstract class WrappedCallable implements WithDict {
  /** The wrapped callable; null in an instance made by {@code __new__} alone. */
  Object callable;
  private PyDict dict;

  WrappedCallable(Object callable) {
    this.callable = callable;
  }

  @Override
  public PyDict getDict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  /** {@code cm_init}/{@code sm_init}: one positional argument, no keywords. */
  static Object init(Object self, Object[] args, String[] kwnames, String typeName) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", typeName);
    }
    if (args.length != 1) {
      throw PyErr.format(
          PyExc.TypeError, "%s expected 1 argument, got %d", typeName, args.length);
    }
    WrappedCallable w = (WrappedCallable) self;
    w.callable = args[0];
    for (String n : new String[] {
        "__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
      Object v = Abstract.lookupAttr(w.callable, n);
      if (v != null) {
        Abstract.setAttr(self, n, v);
      }
    }
    return PyNone.NONE;
  }

  /** The callable, or CPython's error for an instance never initialised. */
  Object callable(String typeName) {
    if (callable == null) {
      throw PyErr.format(PyExc.RuntimeError, "uninitialized %s object", typeName);
    }
    return callable;
  }

  static Object repr(Object self, String typeName) {
    Object c = ((WrappedCallable) self).callable;
    return "<" + typeName + "(" + (c == null ? "NULL" : Abstract.reprJava(c)) + ")>";
  }

  static Object isAbstract(Object self) {
    return PyProperty.isAbstract(((WrappedCallable) self).callable);
  }

  static Object wrapped(Object self) {
    Object c = ((WrappedCallable) self).callable;
    return c == null ? PyNone.NONE : c;
  }
}
