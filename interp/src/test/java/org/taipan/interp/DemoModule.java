package org.taipan.interp;

import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyNumber;

/** A builtin module written in Java, for the module-provider test. */
@PythonModule("demo")
public final class DemoModule {
  private DemoModule() {}

  /** {@code demo.twice(x)}. */
  @PythonMethod
  public static Object twice(Object x) {
    return PyNumber.multiply(x, 2L);
  }
}
