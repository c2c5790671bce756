package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import org.taipan.api.Flags;
import org.taipan.api.RuntimeContext;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.Exposer;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The {@code sys} module, CPython's {@code Python/sysmodule.c}: the command line, flags, standard
 * streams, version information, {@code exit}, the recursion limit and the module registry.
 */
@PythonModule("sys")
final class SysModule {
  private SysModule() {}

  static PyModule create(InterpreterState in) {
    RuntimeContext ctx = in.context;
    PyModule m = new PyModule("sys");
    for (Map.Entry<String, Object> e :
        Exposer.moduleFunctions(SysModule.class, MethodHandles.lookup(), "sys").entrySet()) {
      m.put(e.getKey(), e.getValue());
    }
    m.put("modules", in.modules);
    PyList argv = new PyList();
    for (String a : ctx.argv()) {
      argv.append(a);
    }
    if (argv.size() == 0) {
      argv.append("");
    }
    m.put("argv", argv);
    PyList orig = new PyList();
    for (String a : ctx.origArgv()) {
      orig.append(a);
    }
    m.put("orig_argv", orig);
    PyList warn = new PyList();
    for (String a : ctx.warnOptions()) {
      warn.append(a);
    }
    m.put("warnoptions", warn);
    PyDict xo = new PyDict();
    for (Map.Entry<String, Object> e : ctx.xOptions().entrySet()) {
      xo.put(e.getKey(), e.getValue());
    }
    m.put("_xoptions", xo);
    m.put("flags", flags(ctx.flags() == null ? Flags.defaults() : ctx.flags()));
    m.put("path", new PyList());
    m.put("meta_path", new PyList());
    m.put("path_hooks", new PyList());
    m.put("path_importer_cache", new PyDict());
    m.put(
        "version_info",
        new StructSeq(
            "sys.version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"},
            new Object[] {3L, 11L, 3L, "final", 0L}));
    m.put("hexversion", 0x030b03f0L);
    m.put("version", "3.11.3 (taipan) [Java " + System.getProperty("java.version") + "]");
    m.put("api_version", 1013L);
    java.util.Map<String, Object> impl = new java.util.LinkedHashMap<>();
    impl.put("name", "taipan");
    impl.put("cache_tag", "taipan-311");
    impl.put(
        "version",
        new StructSeq(
            "sys.version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"},
            new Object[] {0L, 1L, 0L, "alpha", 0L}));
    impl.put("hexversion", 0x000100a0L);
    impl.put("_multiarch", multiarch());
    m.put("implementation", org.taipan.object.PyNamespace.of(impl));
    m.put("platform", "linux");
    m.put("byteorder", "little");
    m.put("maxsize", Long.MAX_VALUE);
    m.put("maxunicode", 0x10ffffL);
    m.put("executable", ctx.executable() == null ? "" : ctx.executable());
    m.put("prefix", "");
    m.put("exec_prefix", "");
    m.put("base_prefix", "");
    m.put("base_exec_prefix", "");
    m.put("dont_write_bytecode",
        ctx.flags() != null && ctx.flags().dontWriteBytecode() != 0);
    m.put("pycache_prefix", PyNone.NONE);
    m.put(
        "builtin_module_names",
        new PyTuple((Object[]) java.util.stream.Stream.concat(
                in.builtinModules.keySet().stream(), java.util.stream.Stream.of("sys", "builtins"))
            .sorted().toArray(Object[]::new)));
    m.put("displayhook", Exposer.moduleFunctions(Hooks.class, MethodHandles.lookup(), "sys")
        .get("displayhook"));
    m.put("__displayhook__", m.getDict().get("displayhook"));
    m.put("excepthook", Exposer.moduleFunctions(Hooks.class, MethodHandles.lookup(), "sys")
        .get("excepthook"));
    m.put("__excepthook__", m.getDict().get("excepthook"));
    SysInfo.fill(m, in);
    return m;
  }

  private static StructSeq flags(Flags f) {
    return new StructSeq(
        "sys.flags",
        new String[] {
          "debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
          "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
          "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
          "warn_default_encoding", "safe_path", "int_max_str_digits"
        },
        new Object[] {
          (long) f.debug(), (long) f.inspect(), (long) f.interactive(), (long) f.optimize(),
          (long) f.dontWriteBytecode(), (long) f.noUserSite(), (long) f.noSite(),
          (long) f.ignoreEnvironment(), (long) f.verbose(), (long) f.bytesWarning(),
          (long) f.quiet(), (long) f.hashRandomization(), (long) f.isolated(), f.devMode(),
          (long) f.utf8Mode(), (long) f.warnDefaultEncoding(), f.safePath(),
          (long) f.intMaxStrDigits()
        });
  }

  private static ThreadState ts() {
    return ThreadState.get();
  }

  @PythonMethod
  static Object exit(@Default("None") Object status) {
    throw PyErr.newException(PyExc.SystemExit, status);
  }

  @PythonMethod
  static Object getrecursionlimit() {
    return (long) ts().interp.recursionLimit;
  }

  @PythonMethod
  static Object setrecursionlimit(Object limit) {
    int n = PyNumber.asSize(limit);
    if (n < 1) {
      throw PyErr.format(PyExc.ValueError, "recursion limit must be greater or equal than 1");
    }
    // as CPython, a limit the current depth already reaches is refused; that depth counts the
    // call of this builtin itself, as CPython's call of a C function enters a recursion level
    int depth = ts().depth + 1;
    if (depth >= n) {
      throw PyErr.format(PyExc.RecursionError,
          "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
          n, depth);
    }
    ts().interp.recursionLimit = n;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object settrace(Object function) {
    ts().traceFunction = function == PyNone.NONE ? null : function;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object gettrace() {
    Object f = ts().traceFunction;
    return f == null ? PyNone.NONE : f;
  }

  @PythonMethod
  static Object setprofile(Object function) {
    ts().profileFunction = function == PyNone.NONE ? null : function;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object getprofile() {
    Object f = ts().profileFunction;
    return f == null ? PyNone.NONE : f;
  }

  @PythonMethod
  static Object exc_info() {
    Object e = ts().handled;
    if (e == null) {
      return new PyTuple(PyNone.NONE, PyNone.NONE, PyNone.NONE);
    }
    return new PyTuple(PyType.of(e), e, Abstract.getAttr(e, "__traceback__"));
  }

  @PythonMethod
  static Object exception() {
    Object e = ts().handled;
    return e == null ? PyNone.NONE : e;
  }

  @PythonMethod
  static Object _getframe(@Default("0") Object depth) {
    PyFrame f = ts().frame;
    int d = PyNumber.asSize(depth);
    for (int i = 0; i < d && f != null; i++) {
      f = f.back;
    }
    if (f == null) {
      throw PyErr.format(PyExc.ValueError, "call stack is not deep enough");
    }
    return f;
  }

  @PythonMethod
  static Object intern(Object s) {
    return s;
  }

  @PythonMethod
  static Object getdefaultencoding() {
    return "utf-8";
  }

  @PythonMethod
  static Object getfilesystemencoding() {
    return "utf-8";
  }

  /**
   * {@code sys.getsizeof(object[, default])}: what the object's {@code __sizeof__} says (sizes in
   * CPython's layout), plus CPython's 16-byte GC header for the types its collector tracks; with a
   * default, that instead of a TypeError.
   */
  @PythonMethod
  static Object getsizeof(Object o, Object[] dflt) {
    if (dflt.length > 1) {
      throw PyErr.format(PyExc.TypeError, "getsizeof() takes at most 2 arguments (%d given)",
          dflt.length + 1);
    }
    long size;
    try {
      Object method = Abstract.lookupSpecial(o, "__sizeof__");
      if (method == null) {
        throw PyErr.format(PyExc.TypeError, "Type %s doesn't define __sizeof__",
            PyType.of(o).getName());
      }
      Object r = Abstract.call(method);
      size = PyNumber.asSize(r);
      if (size < 0) {
        throw PyErr.format(PyExc.ValueError, "__sizeof__() should return >= 0");
      }
    } catch (PyException e) {
      if (dflt.length == 1 && e.matches(PyExc.TypeError)) {
        return dflt[0];
      }
      throw e;
    }
    return PyType.of(o).isGcType() ? size + 16 : size;
  }

  /** {@code sys.displayhook} and {@code sys.excepthook}. */
  static final class Hooks {
    private Hooks() {}

    @PythonMethod
    static Object displayhook(Object value) {
      if (value == PyNone.NONE) {
        return PyNone.NONE;
      }
      InterpreterState in = ts().interp;
      in.builtins.put("_", PyNone.NONE);
      Object out = in.sys.getDict().get("stdout");
      Abstract.callMethod(out, "write", Abstract.repr(value));
      Abstract.callMethod(out, "write", "\n");
      in.builtins.put("_", value);
      return PyNone.NONE;
    }

    @PythonMethod
    static Object excepthook(Object type, Object value, Object traceback) {
      InterpreterState in = ts().interp;
      Object err = in.sys.getDict().get("stderr");
      String text = TracebackPrinter.format(value);
      Abstract.callMethod(err, "write", text);
      return PyNone.NONE;
    }
  }

  /** The platform triplet CPython's build records as {@code sys.implementation._multiarch}. */
  private static String multiarch() {
    String arch = System.getProperty("os.arch", "");
    String cpu =
        switch (arch) {
          case "amd64", "x86_64" -> "x86_64";
          case "aarch64", "arm64" -> "aarch64";
          default -> arch;
        };
    return cpu + "-linux-gnu";
  }
}
