package org.taipan.interp;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.Exposer;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyTraceback;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.ast.Module;

/**
 * The import system's part written in Java, CPython's {@code Python/import.c}: {@code __import__}
 * with its fast path for modules already in {@code sys.modules}, builtin modules (made from the
 * module providers' classes), the frozen bootstrap modules, the import lock, and the start-up that
 * installs {@code importlib}.
 *
 * <p>As in CPython, everything else is {@code importlib}'s own Python code, run from the standard
 * library: {@code importlib/_bootstrap.py} becomes the frozen module {@code _frozen_importlib} and
 * {@code _bootstrap_external.py} {@code _frozen_importlib_external}, both compiled from source
 * once and then loaded from a cache next to it (filenames {@code <frozen importlib._bootstrap>} …, as CPython shows them). So {@code
 * sys.meta_path}, {@code sys.path_hooks}, specs, loaders, {@code __pycache__} files (with our cache
 * tag) and every error message are CPython's.
 *
 * <p>A bare interpreter, one with no standard library bundle (the interpreter's own tests, an
 * embedder that wants no library), cannot run {@code importlib}; it imports builtin modules and
 * {@code .py} modules and packages on {@code sys.path} with a small finder of its own ({@link
 * BareFinder}).
 */
final class Importer {
  /** The modules {@code importlib}'s bootstrap needs built in before it can run. */
  static final List<String> BOOT_MODULES =
      List.of("_io", "marshal", "posix", "_thread", "_warnings", "_weakref");

  private final InterpreterState interp;
  /** The global import lock ({@code _imp.acquire_lock}). */
  final ReentrantLock importLock = new ReentrantLock();
  /** The standard library folder holding {@code importlib/}, or null. */
  final Path stdlibDir;
  /** Roots of the providers' pure-Python trees, in order. */
  final List<Path> sourceRoots = new ArrayList<>();
  /** Frozen modules: name → (file under the stdlib folder, origname). */
  private final Map<String, String[]> frozen = new LinkedHashMap<>();
  /** {@code _frozen_importlib}, once installed. */
  private PyModule bootstrap;
  private final BareFinder bare;

  /** Compiled frozen code, kept for the life of the JVM: the sources do not change. */
  private static final Map<Path, PyCode> FROZEN_CODE = new ConcurrentHashMap<>();

