package org.taipan.stdlib.core.os;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;

/**
 * The operating-system modules of the core group, written in Java over the C library: {@code
 * posix} and its companions ({@code errno}, {@code time}, {@code pwd}, {@code _signal}, {@code
 * select}, {@code fcntl}, {@code _posixsubprocess}, {@code _socket}).
 */
@ServiceProvider(ModuleProvider.class)
public final class OsModules implements ModuleProvider {
  @Override
  public String group() {
    return "core";
  }

  @Override
  public List<BuiltinModule> builtinModules() {
    return List.of(
        new BuiltinModule("posix", PosixModule.class),
        new BuiltinModule("errno", ErrnoModule.class),
        new BuiltinModule("time", TimeModule.class),
        new BuiltinModule("pwd", PwdModule.class),
        new BuiltinModule("select", SelectModule.class),
        new BuiltinModule("fcntl", FcntlModule.class),
        new BuiltinModule("_signal", SignalModule.class),
        new BuiltinModule("_posixsubprocess", PosixSubprocessModule.class),
        new BuiltinModule("_socket", SocketModule.class));
  }

  @Override
  public List<PythonSourceTree> sourceTrees() {
    return List.of();
  }
}
