package org.taipan.distro.felix;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.taipan.api.Components;
import org.taipan.api.Cpu;
import org.taipan.api.ProviderSource;

/**
 * An Apache Felix framework running a set of Taipan bundles. The host (this class's own class
 * loader) keeps the {@code api} bundle's packages and exports them through the system bundle, so
 * the host and the bundles share one copy of the SPI types and the host can use the providers
 * directly; the {@code api} bundle itself is therefore never installed, nor is {@code distro},
 * the launcher hosting the framework.
 *
 * <p>Always {@link #close()} it: Felix's threads are not daemons.
 */
public final class FelixRuntime implements AutoCloseable {

  /**
   * The bundles the host itself runs from its class path and never installs: {@code api}, whose
   * packages it exports through the system bundle, and {@code distro}, the launcher that hosts the
   * framework.
   */
  public static final Set<String> HOST_PROVIDED = Set.of("org.taipan.api", "org.taipan.distro");

  private final Framework framework;
  private final List<Bundle> installed;

  private FelixRuntime(Framework framework, List<Bundle> installed) {
    this.framework = framework;
    this.installed = installed;
  }

  /**
   * Starts a framework with its storage in {@code storage}, installs every bundle jar of {@code
   * bundles} (skipping the {@link #HOST_PROVIDED host-provided} ones) and starts them.
   *
   * @throws BundleException when a bundle does not resolve or start; the message says which
   */
  public static FelixRuntime start(List<Path> bundles, Path storage) throws BundleException {
    Map<String, String> config = new HashMap<>();
    config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, apiExports());
    FrameworkFactory factory =
        ServiceLoader.load(FrameworkFactory.class, FelixRuntime.class.getClassLoader())
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
    Framework framework = factory.newFramework(config);
    framework.init();
    boolean started = false;
    try {
      BundleContext context = framework.getBundleContext();
      List<Bundle> installed = new ArrayList<>();
      for (Path jar : bundles) {
        if (HOST_PROVIDED.contains(symbolicName(jar))) {
          continue;
        }
        installed.add(context.installBundle(jar.toUri().toString()));
      }
      framework.start();
      for (Bundle b : installed) {
        if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
          b.start();
        }
      }
      started = true;
      return new FelixRuntime(framework, List.copyOf(installed));
    } finally {
      if (!started) {
        stop(framework);
      }
    }
  }

  /** The bundles installed (without the host-provided {@code api}), in installation order. */
  public List<Bundle> bundles() {
    return installed;
  }

  /** The framework's context, for installing, uninstalling and refreshing bundles. */
  public BundleContext context() {
    return framework.getBundleContext();
  }

  /** Providers as the OSGi services registered for the installed bundles, oldest bundle first. */
  public ProviderSource providers() {
    BundleContext context = framework.getBundleContext();
    return new ProviderSource() {
      @Override
      public <S> List<S> providers(Class<S> service) {
        try {
          List<ServiceReference<S>> refs = new ArrayList<>(context.getServiceReferences(service, null));
          refs.sort(
              Comparator.<ServiceReference<S>>comparingLong(r -> r.getBundle().getBundleId())
                  .thenComparing(r -> (Long) r.getProperty(Constants.SERVICE_ID)));
          List<S> found = new ArrayList<>();
          for (ServiceReference<S> r : refs) {
            found.add(context.getService(r));
          }
          return found;
        } catch (InvalidSyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
    };
  }

  /** The component registry wired from the installed bundles' services. */
  public Components components(Cpu cpu) {
    return Components.from(providers(), cpu);
  }

  @Override
  public void close() {
    stop(framework);
  }

  private static void stop(Framework framework) {
    try {
      framework.stop();
      framework.waitForStop(10_000);
    } catch (BundleException e) {
      throw new IllegalStateException("Felix did not stop cleanly", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The {@code Export-Package} header of the {@code api} bundle the host runs with. */
  static String apiExports() {
    Manifest m = manifestOf(locationOf(Components.class));
    String exports = m.getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
    if (exports == null) {
      throw new IllegalStateException("the api bundle on the class path has no Export-Package header");
    }
    return exports;
  }

  static Path locationOf(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The manifest of a bundle jar, or of an exploded bundle folder ({@code target/classes}). */
  static Manifest manifestOf(Path bundle) {
    try {
      if (Files.isDirectory(bundle)) {
        try (InputStream in = Files.newInputStream(bundle.resolve(JarFile.MANIFEST_NAME))) {
          return new Manifest(in);
        }
      }
      try (JarFile jar = new JarFile(bundle.toFile())) {
        Manifest m = jar.getManifest();
        return m != null ? m : new Manifest();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the manifest of " + bundle, e);
    }
  }

  /** A bundle's symbolic name without directives, or null when it is no bundle. */
  static String symbolicName(Path bundle) {
    Attributes a = manifestOf(bundle).getMainAttributes();
    String bsn = a.getValue(Constants.BUNDLE_SYMBOLICNAME);
    return bsn == null ? null : bsn.split(";", 2)[0].trim();
  }
}