  Importer(InterpreterState interp) {
    this.interp = interp;
    Path lib = null;
    if (interp.context.components() != null) {
      for (ModuleProvider p : interp.context.components().modules()) {
        for (PythonSourceTree t : p.sourceTrees()) {
          Path root = rootPath(t.root());
          if (root != null) {
            sourceRoots.add(root);
            if (lib == null && Files.isRegularFile(root.resolve("importlib/_bootstrap.py"))
                && root.getFileSystem() == FileSystems.getDefault()) {
              lib = root;
            }
          }
        }
      }
    }
    this.stdlibDir = lib;
    frozen.put("_frozen_importlib", new String[] {"importlib/_bootstrap.py", "importlib._bootstrap"});
    frozen.put("_frozen_importlib_external",
        new String[] {"importlib/_bootstrap_external.py", "importlib._bootstrap_external"});
    frozen.put("zipimport", new String[] {"zipimport.py", "zipimport"});
    this.bare = new BareFinder(interp, this);
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

  /**
   * The magic number of the {@code .pyc} files we write and accept ({@code
   * importlib.util.MAGIC_NUMBER}). CPython's number names its compiler's output; ours is made from when our compiler was built
   * (the time of {@code Compiler.class}), so a {@code .pyc} written by another build of the
   * compiler is not trusted but compiled again. Two bytes, then {@code \r\n} as CPython's; the
   * number stays above CPython's range.
   */
  static final byte[] PYC_MAGIC = pycMagic();

  private static byte[] pycMagic() {
    long built = 0;
    // The time of the jar that holds Compiler.class (or of the class file, in a class folder),
    // read from the file system: a URLConnection would make a SimpleDateFormat and a Calendar for
    // it, which cost a tenth of the interpreter's start-up.
    try {
      java.security.CodeSource source = Compiler.class.getProtectionDomain().getCodeSource();
      if (source != null && "file".equals(source.getLocation().getProtocol())) {
        java.io.File where = new java.io.File(source.getLocation().toURI());
        if (where.isDirectory()) {
          where = new java.io.File(where, "org/taipan/interp/Compiler.class");
        }
        built = where.lastModified();
      }
    } catch (SecurityException | java.net.URISyntaxException | IllegalArgumentException e) {
      // no build time: every build shares one number
    }
    int word = 0x4000 | (int) ((built / 1000 ^ built / 1000 >>> 14 ^ built / 1000 >>> 28) & 0x3fff);
    return new byte[] {(byte) word, (byte) (word >>> 8), '\r', '\n'};
  }

  /** Whether {@code importlib} can run here: a standard library and the modules it boots on. */
  boolean canBootImportlib() {
    // -Dtaipan.importlib=false keeps the bare finder, for measuring or working around importlib
    if (stdlibDir == null || "false".equals(System.getProperty("taipan.importlib"))) {
      return false;
    }
    for (String m : BOOT_MODULES) {
      if (!interp.builtinModules.containsKey(m)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code importlib} is installed (else the bare finder serves). */
  boolean usesImportlib() {
    return bootstrap != null;
  }

  /**
   * Installs {@code importlib} ({@code init_importlib} and {@code init_importlib_external} in
   * {@code Python/pylifecycle.c}), then {@code zipimport}'s path hook. Does nothing in a bare
   * interpreter.
   */
  void boot() {
    interp.modules.put("_imp", createBuiltin("_imp"));
    if (!canBootImportlib()) {
      return;
    }
    PyModule bs = importFrozen("_frozen_importlib");
    bootstrap = bs;
    Abstract.callMethod(bs, "_install", interp.sys, interp.modules.get("_imp"));
    Abstract.callMethod(bs, "_install_external_importers");
    Object external = interp.modules.get("_frozen_importlib_external");
    Abstract.setAttr(external, "MAGIC_NUMBER", new PyBytes(PYC_MAGIC));
    Abstract.setAttr(external, "_RAW_MAGIC_NUMBER",
        (long) ((PYC_MAGIC[0] & 0xff) | (PYC_MAGIC[1] & 0xff) << 8 | '\r' << 16 | '\n' << 24));
    try {
      Object zipimport = importModule("zipimport");
      Object hooks = interp.sys.getDict().get("path_hooks");
      Abstract.callMethod(hooks, "insert", 0L, Abstract.getAttr(zipimport, "zipimporter"));
    } catch (PyException e) {
      // CPython goes on without zipimport when it cannot be imported
    }
  }

  // ---------------------------------------------------------------- builtin and frozen modules

  boolean isBuiltin(String name) {
    return interp.builtinModules.containsKey(name);
  }

  /** A new builtin module object ({@code _imp.create_builtin}); the existing one if imported. */
  Object createBuiltin(String name) {
    Object existing = interp.modules.get(name);
    if (existing instanceof PyModule && isBuiltin(name)) {
      return existing;
    }
    BuiltinModule b = interp.builtinModules.get(name);
    if (b == null) {
      return PyNone.NONE;
    }
    return Exposer.createModule(b.definition(), name);
  }

  /** The origname of a frozen module, or null when {@code name} is not frozen here. */
  String frozenOrigin(String name) {
    String[] f = frozen.get(name);
    return f == null || stdlibDir == null ? null : f[1];
  }

  List<String> frozenNames() {
    return stdlibDir == null ? List.of() : List.copyOf(frozen.keySet());
  }

  /**
   * The code of a frozen module, compiled once per JVM from the standard library's source. CPython
   * builds its frozen modules into the executable; we keep the compiled code in the source's
   * {@code __pycache__} as {@code NAME.frozen.taipan-311.pyc} (a {@code .pyc} header of our magic
   * number, the source's time and size, then the marshalled code), so a start-up loads it instead
   * of compiling the bootstrap again. It is not written when {@code sys.dont_write_bytecode}.
   */
  PyCode frozenCode(String name) {
    String[] f = frozen.get(name);
    Path file = stdlibDir.resolve(f[0]);
    return FROZEN_CODE.computeIfAbsent(file, p -> {
      try {
        byte[] src = Files.readAllBytes(p);
        byte[] header = frozenHeader(p, src.length);
        Path cache = frozenCachePath(p);
        PyCode cached = readFrozenCache(cache, header);
        if (cached != null) {
          return cached;
        }
        String filename = "<frozen " + f[1] + ">";
        Module ast;
        try {
          ast = (Module) Parser.parse(src, filename, Mode.EXEC);
        } catch (org.taipan.parser.PythonSyntaxError e) {
          throw Execution.syntaxError(e);
        }
        PyCode code = Compiler.compileModule(ast, filename);
        if (!Abstract.isTrue(interp.sys.getDict().get("dont_write_bytecode"))) {
          writeFrozenCache(cache, header, code);
        }
        return code;
      } catch (IOException e) {
        throw PyErr.format(PyExc.ImportError, "cannot read frozen module %s: %s", name,
            e.getMessage());
      }
    });
  }

  private static Path frozenCachePath(Path source) {
    String stem = source.getFileName().toString().replaceFirst("\\.py$", "");
    return source.resolveSibling("__pycache__").resolve(stem + ".frozen.taipan-311.pyc");
  }

  /** The 20-byte header: magic number, source modification time (ms) and size. */
  private static byte[] frozenHeader(Path source, long size) throws IOException {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(20).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put(PYC_MAGIC).putLong(Files.getLastModifiedTime(source).toMillis()).putLong(size);
    return b.array();
  }

  private static PyCode readFrozenCache(Path cache, byte[] header) {
    try {
      byte[] data = Files.readAllBytes(cache);
      if (data.length <= header.length
          || !java.util.Arrays.equals(data, 0, header.length, header, 0, header.length)) {
        return null;
      }
      Object code = Marshal.load(new Marshal.ArraySource(
          java.util.Arrays.copyOfRange(data, header.length, data.length)));
      return code instanceof PyCode c ? c : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Writes the cache under another name and renames it, so no reader sees half of it. */
  private static void writeFrozenCache(Path cache, byte[] header, PyCode code) {
    try {
      Files.createDirectories(cache.getParent());
      Path tmp = Files.createTempFile(cache.getParent(), cache.getFileName().toString(), ".tmp");
      try {
        Files.write(tmp, header);
        Files.write(tmp, Marshal.dumps(code, 4), java.nio.file.StandardOpenOption.APPEND);
        try {
          Files.setPosixFilePermissions(tmp,
              java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: its default permissions stand
        }
        Files.move(tmp, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      // a read-only library: compile at each start-up, as before
    }
  }

  /** Runs a frozen module's code in a new module put in {@code sys.modules} (init_frozen). */
  PyModule importFrozen(String name) {
    PyModule mod = new PyModule(name);
    PyDict d = mod.getDict();
    d.put("__builtins__", interp.builtinsModule);
    // PyImport_ImportFrozenModuleObject: FrozenImporter._fix_up_module reads it
    d.put("__origname__", frozen.get(name)[1]);
    interp.modules.put(name, mod);
    try {
      Interpreter.run(new PyFrame(frozenCode(name), d, interp.builtins, d));
    } catch (RuntimeException e) {
      interp.modules.remove(name);
      throw e;
    }
    Object m = interp.modules.get(name);
    return m instanceof PyModule pm ? pm : mod;
  }

  // ---------------------------------------------------------------- __import__

  /** {@code PyImport_ImportModule}: an absolute import with no fromlist, returning the module. */
  Object importModule(String name) {
    importModuleLevel(name, null, PyNone.NONE, 0);
    Object m = interp.modules.get(name);
    if (m == null) {
      throw notFound(name);
    }
    return m;
  }

  /** {@code __import__(name, globals, None, fromlist, level)} as the builtin calls it. */
  Object importName(String name, PyDict globals, Object fromlist, int level) {
    return importModuleLevel(name, globals, fromlist, level);
  }

  /** {@code PyImport_ImportModuleLevelObject}. */
  Object importModuleLevel(String name, PyDict globals, Object fromlist, int level) {
    try {
      return importModuleLevel0(name, globals, fromlist, level);
    } catch (PyException e) {
      removeImportlibFrames(e);
      throw e;
    }
  }

  private Object importModuleLevel0(String name, PyDict globals, Object fromlist, int level) {
    if (level < 0) {
      throw PyErr.format(PyExc.ValueError, "level must be >= 0");
    }
    String absName;
    if (level > 0) {
      absName = resolveName(name, globals, level);
    } else {
      if (name.isEmpty()) {
        throw PyErr.format(PyExc.ValueError, "Empty module name");
      }
      absName = name;
    }
    Object mod = interp.modules.get(absName);
    if (mod != null && mod != PyNone.NONE) {
      ensureInitialized(mod, absName);
    } else {
      mod = findAndLoad(absName);
    }
    boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
    if (!hasFrom) {
      if (level == 0 || !name.isEmpty()) {
        int dot = name.indexOf('.');
        if (dot < 0) {
          return mod;
        }
        if (level == 0) {
          return importModuleLevel0(name.substring(0, dot), null, PyNone.NONE, 0);
        }
        int cutOff = name.length() - dot;
        String toReturn = absName.substring(0, absName.length() - cutOff);
        Object m = interp.modules.get(toReturn);
        if (m == null) {
          throw PyErr.format(PyExc.KeyError, "'%s' not in sys.modules as expected", toReturn);
        }
        return m;
      }
      return mod;
    }
    if (Abstract.lookupAttr(mod, "__path__") != null) {
      if (bootstrap != null) {
        return Abstract.callMethod(bootstrap, "_handle_fromlist", mod, fromlist,
            interp.builtins.get("__import__"));
      }
      bare.handleFromlist(mod, absName, fromlist);
    }
    return mod;
  }

  /** Waits for a module another thread is still importing ({@code import_ensure_initialized}). */
  private void ensureInitialized(Object mod, String name) {
    if (bootstrap == null) {
      return;
    }
    Object spec = Abstract.lookupAttr(mod, "__spec__");
    if (spec == null || spec == PyNone.NONE) {
      return;
    }
    Object initializing = Abstract.lookupAttr(spec, "_initializing");
    if (initializing != null && Abstract.isTrue(initializing)) {
      Abstract.callMethod(bootstrap, "_lock_unlock_module", name);
    }
  }

  private Object findAndLoad(String absName) {
    if (bootstrap != null) {
      return Abstract.callMethod(bootstrap, "_find_and_load", absName,
          interp.builtins.get("__import__"));
    }
    return bare.findAndLoad(absName);
  }

  /** {@code resolve_name}: the absolute name of a relative import. */
  private String resolveName(String name, PyDict globals, int level) {
    if (globals == null) {
      throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
    }
    Object pkg = globals.get("__package__");
    Object spec = globals.get("__spec__");
    String base;
    if (pkg != null && pkg != PyNone.NONE) {
      if (!PyUnicode.isStr(pkg)) {
        throw PyErr.format(PyExc.TypeError, "package must be a string");
      }
      base = PyUnicode.asJavaString(pkg);
      if (spec != null && spec != PyNone.NONE) {
        Object parent = Abstract.getAttr(spec, "parent");
        if (!Abstract.richCompareBool(pkg, parent, Abstract.EQ)) {
          Warnings.warn(PyExc.DeprecationWarning, "__package__ != __spec__.parent", 1);
        }
      }
    } else if (spec != null && spec != PyNone.NONE) {
      Object parent = Abstract.getAttr(spec, "parent");
      if (!PyUnicode.isStr(parent)) {
        throw PyErr.format(PyExc.TypeError, "__spec__.parent must be a string");
      }
      base = PyUnicode.asJavaString(parent);
    } else {
      Warnings.warn(PyExc.ImportWarning,
          "can't resolve package from __spec__ or __package__, falling back on __name__ and"
              + " __path__", 1);
      Object n = globals.get("__name__");
      if (n == null) {
        throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
      }
      if (!PyUnicode.isStr(n)) {
        throw PyErr.format(PyExc.TypeError, "__name__ must be a string");
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

  /**
   * {@code remove_importlib_frames}: drops the bootstrap's own frames from the traceback, all of
   * them for an ImportError, else the runs that end in {@code _call_with_frames_removed}.
   */
  private static void removeImportlibFrames(PyException e) {
    boolean alwaysTrim = e.value.getType().isSubtypeOf(PyExc.ImportError);
    PyTraceback head = e.value.traceback;
    // A sentinel entry in front, so that cutting at the head needs no special case.
    PyTraceback sentinel = new PyTraceback(null, 0, 0, head);
    PyTraceback prev = sentinel;
    PyTraceback outer = null;
    boolean inImportlib = false;
    for (PyTraceback tb = head; tb != null; ) {
      PyTraceback next = tb.next;
      PyCode code = tb.frame instanceof PyFrame f ? f.code : null;
      boolean now = code != null && (code.filename.equals("<frozen importlib._bootstrap>")
          || code.filename.equals("<frozen importlib._bootstrap_external>"));
      if (now && !inImportlib) {
        outer = prev;
      }
      inImportlib = now;
      if (inImportlib && (alwaysTrim || code.name.equals("_call_with_frames_removed"))) {
        outer.next = next;
        prev = outer;
      } else {
        prev = tb;
      }
      tb = next;
    }
    e.value.traceback = sentinel.next;
  }

  static PyException notFound(String name) {
    PyException e = PyErr.format(PyExc.ModuleNotFoundError, "No module named '%s'", name);
    e.value.getDict().put("name", name);
    return e;
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
