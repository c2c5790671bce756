package org.taipan.api.exec;

import org.taipan.api.RuntimeContext;

/**
 * Running Python code: the service the interpreter provides to every other bundle, so that the
 * launcher, stdlib bundles and embedders can run programs and call Python functions without
 * depending on the interpreter's classes.
 */
public interface PythonExecution {

  /**
   * Runs a main program as CPython's {@code Py_RunMain} does: sets up {@code sys} from the
   * context, runs the program as {@code __main__}, prints an uncaught exception's traceback to
   * {@code sys.stderr}, runs exit handlers and flushes the standard streams.
   *
   * @return the process exit status: 0 on success, 1 after an uncaught exception, the {@code
   *     SystemExit} code (taken modulo 256, as a process sees it) otherwise; or a negative
   *     {@code -N} when the process is to end by signal {@code N}, as CPython's {@code
   *     exit_sigint} ends it by {@code SIGINT} after an uncaught {@code KeyboardInterrupt} (a
   *     caller that cannot raise the signal exits with {@code 128 + N}, as a shell reports it)
   */
  int runMain(MainProgram program, RuntimeContext context);

  /**
   * Compiles source as the builtin {@code compile(source, filename, mode)} does.
   *
   * @param mode {@code exec}, {@code eval} or {@code single}
   * @return a Python code object
   */
  Object compile(String source, String filename, String mode);

  /**
   * Runs a code object in a namespace, as the builtin {@code exec(code, globals)}; with an {@code
   * eval}-mode code object, returns the value.
   *
   * @param globals a Python {@code dict}
   */
  Object exec(Object code, Object globals);

  /** A new, empty module namespace ({@code dict}) whose {@code __name__} is {@code name}. */
  Object newNamespace(String name);
}
