package org.taipan.interp;

import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The warning machinery of an interpreter, CPython's {@code Python/_warnings.c}: the filters,
 * the "once" registry and the default action (shared with {@code warnings.py} through the {@code
 * _warnings} module), finding the frame a warning is blamed on, the per-module {@code
 * __warningregistry__}, and showing a warning through {@code warnings._showwarnmsg} once {@code
 * warnings} is imported, or in the plain format before.
 */
final class Warnings {
  final PyList filters = new PyList();
  /**
   * CPython's {@code st->filters}: the list last found as {@code warnings.filters}, used while
   * that attribute is missing.
   */
  private Object currentFilters = filters;
  PyDict onceRegistry = new PyDict();
  Object defaultAction = "default";
  long filtersVersion;

  Warnings() {
    filters.append(filter("default", PyExc.DeprecationWarning, "__main__"));
    filters.append(filter("ignore", PyExc.DeprecationWarning, null));
    filters.append(filter("ignore", PyExc.PendingDeprecationWarning, null));
    filters.append(filter("ignore", PyExc.ImportWarning, null));
    filters.append(filter("ignore", PyExc.ResourceWarning, null));
  }

  private static PyTuple filter(String action, PyType category, String module) {
    return new PyTuple(action, PyNone.NONE, category,
        module == null ? PyNone.NONE : (Object) module, 0L);
  }

  private static InterpreterState interp() {
    return ThreadState.get().interp;
  }

  /** {@code PyErr_WarnEx} from Java: a warning blamed {@code stacklevel} frames up. */
  static void warn(PyType category, Object message, int stacklevel) {
    warn(category, message, stacklevel, null);
  }

  /** {@link #warn(PyType, Object, int)} about an object ({@code PyErr_ResourceWarning}). */
  static void warn(PyType category, Object message, int stacklevel, Object source) {
    ThreadState ts = ThreadState.getOrNull();
    if (ts == null) {
      return;
    }
    ts.interp.warnings.doWarn(message, category, stacklevel, source);
  }

  /** {@code PyErr_WarnExplicitObject} from Java: a warning at a given file and line. */
  static void warnExplicit(PyType category, String message, String filename, int lineno) {
    ThreadState ts = ThreadState.getOrNull();
    if (ts == null) {
      return;
    }
    ts.interp.warnings.warnExplicit(
        category, message, filename, lineno, null, null, null, null);
  }

  /** A module-level attribute of {@code warnings.py} if it is imported, else null. */
  private static Object warningsAttr(String name, boolean tryImport) {
    InterpreterState in = interp();
    Object mod = in.modules.get("warnings");
    if (mod == null && tryImport) {
      try {
        mod = in.importer.importModule("warnings");
      } catch (PyException e) {
        if (!e.matches(PyExc.ImportError)) {
          throw e;
        }
        return null;
      }
    }
    return mod == null || mod == PyNone.NONE ? null : Abstract.lookupAttr(mod, name);
  }

  // ---------------------------------------------------------------- warn()

  /** The category of a warning ({@code get_category}). */
  static Object category(Object message, Object category) {
    if (Abstract.isInstance(message, PyExc.Warning)) {
      return PyType.of(message);
    }
    if (category == null || category == PyNone.NONE) {
      category = PyExc.UserWarning;
    }
    if (!(category instanceof PyType t) || !t.isSubtypeOf(PyExc.Warning)) {
      throw PyErr.format(PyExc.TypeError, "category must be a Warning subclass, not '%s'",
          PyType.of(category).getName());
    }
    return category;
  }

  private static boolean isInternalFrame(PyFrame f) {
    if (f == null) {
      return false;
    }
    String fn = f.code.filename;
    return fn.contains("importlib") && fn.contains("_bootstrap");
  }

