package org.taipan.stdlib.core.binary;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;

/** The binary-data modules of the core group: {@code binascii}, {@code zlib} and the digests. */
@ServiceProvider(ModuleProvider.class)
public final class BinaryModules implements ModuleProvider {
  @Override
  public String group() {
    return "core";
  }

  @Override
  public List<BuiltinModule> builtinModules() {
    return List.of(
        new BuiltinModule("binascii", BinasciiModule.class),
        new BuiltinModule("zlib", ZlibModule.class),
        new BuiltinModule("_md5", Md5Module.class),
        new BuiltinModule("_sha1", Sha1Module.class),
        new BuiltinModule("_sha256", Sha256Module.class),
        new BuiltinModule("_sha512", Sha512Module.class),
        new BuiltinModule("_sha3", Sha3Module.class),
        new BuiltinModule("_blake2", Blake2Module.class));
  }

  @Override
  public List<PythonSourceTree> sourceTrees() {
    return List.of();
  }
}
