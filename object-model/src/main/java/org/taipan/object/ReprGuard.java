package org.taipan.object;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Guards {@code repr} of containers against cycles ({@code Py_ReprEnter}/{@code Py_ReprLeave}).
 */
public final class ReprGuard {
  private ReprGuard() {}

  private static final ThreadLocal<Map<Object, Boolean>> ACTIVE =
      ThreadLocal.withInitial(IdentityHashMap::new);

  /** True if {@code o} is already being printed on this thread; otherwise marks it. */
  public static boolean enter(Object o) {
    return ACTIVE.get().put(o, Boolean.TRUE) != null;
  }

  public static void leave(Object o) {
    ACTIVE.get().remove(o);
  }
}
