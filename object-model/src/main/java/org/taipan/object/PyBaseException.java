package org.taipan.object;

import org.taipan.api.expose.PythonMethod;

/**
 * An instance of {@code BaseException} or any subclass, CPython's {@code PyBaseExceptionObject}
 * ({@code Objects/exceptions.c}): {@code args}, the traceback, {@code __cause__}, {@code
 * __context__} and an instance dictionary, where subclasses keep their extra attributes ({@code
 * SystemExit.code}, {@code StopIteration.value}, {@code SyntaxError.lineno} …). It is thrown
 * inside a {@link PyException}.
 */
public class PyBaseException implements AssignableClass, WithDict {
  private PyType type;
  /** {@code args}. */
  public PyTuple args = PyTuple.EMPTY;
  /** {@code __traceback__}: a {@link PyTraceback} or null for None. */
  public PyTraceback traceback;
  /** {@code __cause__}, or null for None. */
  public Object cause;
  /** {@code __context__}, or null for None. */
  public Object context;
  /** {@code __suppress_context__}. */
  public boolean suppressContext;
  /** OSError's {@code written} (BlockingIOError's {@code characters_written}), -1 for unset. */
  long written = -1;
  private PyDict dict;

  /** A new exception of {@code type} with no arguments (call the type to run {@code __init__}). */
  public PyBaseException(PyType type) {
    this.type = type;
  }

  @Override
  public PyType getType() {
    return type;
  }

  @Override
  public void setType(PyType t) {
    type = t;
  }

  @Override
  public boolean replaceDict(PyDict d) {
    dict = d;
    return true;
  }

  @Override
  public PyDict getDict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  /** Wraps this exception to throw it. */
  public PyException toJava() {
    return new PyException(this);
  }

  /** An attribute from the instance dictionary, or null. */
  public Object attr(String name) {
    return dict == null ? null : dict.get(name);
  }

