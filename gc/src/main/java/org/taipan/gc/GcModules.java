package org.taipan.gc;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;

/** The builtin modules of the memory manager: {@code _weakref} and {@code gc}. */
@ServiceProvider(ModuleProvider.class)
public final class GcModules implements ModuleProvider {

  /** The service constructor. */
  public GcModules() {}

  @Override
  public String group() {
    return "core";
  }

  @Override
  public List<BuiltinModule> builtinModules() {
    return List.of(
        new BuiltinModule("_weakref", WeakrefModule.class),
        new BuiltinModule("gc", GcModule.class));
  }

  @Override
  public List<PythonSourceTree> sourceTrees() {
    return List.of();
  }
}
