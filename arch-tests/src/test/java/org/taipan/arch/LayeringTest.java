package org.taipan.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks every dependency rule of DESIGN.md on the classes of every module of the build. */
class LayeringTest {

  private static JavaClasses production;

  @BeforeAll
  static void importModules() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.taipan");
  }

  @TestFactory
  Stream<DynamicTest> eachModuleDependsOnlyOnWhatDesignAllows() {
    return Layering.MODULES.stream()
        .map(
            m ->
                DynamicTest.dynamicTest(
                    m.artifactId(), () -> Layering.dependencyRule(m).check(production)));
  }

  @Test
  void apiDependsOnNothing() {
    Layering.apiDependsOnNothing().check(production);
  }
}
