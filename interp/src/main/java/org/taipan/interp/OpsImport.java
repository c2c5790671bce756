package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
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
        f.push(
            ts.interp.importer.importName(
                name, f.globals, fromlist, (int) (long) (Long) level));
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

  static Object importFrom(ThreadState ts, Object module, String name) {
    Object v = Abstract.lookupAttr(module, name);
    if (v != null) {
      return v;
    }
    Object pkgName = Abstract.lookupAttr(module, "__name__");
    if (pkgName != null && PyUnicode.isStr(pkgName)) {
      Object sub = ts.interp.modules.get(PyUnicode.asJavaString(pkgName) + "." + name);
      if (sub != null) {
        return sub;
      }
    }
    String modName = pkgName != null && PyUnicode.isStr(pkgName)
        ? PyUnicode.asJavaString(pkgName) : "<unknown module name>";
    Object file = Abstract.lookupAttr(module, "__file__");
    String where = file != null && PyUnicode.isStr(file)
        ? PyUnicode.asJavaString(file) : "unknown location";
    PyException e =
        PyErr.format(
            PyExc.ImportError, "cannot import name '%s' from '%s' (%s)", name, modName, where);
    e.value.getDict().put("name", modName);
    return throwIt(e);
  }

  private static Object throwIt(PyException e) {
    throw e;
  }

  private static void importStar(PyFrame f, Object module) {
    if (!(f.locals instanceof PyDict locals)) {
      throw PyErr.format(PyExc.SystemError, "no locals found during 'import *'");
    }
    Object all = Abstract.lookupAttr(module, "__all__");
    if (all != null) {
      Object it = Abstract.iter(all);
      for (Object n; (n = Abstract.next(it)) != null; ) {
        String name = PyUnicode.asJavaString(n);
        locals.put(name, Abstract.getAttr(module, name));
      }
      return;
    }
    if (module instanceof WithDict wd) {
      for (Object k : wd.getDict().keyList()) {
        String name = PyUnicode.asJavaString(k);
        if (!name.startsWith("_")) {
          locals.put(name, wd.getDict().get(k));
        }
      }
    }
  }
}
