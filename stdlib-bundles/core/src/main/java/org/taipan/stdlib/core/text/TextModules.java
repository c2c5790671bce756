package org.taipan.stdlib.core.text;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.util.List;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;
import org.taipan.object.PyCodecs;

/**
 * The text modules of the core group, written in Java: {@code _sre} (the binding of the
 * regular-expression engine {@link org.taipan.stdlib.core.sre}), {@code _string}, {@code
 * _codecs} and {@code unicodedata}.
 */
@ServiceProvider(ModuleProvider.class)
public final class TextModules implements ModuleProvider {
  static {
    // str.encode and bytes.decode reach the codec registry through the object model's hook
    PyCodecs.setProvider(new TextCodecs());
  }

  @Override
  public String group() {
    return "core";
  }

  @Override
  public List<BuiltinModule> builtinModules() {
    return List.of(
        new BuiltinModule("_sre", SreModule.class),
        new BuiltinModule("_string", StringModule.class),
        new BuiltinModule("_codecs", CodecsModule.class),
        new BuiltinModule("unicodedata", UnicodedataModule.class));
  }

  @Override
  public List<PythonSourceTree> sourceTrees() {
    return List.of();
  }
}
