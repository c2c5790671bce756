package org.taipan.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Shows that each rule of {@link Layering} can fail: for every module a fixture class in that
 * module's package uses a module it may not, and the rule must reject it. The fixtures live in
 * this module's test sources, which {@link LayeringTest} does not import.
 */
class LayeringRulesCanFailTest {

  private static final Map<String, Class<?>> VIOLATIONS =
      Map.ofEntries(
          Map.entry("api", org.taipan.api.archfixture.ApiUsingInterp.class),
          Map.entry("parser", org.taipan.parser.archfixture.ParserUsingInterp.class),
          Map.entry("object-model", org.taipan.object.archfixture.ObjectModelUsingInterp.class),
          Map.entry("interp", org.taipan.interp.archfixture.InterpUsingGc.class),
          Map.entry("jit-jvm", org.taipan.jit.jvm.archfixture.JitJvmUsingInterp.class),
          Map.entry("jit-x86_64", org.taipan.jit.x86_64.archfixture.JitX86UsingInterp.class),
          Map.entry("jit-aarch64", org.taipan.jit.aarch64.archfixture.JitArmUsingInterp.class),
          Map.entry("gc", org.taipan.gc.archfixture.GcUsingInterp.class),
          Map.entry("capi", org.taipan.capi.archfixture.CApiUsingInterp.class),
          Map.entry("stdlib-bundles", org.taipan.stdlib.archfixture.StdlibUsingInterp.class),
          Map.entry("distro", org.taipan.distro.archfixture.DistroUsingArchTests.class));

  @Test
  void everyModuleHasAViolatingFixture() {
    assertEquals(Layering.MODULES.size(), VIOLATIONS.size());
    Layering.MODULES.forEach(m -> assertTrue(VIOLATIONS.containsKey(m.artifactId()), m.artifactId()));
  }

  @TestFactory
  Stream<DynamicTest> eachRuleRejectsItsViolatingFixture() {
    return Layering.MODULES.stream()
        .map(
            m ->
                DynamicTest.dynamicTest(
                    m.artifactId(),
                    () -> {
                      var classes = new ClassFileImporter().importClasses(VIOLATIONS.get(m.artifactId()));
                      AssertionError e =
                          assertThrows(AssertionError.class, () -> Layering.dependencyRule(m).check(classes));
                      assertTrue(e.getMessage().contains("was violated"), e.getMessage());
                    }));
  }

  @Test
  void apiRuleRejectsThirdPartyDependencies() {
    var classes = new ClassFileImporter().importClasses(org.taipan.api.archfixture.ApiUsingThirdParty.class);
    assertThrows(AssertionError.class, () -> Layering.apiDependsOnNothing().check(classes));
  }
}
