package org.taipan.distro.felix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.taipan.api.Components;
import org.taipan.distro.DistroManifest;
import org.taipan.api.Cpu;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;
import org.taipan.api.jit.JitBackend;

/** Boots Apache Felix with the distribution manifests' bundles and runs Python through them. */
class FelixRuntimeTest {

  private static final BundleCatalog CATALOG =
      BundleCatalog.fromClassPath(System.getProperty("java.class.path"));

  @TempDir Path storage;

  static List<Path> bundlesOf(String distribution) {
    return CATALOG.forDistribution(DistroManifest.find(distribution));
  }

  private static void assertAllActive(FelixRuntime felix) {
    for (Bundle b : felix.bundles()) {
      assertEquals(Bundle.ACTIVE, b.getState(), b.getSymbolicName() + " is not active");
    }
  }

  @Test
  void liteBundlesResolveAndRunPrintThroughThem() throws Exception {
    try (FelixRuntime felix = FelixRuntime.start(bundlesOf("lite"), storage)) {
      assertAllActive(felix);
      Components components = felix.components(Cpu.detect());
      assertTrue(components.jit().isInterpreterOnly(), "lite carries no JIT backend");
      assertTrue(components.capi().isEmpty(), "lite carries no C-API");
      assertTrue(components.memory().isPresent(), "lite carries the memory manager");
      // stdlib-core registers one provider per area (io, os, data, ...), all in the "core" group.
      assertEquals(
          Set.of("core"),
          components.modules().stream().map(m -> m.group()).collect(Collectors.toSet()));
      assertTrue(components.modules().size() > 1, "stdlib-core registers its area providers");
      // The providers are the bundles' classes, not the host's: the wiring went through OSGi.
      assertTrue(
          components.execution().getClass().getClassLoader() instanceof org.osgi.framework.BundleReference,
          "the execution provider must come from an installed bundle");

      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      RuntimeContext ctx =
          RuntimeContext.embedded(
              components, List.of("-c"), new ByteArrayInputStream(new byte[0]), out, err);
      int status = components.execution().runMain(new MainProgram.Command("print(1 + 2)"), ctx);
      assertEquals("", err.toString(StandardCharsets.UTF_8));
      assertEquals("3\n", out.toString(StandardCharsets.UTF_8));
      assertEquals(0, status);
    }
  }

  @Test
  void fullBundlesPickNativeKernelBackendAndSwapItOut() throws Exception {
    try (FelixRuntime felix = FelixRuntime.start(bundlesOf("full"), storage)) {
      assertAllActive(felix);
      Cpu x86 = Cpu.of(Cpu.Arch.X86_64);
      Components before = felix.components(x86);
      assertEquals("jit-x86_64", before.jit().backendFor(JitBackend.Role.NUMERIC_KERNEL).orElseThrow().name());
      assertEquals("jit-jvm", before.jit().backendFor(JitBackend.Role.GENERAL).orElseThrow().name());
      assertTrue(before.capi().isPresent());

      Bundle nativeBackend =
          felix.bundles().stream()
              .filter(b -> b.getSymbolicName().equals("org.taipan.jit-x86_64"))
              .findFirst()
              .orElseThrow();
      nativeBackend.uninstall();
      Components after = felix.components(x86);
      assertEquals("jit-jvm", after.jit().backendFor(JitBackend.Role.NUMERIC_KERNEL).orElseThrow().name());
      assertFalse(after.jitBackends().stream().anyMatch(b -> b.name().equals("jit-x86_64")));
    }
  }
}