  // ---------------------------------------------------------------- BaseException methods

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    PyBaseException e = (PyBaseException) cls.allocate();
    int nk = kwnames == null ? 0 : kwnames.length;
    Object[] pos = new Object[args.length - nk];
    System.arraycopy(args, 0, pos, 0, pos.length);
    e.args = new PyTuple(pos);
    return e;
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(
          PyExc.TypeError, "%s() takes no keyword arguments", PyType.of(self).getName());
    }
    ((PyBaseException) self).args = new PyTuple(args.clone());
    return PyNone.NONE;
  }

  static Object __str__(Object self) {
    PyTuple a = ((PyBaseException) self).args;
    return switch (a.size()) {
      case 0 -> "";
      case 1 -> Abstract.str(a.get(0));
      default -> Abstract.str(a);
    };
  }

  static Object __repr__(Object self) {
    PyBaseException e = (PyBaseException) self;
    String name = e.getType().getName();
    if (e.args.size() == 1) {
      return name + "(" + Abstract.repr(e.args.get(0)) + ")";
    }
    return name + Abstract.repr(e.args);
  }

  @PythonMethod
  static Object with_traceback(Object self, Object tb) {
    if (!(tb instanceof PyTraceback) && tb != PyNone.NONE) {
      throw PyErr.format(PyExc.TypeError, "__traceback__ must be a traceback or None");
    }
    ((PyBaseException) self).traceback = tb instanceof PyTraceback t ? t : null;
    return self;
  }

  /**
   * {@code add_note(note)} ({@code BaseException_add_note}): appends to {@code __notes__}, made
   * a new list when the attribute is missing, through attribute access as CPython does.
   */
  @PythonMethod
  static Object add_note(Object self, Object note) {
    if (!PyUnicode.isStr(note)) {
      throw PyErr.format(
          PyExc.TypeError, "note must be a str, not '%s'", PyType.of(note).getName());
    }
    Object notes = Abstract.lookupAttr(self, "__notes__");
    if (notes == null) {
      notes = new PyList();
      Abstract.setAttr(self, "__notes__", notes);
      notes = Abstract.getAttr(self, "__notes__");
    }
    if (!(notes instanceof PyList l)) {
      throw PyErr.format(PyExc.TypeError, "Cannot add note: __notes__ is not a list");
    }
    l.append(note);
    return PyNone.NONE;
  }

  /**
   * {@code __reduce__()} ({@code BaseException_reduce}): {@code (type, args)}, and the instance
   * dictionary third when there is one. The attributes CPython keeps in fields of its subclasses'
   * structs ({@code SystemExit.code}, {@code NameError.name} …) live in the dictionary here, and
   * are left out of it.
   */
  @PythonMethod
  static Object __reduce__(Object self) {
    PyBaseException e = (PyBaseException) self;
    PyDict state = e.state();
    return state == null
        ? new PyTuple(e.getType(), e.args)
        : new PyTuple(e.getType(), e.args, state);
  }

  /** The instance dictionary without the subclass fields, or null when that is empty. */
  PyDict state() {
    if (dict == null) {
      return null;
    }
    PyDict state = new PyDict();
    for (java.util.Map.Entry<Object, Object> en : dict.entries()) {
      if (!(en.getKey() instanceof String k && PyExc.isField(type, k))) {
        state.put(en.getKey(), en.getValue());
      }
    }
    return state.size() == 0 ? null : state;
  }

  /** {@code __setstate__(state)} ({@code BaseException_setstate}): sets each attribute. */
  @PythonMethod
  static Object __setstate__(Object self, Object state) {
    if (state != PyNone.NONE) {
      if (!(state instanceof PyDict d)) {
        throw PyErr.format(PyExc.TypeError, "state is not a dictionary");
      }
      for (java.util.Map.Entry<Object, Object> en : d.entries()) {
        if (!PyUnicode.isStr(en.getKey())) {
          throw PyErr.format(
              PyExc.TypeError, "attribute name must be string, not '%.200s'",
              PyType.of(en.getKey()).tpName());
        }
        Abstract.setAttr(self, PyUnicode.asJavaString(en.getKey()), en.getValue());
      }
    }
    return PyNone.NONE;
  }

  @Getter("args")
  static Object argsAttr(Object self) {
    return ((PyBaseException) self).args;
  }

  @Setter("args")
  static void setArgs(Object self, Object v) {
    ((PyBaseException) self).args = PyTuple.fromIterable(v);
  }

  @Getter("__traceback__")
  static Object tbAttr(Object self) {
    PyTraceback tb = ((PyBaseException) self).traceback;
    return tb == null ? PyNone.NONE : tb;
  }

  @Setter("__traceback__")
  static void setTb(Object self, Object v) {
    if (v != PyNone.NONE && !(v instanceof PyTraceback)) {
      throw PyErr.format(PyExc.TypeError, "__traceback__ must be a traceback or None");
    }
    ((PyBaseException) self).traceback = v instanceof PyTraceback t ? t : null;
  }

  @Getter("__cause__")
  static Object causeAttr(Object self) {
    Object c = ((PyBaseException) self).cause;
    return c == null ? PyNone.NONE : c;
  }

  @Setter("__cause__")
  static void setCause(Object self, Object v) {
    PyBaseException e = (PyBaseException) self;
    if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
      throw PyErr.format(
          PyExc.TypeError, "exception cause must be None or derive from BaseException");
    }
    e.cause = v == PyNone.NONE ? null : v;
    e.suppressContext = true;
  }

  @Getter("__context__")
  static Object contextAttr(Object self) {
    Object c = ((PyBaseException) self).context;
    return c == null ? PyNone.NONE : c;
  }

  @Setter("__context__")
  static void setContext(Object self, Object v) {
    if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
      throw PyErr.format(
          PyExc.TypeError, "exception context must be None or derive from BaseException");
    }
    ((PyBaseException) self).context = v == PyNone.NONE ? null : v;
  }

  @Getter("__suppress_context__")
  static Object suppressAttr(Object self) {
    return ((PyBaseException) self).suppressContext;
  }

  @Setter("__suppress_context__")
  static void setSuppress(Object self, Object v) {
    if (!(v instanceof Boolean b)) {
      // a T_BOOL member
      throw PyErr.format(PyExc.TypeError, "attribute value type must be bool");
    }
    ((PyBaseException) self).suppressContext = b;
  }

  @Getter("__dict__")
  static Object dictAttr(Object self) {
    return ((PyBaseException) self).getDict();
  }

  @Setter("__dict__")
  static void setDictAttr(Object self, Object v) {
    PyType.setInstanceDict(self, v);
  }
}
