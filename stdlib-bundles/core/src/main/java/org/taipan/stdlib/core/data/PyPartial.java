package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.WithDict;

/**
 * {@code functools.partial}, CPython's {@code partialobject} in {@code
 * Modules/_functoolsmodule.c}: a callable with frozen leading arguments and keywords. A partial of
 * a partial without instance attributes is flattened into one; a call merges the frozen keywords
 * with the call's, the call's winning.
 */
class PyPartial implements WithDict {
  static final PyType TYPE =
      DataSupport.type("partial", "functools", PyPartial.class, MethodHandles.lookup(),
          Derived::new, null, PyPartial.class);

  static {
    TYPE.defineBuiltin("__doc__", "partial(func, *args, **keywords) - new function with partial "
        + "application\n    of the given arguments and keywords.\n");
    DataSupport.genericAlias(TYPE);
  }

  Object fn;
  PyTuple args = PyTuple.EMPTY;
  PyDict kw = new PyDict();
  private PyDict dict;
  /** Whether Python code has seen the dict ({@code __dict__}, {@code __setstate__}). */
  private boolean dictShown;

  PyPartial() {}

  @Override
  public PyDict getDict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  /**
   * Whether the instance has a dict, as CPython asks before flattening. Ours is also created by
   * attribute lookups, so an empty one counts only once {@code __dict__} has been read or set.
   */
  boolean hasAttributes() {
    return dict != null && (dictShown || dict.size() > 0);
  }

  @Getter("__dict__")
  static Object dictAttr(Object self) {
    PyPartial p = self(self);
    p.dictShown = true;
    return p.getDict();
  }

