package org.taipan.gc;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.lang.ref.Cleaner;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.taipan.api.gc.MemoryManager;

/**
 * The memory manager on top of the JVM's collector. A {@link Cleaner} notices unreachable
 * referents; their actions are queued and run by {@link #collect} (the runtime also drains the queue
 * at safe points), so that finalizers run on a runtime thread as CPython runs them, not on the
 * cleaner's thread.
 */
@ServiceProvider(MemoryManager.class)
public final class JvmMemoryManager implements MemoryManager {

  private final Cleaner cleaner = Cleaner.create();
  private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean enabled = new AtomicBoolean(true);

  @Override
  public String name() {
    return "jvm";
  }

  @Override
  public void whenUnreachable(Object referent, Runnable action) {
    cleaner.register(referent, () -> pending.add(action));
  }

  @Override
  public int collect(int generation) {
    if (generation < 0 || generation > 2) {
      throw new IllegalArgumentException("invalid generation");
    }
    System.gc();
    return drain();
  }

  /** Runs every queued action; returns how many ran. */
  int drain() {
    int ran = 0;
    for (Runnable r; (r = pending.poll()) != null; ) {
      r.run();
      ran++;
    }
    return ran;
  }

  @Override
  public boolean isEnabled() {
    return enabled.get();
  }

  @Override
  public void setEnabled(boolean enabled) {
    this.enabled.set(enabled);
  }
}
