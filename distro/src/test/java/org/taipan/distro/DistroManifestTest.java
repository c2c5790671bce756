package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The distribution manifests: what {@code full} and {@code lite} hold, and finding their bundles. */
class DistroManifestTest {

  private static final List<String> ALL = List.of("api", "parser", "object-model", "interp",
      "jit-jvm", "jit-x86_64", "jit-aarch64", "gc", "capi", "stdlib-core", "distro");

  private static Path repositoryRoot() {
    String root = System.getProperty("taipan.root");
    assertTrue(root != null && !root.isEmpty(),
        "system property taipan.root is not set: run the tests through Maven");
    return Path.of(root);
  }

  @Test
  void fullHoldsEveryBundle() {
    DistroManifest full = DistroManifest.fromRepository(repositoryRoot(), "full");
    assertEquals("full", full.name());
    assertEquals(ALL, full.artifactIds());
  }

  @Test
  void liteIsTheInterpreterAndTheCoreLibrary() {
    DistroManifest lite = DistroManifest.fromRepository(repositoryRoot(), "lite");
    assertEquals(List.of("api", "parser", "object-model", "interp", "gc", "stdlib-core"),
        lite.artifactIds());
    assertEquals("off", lite.options().get("jit"));
  }

  @Test
  void theClassPathCopyIsTheRepositorysCopy() {
    for (String name : List.of("full", "lite")) {
      DistroManifest packaged = DistroManifest.fromClassPath(name, getClass().getClassLoader());
      DistroManifest source = DistroManifest.fromRepository(repositoryRoot(), name);
      assertEquals(source.artifactIds(), packaged.artifactIds(), name);
      assertEquals(source.options(), packaged.options(), name);
      assertEquals(source.libraries(), packaged.libraries(), name);
      assertEquals(source.artifactIds(), DistroManifest.find(name).artifactIds(), name);
    }
  }

  @Test
  void everyBundleIsAModuleOfTheBuild() {
    // Every name must be a bundle this build makes: the test class path holds them all (as class
    // folders or jars) with their bnd manifests.
    List<Path> located = DistroManifest.find("full").locateBundlesOnClassPath();
    assertEquals(ALL.size(), located.size());
    for (int i = 0; i < ALL.size(); i++) {
      assertEquals("org.taipan." + ALL.get(i), DistroManifest.symbolicName(located.get(i)));
    }
  }

  @Test
  void parsingChecksTheList() {
    DistroManifest m = DistroManifest.parse(new StringReader(
        "name=t\nbundles = b , a\noption.x=1\nother=ignored\n"), "test");
    assertEquals(List.of("b", "a"), m.artifactIds());
    assertEquals(List.of("org.taipan.b", "org.taipan.a"), m.symbolicNames());
    assertEquals(Map.of("x", "1"), m.options());
    assertEquals(List.of(), m.libraries());
    assertEquals(List.of("com.sun.jna", "x.y"), DistroManifest.parse(new StringReader(
        "name=t\nbundles=a\nlibraries=com.sun.jna, x.y\n"), "test").libraries());
    assertThrows(IllegalArgumentException.class,
        () -> DistroManifest.parse(new StringReader("name=t\n"), "test"));
    assertThrows(IllegalArgumentException.class,
        () -> DistroManifest.parse(new StringReader("name=t\nbundles=a,a\n"), "test"));
    assertThrows(IllegalArgumentException.class,
        () -> DistroManifest.fromClassPath("no-such-distro", getClass().getClassLoader()));
  }

  @Test
  void aMissingBundleIsNamed() {
    DistroManifest m = DistroManifest.parse(new StringReader("name=t\nbundles=api,nope\n"), "t");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, m::locateBundlesOnClassPath);
    assertTrue(e.getMessage().contains("org.taipan.nope"), e.getMessage());
  }
}
