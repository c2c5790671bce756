package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import org.taipan.object.Getter;
import org.taipan.object.MethodLike;
import org.taipan.object.PyCell;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyMethod;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.Setter;
import org.taipan.object.WithDict;

/**
 * A function defined in Python, CPython's {@code PyFunctionObject} ({@code
 * Objects/funcobject.c}): code, globals, builtins, defaults, keyword defaults and closure.
 * Calling it binds the arguments into a new frame ({@link ArgBinder}) and runs the interpreter.
 */
public final class PyFunction implements MethodLike, PyObject, WithDict {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("function", PyFunction.class, MethodHandles.lookup()).notBaseType());

  PyCode code;
  final PyDict globals;
  /** {@code func_builtins}: a dict, or any object a namespace's {@code __builtins__} holds. */
  final Object builtins;
  String name;
  String qualname;
  Object[] defaults;
  PyDict kwdefaults;
  final PyCell[] closure;
  Object doc;
  Object module;
  Object annotations;
  private PyDict dict;

  PyFunction(PyCode code, PyDict globals, Object builtins, PyCell[] closure) {
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.closure = closure;
    this.name = code.name;
    this.qualname = code.qualname;
    Object d = code.consts.length > 0 ? code.consts[0] : PyNone.NONE;
    this.doc = PyUnicode.isStr(d) && (code.flags & PyCode.CO_OPTIMIZED) != 0 ? d : PyNone.NONE;
    Object m = globals.get("__name__");
    this.module = m == null ? PyNone.NONE : m;
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  private static final String[] NEW_PARAMS = {"code", "globals", "name", "argdefs", "closure"};

  /** {@code function(code, globals, name=None, argdefs=None, closure=None)} ({@code func_new}). */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    Object[] a = bindNewArguments(args, kwnames);
    if (!(a[0] instanceof PyCode code)) {
      throw PyErr.format(PyExc.TypeError, "function() argument 'code' must be code, not %s",
          PyType.of(a[0]).getName());
    }
    if (!(a[1] instanceof PyDict globals)) {
      throw PyErr.format(PyExc.TypeError, "function() argument 'globals' must be dict, not %s",
          PyType.of(a[1]).getName());
    }
    if (a[2] != PyNone.NONE && !PyUnicode.isStr(a[2])) {
      throw PyErr.format(PyExc.TypeError, "arg 3 (name) must be None or string");
    }
    if (a[3] != PyNone.NONE && !(a[3] instanceof PyTuple)) {
      throw PyErr.format(PyExc.TypeError, "arg 4 (defaults) must be None or tuple");
    }
    PyCell[] cells = closureArgument(code, a[4]);
    ThreadState ts = ThreadState.getOrNull();
    Object current = ts != null && ts.frame != null ? ts.frame.builtins : ts.interp.builtins;
    PyFunction fn = new PyFunction(code, globals, Builtins.builtinsOf(globals, current), cells);
    if (a[2] != PyNone.NONE) {
      fn.name = PyUnicode.asJavaString(a[2]);
    }
    if (a[3] instanceof PyTuple d) {
      fn.defaults = d.toArray();
    }
    return fn;
  }

  private static Object[] bindNewArguments(Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int np = args.length - nk;
    if (np > NEW_PARAMS.length) {
      throw PyErr.format(PyExc.TypeError,
          "function() takes at most 5 arguments (%d given)", args.length);
    }
    Object[] a = new Object[NEW_PARAMS.length];
    System.arraycopy(args, 0, a, 0, np);
    for (int k = 0; k < nk; k++) {
      int i = java.util.Arrays.asList(NEW_PARAMS).indexOf(kwnames[k]);
      if (i < 0) {
        throw PyErr.format(PyExc.TypeError,
            "'%s' is an invalid keyword argument for function()", kwnames[k]);
      }
      if (a[i] != null) {
        throw PyErr.format(PyExc.TypeError,
            "argument for function() given by name ('%s') and position (%d)",
            NEW_PARAMS[i], i + 1);
      }
      a[i] = args[np + k];
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] == null) {
        if (i < 2) {
          throw PyErr.format(PyExc.TypeError,
              "function() missing required argument '%s' (pos %d)", NEW_PARAMS[i], i + 1);
        }
        a[i] = PyNone.NONE;
      }
    }
    return a;
  }

  /** The closure argument of {@code function()}: a tuple of as many cells as free variables. */
  private static PyCell[] closureArgument(PyCode code, Object closure) {
    if (closure != PyNone.NONE && !(closure instanceof PyTuple)) {
      throw PyErr.format(PyExc.TypeError, "arg 5 (closure) must be tuple");
    }
    int n = closure instanceof PyTuple t ? t.size() : 0;
    if (code.nfrees > 0 && closure == PyNone.NONE) {
      throw PyErr.format(PyExc.TypeError, "arg 5 (closure) must be tuple");
    }
    if (n != code.nfrees) {
      throw PyErr.format(PyExc.ValueError, "%s requires closure of length %d, not %d",
          code.name, code.nfrees, n);
    }
    if (n == 0) {
      return null;
    }
    PyCell[] cells = new PyCell[n];
    for (int i = 0; i < n; i++) {
      if (!(((PyTuple) closure).get(i) instanceof PyCell c)) {
        throw PyErr.format(PyExc.TypeError, "arg 5 (closure) expected cell, found %s",
            PyType.of(((PyTuple) closure).get(i)).getName());
      }
      cells[i] = c;
    }
    return cells;
  }

  @Override
  public PyDict getDict() {
    if (dict == null) {
      dict = new PyDict();
    }
    return dict;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    // _PyFunction_Vectorcall: code that is not optimized (a module's) uses the globals as locals
    PyFrame f = new PyFrame(code, globals, builtins,
        (code.flags & PyCode.CO_OPTIMIZED) != 0 ? null : globals);
    f.function = this;
    ArgBinder.bind(this, f.fast, args, kwnames);
    return Interpreter.run(f);
  }

  @Override
  public String toString() {
    return String.format("<function %s at 0x%x>", qualname, System.identityHashCode(this));
  }

  static Object __repr__(Object self) {
    return self.toString();
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyFunction) self).call(args, kwnames);
  }

  static Object __get__(Object self, Object obj, Object type) {
    if (obj == null) {
      return self;
    }
    return new PyMethod(self, obj);
  }

  @Getter("__name__")
  static Object nameAttr(Object self) {
    return ((PyFunction) self).name;
  }

  @Setter("__name__")
  static void setName(Object self, Object v) {
    if (v == null || !PyUnicode.isStr(v)) {
      throw PyErr.format(PyExc.TypeError, "__name__ must be set to a string object");
    }
    ((PyFunction) self).name = PyUnicode.asJavaString(v);
  }

  @Getter("__qualname__")
  static Object qualnameAttr(Object self) {
    return ((PyFunction) self).qualname;
  }

  @Setter("__qualname__")
  static void setQualname(Object self, Object v) {
    if (v == null || !PyUnicode.isStr(v)) {
      throw PyErr.format(PyExc.TypeError, "__qualname__ must be set to a string object");
    }
    ((PyFunction) self).qualname = PyUnicode.asJavaString(v);
  }

  @Getter("__doc__")
  static Object docAttr(Object self) {
    return ((PyFunction) self).doc;
  }

  @Setter("__doc__")
  static void setDoc(Object self, Object v) {
    ((PyFunction) self).doc = v == null ? PyNone.NONE : v;
  }

  @Getter("__module__")
  static Object moduleAttr(Object self) {
    return ((PyFunction) self).module;
  }

  @Setter("__module__")
  static void setModule(Object self, Object v) {
    ((PyFunction) self).module = v;
  }

  @Getter("__code__")
  static Object codeAttr(Object self) {
    return ((PyFunction) self).code;
  }

  /** {@code func_set_code}: another code object with as many free variables. */
  @Setter("__code__")
  static void setCode(Object self, Object v) {
    PyFunction fn = (PyFunction) self;
    if (!(v instanceof PyCode c)) {
      throw org.taipan.object.PyErr.format(org.taipan.object.PyExc.TypeError,
          "__code__ must be set to a code object");
    }
    int had = fn.closure == null ? 0 : fn.closure.length;
    if (c.nfrees != had) {
      throw org.taipan.object.PyErr.format(org.taipan.object.PyExc.ValueError,
          "%s() requires a code object with %d free vars, not %d", fn.name, had, c.nfrees);
    }
    fn.code = c;
  }

  @Getter(value = "__builtins__", readonlyMember = true)
  static Object builtinsAttr(Object self) {
    return ((PyFunction) self).builtins;
  }

  @Getter(value = "__globals__", readonlyMember = true)
  static Object globalsAttr(Object self) {
    return ((PyFunction) self).globals;
  }

  @Getter("__defaults__")
  static Object defaultsAttr(Object self) {
    Object[] d = ((PyFunction) self).defaults;
    return d == null ? PyNone.NONE : new PyTuple(d.clone());
  }

  @Setter("__defaults__")
  static void setDefaults(Object self, Object v) {
    if (v != null && v != PyNone.NONE && !(v instanceof PyTuple)) {
      throw PyErr.format(PyExc.TypeError, "__defaults__ must be set to a tuple object");
    }
    ((PyFunction) self).defaults =
        v == null || v == PyNone.NONE ? null : ((PyTuple) v).toArray();
  }

  @Setter("__kwdefaults__")
  static void setKwdefaults(Object self, Object v) {
    if (v != null && v != PyNone.NONE && !(v instanceof PyDict)) {
      throw PyErr.format(PyExc.TypeError, "__kwdefaults__ must be set to a dict object");
    }
    ((PyFunction) self).kwdefaults = v instanceof PyDict d ? d : null;
  }

  @Setter("__annotations__")
  static void setAnnotations(Object self, Object v) {
    if (v == PyNone.NONE) {
      v = null;
    }
    if (v != null && !(v instanceof PyDict)) {
      throw PyErr.format(PyExc.TypeError, "__annotations__ must be set to a dict object");
    }
    ((PyFunction) self).annotations = v;
  }

  @Setter("__dict__")
  static void setDict(Object self, Object v) {
    if (v == null) {
      throw PyErr.format(PyExc.TypeError, "cannot delete __dict__");
    }
    if (!(v instanceof PyDict d)) {
      throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%s'",
          PyType.of(v).getName());
    }
    ((PyFunction) self).dict = d;
  }

  @Getter("__kwdefaults__")
  static Object kwdefaultsAttr(Object self) {
    PyDict d = ((PyFunction) self).kwdefaults;
    return d == null ? PyNone.NONE : d;
  }

  @Getter("__closure__")
  static Object closureAttr(Object self) {
    PyCell[] c = ((PyFunction) self).closure;
    return c == null ? PyNone.NONE : new PyTuple((Object[]) c.clone());
  }

  @Getter("__annotations__")
  static Object annotationsAttr(Object self) {
    PyFunction f = (PyFunction) self;
    if (f.annotations == null) {
      f.annotations = new PyDict();
    }
    return f.annotations;
  }

  @Getter("__dict__")
  static Object dictAttr(Object self) {
    return ((PyFunction) self).getDict();
  }
}
