package org.taipan.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;
import org.taipan.object.Abstract;
import org.taipan.object.Exposer;
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
 * A first import system, the part of CPython's {@code Python/import.c} and {@code importlib} that
 * programs need most: {@code sys.modules}, builtin modules (ours and those of module providers),
 * and {@code .py} modules and packages found on {@code sys.path}.
 */
final class Importer {
  private final InterpreterState interp;
  /** Roots of the pure-Python trees of module providers, searched after {@code sys.path}. */
  private final List<Path> providerRoots = new ArrayList<>();

  Importer(InterpreterState interp) {
    this.interp = interp;
    if (interp.context.components() != null) {
      for (ModuleProvider p : interp.context.components().modules()) {
        for (PythonSourceTree t : p.sourceTrees()) {
          Path root = rootPath(t.root());
          if (root != null) {
            providerRoots.add(root);
          }
        }
      }
    }
  }

  /** A tree root as a path: a folder, or a folder inside a jar (opened as a zip file system). */
  private static Path rootPath(URI uri) {
    try {
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          // already open
        }
      }
      return Path.of(uri);
    } catch (RuntimeException | IOException e) {
      return null;
    }
  }

  /** {@code __import__(name, globals, None, fromlist, level)}. */
  Object importName(String name, PyDict globals, Object fromlist, int level) {
    String abs = name;
    if (level > 0) {
      abs = resolveRelative(name, globals, level);
    }
    if (abs.isEmpty()) {
      throw PyErr.format(PyExc.ValueError, "Empty module name");
    }
    String[] parts = abs.split("\\.");
    Object top = null;
    Object mod = null;
    String prefix = "";
    for (int i = 0; i < parts.length; i++) {
      prefix = i == 0 ? parts[0] : prefix + "." + parts[i];
      Object parent = mod;
      mod = loadOne(prefix, mod);
      if (parent != null && Abstract.lookupAttr(parent, parts[i]) != mod) {
        Abstract.setAttr(parent, parts[i], mod);
      }
      if (i == 0) {
        top = mod;
      }
    }
    boolean haveFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
    if (haveFrom) {
      if (Abstract.lookupAttr(mod, "__path__") != null) {
        Object it = Abstract.iter(fromlist);
        for (Object n; (n = Abstract.next(it)) != null; ) {
          String sub = PyUnicode.asJavaString(n);
          if (!sub.equals("*") && Abstract.lookupAttr(mod, sub) == null) {
            try {
              Object m = loadOne(abs + "." + sub, mod);
              Abstract.setAttr(mod, sub, m);
            } catch (PyException e) {
              if (!e.matches(PyExc.ModuleNotFoundError)) {
                throw e;
              }
            }
          }
        }
      }
      return mod;
    }
    return level > 0 && name.isEmpty() ? mod : top;
  }

  private String resolveRelative(String name, PyDict globals, int level) {
    Object pkg = globals.get("__package__");
    String base;
    if (pkg != null && pkg != PyNone.NONE) {
      base = PyUnicode.asJavaString(pkg);
    } else {
      Object n = globals.get("__name__");
      if (n == null) {
        throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
      }
      base = PyUnicode.asJavaString(n);
      if (globals.get("__path__") == null) {
        int dot = base.lastIndexOf('.');
        base = dot < 0 ? "" : base.substring(0, dot);
      }
    }
    if (base.isEmpty()) {
      throw PyErr.format(
          PyExc.ImportError, "attempted relative import with no known parent package");
    }
    for (int i = 1; i < level; i++) {
      int dot = base.lastIndexOf('.');
      if (dot < 0) {
        throw PyErr.format(
            PyExc.ImportError, "attempted relative import beyond top-level package");
      }
      base = base.substring(0, dot);
    }
    return name.isEmpty() ? base : base + "." + name;
  }

  private Object loadOne(String fullname, Object parent) {
    Object m = interp.modules.get(fullname);
    if (m != null) {
      if (m == PyNone.NONE) {
        throw notFound(fullname);
      }
      return m;
    }
    BuiltinModule b = interp.builtinModules.get(fullname);
    if (b != null) {
      PyModule mod = Exposer.createModule(b.definition(), fullname);
      interp.modules.put(fullname, mod);
      return mod;
    }
    List<Path> roots = new ArrayList<>();
    int dot = fullname.lastIndexOf('.');
    String last = fullname.substring(dot + 1);
    if (parent != null) {
      Object p = Abstract.lookupAttr(parent, "__path__");
      if (p == null) {
        PyException e =
            PyErr.format(
                PyExc.ModuleNotFoundError,
                "No module named '%s'; '%s' is not a package",
                fullname,
                fullname.substring(0, dot));
        e.value.getDict().put("name", fullname);
        throw e;
      }
      for (Object entry : ((PyList) p).asList()) {
        addRoot(roots, entry);
      }
      Object pp = Abstract.lookupAttr(parent, "__taipan_root__");
      if (pp instanceof PathHolder h) {
        roots.add(h.path);
      }
    } else {
      Object sp = interp.sys.getDict().get("path");
      if (sp instanceof PyList l) {
        for (Object entry : l.asList()) {
          addRoot(roots, entry);
        }
      }
      roots.addAll(providerRoots);
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
    throw notFound(fullname);
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

  /** A package folder that is not on the default file system (inside a jar). */
  private record PathHolder(Path path) {}

  private static PyException notFound(String name) {
    PyException e = PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'", name);
    e.value.getDict().put("name", name);
    return e;
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
      if (pkgDir.getFileSystem() == FileSystems.getDefault()) {
        p.append(pkgDir.toString());
      } else {
        d.put("__taipan_root__", new PathHolder(pkgDir));
      }
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
      PyFrame f = new PyFrame(code, d, interp.builtins, d);
      Interpreter.run(f);
    } catch (RuntimeException e) {
      interp.modules.remove(fullname);
      throw e;
    }
    return interp.modules.get(fullname) != null ? interp.modules.get(fullname) : mod;
  }

  /** Source text of a file for tracebacks, or null. */
  static String readSource(String filename) {
    try {
      Path p = Path.of(filename);
      if (Files.isRegularFile(p)) {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      }
    } catch (RuntimeException | IOException e) {
      return null;
    }
    return null;
  }
}
