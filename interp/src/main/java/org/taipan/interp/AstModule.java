package org.taipan.interp;

import java.util.Map;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;

/**
 * The {@code _ast} module, CPython's {@code astmodule_exec} ({@code Python/Python-ast.c}): the
 * node classes of {@link AstTypes} and the {@code compile()} flags that ask for or tune an AST.
 */
@PythonModule("_ast")
public final class AstModule {
  private AstModule() {}

  /** {@code PyCF_ONLY_AST}: {@code compile()} returns the AST instead of a code object. */
  static final int PyCF_ONLY_AST = 0x400;
  /** {@code PyCF_TYPE_COMMENTS}: keep type comments in the AST. */
  static final int PyCF_TYPE_COMMENTS = 0x1000;
  /** {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}. */
  static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

  @ModuleExec
  public static void exec(PyModule m) {
    for (Map.Entry<String, PyType> e : AstTypes.all().entrySet()) {
      m.put(e.getKey(), e.getValue());
    }
    m.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", (long) PyCF_ALLOW_TOP_LEVEL_AWAIT);
    m.put("PyCF_ONLY_AST", (long) PyCF_ONLY_AST);
    m.put("PyCF_TYPE_COMMENTS", (long) PyCF_TYPE_COMMENTS);
  }
}
