package org.taipan.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A description of the processor the runtime runs on: its architecture and the instruction-set
 * features a native JIT backend may rely on. {@link #detect()} reads the real machine; tests build
 * a fake one with {@link #of}.
 *
 * @param arch the instruction-set architecture
 * @param features lower-case feature flags as the operating system reports them
 *     (for example {@code avx2}, {@code sse4_2} on x86-64, {@code asimd} on AArch64)
 */
public record Cpu(Arch arch, Set<String> features) {

  /** The architectures Taipan knows a native backend for, and everything else. */
  public enum Arch {
    X86_64,
    AARCH64,
    OTHER;

    /** Maps a value of the {@code os.arch} system property to an architecture. */
    public static Arch fromOsArch(String osArch) {
      return switch (osArch.toLowerCase(Locale.ROOT)) {
        case "amd64", "x86_64", "x86-64" -> X86_64;
        case "aarch64", "arm64" -> AARCH64;
        default -> OTHER;
      };
    }
  }

  public Cpu {
    features = Set.copyOf(features);
  }

  /** A CPU with the given architecture and features, for tests and cross-compilation. */
  public static Cpu of(Arch arch, String... features) {
    return new Cpu(arch, Set.of(features));
  }

  /** True when the CPU reports the feature flag. */
  public boolean has(String feature) {
    return features.contains(feature);
  }

  /**
   * The CPU this JVM runs on: the architecture from {@code os.arch}, the features from the
   * {@code flags}/{@code Features} line of {@code /proc/cpuinfo} where the system has one (an empty
   * set otherwise).
   */
  public static Cpu detect() {
    Arch arch = Arch.fromOsArch(System.getProperty("os.arch", ""));
    return new Cpu(arch, readLinuxFeatures());
  }

  private static Set<String> readLinuxFeatures() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    Set<String> features = new TreeSet<>();
    if (!Files.isReadable(cpuinfo)) {
      return features;
    }
    try (var lines = Files.lines(cpuinfo)) {
      lines
          .filter(l -> l.startsWith("flags") || l.startsWith("Features"))
          .findFirst()
          .ifPresent(
              l -> {
                int colon = l.indexOf(':');
                for (String f : l.substring(colon + 1).trim().split("\\s+")) {
                  if (!f.isEmpty()) {
                    features.add(f.toLowerCase(Locale.ROOT));
                  }
                }
              });
    } catch (IOException | RuntimeException e) {
      // A CPU we cannot describe is still a CPU: native backends that need a feature decline.
    }
    return features;
  }
}
