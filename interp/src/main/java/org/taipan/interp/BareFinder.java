package org.taipan.interp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyUnicode;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.ast.Module;

/**
 * The finder of a bare interpreter, one without the standard library that {@code importlib} needs
 * (see {@link Importer}): builtin modules, and {@code .py} modules and packages in the folders of
 * {@code sys.path} (a package's submodules in its {@code __path__}). No specs, loaders or caches.
 */
final class BareFinder {
  private final InterpreterState interp;
  private final Importer importer;

  BareFinder(InterpreterState interp, Importer importer) {
    this.interp = interp;
    this.importer = importer;
  }

  /** Imports {@code absName} and its parents, returning the module itself. */
  Object findAndLoad(String absName) {
    String[] parts = absName.split("\\.");
    Object mod = null;
    String prefix = "";
    for (int i = 0; i < parts.length; i++) {
      prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
      Object parent = mod;
      mod = loadOne(prefix, parent);
      if (parent != null && Abstract.lookupAttr(parent, parts[i]) != mod) {
        Abstract.setAttr(parent, parts[i], mod);
      }
    }
    return mod;
  }

  /** Imports the submodules a {@code from package import a, b} names that are not attributes. */
  void handleFromlist(Object mod, String absName, Object fromlist) {
    Object it = Abstract.iter(fromlist);
    for (Object n; (n = Abstract.next(it)) != null; ) {
      String sub = PyUnicode.asJavaString(n);
      if (!sub.equals("*") && Abstract.lookupAttr(mod, sub) == null) {
        try {
          Abstract.setAttr(mod, sub, loadOne(absName + "." + sub, mod));
        } catch (PyException e) {
          if (!e.matches(PyExc.ModuleNotFoundError)) {
            throw e;
          }
        }
      }
    }
  }

  private Object loadOne(String fullname, Object parent) {
    Object m = interp.modules.get(fullname);
    if (m != null) {
      if (m == PyNone.NONE) {
        throw Importer.notFound(fullname);
      }
      return m;
    }
    if (importer.isBuiltin(fullname)) {
      Object mod = importer.createBuiltin(fullname);
      interp.modules.put(fullname, mod);
      return mod;
    }
    List<Path> roots = new ArrayList<>();
    int dot = fullname.lastIndexOf('.');
    String last = fullname.substring(dot + 1);
    if (parent != null) {
      Object p = Abstract.lookupAttr(parent, "__path__");
      if (p == null) {
        PyException e = PyErr.format(PyExc.ModuleNotFoundError,
            "No module named '%s'; '%s' is not a package", fullname, fullname.substring(0, dot));
        e.value.getDict().put("name", fullname);
        throw e;
      }
      for (Object entry : ((PyList) p).asList()) {
        addRoot(roots, entry);
      }
    } else {
      Object sp = interp.sys.getDict().get("path");
      if (sp instanceof PyList l) {
        for (Object entry : l.asList()) {
          addRoot(roots, entry);
        }
      }
    }
    for (Path base : roots) {
      Path pkgInit = base.resolve(last).resolve("__init__.py");
      Path file = base.resolve(last + ".py");
      if (Files.isRegularFile(pkgInit)) {
        return execModule(fullname, pkgInit, base.resolve(last));
      }
      if (Files.isRegularFile(file)) {
        return execModule(fullname, file, null);
      }
    }
    throw Importer.notFound(fullname);
  }

  private static void addRoot(List<Path> roots, Object entry) {
    if (PyUnicode.isStr(entry)) {
      String dir = PyUnicode.asJavaString(entry);
      try {
        roots.add(Path.of(dir.isEmpty() ? "." : dir));
      } catch (RuntimeException e) {
        // not a usable path
      }
    }
  }

  private Object execModule(String fullname, Path file, Path pkgDir) {
    byte[] src;
    try {
      src = Files.readAllBytes(file);
    } catch (IOException e) {
      throw PyErr.format(PyExc.ImportError, "cannot read %s: %s", file, e.getMessage());
    }
    String filename = file.toString();
    PyModule mod = new PyModule(fullname);
    PyDict d = mod.getDict();
    d.put("__file__", filename);
    d.put("__builtins__", interp.builtinsModule);
    if (pkgDir != null) {
      PyList p = new PyList();
      p.append(pkgDir.toString());
      d.put("__path__", p);
      d.put("__package__", fullname);
    } else {
      int dot = fullname.lastIndexOf('.');
      d.put("__package__", dot < 0 ? "" : fullname.substring(0, dot));
    }
    interp.modules.put(fullname, mod);
    try {
      Module ast;
      try {
        ast = (Module) Parser.parse(src, filename, Mode.EXEC);
      } catch (org.taipan.parser.PythonSyntaxError e) {
        throw Execution.syntaxError(e);
      }
      PyCode code = Compiler.compileModule(ast, filename);
      Interpreter.run(new PyFrame(code, d, interp.builtins, d));
    } catch (RuntimeException e) {
      interp.modules.remove(fullname);
      throw e;
    }
    Object m = interp.modules.get(fullname);
    if (fullname.equals("importlib") && m != null) {
      installImportlibFinders(m);
    }
    return m != null ? m : mod;
  }

  /**
   * Gives the Python import system, once a program imports {@code importlib}, the finders CPython
   * installs at start-up ({@code _bootstrap._install} and {@code _bootstrap_external._install}):
   * {@code BuiltinImporter}, {@code FrozenImporter} and {@code PathFinder} on {@code
   * sys.meta_path} and {@code FileFinder}'s hook on {@code sys.path_hooks}. Then {@code
   * importlib.import_module}, {@code importlib.util.find_spec} and {@code pkgutil} find modules as
   * under CPython, while the interpreter's own {@code import} statements stay with this finder.
   */
  private void installImportlibFinders(Object importlib) {
    Object bootstrap = Abstract.lookupAttr(importlib, "_bootstrap");
    Object external = Abstract.lookupAttr(importlib, "_bootstrap_external");
    Object metaPath = interp.sys.getDict().get("meta_path");
    if (bootstrap == null || external == null || !(metaPath instanceof PyList meta)
        || meta.size() > 0) {
      // not the standard library's importlib, or a program installed finders of its own
      return;
    }
    meta.append(Abstract.getAttr(bootstrap, "BuiltinImporter"));
    meta.append(Abstract.getAttr(bootstrap, "FrozenImporter"));
    Abstract.callMethod(external, "_install", bootstrap);
  }
}
