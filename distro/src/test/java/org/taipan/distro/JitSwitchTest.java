package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.taipan.api.Components;
import org.taipan.api.Cpu;
import org.taipan.api.ProviderSource;
import org.taipan.api.jit.JitBackend;
import org.taipan.api.module.ModuleProvider;

/** {@code -Dtaipan.jit=off} over the real bundles on the test class path. */
class JitSwitchTest {

  private static final Cpu X86 = Cpu.of(Cpu.Arch.X86_64, "avx2", "sse4_2");

  private static Properties jit(String value) {
    Properties p = new Properties();
    if (value != null) {
      p.setProperty(JitSwitch.PROPERTY, value);
    }
    return p;
  }

  private static Components wired(Properties properties) {
    ProviderSource all = ProviderSource.serviceLoader(JitSwitchTest.class.getClassLoader());
    return Components.from(JitSwitch.apply(all, properties), X86);
  }

  @Test
  void backendsAreChosenByDefault() {
    Components c = wired(jit(null));
    assertFalse(c.jit().isInterpreterOnly());
    assertEquals(3, c.jitBackends().size());
  }

  @Test
  void offLeavesTheInterpreterOnlyAndEverythingElseWired() {
    ProviderSource all = ProviderSource.serviceLoader(JitSwitchTest.class.getClassLoader());
    for (String off : new String[] {"off", "OFF", "false", "none", "0"}) {
      Components c = wired(jit(off));
      assertTrue(c.jit().isInterpreterOnly(), off);
      assertTrue(c.jitBackends().isEmpty(), off);
      assertEquals(all.providers(ModuleProvider.class).size(), c.modules().size(), off);
    }
    assertTrue(all.providers(JitBackend.class).size() > 0);
  }

  @Test
  void onKeepsTheBackendsAndNonsenseIsAnError() {
    assertFalse(wired(jit("on")).jit().isInterpreterOnly());
    assertThrows(IllegalArgumentException.class, () -> JitSwitch.disabled(jit("maybe")));
  }
}
