package org.taipan.gc;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.taipan.api.gc.MemoryManager;

/**
 * The memory manager on top of the JVM's collector. Each registration is a phantom reference on
 * our own queue; the actions of referents found unreachable run when the runtime {@link #collect
 * collects} (and, later, at the interpreter's safe points), on the calling thread, as CPython runs
 * finalizers on the thread that triggered the collection, never on a JVM-internal thread.
 */
@ServiceProvider(MemoryManager.class)
public final class JvmMemoryManager implements MemoryManager {

  /** How long {@link #collect} waits for the JVM's reference handler to enqueue what it found. */
  private static final long ENQUEUE_WAIT_MS = 50;

  private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
  private final Set<Registration> registered = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean enabled = new AtomicBoolean(true);

  private static final class Registration extends PhantomReference<Object> {
    final Runnable action;

    Registration(Object referent, ReferenceQueue<Object> q, Runnable action) {
      super(referent, q);
      this.action = action;
    }
  }

  @Override
  public String name() {
    return "jvm";
  }

  @Override
  public void whenUnreachable(Object referent, Runnable action) {
    registered.add(new Registration(referent, queue, action));
  }

  @Override
  public int collect(int generation) {
    if (generation < 0 || generation > 2) {
      throw new IllegalArgumentException("invalid generation");
    }
    System.gc();
    int ran = drain();
    if (ran == 0 && !registered.isEmpty()) {
      // The reference handler thread enqueues asynchronously after the collection.
      try {
        Reference<?> r = queue.remove(ENQUEUE_WAIT_MS);
        if (r != null) {
          ran += run(r) + drain();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ran;
  }

  /** Runs the actions of every referent already found unreachable; returns how many ran. */
  int drain() {
    int ran = 0;
    for (Reference<?> r; (r = queue.poll()) != null; ) {
      ran += run(r);
    }
    return ran;
  }

  private int run(Reference<?> r) {
    Registration reg = (Registration) r;
    if (!registered.remove(reg)) {
      return 0;
    }
    reg.action.run();
    return 1;
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
