package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * {@code operator.itemgetter}, {@code operator.attrgetter} and {@code operator.methodcaller},
 * CPython's callable objects in {@code Modules/_operator.c}: each takes exactly one argument when
 * called, has a repr that rebuilds it, and pickles through {@code __reduce__}.
 */
final class OperatorGetters {
  private OperatorGetters() {}

  private static final MethodHandles.Lookup L = MethodHandles.lookup();

  /** The single argument of a call ({@code _PyArg_NoKeywords}, {@code _PyArg_CheckPositional}). */
  private static Object onlyArg(String name, Object[] args, String[] kwnames) {
    CallArgs a = new CallArgs(args, kwnames).noKeywords(name);
    if (a.count() != 1) {
      throw PyErr.format(PyExc.TypeError, "%s expected 1 argument, got %d", name, a.count());
    }
    return a.positional[0];
  }

  /** A repr between {@code Py_ReprEnter} and {@code Py_ReprLeave}: "name(...)" when recursive. */
  private static Object guardedRepr(Object self, String name, java.util.function.Supplier<String> body) {
    if (DataSupport.reprEnter(self)) {
      return name + "(...)";
    }
    try {
      return body.get();
    } finally {
      DataSupport.reprLeave(self);
    }
  }

  /** {@code itemgetter(item, ...)}: {@code obj[item]}, or a tuple of several. */
  static final class ItemGetter {
    static final PyType TYPE =
        DataSupport.type("itemgetter", "operator", ItemGetter.class, L, null, null,
            ItemGetter.class);

    final Object[] items;

    ItemGetter(Object[] items) {
      this.items = items;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("itemgetter");
      if (a.count() < 1) {
        throw PyErr.format(PyExc.TypeError, "itemgetter expected 1 argument, got 0");
      }
      return new ItemGetter(a.positional.clone());
    }

    static Object __call__(Object self, Object[] args, String[] kwnames) {
      Object obj = onlyArg("itemgetter", args, kwnames);
      Object[] items = ((ItemGetter) self).items;
      if (items.length == 1) {
        return Abstract.getItem(obj, items[0]);
      }
      Object[] r = new Object[items.length];
      for (int i = 0; i < items.length; i++) {
        r[i] = Abstract.getItem(obj, items[i]);
      }
      return new PyTuple(r);
    }

    static Object __repr__(Object self) {
      Object[] items = ((ItemGetter) self).items;
      return guardedRepr(self, "operator.itemgetter", () -> items.length == 1
          ? "operator.itemgetter(" + Abstract.reprJava(items[0]) + ")"
          : "operator.itemgetter" + Abstract.reprJava(new PyTuple(items)));
    }

    @PythonMethod
    static Object __reduce__(Object self) {
      return new PyTuple(TYPE, new PyTuple(((ItemGetter) self).items));
    }
  }

  /** {@code attrgetter(attr, ...)}: {@code obj.attr} (dotted names walk), or a tuple of several. */
  static final class AttrGetter {
    static final PyType TYPE =
        DataSupport.type("attrgetter", "operator", AttrGetter.class, L, null, null,
            AttrGetter.class);

    /** Per attribute, the names of its dotted path. */
    final String[][] paths;

    AttrGetter(String[][] paths) {
      this.paths = paths;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames).noKeywords("attrgetter");
      if (a.count() < 1) {
        throw PyErr.format(PyExc.TypeError, "attrgetter expected 1 argument, got 0");
      }
      String[][] paths = new String[a.count()][];
      for (int i = 0; i < a.count(); i++) {
        Object item = a.positional[i];
        if (!PyUnicode.isStr(item)) {
          throw PyErr.format(PyExc.TypeError, "attribute name must be a string");
        }
        paths[i] = PyUnicode.asJavaString(item).split("\\.", -1);
      }
      return new AttrGetter(paths);
    }

    private static Object walk(Object obj, String[] path) {
      for (String name : path) {
        obj = Abstract.getAttr(obj, name);
      }
      return obj;
    }

    static Object __call__(Object self, Object[] args, String[] kwnames) {
      Object obj = onlyArg("attrgetter", args, kwnames);
      String[][] paths = ((AttrGetter) self).paths;
      if (paths.length == 1) {
        return walk(obj, paths[0]);
      }
      Object[] r = new Object[paths.length];
      for (int i = 0; i < paths.length; i++) {
        r[i] = walk(obj, paths[i]);
      }
      return new PyTuple(r);
    }

