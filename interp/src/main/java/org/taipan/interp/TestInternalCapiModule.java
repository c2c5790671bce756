package org.taipan.interp;

import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;

/**
 * The part of CPython's {@code _testinternalcapi} ({@code Modules/_testinternalcapimodule.c})
 * that the regression suite's {@code test.support} relies on: {@code get_config()}, the
 * interpreter's configuration as {@code PyConfig_AsDict} gives it, and {@code
 * get_recursion_depth()}. Only the configuration keys this runtime can answer truthfully are
 * present; they are read from {@code sys} at call time, as the configuration is what {@code sys}
 * was made from.
 */
@PythonModule(value = "_testinternalcapi", doc = "")
public final class TestInternalCapiModule {
  private TestInternalCapiModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    // CPython's PyGC_Head on 64-bit builds; only used by cpython_only size checks.
    m.put("SIZEOF_PYGC_HEAD", 16L);
  }

  /** {@code get_recursion_depth()}: the depth of the calling Python frame, 1 at module level. */
  @PythonMethod
  public static Object get_recursion_depth() {
    return (long) ThreadState.get().depth;
  }

  /** {@code get_config()}: a dict of the interpreter's configuration. */
  @PythonMethod
  public static Object get_config() {
    Object sys = ThreadState.get().interp.sys;
    Object flags = Abstract.getAttr(sys, "flags");
    PyDict d = new PyDict();
    d.put("isolated", flag(flags, "isolated"));
    d.put("use_environment", flag(flags, "ignore_environment") == 0 ? 1L : 0L);
    d.put("dev_mode", flag(flags, "dev_mode"));
    d.put("install_signal_handlers", 1L);
    // Code objects carry column positions (PEP 657), which tracebacks show, unless -X no_debug_ranges.
    d.put("code_debug_ranges", ThreadState.get().interp.codeDebugRanges ? 1L : 0L);
    d.put("filesystem_encoding", Abstract.call(Abstract.getAttr(sys, "getfilesystemencoding")));
    d.put(
        "filesystem_errors", Abstract.call(Abstract.getAttr(sys, "getfilesystemencodeerrors")));
    d.put("pycache_prefix", Abstract.getAttr(sys, "pycache_prefix"));
    d.put("xoptions", xoptions(Abstract.getAttr(sys, "_xoptions")));
    d.put("warnoptions", list(Abstract.getAttr(sys, "warnoptions")));
    d.put("executable", Abstract.getAttr(sys, "executable"));
    d.put("prefix", Abstract.getAttr(sys, "prefix"));
    d.put("base_prefix", Abstract.getAttr(sys, "base_prefix"));
    d.put("exec_prefix", Abstract.getAttr(sys, "exec_prefix"));
    d.put("base_exec_prefix", Abstract.getAttr(sys, "base_exec_prefix"));
    d.put("platlibdir", Abstract.getAttr(sys, "platlibdir"));
    d.put("site_import", flag(flags, "no_site") == 0 ? 1L : 0L);
    d.put("bytes_warning", flag(flags, "bytes_warning"));
    d.put("warn_default_encoding", flag(flags, "warn_default_encoding"));
    d.put("inspect", flag(flags, "inspect"));
    d.put("interactive", flag(flags, "interactive"));
    d.put("optimization_level", flag(flags, "optimize"));
    d.put("write_bytecode", flag(flags, "dont_write_bytecode") == 0 ? 1L : 0L);
    d.put("verbose", flag(flags, "verbose"));
    d.put("quiet", flag(flags, "quiet"));
    d.put("user_site_directory", flag(flags, "no_user_site") == 0 ? 1L : 0L);
    d.put("orig_argv", list(Abstract.getAttr(sys, "orig_argv")));
    d.put("safe_path", flag(flags, "safe_path"));
    return d;
  }

  /** A {@code sys.flags} field as the configuration's int (some fields are bools). */
  private static long flag(Object flags, String name) {
    Object v = Abstract.getAttr(flags, name);
    return v instanceof Boolean b ? (b ? 1L : 0L) : PyNumber.asSsize(v);
  }

  /** {@code PyConfig.xoptions} is a list of {@code -X} strings ({@code "name"} or {@code "name=value"}). */
  private static PyList xoptions(Object map) {
    PyList out = new PyList();
    Object items = Abstract.call(Abstract.getAttr(map, "items"));
    Object it = Abstract.iter(items);
    for (Object item = Abstract.next(it); item != null; item = Abstract.next(it)) {
      Object k = Abstract.getItem(item, 0L);
      Object v = Abstract.getItem(item, 1L);
      out.append(v == Boolean.TRUE ? k : Abstract.str(k) + "=" + Abstract.str(v));
    }
    return out;
  }

  private static Object list(Object iterable) {
    return Abstract.call(PyType.of(new PyList()), iterable);
  }
}
