package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.ArgParser;
import org.taipan.object.Getter;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * {@code contextvars.ContextVar}, CPython's {@code PyContextVar} ({@code Python/context.c}): a
 * name, an optional default, and get/set/reset against the current thread's {@link PyContext}.
 */
final class PyContextVar {
  static final PyType TYPE =
      DataSupport.type("ContextVar", "_contextvars", PyContextVar.class, MethodHandles.lookup(),
          null, null, PyContextVar.class);

  static {
    DataSupport.genericAlias(TYPE);
  }

  final String name;
  /** The default, or null for none. */
  final Object defaultValue;

  private PyContextVar(String name, Object defaultValue) {
    this.name = name;
    this.defaultValue = defaultValue;
  }

  private static PyContextVar self(Object o) {
    return (PyContextVar) o;
  }

  /** {@code ContextVar(name, *, default=<missing>)}, parsed as CPython's "U|$O:ContextVar". */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    CallArgs a = new CallArgs(args, kwnames);
    Object dflt = null;
    for (int k = 0; k < a.kwnames.length; k++) {
      if (!a.kwnames[k].equals("default")) {
        throw PyErr.format(PyExc.TypeError,
            "'%s' is an invalid keyword argument for ContextVar()", a.kwnames[k]);
      }
      dflt = a.kwvalues[k];
    }
    if (a.count() != 1) {
      throw PyErr.format(PyExc.TypeError,
          "ContextVar() takes %s 1 positional argument (%d given)",
          a.count() == 0 ? "exactly" : "at most", a.count());
    }
    Object name = a.positional[0];
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(PyExc.TypeError, "context variable name must be a str");
    }
    return new PyContextVar(PyUnicode.asJavaString(name), dflt);
  }

  @Getter(value = "name", readonlyMember = true)
  static Object nameAttr(Object self) {
    return self(self).name;
  }

  @PythonMethod(doc = "Return a value for the context variable for the current context.\n\n"
      + "If there is no value for the variable in the current context, the method will:\n"
      + " * return the value of the default argument of the method, if provided; or\n"
      + " * return the default value for the context variable, if it was created\n"
      + "   with one; or\n"
      + " * raise a LookupError.")
  static Object get(Object self, @Default("<unrepresentable>") Object default_) {
    PyContextVar var = self(self);
    Object v = PyContext.current().vars.get(var);
    if (v != null) {
      return v;
    }
    if (ArgParser.given(default_)) {
      return default_;
    }
    if (var.defaultValue != null) {
      return var.defaultValue;
    }
    throw PyErr.newException(PyExc.LookupError, var);
  }

  @PythonMethod(doc = "Call to set a new value for the context variable in the current context.\n\n"
      + "The required value argument is the new value for the context variable.\n\n"
      + "Returns a Token object that can be used to restore the variable to its previous\n"
      + "value via the `ContextVar.reset()` method.")
  static Object set(Object self, Object value) {
    PyContextVar var = self(self);
    PyContext ctx = PyContext.current();
    PyContextToken token = new PyContextToken(ctx, var, ctx.vars.get(var));
    ctx.vars = ctx.vars.with(var, value);
    return token;
  }

  @PythonMethod(doc = "Reset the context variable.\n\n"
      + "The variable is reset to the value it had before the `ContextVar.set()` that\n"
      + "created the token was used.")
  static Object reset(Object self, Object token) {
    PyContextVar var = self(self);
    if (!(token instanceof PyContextToken t)) {
      throw PyErr.format(PyExc.TypeError, "expected an instance of Token, got %s",
          Abstract.reprJava(token));
    }
    if (t.used) {
      throw PyErr.format(PyExc.RuntimeError, "%s has already been used once",
          Abstract.reprJava(t));
    }
    if (t.var != var) {
      throw PyErr.format(PyExc.ValueError, "%s was created by a different ContextVar",
          Abstract.reprJava(t));
    }
    PyContext ctx = PyContext.current();
    if (t.context != ctx) {
      throw PyErr.format(PyExc.ValueError, "%s was created in a different Context",
          Abstract.reprJava(t));
    }
    t.used = true;
    ctx.vars = t.oldValue == null ? ctx.vars.without(var) : ctx.vars.with(var, t.oldValue);
    return org.taipan.object.PyNone.NONE;
  }

  static Object __repr__(Object self) {
    PyContextVar var = self(self);
    StringBuilder b = new StringBuilder("<ContextVar name=")
        .append(Abstract.reprJava(var.name));
    if (var.defaultValue != null) {
      b.append(" default=").append(Abstract.reprJava(var.defaultValue));
    }
    return b.append(String.format(" at 0x%012x>", DataSupport.address(var))).toString();
  }
}
