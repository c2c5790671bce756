package org.taipan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Where the {@link Components component registry} finds providers of a service interface. On a
 * plain class path (the embedded default) that is {@link java.util.ServiceLoader}; under OSGi the
 * launcher supplies the services that the Service Loader Mediator registered for the bundles it
 * installed.
 */
@FunctionalInterface
public interface ProviderSource {

  /** Every provider of {@code service} this source knows, in a stable order. */
  <S> List<S> providers(Class<S> service);

  /** Providers found with {@link ServiceLoader} through the given class loader. */
  static ProviderSource serviceLoader(ClassLoader loader) {
    return new ProviderSource() {
      @Override
      public <S> List<S> providers(Class<S> service) {
        List<S> found = new ArrayList<>();
        ServiceLoader.load(service, loader).forEach(found::add);
        return found;
      }
    };
  }
}