  /** {@code do_warn}: {@code setup_context} then {@code warn_explicit}. */
  Object doWarn(Object message, Object category, int stackLevel, Object source) {
    ThreadState ts = ThreadState.get();
    PyFrame f = ts.frame;
    if (stackLevel <= 0 || isInternalFrame(f)) {
      while (--stackLevel > 0 && f != null) {
        f = f.back;
      }
    } else {
      while (--stackLevel > 0 && f != null) {
        do {
          f = f.back;
        } while (f != null && isInternalFrame(f));
      }
    }
    PyDict globals;
    String filename;
    int lineno;
    if (f == null) {
      globals = ts.interp.sys.getDict();
      filename = "sys";
      lineno = 1;
    } else {
      globals = f.globals;
      filename = f.code.filename;
      lineno = f.lineno();
    }
    Object registry = globals.get("__warningregistry__");
    if (registry == null) {
      registry = new PyDict();
      globals.put("__warningregistry__", registry);
    }
    Object module = globals.get("__name__");
    if (module == null || !(module == PyNone.NONE || PyUnicode.isStr(module))) {
      module = "<string>";
    }
    return warnExplicit(category, message, filename, lineno, module, registry, null, source);
  }

  private static Object normalizeModule(String filename) {
    if (filename.isEmpty()) {
      return "<unknown>";
    }
    return filename.endsWith(".py") ? filename.substring(0, filename.length() - 3) : filename;
  }

  /** {@code warn_explicit}. */
  Object warnExplicit(Object category, Object message, Object filename, int lineno,
      Object module, Object registry, Object sourceline, Object source) {
    if (module == PyNone.NONE) {
      return PyNone.NONE;
    }
    if (registry != null && registry != PyNone.NONE && !(registry instanceof PyDict)) {
      throw PyErr.format(PyExc.TypeError, "'registry' must be a dict or None");
    }
    if (module == null) {
      module = normalizeModule(PyUnicode.asJavaString(filename));
    }
    Object text;
    if (Abstract.isInstance(message, PyExc.Warning)) {
      text = Abstract.str(message);
      category = PyType.of(message);
    } else {
      text = message;
      message = Abstract.call(category, message);
    }
    if (source == PyNone.NONE) {
      source = null;
    }
    PyTuple key = new PyTuple(text, category, (long) lineno);
    PyDict reg = registry instanceof PyDict d ? d : null;
    if (reg != null && alreadyWarned(reg, key, false)) {
      return PyNone.NONE;
    }
    Object[] item = new Object[1];
    Object action = getFilter(category, text, lineno, module, item);
    String a = PyUnicode.asJavaString(action);
    if (a.equals("error")) {
      throw new PyException((org.taipan.object.PyBaseException) message);
    }
    if (a.equals("ignore")) {
      return PyNone.NONE;
    }
    boolean warned = false;
    if (!a.equals("always")) {
      if (reg != null) {
        reg.put(key, true);
      }
      if (a.equals("once")) {
        PyDict once = reg;
        if (once == null) {
          once = onceRegistry();
        }
        warned = alreadyWarned(once, new PyTuple(text, category), true);
      } else if (a.equals("module")) {
        if (reg != null) {
          warned = alreadyWarned(reg, new PyTuple(text, category, 0L), true);
        }
      } else if (!a.equals("default")) {
        throw PyErr.format(PyExc.RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s",
            Abstract.reprJava(action), Abstract.reprJava(item[0]));
      }
    }
    if (!warned) {
      show(category, text, message, filename, lineno, sourceline, source);
    }
    return PyNone.NONE;
  }

  private boolean alreadyWarned(PyDict registry, Object key, boolean shouldSet) {
    Object version = registry.get("version");
    if (!(version instanceof Long v) || v != filtersVersion) {
      registry.clear();
      registry.put("version", filtersVersion);
    } else {
      Object seen = registry.get(key);
      if (seen != null && Abstract.isTrue(seen)) {
        return true;
      }
    }
    if (shouldSet) {
      registry.put(key, true);
    }
    return false;
  }

  private PyDict onceRegistry() {
    Object r = warningsAttr("onceregistry", false);
    if (r == null) {
      return onceRegistry;
    }
    if (!(r instanceof PyDict d)) {
      throw PyErr.format(PyExc.TypeError, "_warnings.onceregistry must be a dict, not '%.200s'",
          PyType.of(r).getName());
    }
    onceRegistry = d;
    return d;
  }

