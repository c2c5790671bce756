package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;
import org.taipan.object.PyNone;
import org.taipan.object.PyUnicode;
import org.taipan.object.WithDict;

/** The import instructions: {@code IMPORT_NAME}, {@code IMPORT_FROM}, {@code IMPORT_STAR}. */
final class OpsImport {
  private OpsImport() {}

  static void execute(PyFrame f, ThreadState ts, int op, int arg) {
    switch (op) {
      case IMPORT_NAME: {
        Object fromlist = f.pop();
        Object level = f.pop();
        String name = f.code.names[arg];
        f.push(importName(f, ts, name, fromlist, level));
        break;
      }
      case IMPORT_FROM: {
        Object module = f.top();
        String name = f.code.names[arg];
        f.push(importFrom(ts, module, name));
        break;
      }
      case IMPORT_STAR: {
        Object module = f.pop();
        importStar(f, module);
        break;
      }
      default:
        throw new IllegalStateException(Opcode.name(op));
    }
  }

  /** {@code import_name}: through the frame's {@code __import__}, directly when it is the builtin. */
  private static Object importName(PyFrame f, ThreadState ts, String name, Object fromlist,
      Object level) {
    Object importFunc = Interpreter.builtinsGet(f.builtins, "__import__");
    if (importFunc == null) {
      throw PyErr.format(PyExc.ImportError, "__import__ not found");
    }
    if (importFunc == ts.interp.importFunc) {
      return ts.interp.importer.importName(name, f.globals, fromlist, (int) (long) (Long) level);
    }
    Object locals = f.locals == null ? PyNone.NONE : f.locals;
    return Abstract.call(importFunc, name, f.globals, locals, fromlist, level);
  }

  /**
   * {@code import_from}: the attribute, else the submodule from {@code sys.modules} (a circular
   * relative import), else ImportError with the module's name and file, saying so when the module
   * is still being initialized.
   */
  static Object importFrom(ThreadState ts, Object module, String name) {
    Object v = Abstract.lookupAttr(module, name);
    if (v != null) {
      return v;
    }
    Object pkgName = Abstract.lookupAttr(module, "__name__");
    if (pkgName != null && !PyUnicode.isStr(pkgName)) {
      pkgName = null;
    }
    if (pkgName != null) {
      Object sub = ts.interp.modules.get(PyUnicode.asJavaString(pkgName) + "." + name);
      if (sub != null) {
        return sub;
      }
    }
    String modName = pkgName != null ? PyUnicode.asJavaString(pkgName) : "<unknown module name>";
    // PyModule_GetFilenameObject: the module dict's __file__
    Object file = module instanceof PyModule m ? m.getDict().get("__file__") : null;
    PyException e;
    if (file == null || !PyUnicode.isStr(file)) {
      file = PyNone.NONE;
      e = PyErr.format(PyExc.ImportError, "cannot import name %s from %s (unknown location)",
          Abstract.reprJava(name), Abstract.reprJava(modName));
    } else {
      Object spec = Abstract.lookupAttr(module, "__spec__");
      String fmt = spec != null && PyModule.specIsInitializing(spec)
          ? "cannot import name %s from partially initialized module %s "
              + "(most likely due to a circular import) (%s)"
          : "cannot import name %s from %s (%s)";
      e = PyErr.format(PyExc.ImportError, fmt, Abstract.reprJava(name),
          Abstract.reprJava(modName), Abstract.strJava(file));
    }
    e.value.getDict().put("name", pkgName == null ? PyNone.NONE : pkgName);
    e.value.getDict().put("path", file);
    return throwIt(e);
  }

  private static Object throwIt(PyException e) {
    throw e;
  }

  /**
   * {@code import_all_from}: the names in {@code __all__}, else the public keys of {@code
   * __dict__}, each read with {@code getattr} and stored in the frame's locals.
   */
  private static void importStar(PyFrame f, Object module) {
    Object locals = f.locals;
    if (locals == null) {
      throw PyErr.format(PyExc.SystemError, "no locals found during 'import *'");
    }
    Object all = Abstract.lookupAttr(module, "__all__");
    boolean skipUnderscores = false;
    if (all == null) {
      Object dict = Abstract.lookupAttr(module, "__dict__");
      if (dict == null) {
        throw PyErr.format(PyExc.ImportError,
            "from-import-* object has no __dict__ and no __all__");
      }
      java.util.List<Object> keys = new java.util.ArrayList<>();
      Object it = Abstract.iter(Abstract.callMethod(dict, "keys"));
      for (Object k; (k = Abstract.next(it)) != null; ) {
        keys.add(k);
      }
      all = new PyList(keys);
      skipUnderscores = true;
    }
    for (long pos = 0; ; pos++) {
      Object name;
      try {
        name = Abstract.getItem(all, pos);
      } catch (PyException e) {
        if (e.matches(PyExc.IndexError)) {
          return;
        }
        throw e;
      }
      if (!PyUnicode.isStr(name)) {
        Object modName = Abstract.getAttr(module, "__name__");
        if (!PyUnicode.isStr(modName)) {
          throw PyErr.format(PyExc.TypeError, "module __name__ must be a string, not %.100s",
              PyType.of(modName).getName());
        }
        throw PyErr.format(PyExc.TypeError, "%s in %s.%s must be str, not %.100s",
            skipUnderscores ? "Key" : "Item", PyUnicode.asJavaString(modName),
            skipUnderscores ? "__dict__" : "__all__", PyType.of(name).getName());
      }
      if (skipUnderscores && PyUnicode.asJavaString(name).startsWith("_")) {
        continue;
      }
      Object value = Abstract.getAttr(module, PyUnicode.asJavaString(name));
      if (locals instanceof PyDict d && d.getClass() == PyDict.class) {
        d.put(name, value);
      } else {
        Abstract.setItem(locals, name, value);
      }
    }
  }

}