  @org.taipan.object.Setter("__dict__")
  static void setDictAttr(Object self, Object v) {
    if (v == null) {
      throw PyErr.format(PyExc.TypeError, "cannot delete __dict__");
    }
    if (!(v instanceof PyDict d)) {
      throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
          DataSupport.typeName(v));
    }
    PyPartial p = self(self);
    p.dict = d;
    p.dictShown = true;
  }

  /** An instance of a Python subclass. */
  static final class Derived extends PyPartial implements PyObject {
    private final PyType type;

    Derived(PyType type) {
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }
  }

  private static PyPartial self(Object o) {
    return (PyPartial) o;
  }

  /** {@code partial_new}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    CallArgs a = new CallArgs(args, kwnames);
    if (a.count() < 1) {
      throw PyErr.format(PyExc.TypeError, "type 'partial' takes at least one argument");
    }
    Object func = a.positional[0];
    PyTuple frozen = null;
    PyDict frozenKw = null;
    if (func instanceof PyPartial inner && !inner.hasAttributes()
        && PyType.of(func).lookup("__call__") == TYPE.lookup("__call__")) {
      frozen = inner.args;
      frozenKw = inner.kw;
      func = inner.fn;
    }
    if (!Abstract.isCallable(func)) {
      throw PyErr.format(PyExc.TypeError, "the first argument must be callable");
    }
    PyPartial p = cls == TYPE ? new PyPartial() : new Derived(cls);
    p.fn = func;
    Object[] mine = java.util.Arrays.copyOfRange(a.positional, 1, a.count());
    if (frozen == null) {
      p.args = new PyTuple(mine);
    } else {
      Object[] all = java.util.Arrays.copyOf(frozen.toArray(), frozen.size() + mine.length);
      System.arraycopy(mine, 0, all, frozen.size(), mine.length);
      p.args = new PyTuple(all);
    }
    PyDict kw = frozenKw == null ? new PyDict() : frozenKw.copy();
    for (int k = 0; k < a.kwnames.length; k++) {
      kw.put(a.kwnames[k], a.kwvalues[k]);
    }
    p.kw = kw;
    return p;
  }

  /** {@code partial_call}: frozen arguments first, keywords merged (the call's win). */
  static Object __call__(Object self, Object[] args, String[] kwnames) {
    PyPartial p = self(self);
    CallArgs a = new CallArgs(args, kwnames);
    Object[] frozen = p.args.toArray();
    if (p.kw.size() == 0) {
      Object[] all = new Object[frozen.length + args.length];
      System.arraycopy(frozen, 0, all, 0, frozen.length);
      System.arraycopy(args, 0, all, frozen.length, args.length);
      return Abstract.call(p.fn, all, kwnames);
    }
    PyDict merged = p.kw.copy();
    for (int k = 0; k < a.kwnames.length; k++) {
      merged.put(a.kwnames[k], a.kwvalues[k]);
    }
    int np = frozen.length + a.count();
    Object[] all = new Object[np + merged.size()];
    System.arraycopy(frozen, 0, all, 0, frozen.length);
    System.arraycopy(a.positional, 0, all, frozen.length, a.count());
    String[] names = new String[merged.size()];
    int k = 0;
    for (Map.Entry<Object, Object> e : merged.entries()) {
      if (!PyUnicode.isStr(e.getKey())) {
        throw PyErr.format(PyExc.TypeError, "keywords must be strings");
      }
      names[k] = PyUnicode.asJavaString(e.getKey());
      all[np + k++] = e.getValue();
    }
    return Abstract.call(p.fn, all, names);
  }

  /** {@code partial_repr}: {@code functools.partial(fn, *args, k=v)}, "..." when recursive. */
  static Object __repr__(Object self) {
    PyPartial p = self(self);
    if (DataSupport.reprEnter(self)) {
      return "...";
    }
    try {
      StringBuilder sb = new StringBuilder();
      PyType t = PyType.of(self);
      sb.append(t.isHeapType() ? t.getName() : "functools.partial").append('(');
      sb.append(Abstract.reprJava(p.fn));
      for (Object x : p.args.toArray()) {
        sb.append(", ").append(Abstract.reprJava(x));
      }
      for (Map.Entry<Object, Object> e : p.kw.entries()) {
        sb.append(", ").append(Abstract.strJava(e.getKey())).append('=')
            .append(Abstract.reprJava(e.getValue()));
      }
      return sb.append(')').toString();
    } finally {
      DataSupport.reprLeave(self);
    }
  }

  @PythonMethod
  static Object __reduce__(Object self) {
    PyPartial p = self(self);
    return new PyTuple(PyType.of(self), new PyTuple(p.fn),
        new PyTuple(p.fn, p.args, p.kw,
            p.hasAttributes() ? p.dict : PyNone.NONE));
  }

  /** {@code partial_setstate}: {@code (func, args, kwds, dict)}. */
  @PythonMethod
  static Object __setstate__(Object self, Object state) {
    if (!(state instanceof PyTuple t) || t.size() != 4) {
      throw invalidState();
    }
    Object fn = t.get(0);
    Object fnargs = t.get(1);
    Object kw = t.get(2);
    Object dict = t.get(3);
    if (!Abstract.isCallable(fn) || !(fnargs instanceof PyTuple args)
        || (kw != PyNone.NONE && !(kw instanceof PyDict))
        || (dict != PyNone.NONE && !(dict instanceof PyDict))) {
      throw invalidState();
    }
    PyPartial p = self(self);
    p.fn = fn;
    p.args = args.getClass() == PyTuple.class ? args : new PyTuple(args.toArray());
    p.kw = kw == PyNone.NONE ? new PyDict() : kw.getClass() == PyDict.class ? (PyDict) kw
        : ((PyDict) kw).copy();
    p.dict = dict == PyNone.NONE ? null : (PyDict) dict;
    p.dictShown = p.dict != null;
    return PyNone.NONE;
  }

  private static org.taipan.object.PyException invalidState() {
    return PyErr.format(PyExc.TypeError, "invalid partial state");
  }

  @Getter(value = "func", readonlyMember = true)
  static Object func(Object self) {
    return self(self).fn;
  }

  @Getter(value = "args", readonlyMember = true)
  static Object argsAttr(Object self) {
    return self(self).args;
  }

  @Getter(value = "keywords", readonlyMember = true)
  static Object keywords(Object self) {
    return self(self).kw;
  }
}
