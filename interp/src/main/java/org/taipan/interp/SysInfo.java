package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Exposer;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyLong;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyUnicode;
import org.taipan.object.PyWarnings;

/**
 * The descriptive part of {@code sys} ({@code Python/sysmodule.c}): {@code float_info}, {@code
 * int_info}, {@code hash_info}, {@code thread_info}, the build constants, the int string-size limit,
 * audit hooks and the asynchronous-generator hooks.
 */
final class SysInfo {
  private SysInfo() {}

  static void fill(PyModule m, InterpreterState in) {
    for (Map.Entry<String, Object> e :
        Exposer.moduleFunctions(SysInfo.class, MethodHandles.lookup(), "sys").entrySet()) {
      m.put(e.getKey(), e.getValue());
    }
    m.put("float_info", new StructSeq("sys.float_info",
        new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
            "mant_dig", "epsilon", "radix", "rounds"},
        new Object[] {Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L,
            Math.ulp(1.0), 2L, 1L}));
    m.put("int_info", new StructSeq("sys.int_info",
        new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
            "str_digits_check_threshold"},
        new Object[] {30L, 4L, 4300L, 640L}));
    m.put("hash_info", new StructSeq("sys.hash_info",
        new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
            "seed_bits", "cutoff"},
        new Object[] {64L, (1L << 61) - 1, 314159L, 0L, 1000003L, "siphash13", 64L, 128L, 0L}));
    m.put("thread_info", new StructSeq("sys.thread_info",
        new String[] {"name", "lock", "version"},
        new Object[] {"pthread", "semaphore", PyNone.NONE}));
    m.put("float_repr_style", "short");
    m.put("abiflags", "");
    m.put("platlibdir", "lib");
    m.put("_framework", "");
    m.put("_git", new PyTuple("Taipan", "", ""));
    m.put("_base_executable", m.getDict().get("executable"));
    m.put("copyright", "Copyright (c) 2026 the Taipan authors.\nAll Rights Reserved.\n\n"
        + "Python is Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.");
    m.put("stdlib_module_names", stdlibModuleNames());
    m.put("_stdlib_dir", PyNone.NONE);
    m.put("__unraisablehook__", m.getDict().get("unraisablehook"));
    m.put("__breakpointhook__", m.getDict().get("breakpointhook"));
    int digits = in.context.flags() == null ? -1 : in.context.flags().intMaxStrDigits();
    if (digits >= 0) {
      PyLong.maxStrDigits = digits;
    }
  }

  /** {@code sys.stdlib_module_names}, CPython 3.11's list as recorded from the oracle. */
  static org.taipan.object.PySet stdlibModuleNames() {
    org.taipan.object.PySet names = new org.taipan.object.PySet(true);
    try (var in = SysInfo.class.getResourceAsStream("stdlib_module_names.txt")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("stdlib_module_names.txt is missing from the interp bundle", e);
    }
    return names;
  }

  private static InterpreterState interp() {
    return ThreadState.get().interp;
  }

  @PythonMethod
  static Object getfilesystemencodeerrors() {
    return "surrogateescape";
  }

  @PythonMethod
  static Object getrefcount(Object o) {
    // The JVM counts no references; CPython's answer for an object held once is 2.
    return 2L;
  }

  @PythonMethod
  static Object is_finalizing() {
    return interp().finalizing;
  }

  @PythonMethod
  static Object get_int_max_str_digits() {
    return (long) PyLong.maxStrDigits;
  }

  @PythonMethod(positionalOnly = false)
  static Object set_int_max_str_digits(Object maxdigits) {
    int n = PyNumber.asSize(maxdigits);
    if (n != 0 && n < 640) {
      throw PyErr.format(PyExc.ValueError, "maxdigits must be 0 or larger than 640");
    }
    PyLong.maxStrDigits = n;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object getdlopenflags() {
    return (long) interp().dlopenFlags;
  }

  @PythonMethod
  static Object setdlopenflags(Object flags) {
    interp().dlopenFlags = PyNumber.asSize(flags);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object getallocatedblocks() {
    return 0L;
  }

  @PythonMethod
  static Object _clear_type_cache() {
    return PyNone.NONE;
  }

  @PythonMethod
  static Object _getquickenedcount() {
    return 0L;
  }

  @PythonMethod
  static Object _debugmallocstats() {
    return PyNone.NONE;
  }

  @PythonMethod
  static Object call_tracing(Object func, Object args) {
    if (!(args instanceof PyTuple t)) {
      throw PyErr.format(PyExc.TypeError, "call_tracing() argument 2 must be tuple, not %s",
          org.taipan.object.PyType.of(args).getName());
    }
    return Abstract.call(func, t.toArray(), null);
  }

  /** {@code sys.audit(event, *args)}: calls every audit hook, in the order they were added. */
  @PythonMethod
  static Object audit(Object event, Object[] args) {
    if (!PyUnicode.isStr(event)) {
      throw PyErr.format(PyExc.TypeError, "expected str for argument 'event', not %.200s",
          org.taipan.object.PyType.of(event).getName());
    }
    PyList hooks = interp().auditHooks;
    if (hooks.size() == 0) {
      return PyNone.NONE;
    }
    PyTuple a = new PyTuple(args.clone());
    for (Object hook : hooks.toArray()) {
      Abstract.call(hook, event, a);
    }
    return PyNone.NONE;
  }

  /** {@code sys.addaudithook(hook)}: first raises the event {@code sys.addaudithook}. */
  @PythonMethod(positionalOnly = false)
  static Object addaudithook(Object hook) {
    InterpreterState in = interp();
    try {
      audit("sys.addaudithook", new Object[0]);
    } catch (org.taipan.object.PyException e) {
      if (e.matches(PyExc.RuntimeError)) {
        return PyNone.NONE;
      }
      throw e;
    }
    in.auditHooks.append(hook);
    return PyNone.NONE;
  }

  /** {@code sys.unraisablehook(unraisable)}: the default report of an unraisable exception. */
  @PythonMethod
  static Object unraisablehook(Object unraisable) {
    Object err = interp().sys.getDict().get("stderr");
    if (err == null || err == PyNone.NONE) {
      return PyNone.NONE;
    }
    Object excValue = Abstract.getAttr(unraisable, "exc_value");
    Object msg = Abstract.getAttr(unraisable, "err_msg");
    Object obj = Abstract.getAttr(unraisable, "object");
    StringBuilder b = new StringBuilder();
    b.append(msg == PyNone.NONE ? "Exception ignored in" : Abstract.strJava(msg));
    if (obj != PyNone.NONE) {
      String what;
      try {
        what = Abstract.reprJava(obj);
      } catch (org.taipan.object.PyException e) {
        what = "<object repr() failed>";
      }
      b.append(": ").append(what);
    }
    b.append('\n');
    if (excValue instanceof org.taipan.object.PyBaseException e) {
      b.append(TracebackPrinter.formatWithoutChain(e));
    }
    Abstract.callMethod(err, "write", b.toString());
    return PyNone.NONE;
  }

  /**
   * {@code sys.breakpointhook(*args, **kws)} ({@code sys_breakpointhook}): calls the hook that
   * {@code $PYTHONBREAKPOINT} names as read now (so {@code os.environ} changes count), else {@code
   * pdb.set_trace}; "0" disables it, and a name that does not import is ignored with a
   * RuntimeWarning.
   */
  @PythonMethod
  static Object breakpointhook(Object[] args, PyDict kws) {
    InterpreterState in = interp();
    org.taipan.api.Flags flags = in.context.flags();
    String envar = flags != null && flags.ignoreEnvironment() != 0 ? null : breakpointVariable(in);
    if (envar == null || envar.isEmpty()) {
      envar = "pdb.set_trace";
    } else if (envar.equals("0")) {
      return PyNone.NONE;
    }
    int dot = envar.lastIndexOf('.');
    if (dot != 0) {
      String module = dot < 0 ? "builtins" : envar.substring(0, dot);
      try {
        Object hook = Abstract.getAttr(in.importer.importModule(module), envar.substring(dot + 1));
        return callWithKeywords(hook, args, kws);
      } catch (PyException e) {
        if (!e.matches(PyExc.ImportError) && !e.matches(PyExc.AttributeError)) {
          throw e;
        }
      }
    }
    PyWarnings.warn(
        PyExc.RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + envar + "\"", 1);
    return PyNone.NONE;
  }

  /** {@code $PYTHONBREAKPOINT} as the process sees it now: through {@code os.environ}. */
  private static String breakpointVariable(InterpreterState in) {
    Object environ = Abstract.getAttr(in.importer.importModule("os"), "environ");
    Object v = Abstract.callMethod(environ, "get", "PYTHONBREAKPOINT");
    return v == PyNone.NONE ? null : PyUnicode.asJavaString(v);
  }

  /** Calls {@code fn(*args, **kws)}. */
  static Object callWithKeywords(Object fn, Object[] args, PyDict kws) {
    List<Map.Entry<Object, Object>> entries = kws.entries();
    Object[] all = java.util.Arrays.copyOf(args, args.length + entries.size());
    String[] names = new String[entries.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = PyUnicode.asJavaString(entries.get(i).getKey());
      all[args.length + i] = entries.get(i).getValue();
    }
    return Abstract.call(fn, all, names);
  }

  @PythonMethod(positionalOnly = false)
  static Object set_asyncgen_hooks(@Default("None") Object firstiter,
      @Default("None") Object finalizer) {
    InterpreterState in = interp();
    in.asyncgenFirstiter = firstiter;
    in.asyncgenFinalizer = finalizer;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object get_asyncgen_hooks() {
    InterpreterState in = interp();
    return new StructSeq("asyncgen_hooks", new String[] {"firstiter", "finalizer"},
        new Object[] {in.asyncgenFirstiter, in.asyncgenFinalizer});
  }

  @PythonMethod(positionalOnly = false)
  static Object set_coroutine_origin_tracking_depth(Object depth) {
    int d = PyNumber.asSize(depth);
    if (d < 0) {
      throw PyErr.format(PyExc.ValueError, "depth must be >= 0");
    }
    interp().coroutineOriginDepth = d;
    return PyNone.NONE;
  }

  @PythonMethod
  static Object get_coroutine_origin_tracking_depth() {
    return (long) interp().coroutineOriginDepth;
  }

  @PythonMethod
  static Object _current_frames() {
    org.taipan.object.PyDict d = new org.taipan.object.PyDict();
    ThreadState ts = ThreadState.get();
    d.put(Thread.currentThread().getId(), ts.frame == null ? PyNone.NONE : ts.frame);
    return d;
  }

  @PythonMethod
  static Object _current_exceptions() {
    org.taipan.object.PyDict d = new org.taipan.object.PyDict();
    ThreadState ts = ThreadState.get();
    d.put(Thread.currentThread().getId(), ts.handled == null ? PyNone.NONE : ts.handled);
    return d;
  }
}
