package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNotImplemented;
import org.taipan.object.PyType;

/**
 * {@code contextvars.Context}, CPython's {@code PyContext} ({@code Python/context.c}): an
 * immutable mapping from {@link PyContextVar} to value (a {@link ContextVars} snapshot) that a
 * thread can enter with {@code run}. Each thread has a current context; a thread starts with none
 * and gets a fresh empty one on first use, as in 3.11. Setting a variable replaces the current
 * context's snapshot, so a copy taken before never sees it.
 */
final class PyContext {
  static final PyType TYPE =
      DataSupport.type("Context", "_contextvars", PyContext.class, MethodHandles.lookup(),
          null, null, PyContext.class);

  static {
    TYPE.defineBuiltin("__hash__", PyNone.NONE);
  }

  /** The current context of each thread, CPython's {@code tstate->context}. */
  private static final ThreadLocal<PyContext> CURRENT = new ThreadLocal<>();

  ContextVars vars;
  /** The context that was current when this one was entered, while it is. */
  private PyContext prev;
  private boolean entered;

  PyContext(ContextVars vars) {
    this.vars = vars;
  }

  /** {@code context_get}: the thread's current context, made empty on first use. */
  static PyContext current() {
    PyContext c = CURRENT.get();
    if (c == null) {
      c = new PyContext(ContextVars.EMPTY);
      CURRENT.set(c);
    }
    return c;
  }

  /** {@code PyContext_CopyCurrent}. */
  static PyContext copyCurrent() {
    return new PyContext(current().vars);
  }

  private static PyContext self(Object o) {
    return (PyContext) o;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    if (args.length > 0) {
      throw PyErr.format(PyExc.TypeError, "Context() does not accept any arguments");
    }
    return new PyContext(ContextVars.EMPTY);
  }

  /** The variable a mapping operation was given, or TypeError as {@code context_check_key_type}. */
  private static PyContextVar key(Object key) {
    if (key instanceof PyContextVar v) {
      return v;
    }
    throw PyErr.format(PyExc.TypeError, "a ContextVar key was expected, got %s",
        Abstract.reprJava(key));
  }

  static Object __getitem__(Object self, Object key) {
    Object v = self(self).vars.get(key(key));
    if (v == null) {
      throw PyErr.newException(PyExc.KeyError, key);
    }
    return v;
  }

  static Object __contains__(Object self, Object key) {
    return self(self).vars.get(key(key)) != null;
  }

  static Object __len__(Object self) {
    return (long) self(self).vars.size();
  }

  static Object __iter__(Object self) {
    return new ContextIterator(ContextIterator.KEYS, self(self).vars);
  }

  static Object __eq__(Object self, Object other) {
    if (!(other instanceof PyContext o)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return self(self).vars.sameAs(o.vars);
  }

  static Object __ne__(Object self, Object other) {
    Object eq = __eq__(self, other);
    return eq instanceof Boolean b ? !b : eq;
  }

  @PythonMethod(doc = "Return the value for `key` if `key` has the value in the context object.\n\n"
      + "If `key` does not exist, return `default`. If `default` is not given,\nreturn None.")
  static Object get(Object self, Object key, @Default("None") Object default_) {
    Object v = self(self).vars.get(key(key));
    return v == null ? default_ : v;
  }

  @PythonMethod(doc = "Return a list of all variables in the context object.")
  static Object keys(Object self) {
    return new ContextIterator(ContextIterator.KEYS, self(self).vars);
  }

  @PythonMethod(doc = "Return a list of all variables' values in the context object.")
  static Object values(Object self) {
    return new ContextIterator(ContextIterator.VALUES, self(self).vars);
  }

  @PythonMethod(doc = "Return all variables and their values in the context object.\n\n"
      + "The result is returned as a list of 2-tuples (variable, value).")
  static Object items(Object self) {
    return new ContextIterator(ContextIterator.ITEMS, self(self).vars);
  }

  @PythonMethod(doc = "Return a shallow copy of the context object.")
  static Object copy(Object self) {
    return new PyContext(self(self).vars);
  }

  /** {@code run(callable, *args, **kwargs)}: calls it with this context current. */
  @PythonMethod
  static Object run(Object self, Object[] args, PyDict kwargs) {
    if (args.length < 1) {
      throw PyErr.format(PyExc.TypeError, "run() missing 1 required positional argument");
    }
    CallArgs call = CallArgs.of(java.util.Arrays.copyOfRange(args, 1, args.length), kwargs);
    Object[] all = java.util.Arrays.copyOf(call.positional, call.count() + call.kwnames.length);
    System.arraycopy(call.kwvalues, 0, all, call.count(), call.kwvalues.length);
    PyContext ctx = self(self);
    ctx.enter();
    try {
      return Abstract.call(args[0], all, call.kwnames);
    } finally {
      ctx.exit();
    }
  }

  /** {@code _PyContext_Enter}. */
  private void enter() {
    if (entered) {
      throw PyErr.format(PyExc.RuntimeError, "cannot enter context: %s is already entered",
          Abstract.reprJava(this));
    }
    prev = current();
    entered = true;
    CURRENT.set(this);
  }

  /** {@code _PyContext_Exit}. */
  private void exit() {
    CURRENT.set(prev);
    prev = null;
    entered = false;
  }
}
