package org.taipan.distro.felix;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.distro.DistroManifest;

/**
 * The bundle jars a Felix runtime can install, by symbolic name: Taipan's own bundles (named
 * {@code org.taipan.<artifactId>}) and the infrastructure Felix mode needs (the Service Loader
 * Mediator and the ASM bundles it weaves with).
 */
public final class BundleCatalog {

  /** What Felix mode installs besides the distribution's own bundles. */
  public static final List<String> INFRASTRUCTURE =
      List.of(
          "org.objectweb.asm",
          "org.objectweb.asm.tree",
          "org.objectweb.asm.tree.analysis",
          "org.objectweb.asm.commons",
          "org.objectweb.asm.util",
          "org.apache.aries.spifly.dynamic.bundle");

  private final Map<String, Path> bySymbolicName;

  private BundleCatalog(Map<String, Path> bySymbolicName) {
    this.bySymbolicName = bySymbolicName;
  }

  /** Every bundle jar on a class path (entries that are not bundle jars are ignored). */
  public static BundleCatalog fromClassPath(String classPath) {
    Map<String, Path> found = new LinkedHashMap<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
        String bsn = FelixRuntime.symbolicName(p);
        if (bsn != null) {
          found.putIfAbsent(bsn, p);
        }
      }
    }
    return new BundleCatalog(found);
  }

  /** The jar of the Taipan bundle built from Maven module {@code artifactId}. */
  public Path taipanBundle(String artifactId) {
    return require("org.taipan." + artifactId);
  }

  /** The jar of a bundle, by symbolic name. */
  public Path require(String symbolicName) {
    Path p = bySymbolicName.get(symbolicName);
    if (p == null) {
      throw new IllegalStateException(
          "no bundle jar " + symbolicName + " on the class path (Felix mode needs packaged jars: "
              + "build with 'mvn verify' or 'mvn package')");
    }
    return p;
  }

  /**
   * What Felix installs for a distribution: the infrastructure bundles, the third-party libraries
   * its manifest names, then its Taipan bundles, less those the {@link FelixRuntime#HOST_PROVIDED
   * host provides}.
   */
  public List<Path> forDistribution(DistroManifest distribution) {
    List<Path> jars = new ArrayList<>();
    INFRASTRUCTURE.forEach(bsn -> jars.add(require(bsn)));
    distribution.libraries().forEach(bsn -> jars.add(require(bsn)));
    for (String a : distribution.artifactIds()) {
      if (!FelixRuntime.HOST_PROVIDED.contains("org.taipan." + a)) {
        jars.add(taipanBundle(a));
      }
    }
    return jars;
  }
}
