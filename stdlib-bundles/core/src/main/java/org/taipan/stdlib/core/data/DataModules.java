package org.taipan.stdlib.core.data;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;

/**
 * The data modules of the core group ({@code _collections}, {@code _functools}, {@code
 * _operator}, {@code itertools}, …), CPython's counterparts in {@code Modules/}.
 */
@ServiceProvider(ModuleProvider.class)
public final class DataModules implements ModuleProvider {

  @Override
  public String group() {
    return "core";
  }

  @Override
  public List<BuiltinModule> builtinModules() {
    return List.of(
        new BuiltinModule("_collections", CollectionsModule.class),
        new BuiltinModule("itertools", ItertoolsModule.class),
        new BuiltinModule("math", MathModule.class),
        new BuiltinModule("_struct", StructModule.class),
        new BuiltinModule("_random", RandomModule.class),
        new BuiltinModule("_functools", FunctoolsModule.class),
        new BuiltinModule("_operator", OperatorModule.class),
        new BuiltinModule("_bisect", BisectModule.class),
        new BuiltinModule("_heapq", HeapqModule.class),
        new BuiltinModule("_csv", CsvModule.class),
        new BuiltinModule("_contextvars", ContextvarsModule.class),
        new BuiltinModule("array", ArrayModule.class));
  }

  @Override
  public List<PythonSourceTree> sourceTrees() {
    return List.of();
  }
}
