package org.taipan.stdlib.core.io;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;

/** The I/O module of the core group: {@code _io}, CPython's {@code Modules/_io/}. */
@ServiceProvider(ModuleProvider.class)
public final class IoModules implements ModuleProvider {
  @Override
  public String group() {
    return "core";
  }

  @Override
  public List<BuiltinModule> builtinModules() {
    return List.of(new BuiltinModule("_io", IoModule.class));
  }

  @Override
  public List<PythonSourceTree> sourceTrees() {
    return List.of();
  }
}
