package org.taipan.api.module;

import java.util.List;

/**
 * A bundle's contribution to the module namespace: builtin modules written in Java, and trees of
 * pure-Python modules. Each {@code stdlib-bundles} bundle is one provider for its group of the
 * standard library; the interpreter's own {@code builtins} and {@code sys} come from one too.
 */
public interface ModuleProvider {

  /** The name of the group this provider carries, for example {@code core}. */
  String group();

  /** The builtin modules this provider defines, by their Python names. */
  List<BuiltinModule> builtinModules();

  /** The roots of the pure-Python module trees this provider carries, searched in order. */
  List<PythonSourceTree> sourceTrees();
}
