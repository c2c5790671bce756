package org.taipan.stdlib.core.data;

import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;

/** The {@code _random} module, CPython's {@code Modules/_randommodule.c}: the {@link PyRandom} type. */
@PythonModule(value = "_random",
    doc = "Module implements the Mersenne Twister random number generator.")
public final class RandomModule {
  private RandomModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("Random", PyRandom.TYPE);
  }
}
