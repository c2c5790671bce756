package org.taipan.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmMemoryManagerTest {

  @Test
  void actionRunsOnCollectAfterReferentBecomesUnreachable() {
    var mm = new JvmMemoryManager();
    List<String> log = new ArrayList<>();
    Object keep = new Object();
    mm.whenUnreachable(keep, () -> log.add("kept"));
    mm.whenUnreachable(new Object(), () -> log.add("dropped"));
    int ran = 0;
    for (int i = 0; i < 20 && ran == 0; i++) {
      ran = mm.collect(2);
    }
    assertEquals(1, ran);
    assertEquals(List.of("dropped"), log, "only the unreachable referent's action runs");
    assertEquals(0, mm.collect(0), "an action runs once");
    java.lang.ref.Reference.reachabilityFence(keep);
  }

  @Test
  void collectRejectsBadGeneration() {
    var mm = new JvmMemoryManager();
    assertThrows(IllegalArgumentException.class, () -> mm.collect(3));
    assertThrows(IllegalArgumentException.class, () -> mm.collect(-1));
  }

  @Test
  void enableDisable() {
    var mm = new JvmMemoryManager();
    assertTrue(mm.isEnabled());
    mm.setEnabled(false);
    assertFalse(mm.isEnabled());
  }
}