  private Object defaultAction() {
    Object a = warningsAttr("defaultaction", false);
    if (a == null) {
      return defaultAction;
    }
    if (!PyUnicode.isStr(a)) {
      throw PyErr.format(PyExc.TypeError, "_warnings.defaultaction must be a string, not '%.200s'",
          PyType.of(a).getName());
    }
    defaultAction = a;
    return a;
  }

  private static boolean matches(Object filter, Object arg) {
    if (filter == PyNone.NONE) {
      return true;
    }
    if (filter instanceof String s) {
      return Abstract.richCompareBool(s, arg, Abstract.EQ);
    }
    return Abstract.isTrue(Abstract.callMethod(filter, "match", arg));
  }

  /** {@code get_filter}: the action of the first matching filter, or the default action. */
  private Object getFilter(Object category, Object text, int lineno, Object module,
      Object[] item) {
    Object f = warningsAttr("filters", false);
    if (f != null) {
      currentFilters = f;
    }
    Object list = currentFilters;
    if (!(list instanceof PyList l)) {
      throw PyErr.format(PyExc.ValueError, "_warnings.filters must be a list");
    }
    for (int i = 0; i < l.size(); i++) {
      Object entry = l.get(i);
      if (!(entry instanceof PyTuple t) || t.size() != 5) {
        throw PyErr.format(PyExc.ValueError, "_warnings.filters item %d isn't a 5-tuple", i);
      }
      Object action = t.get(0);
      if (!PyUnicode.isStr(action)) {
        throw PyErr.format(PyExc.TypeError, "action must be a string, not '%.200s'",
            PyType.of(action).getName());
      }
      boolean goodMsg = matches(t.get(1), text);
      boolean goodMod = matches(t.get(3), module);
      boolean isSubclass = Abstract.isSubclass(category, t.get(2));
      long ln = org.taipan.object.PyNumber.asLongClamped(t.get(4));
      if (goodMsg && isSubclass && goodMod && (ln == 0 || lineno == ln)) {
        item[0] = t;
        return action;
      }
    }
    item[0] = PyNone.NONE;
    return defaultAction();
  }

  private void show(Object category, Object text, Object message, Object filename, int lineno,
      Object sourceline, Object source) {
    Object showFn = warningsAttr("_showwarnmsg", source != null);
    if (showFn == null) {
      showPlain(filename, lineno, text, category, sourceline);
      return;
    }
    if (!Abstract.isCallable(showFn)) {
      throw PyErr.format(PyExc.TypeError, "warnings._showwarnmsg() must be set to a callable");
    }
    Object cls = warningsAttr("WarningMessage", false);
    if (cls == null) {
      throw PyErr.format(PyExc.RuntimeError, "unable to get warnings.WarningMessage");
    }
    Object msg = Abstract.call(cls, message, category, filename, (long) lineno, PyNone.NONE,
        PyNone.NONE, source == null ? PyNone.NONE : source);
    Abstract.call(showFn, msg);
  }

  /** {@code show_warning}: "file:line: Category: text" and the source line, to sys.stderr. */
  private static void showPlain(Object filename, int lineno, Object text, Object category,
      Object sourceline) {
    try {
      Object err = interp().sys.getDict().get("stderr");
      if (err == null || err == PyNone.NONE) {
        return;
      }
      String name = Abstract.strJava(Abstract.getAttr(category, "__name__"));
      StringBuilder b = new StringBuilder();
      b.append(Abstract.strJava(filename)).append(':').append(lineno).append(": ")
          .append(name).append(": ").append(Abstract.strJava(text)).append('\n');
      if (sourceline != null && sourceline != PyNone.NONE) {
        b.append(Abstract.strJava(sourceline)).append('\n');
      } else {
        String line = sourceLine(Abstract.strJava(filename), lineno);
        if (line != null) {
          b.append("  ").append(line.strip()).append('\n');
        }
      }
      Abstract.callMethod(err, "write", b.toString());
    } catch (PyException ignored) {
      // show_warning clears any error
    }
  }

  private static String sourceLine(String filename, int lineno) {
    String src = Importer.readSource(filename);
    if (src == null || lineno < 1) {
      return null;
    }
    String[] lines = src.split("\n", -1);
    return lineno <= lines.length ? lines[lineno - 1] : null;
  }
}
