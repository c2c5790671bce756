package org.taipan.api.capi;

import java.nio.file.Path;

/**
 * Loading CPython C extension modules ({@code .so} files built against CPython's headers) through
 * a native shim. An implementation may be unavailable on a platform; the import system then
 * reports the extension as not importable, as a Python {@code ImportError}.
 */
public interface CApi {

  /** True when this implementation can load extensions here. */
  boolean isAvailable();

  /** Why {@link #isAvailable()} is false, in words a user can act on; empty when available. */
  String unavailableReason();

  /**
   * Loads the extension module {@code name} from {@code library} and runs its module
   * initialisation.
   *
   * @return the module object
   * @throws UnsupportedOperationException when {@link #isAvailable()} is false
   */
  Object loadExtension(String name, Path library);
}
