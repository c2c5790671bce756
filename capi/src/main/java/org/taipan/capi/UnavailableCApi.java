package org.taipan.capi;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.nio.file.Path;
import org.taipan.api.capi.CApi;

/**
 * The C-API provider until the JNA shim exists: it reports itself unavailable, so importing a C
 * extension fails with an {@code ImportError} that says why, rather than crashing.
 */
@ServiceProvider(CApi.class)
public final class UnavailableCApi implements CApi {

  @Override
  public boolean isAvailable() {
    return false;
  }

  @Override
  public String unavailableReason() {
    return "C extension modules are not supported by this Taipan build yet";
  }

  @Override
  public Object loadExtension(String name, Path library) {
    throw new UnsupportedOperationException(
        "cannot load C extension '" + name + "' from " + library + ": " + unavailableReason());
  }
}
