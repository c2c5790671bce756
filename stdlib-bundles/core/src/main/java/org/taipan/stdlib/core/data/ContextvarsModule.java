package org.taipan.stdlib.core.data;

import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;

/**
 * The {@code _contextvars} module, CPython's {@code Modules/_contextvarsmodule.c}: the types
 * {@link PyContext}, {@link PyContextVar}, {@link PyContextToken} and {@code copy_context}.
 */
@PythonModule(value = "_contextvars", doc = "Context Variables")
public final class ContextvarsModule {
  private ContextvarsModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("Context", PyContext.TYPE);
    m.put("ContextVar", PyContextVar.TYPE);
    m.put("Token", PyContextToken.TYPE);
  }

  @PythonMethod
  public static Object copy_context() {
    return PyContext.copyCurrent();
  }
}
