package org.taipan.interp;

import java.util.HashMap;
import java.util.Map;
import org.taipan.api.RuntimeContext;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.object.PyDict;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;

/**
 * One Python interpreter, CPython's {@code PyInterpreterState}: {@code sys.modules}, the {@code
 * builtins} and {@code sys} modules, the recursion limit and the import system.
 */
final class InterpreterState {
  final RuntimeContext context;
  final PyDict modules = new PyDict();
  final PyModule builtinsModule;
  final PyDict builtins;
  final PyModule sys;
  final Importer importer;
  final Warnings warnings = new Warnings();
  /** {@code atexit}'s callbacks, run by {@link Execution} when the main program ends. */
  final ExitCallbacks exitCallbacks = new ExitCallbacks();
  /** {@code sys.addaudithook}'s hooks. */
  final org.taipan.object.PyList auditHooks = new org.taipan.object.PyList();
  /** {@code sys.set_asyncgen_hooks}. */
  Object asyncgenFirstiter = org.taipan.object.PyNone.NONE;
  Object asyncgenFinalizer = org.taipan.object.PyNone.NONE;
  int coroutineOriginDepth;
  int dlopenFlags = 2;
  /** {@code sys.is_finalizing()}. */
  volatile boolean finalizing;
  /**
   * CPython's {@code _Py_UnhandledKeyboardInterrupt}: the main program ended by a {@code
   * KeyboardInterrupt}, so the process is to end by {@code SIGINT}.
   */
  boolean unhandledKeyboardInterrupt;
  /**
   * {@code interp->import_func}: the builtin {@code __import__}, which {@code IMPORT_NAME} calls
   * directly; another {@code __import__} in a frame's builtins is called as a function.
   */
  final Object importFunc;
  final Map<String, BuiltinModule> builtinModules = new HashMap<>();
  int recursionLimit = 1000;
  /** {@code PyConfig.code_debug_ranges}: code objects carry columns unless {@code -X no_debug_ranges}. */
  final boolean codeDebugRanges;

  /** The builtin modules the interpreter itself defines (besides {@code sys} and {@code builtins}). */
  static final java.util.List<BuiltinModule> OWN_MODULES =
      java.util.List.of(
          new BuiltinModule("marshal", MarshalModule.class),
          new BuiltinModule("_imp", ImpModule.class),
          new BuiltinModule("_ast", AstModule.class),
          new BuiltinModule("_warnings", WarningsModule.class),
          new BuiltinModule("_thread", ThreadModule.class),
          new BuiltinModule("atexit", AtexitModule.class),
          new BuiltinModule("faulthandler", FaultHandlerModule.class),
          new BuiltinModule("_tracemalloc", TraceMallocModule.class),
          new BuiltinModule("_testinternalcapi", TestInternalCapiModule.class));

  InterpreterState(RuntimeContext context) {
    this.context = context;
    this.codeDebugRanges =
        context.xOptions() == null || !context.xOptions().containsKey("no_debug_ranges");
    for (BuiltinModule b : OWN_MODULES) {
      builtinModules.put(b.name(), b);
    }
    if (context.components() != null) {
      for (ModuleProvider p : context.components().modules()) {
        for (BuiltinModule b : p.builtinModules()) {
          builtinModules.putIfAbsent(b.name(), b);
        }
      }
    }
    this.builtinsModule = Builtins.create(this);
    this.builtins = builtinsModule.getDict();
    this.importFunc = builtins.get("__import__");
    this.sys = SysModule.create(this);
    StandardStreams.installPreliminary(this);
    modules.put("builtins", builtinsModule);
    modules.put("sys", sys);
    this.importer = new Importer(this);
    org.taipan.object.PyWarnings.setHandler(Warnings::warn);
    org.taipan.object.PyCodecs.setDevMode(
        context.flags() != null && context.flags().devMode());
    org.taipan.object.Finalizers.setUnraisableHandler(
        (e, obj) -> Unraisable.write(ThreadState.get().interp, e, "in", obj));
    org.taipan.object.PyImport.setHandler(
        name -> ThreadState.get().interp.importer.importModule(name));
    org.taipan.object.PyRecursion.setGuard(new RecursionGuard());
    org.taipan.object.PySuper.setZeroArgumentsHook(ZeroArgSuper::fromCurrentFrame);
    PyType.setCallerModuleHook(
        () -> {
          ThreadState ts = ThreadState.getOrNull();
          return ts == null || ts.frame == null ? null : ts.frame.globals.get("__name__");
        });
  }

  /** A fresh {@code __main__} module namespace. */
  PyDict newMain(String name) {
    PyModule m = new PyModule(name);
    m.getDict().put("__annotations__", new PyDict());
    m.getDict().put("__builtins__", builtinsModule);
    modules.put(name, m);
    return m.getDict();
  }
}
