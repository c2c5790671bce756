package org.taipan.stdlib.core;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.taipan.api.module.BuiltinModule;
import org.taipan.api.module.ModuleProvider;
import org.taipan.api.module.PythonSourceTree;

/**
 * The core group of the standard library, the one a {@code lite} distro carries. Its pure-Python
 * tree is CPython 3.11's own {@code Lib/}, taken from the oracle unpacked by the build; the builtin
 * modules of the group ({@code _io}, {@code posix}, {@code _sre}, …) are added here as they are
 * written.
 */
@ServiceProvider(ModuleProvider.class)
public final class CoreModules implements ModuleProvider {

  private static final String ORACLE_PROPERTIES = "oracle.properties";

  private final List<PythonSourceTree> trees;

  public CoreModules() {
    Path stdlib = stdlibDirectory();
    this.trees =
        Files.isDirectory(stdlib)
            ? List.of(new PythonSourceTree("CPython 3.11 Lib (build tree)", stdlib.toUri()))
            : List.of();
  }

  /** Where the build found CPython's pure-Python standard library. */
  static Path stdlibDirectory() {
    Properties p = new Properties();
    try (InputStream in = CoreModules.class.getResourceAsStream(ORACLE_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(ORACLE_PROPERTIES + " is missing from the stdlib-core bundle");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Path.of(p.getProperty("stdlib.dir"));
  }

  @Override
  public String group() {
    return "core";
  }

  @Override
  public List<BuiltinModule> builtinModules() {
    return List.of();
  }

  @Override
  public List<PythonSourceTree> sourceTrees() {
    return trees;
  }
}
