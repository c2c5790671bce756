package org.taipan.interp;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code _warnings} module, CPython's {@code Python/_warnings.c} module functions over the
 * interpreter's {@link Warnings}: {@code warnings.py} imports its filters, registries, {@code warn}
 * and {@code warn_explicit} from here.
 */
@PythonModule(
    value = "_warnings",
    doc = "_warnings provides basic warning filtering support.\n"
        + "It is a helper module to speed up interpreter start-up.")
public final class WarningsModule {
  private WarningsModule() {}

  private static Warnings state() {
    return ThreadState.get().interp.warnings;
  }

  @ModuleExec
  public static void exec(PyModule m) {
    Warnings w = state();
    m.put("filters", w.filters);
    m.put("_onceregistry", w.onceRegistry);
    m.put("_defaultaction", w.defaultAction);
  }

  /** {@code warn(message, category=None, stacklevel=1, source=None)}. */
  @PythonMethod(positionalOnly = false)
  public static Object warn(Object message, @Default("None") Object category,
      @Default("1") Object stacklevel, @Default("None") Object source) {
    Object cat = Warnings.category(message, category);
    long level = PyNumber.asLongClamped(stacklevel);
    int l = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, level));
    return state().doWarn(message, cat, l, source == PyNone.NONE ? null : source);
  }

  /** {@code warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None)}. */
  @PythonMethod(positionalOnly = false)
  public static Object warn_explicit(Object message, Object category, Object filename,
      Object lineno, @Default("None") Object module, @Default("None") Object registry,
      @Default("None") Object module_globals, @Default("None") Object source) {
    if (!PyUnicode.isStr(filename)) {
      throw PyErr.format(PyExc.TypeError,
          "warn_explicit() argument 3 must be str, not %.50s", PyType.of(filename).getName());
    }
    int line = PyNumber.asSize(lineno);
    Object sourceLine = null;
    if (module_globals != PyNone.NONE) {
      if (!(module_globals instanceof PyDict g)) {
        throw PyErr.format(PyExc.TypeError, "module_globals must be a dict, not '%.200s'",
            PyType.of(module_globals).getName());
      }
      sourceLine = sourceLine(g, line);
    }
    return state().warnExplicit(category, message, filename, line,
        module == PyNone.NONE ? null : module, registry, sourceLine,
        source == PyNone.NONE ? null : source);
  }

  /** {@code get_source_line}: the line from the module's loader, or null. */
  private static Object sourceLine(PyDict globals, int lineno) {
    Object loader = globals.get("__loader__");
    Object name = globals.get("__name__");
    if (loader == null || name == null) {
      return null;
    }
    Object getSource = Abstract.lookupAttr(loader, "get_source");
    if (getSource == null) {
      return null;
    }
    Object source = Abstract.call(getSource, name);
    if (source == PyNone.NONE) {
      return null;
    }
    // PyUnicode_Splitlines: str's own splitlines, whatever a subclass defines
    if (!PyUnicode.isStr(source)) {
      throw PyErr.format(PyExc.TypeError, "must be str, not %.100s", PyType.of(source).getName());
    }
    Object lines = Abstract.call(Abstract.getAttr(PyType.of(""), "splitlines"), source);
    return Abstract.getItem(lines, (long) (lineno - 1));
  }

  @PythonMethod
  public static Object _filters_mutated() {
    state().filtersVersion++;
    return PyNone.NONE;
  }
}
