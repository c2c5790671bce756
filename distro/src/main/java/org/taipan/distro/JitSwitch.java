package org.taipan.distro;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.taipan.api.ProviderSource;
import org.taipan.api.jit.JitBackend;

/**
 * The launcher's switch for the JIT backends: with the system property {@code taipan.jit=off}
 * (also {@code false}, {@code none}, {@code 0}) no {@link JitBackend} provider reaches the component
 * registry, so {@link org.taipan.api.jit.JitSelection} is interpreter-only and the interpreter runs
 * every code unit. The benchmark runner's {@code --interp-only} sets it through {@code
 * TAIPAN_JAVA_OPTS=-Dtaipan.jit=off}.
 */
final class JitSwitch {

  /** The system property that switches the JIT backends off. */
  static final String PROPERTY = "taipan.jit";

  private JitSwitch() {}

  /** True when {@code properties} ask for the interpreter only. */
  static boolean disabled(Properties properties) {
    String value = properties.getProperty(PROPERTY);
    if (value == null) {
      return false;
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "off", "false", "none", "0" -> true;
      case "on", "true", "" -> false;
      default -> throw new IllegalArgumentException(
          "-D" + PROPERTY + " must be on or off, not '" + value + "'");
    };
  }

  /** {@code source}, without its JIT backends when {@code properties} switch them off. */
  static ProviderSource apply(ProviderSource source, Properties properties) {
    if (!disabled(properties)) {
      return source;
    }
    return new ProviderSource() {
      @Override
      public <S> List<S> providers(Class<S> service) {
        return service == JitBackend.class ? List.of() : source.providers(service);
      }
    };
  }
}
