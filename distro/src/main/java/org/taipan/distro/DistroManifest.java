package org.taipan.distro;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A distribution manifest: the bundles a distribution ({@code full}, {@code lite}, …) is made of,
 * in install order, and the runtime options it sets.
 *
 * <p>Manifests live in {@code distro/manifests/NAME.properties} in the repository and are packaged
 * in the distro jar as {@code org/taipan/distro/manifests/NAME.properties}. The format is a {@link
 * Properties} file:
 *
 * <pre>
 * name=lite
 * description=one line for humans
 * bundles=api, parser, object-model, interp, gc, stdlib-core
 * libraries=com.sun.jna
 * option.jit=off
 * </pre>
 *
 * <p>{@code bundles} names Maven artifactIds (groupId {@code org.taipan}), comma-separated, every
 * bundle after those it depends on. A bundle's {@code Bundle-SymbolicName} is {@code org.taipan.}
 * followed by its artifactId, which is how {@link #locateBundles} finds it among jars or class
 * folders. {@code libraries} names, by {@code Bundle-SymbolicName}, the third-party bundles those
 * bundles import packages from (JNA, for example); it may be empty. {@code option.KEY=VALUE} lines
 * set runtime options.
 */
public final class DistroManifest {

  /** Where the manifests are on the class path. */
  public static final String RESOURCE_FOLDER = "org/taipan/distro/manifests/";

  /** Where the manifests are in the repository, relative to its root. */
  public static final String REPOSITORY_FOLDER = "distro/manifests";

  /** The prefix of every Taipan bundle's symbolic name. */
  public static final String SYMBOLIC_NAME_PREFIX = "org.taipan.";

  private final String name;
  private final String description;
  private final List<String> artifactIds;
  private final List<String> libraries;
  private final Map<String, String> options;

  private DistroManifest(String name, String description, List<String> artifactIds,
      List<String> libraries, Map<String, String> options) {
    this.name = name;
    this.description = description;
    this.artifactIds = List.copyOf(artifactIds);
    this.libraries = List.copyOf(libraries);
    this.options = Collections.unmodifiableMap(new TreeMap<>(options));
  }

  /**
   * Reads a manifest.
   *
   * @param source where the text came from, for error messages
   * @throws IllegalArgumentException if it has no {@code name} or no {@code bundles}, or names a
   *     bundle twice
   */
  public static DistroManifest parse(Reader text, String source) {
    Properties properties = new Properties();
    try {
      properties.load(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read distribution manifest " + source, e);
    }
    String name = properties.getProperty("name", "").trim();
    String bundles = properties.getProperty("bundles", "").trim();
    if (name.isEmpty() || bundles.isEmpty()) {
      throw new IllegalArgumentException(
          "distribution manifest " + source + " needs a 'name' and a 'bundles' list");
    }
    List<String> ids = names(bundles, source);
    String librariesText = properties.getProperty("libraries", "").trim();
    List<String> libraries = librariesText.isEmpty() ? List.of() : names(librariesText, source);
    Map<String, String> options = new LinkedHashMap<>();
    for (String key : properties.stringPropertyNames()) {
      if (key.startsWith("option.")) {
        options.put(key.substring("option.".length()), properties.getProperty(key).trim());
      }
    }
    return new DistroManifest(name, properties.getProperty("description", "").trim(), ids,
        libraries, options);
  }

  /** A comma-separated list of names, each non-empty and given once. */
  private static List<String> names(String list, String source) {
    List<String> names = new ArrayList<>();
    for (String item : list.split(",")) {
      String trimmed = item.trim();
      if (trimmed.isEmpty() || names.contains(trimmed)) {
        throw new IllegalArgumentException("distribution manifest " + source
            + ": empty or repeated bundle name in '" + list + "'");
      }
      names.add(trimmed);
    }
    return names;
  }

  /** Reads {@code distro/manifests/NAME.properties} under a repository root. */
  public static DistroManifest fromRepository(Path repositoryRoot, String name) {
    Path file = repositoryRoot.resolve(REPOSITORY_FOLDER).resolve(name + ".properties");
    try {
      return parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)),
          file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read distribution manifest " + file, e);
    }
  }

  /** Reads {@code org/taipan/distro/manifests/NAME.properties} from a class loader. */
  public static DistroManifest fromClassPath(String name, ClassLoader loader) {
    String resource = RESOURCE_FOLDER + name + ".properties";
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no distribution manifest " + resource
            + " on the class path");
      }
      return parse(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
          resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read distribution manifest " + resource, e);
    }
  }

  /**
   * Finds a manifest by name: in the repository named by the system property {@code taipan.root}
   * (which surefire sets) when it has one, else on the class path of this class.
   */
  public static DistroManifest find(String name) {
    String root = System.getProperty("taipan.root");
    if (root != null && !root.isEmpty()) {
      Path file = Path.of(root).resolve(REPOSITORY_FOLDER).resolve(name + ".properties");
      if (Files.isRegularFile(file)) {
        return fromRepository(Path.of(root), name);
      }
    }
    return fromClassPath(name, DistroManifest.class.getClassLoader());
  }

  /** The distribution's name, {@code full} or {@code lite} for example. */
  public String name() {
    return name;
  }

  /** One line about the distribution. */
  public String description() {
    return description;
  }

  /** The artifactIds of the bundles, in install order. */
  public List<String> artifactIds() {
    return artifactIds;
  }

  /** The symbolic names of the third-party bundles the distribution's bundles need. */
  public List<String> libraries() {
    return libraries;
  }

  /** The bundles' symbolic names ({@code org.taipan.ARTIFACTID}), in install order. */
  public List<String> symbolicNames() {
    return artifactIds.stream().map(id -> SYMBOLIC_NAME_PREFIX + id).toList();
  }

  /** The runtime options the distribution sets, by key. */
  public Map<String, String> options() {
    return options;
  }

  /**
   * The jar or class folder of each bundle, in install order, chosen among candidates by the
   * {@code Bundle-SymbolicName} in their {@code META-INF/MANIFEST.MF}. Candidates that are not
   * Taipan bundles of this distribution are ignored, so a whole class path may be passed.
   *
   * @throws IllegalStateException if a bundle is missing or found twice
   */
  public List<Path> locateBundles(Collection<Path> candidates) {
    Map<String, Path> bySymbolicName = new LinkedHashMap<>();
    for (Path candidate : candidates) {
      String symbolicName = symbolicName(candidate);
      if (symbolicName == null || !symbolicNames().contains(symbolicName)) {
        continue;
      }
      Path previous = bySymbolicName.putIfAbsent(symbolicName, candidate);
      if (previous != null && !previous.equals(candidate)) {
        throw new IllegalStateException(
            "bundle " + symbolicName + " found twice: " + previous + " and " + candidate);
      }
    }
    List<Path> located = new ArrayList<>();
    for (String symbolicName : symbolicNames()) {
      Path path = bySymbolicName.get(symbolicName);
      if (path == null) {
        throw new IllegalStateException("distribution " + name + ": bundle " + symbolicName
            + " not found among " + candidates);
      }
      located.add(path);
    }
    return located;
  }

  /** {@link #locateBundles} among the jars of a folder, such as {@code distro/target/lib}. */
  public List<Path> locateBundlesIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return locateBundles(files.filter(f -> f.toString().endsWith(".jar")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /** {@link #locateBundles} among the entries of this JVM's {@code java.class.path}. */
  public List<Path> locateBundlesOnClassPath() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry));
      }
    }
    return locateBundles(entries);
  }

  /** The symbolic name in a jar's or class folder's manifest, or {@code null}. */
  static String symbolicName(Path jarOrFolder) {
    try {
      Manifest manifest;
      if (Files.isDirectory(jarOrFolder)) {
        Path file = jarOrFolder.resolve("META-INF/MANIFEST.MF");
        if (!Files.isRegularFile(file)) {
          return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
          manifest = new Manifest(in);
        }
      } else if (Files.isRegularFile(jarOrFolder)) {
        try (JarFile jar = new JarFile(jarOrFolder.toFile())) {
          manifest = jar.getManifest();
        }
      } else {
        return null;
      }
      if (manifest == null) {
        return null;
      }
      String value = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
      // Directives may follow the name: "org.taipan.api;singleton:=true".
      return value == null ? null : value.split(";")[0].trim();
    } catch (IOException notAJar) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "DistroManifest[" + name + ": " + artifactIds + ", options " + options + "]";
  }
}
