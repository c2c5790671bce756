package org.taipan.interp;

import org.taipan.object.Abstract;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyException;
import org.taipan.object.PyNone;

/**
 * CPython's {@code _PyErr_WriteUnraisableMsg} ({@code Python/errors.c}): an exception raised where
 * nobody can catch it goes to {@code sys.unraisablehook} as an {@code UnraisableHookArgs}; when
 * the hook is missing it is written as the default hook writes it, and when the hook itself
 * raises, that exception is written instead ("Exception ignored in sys.unraisablehook").
 */
final class Unraisable {
  private Unraisable() {}

  private static final String[] FIELDS = {
    "exc_type", "exc_value", "exc_traceback", "err_msg", "object"
  };

  /** Reports {@code e} with "Exception ignored " + {@code what} and the object concerned. */
  static void write(InterpreterState in, PyException e, String what, Object obj) {
    Object hook = in.sys.getDict().get("unraisablehook");
    Object args = hookArgs(e.value, "Exception ignored " + what, obj);
    if (hook == null || hook == PyNone.NONE) {
      writeDefault(args);
      return;
    }
    try {
      Abstract.call(hook, args);
    } catch (PyException failed) {
      writeDefault(hookArgs(failed.value, "Exception ignored in sys.unraisablehook", hook));
    }
  }

  private static Object hookArgs(PyBaseException exc, String msg, Object obj) {
    Object tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
    return new StructSeq("UnraisableHookArgs", FIELDS,
        new Object[] {exc.getType(), exc, tb, msg, obj == null ? PyNone.NONE : obj});
  }

  private static void writeDefault(Object args) {
    try {
      SysInfo.unraisablehook(args);
    } catch (PyException ignored) {
      // standard error itself failed: nothing is left to report to
    }
  }
}
