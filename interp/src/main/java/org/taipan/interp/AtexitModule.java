package org.taipan.interp;

import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;
import org.taipan.object.SpecialMethod;

/**
 * The {@code atexit} module, CPython's {@code Modules/atexitmodule.c}, over the interpreter's
 * {@link ExitCallbacks}: each interpreter has its own callbacks, which {@link Execution} runs when
 * the main program ends.
 */
@PythonModule(
    value = "atexit",
    doc = "allow programmer to define multiple exit functions to be executed\n"
        + "upon normal program termination.\n\n"
        + "Two public functions, register and unregister, are defined.\n")
public final class AtexitModule {
  private AtexitModule() {}

  private static ExitCallbacks state() {
    return ThreadState.get().interp.exitCallbacks;
  }

  /** {@code register(func, *args, **kwargs)}: returns {@code func}. */
  @PythonMethod(
      doc = "register(func, *args, **kwargs) -> func\n\n"
          + "Register a function to be executed upon normal program termination\n\n"
          + "    func - function to be called at exit\n"
          + "    args - optional arguments to pass to func\n"
          + "    kwargs - optional keyword arguments to pass to func\n\n"
          + "    func is returned to facilitate usage as a decorator.")
  public static Object register(Object[] args, PyDict kwargs) {
    if (args.length == 0) {
      throw PyErr.format(PyExc.TypeError, "register() takes at least 1 argument (0 given)");
    }
    Object func = args[0];
    if (!PyType.of(func).hasSlot(SpecialMethod.op_call)) {
      throw PyErr.format(PyExc.TypeError, "the first argument must be callable");
    }
    Object[] rest = new Object[args.length - 1];
    System.arraycopy(args, 1, rest, 0, rest.length);
    state().register(func, rest, kwargs);
    return func;
  }

  /** {@code unregister(func)}: forgets every registration of {@code func} (by equality). */
  @PythonMethod(
      doc = "unregister(func) -> None\n\n"
          + "Unregister an exit function which was previously registered using\n"
          + "atexit.register\n\n"
          + "    func - function to be unregistered")
  public static Object unregister(Object func) {
    state().unregister(func);
    return PyNone.NONE;
  }

  @PythonMethod(doc = "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
      + "If a callback raises an exception, it is logged with sys.unraisablehook.")
  public static Object _run_exitfuncs() {
    state().runAll(ThreadState.get().interp);
    return PyNone.NONE;
  }

  @PythonMethod(doc = "_clear() -> None\n\nClear the list of previously registered exit functions.")
  public static Object _clear() {
    state().clear();
    return PyNone.NONE;
  }

  @PythonMethod(doc = "_ncallbacks() -> int\n\nReturn the number of registered exit functions.")
  public static Object _ncallbacks() {
    return (long) state().slots();
  }
}
