package org.taipan.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The module table of {@code shared/DESIGN.md} ("Modules and who may depend on whom") as data, and
 * the ArchUnit rules it implies. Each module owns one root package; a module's classes may use the
 * classes of the modules it lists and of no other Taipan module.
 */
final class Layering {

  /** A module of the build: its Maven artifactId, its root package, the modules it may use. */
  record Module(String artifactId, String rootPackage, Set<String> mayDependOn) {
    String packages() {
      return rootPackage + "..";
    }
  }

  static final List<Module> MODULES =
      List.of(
          new Module("api", "org.taipan.api", Set.of()),
          new Module("parser", "org.taipan.parser", Set.of("api")),
          new Module("object-model", "org.taipan.object", Set.of("api")),
          new Module("interp", "org.taipan.interp", Set.of("api", "parser", "object-model")),
          new Module("jit-jvm", "org.taipan.jit.jvm", Set.of("api", "object-model")),
          new Module("jit-x86_64", "org.taipan.jit.x86_64", Set.of("api", "object-model")),
          new Module("jit-aarch64", "org.taipan.jit.aarch64", Set.of("api", "object-model")),
          new Module("gc", "org.taipan.gc", Set.of("api", "object-model")),
          new Module("capi", "org.taipan.capi", Set.of("api", "object-model")),
          new Module("stdlib-bundles", "org.taipan.stdlib", Set.of("api", "object-model")),
          new Module(
              "distro",
              "org.taipan.distro",
              Set.of(
                  "api", "parser", "object-model", "interp", "jit-jvm", "jit-x86_64",
                  "jit-aarch64", "gc", "capi", "stdlib-bundles")));

  private Layering() {}

  static Module module(String artifactId) {
    return MODULES.stream()
        .filter(m -> m.artifactId().equals(artifactId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no module " + artifactId));
  }

  /** The root packages of the modules {@code m} may not use. */
  static String[] forbiddenFor(Module m) {
    List<String> forbidden = new ArrayList<>();
    for (Module other : MODULES) {
      if (!other.equals(m) && !m.mayDependOn().contains(other.artifactId())) {
        forbidden.add(other.packages());
      }
    }
    forbidden.add("org.taipan.arch..");
    return forbidden.toArray(String[]::new);
  }

  /** The rule for one module: its classes use no Taipan module outside its list. */
  static ArchRule dependencyRule(Module m) {
    return noClasses()
        .that()
        .resideInAPackage(m.packages())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbiddenFor(m))
        .because("DESIGN.md: " + m.artifactId() + " may depend on " + m.mayDependOn() + " only");
  }

  /**
   * The SPI module depends on nothing: only the JDK and the build-time annotations bnd reads (they
   * are not needed at run time).
   */
  static ArchRule apiDependsOnNothing() {
    return classes()
        .that()
        .resideInAPackage("org.taipan.api..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.taipan.api..", "org.osgi.annotation..", "aQute.bnd.annotation..")
        .because("DESIGN.md: api may depend on nothing");
  }
}