    private Object[] dottedNames() {
      Object[] names = new Object[paths.length];
      for (int i = 0; i < paths.length; i++) {
        names[i] = PyUnicode.wrap(String.join(".", paths[i]));
      }
      return names;
    }

    static Object __repr__(Object self) {
      Object[] names = ((AttrGetter) self).dottedNames();
      return guardedRepr(self, "operator.attrgetter", () -> {
        StringBuilder sb = new StringBuilder("operator.attrgetter(");
        for (int i = 0; i < names.length; i++) {
          sb.append(i > 0 ? ", " : "").append(Abstract.reprJava(names[i]));
        }
        return sb.append(')').toString();
      });
    }

    @PythonMethod
    static Object __reduce__(Object self) {
      return new PyTuple(TYPE, new PyTuple(((AttrGetter) self).dottedNames()));
    }
  }

  /** {@code methodcaller(name, /, *args, **kwargs)}: {@code obj.name(*args, **kwargs)}. */
  static final class MethodCaller {
    static final PyType TYPE =
        DataSupport.type("methodcaller", "operator", MethodCaller.class, L, null, null,
            MethodCaller.class);

    final String name;
    final Object[] args;
    final String[] kwnames;
    final Object[] kwvalues;

    MethodCaller(String name, Object[] args, String[] kwnames, Object[] kwvalues) {
      this.name = name;
      this.args = args;
      this.kwnames = kwnames;
      this.kwvalues = kwvalues;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      CallArgs a = new CallArgs(args, kwnames);
      if (a.count() < 1) {
        throw PyErr.format(PyExc.TypeError,
            "methodcaller needs at least one argument, the method name");
      }
      if (!PyUnicode.isStr(a.positional[0])) {
        throw PyErr.format(PyExc.TypeError, "method name must be a string");
      }
      return new MethodCaller(PyUnicode.asJavaString(a.positional[0]),
          Arrays.copyOfRange(a.positional, 1, a.count()), a.kwnames, a.kwvalues);
    }

    static Object __call__(Object self, Object[] args, String[] kwnames) {
      Object obj = onlyArg("methodcaller", args, kwnames);
      MethodCaller m = (MethodCaller) self;
      Object method = Abstract.getAttr(obj, m.name);
      Object[] all = Arrays.copyOf(m.args, m.args.length + m.kwvalues.length);
      System.arraycopy(m.kwvalues, 0, all, m.args.length, m.kwvalues.length);
      return Abstract.call(method, all, m.kwnames.length == 0 ? null : m.kwnames);
    }

    static Object __repr__(Object self) {
      MethodCaller m = (MethodCaller) self;
      return guardedRepr(self, "operator.methodcaller", () -> {
        StringBuilder sb = new StringBuilder("operator.methodcaller(");
        sb.append(Abstract.reprJava(PyUnicode.wrap(m.name)));
        for (Object a : m.args) {
          sb.append(", ").append(Abstract.reprJava(a));
        }
        for (int k = 0; k < m.kwnames.length; k++) {
          sb.append(", ").append(m.kwnames[k]).append('=').append(Abstract.reprJava(m.kwvalues[k]));
        }
        return sb.append(')').toString();
      });
    }

    /** Without keywords {@code (methodcaller, (name, *args))}; with them, through a partial. */
    @PythonMethod
    static Object __reduce__(Object self) {
      MethodCaller m = (MethodCaller) self;
      if (m.kwnames.length == 0) {
        Object[] all = new Object[m.args.length + 1];
        all[0] = PyUnicode.wrap(m.name);
        System.arraycopy(m.args, 0, all, 1, m.args.length);
        return new PyTuple(TYPE, new PyTuple(all));
      }
      Object[] pargs = new Object[2 + m.kwvalues.length];
      pargs[0] = TYPE;
      pargs[1] = PyUnicode.wrap(m.name);
      System.arraycopy(m.kwvalues, 0, pargs, 2, m.kwvalues.length);
      Object partial = PyPartial.__new__(PyPartial.TYPE, pargs, m.kwnames);
      return new PyTuple(partial, new PyTuple(m.args.clone()));
    }
  }
}
