package org.taipan.stdlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.taipan.api.module.ModuleProvider;
import org.junit.jupiter.api.Test;

class CoreModulesTest {

  @Test
  void isFoundByServiceLoader() {
    var found = ServiceLoader.load(ModuleProvider.class).stream().map(p -> p.type()).toList();
    // the group has several providers (one per area of the stdlib); the tree provider is one
    assertTrue(found.contains(CoreModules.class), "providers found: " + found);
    assertTrue(found.contains(org.taipan.stdlib.core.data.DataModules.class), "providers found: " + found);
  }

  @Test
  void exposesTheOraclesPurePythonStdlib() {
    var trees = new CoreModules().sourceTrees();
    assertEquals(1, trees.size(), "the core tree must point at the unpacked oracle's Lib/");
    Path root = Path.of(trees.get(0).root());
    assertTrue(Files.isRegularFile(root.resolve("os.py")), root + " has no os.py");
    assertTrue(Files.isRegularFile(root.resolve("test/test_grammar.py")), "no regression suite");
  }
}
