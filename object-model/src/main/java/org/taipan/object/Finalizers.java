package org.taipan.object;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code __del__} on the JVM's collector, CPython's {@code tp_finalize} as PEP 442 defines it
 * ({@code PyObject_CallFinalizerFromDealloc} in {@code Objects/object.c}).
 *
 * <p>CPython calls {@code __del__} when the last reference goes; the JVM only tells us, some time
 * after the fact, that an object became unreachable. So an instance of a class that defines {@code
 * __del__} gets a {@link Guard} when it is made: a small object with a Java finalizer that only the
 * instance references (through its instance dictionary). When the collector finds the instance
 * unreachable, it finalizes the guard, which queues the instance, bringing it back as PEP 442
 * allows; the queued {@code __del__} calls then run on a Python thread that holds the GIL, at the
 * interpreter's next safe point ({@link PendingCalls}), when {@code gc.collect()} asks ({@link
 * #collect}), or at exit. Instances in reference cycles are finalized too, and each instance's
 * {@code __del__} runs at most once, as PEP 442 requires. Only classes with {@code __del__} pay for
 * it: an instance without a guard costs the collector nothing.
 */
public final class Finalizers {
  private Finalizers() {}

  private static final Queue<Object> READY = new ConcurrentLinkedQueue<>();
  /** Whether any guard was ever made: a program without {@code __del__} skips every collection. */
  private static volatile boolean used;

  /** What reports an exception nobody can catch ({@code PyErr_WriteUnraisable}). */
  @FunctionalInterface
  public interface UnraisableHandler {
    void report(PyException e, Object obj);
  }

  private static volatile UnraisableHandler unraisable = (e, obj) -> {};

  /** Installs the interpreter's report of unraisable exceptions ({@code sys.unraisablehook}). */
  public static void setUnraisableHandler(UnraisableHandler h) {
    unraisable = h;
  }

  /**
   * {@code PyErr_WriteUnraisable(obj)}: reports {@code e}, raised where nobody can catch it, as
   * "Exception ignored in: obj".
   */
  public static void writeUnraisable(PyException e, Object obj) {
    unraisable.report(e, obj);
  }

  /**
   * The instances not finalized yet, through weak references so the set keeps none of them alive,
   * for {@link #atExit}.
   */
  private static final Set<Tracked> LIVE = ConcurrentHashMap.newKeySet();

  private static long made;

  /** A weak reference to an instance with a guard; ordered by creation. */
  private static final class Tracked extends WeakReference<Object> {
    final long serial = made++;

    Tracked(Object o) {
      super(o);
    }
  }

  /** Holds the instance its finalizer queues; reachable only from that instance. */
  static final class Guard {
    private final Object owner;
    private final Tracked tracked;
    /** Set once {@code __del__} has been called or queued (PEP 442: once per instance). */
    volatile boolean done;
    /** Set once {@code __del__} has been called (a queued instance may be finalized early). */
    volatile boolean ran;

    Guard(Object owner) {
      this.owner = owner;
      this.tracked = new Tracked(owner);
    }

    @SuppressWarnings({"deprecation", "removal"})
    @Override
    protected void finalize() {
      LIVE.remove(tracked);
      if (!done) {
        done = true;
        READY.add(owner);
        PendingCalls.wake();
      }
    }
  }

  /**
   * An object without an instance dictionary whose type has a {@code __del__} written in Java (a
   * generator): it keeps its guard in a field of its own.
   */
  public interface Holder {
    Object finalizerGuard();

    void setFinalizerGuard(Object guard);
  }

  /**
   * An object whose type has a {@code __del__} but which may not need it called: a builtin stream
   * that owns nothing outside the JVM ({@code io.BytesIO}) says no, and is spared the guard.
   */
  public interface Elective {
    boolean wantsFinalizer();
  }

  /** The guard of {@code o}, or null. */
  private static Object guardOf(Object o) {
    if (o instanceof WithDict w) {
      return w.getDict().finalizerGuard;
    }
    return o instanceof Holder h ? h.finalizerGuard() : null;
  }

  /**
   * Arranges for {@code type(o).__del__(o)} to run once {@code o} becomes unreachable, unless that
   * is arranged already: for new instances of classes that define {@code __del__}, and for the
   * objects of builtin types whose {@code __del__} matters (a generator inside a {@code try}).
   */
  public static void track(Object o) {
    if (guardOf(o) != null || (o instanceof Elective e && !e.wantsFinalizer())) {
      return;
    }
    Guard g = new Guard(o);
    if (o instanceof WithDict w) {
      w.getDict().finalizerGuard = g;
    } else if (o instanceof Holder h) {
      h.setFinalizerGuard(g);
    } else {
      return;
    }
    LIVE.add(g.tracked);
    used = true;
  }

  /** Whether any instance ever had a {@code __del__} to run. */
  public static boolean used() {
    return used;
  }

  /** Whether any {@code __del__} is queued to run. */
  static boolean hasReady() {
    return !READY.isEmpty();
  }

  /**
   * Calls the {@code __del__} of every queued instance, on the current thread, which must hold the
   * GIL; an exception {@code __del__} raises is reported as unraisable. Returns how many ran.
   */
  public static int runReady() {
    int ran = 0;
    for (Object o; (o = READY.poll()) != null; ) {
      if (guardOf(o) instanceof Guard g) {
        if (g.ran) {
          continue;
        }
        g.ran = true;
      }
      callDel(o);
      ran++;
    }
    return ran;
  }

  /**
   * At exit, after the {@code atexit} callbacks ({@code finalize_modules}): CPython drops the
   * modules and collects, so the instances that module globals still hold are finalized while
   * those globals are intact. Here: a collection, then the {@code __del__} of every instance still
   * alive, those held by {@code mainGlobals} first in its order, the rest in creation order.
   */
  public static void atExit(Iterable<Object> mainGlobals) {
    if (!used || (LIVE.isEmpty() && !hasReady())) {
      return;
    }
    collect();
    for (Object v : mainGlobals) {
      finalizeNow(v);
    }
    List<Tracked> rest = new ArrayList<>(LIVE);
    rest.sort((a, b) -> Long.compare(a.serial, b.serial));
    for (Tracked t : rest) {
      finalizeNow(t.get());
    }
    runReady();
  }

  /**
   * Forgets {@code o}'s guard: its {@code __del__} will not be called. For an object whose
   * finalizer has nothing left to do (a stream closed explicitly) or must never run (the standard
   * streams, which outlive every {@code __del__} at exit).
   */
  public static void untrack(Object o) {
    if (guardOf(o) instanceof Guard g && !g.ran) {
      g.done = true;
      g.ran = true;
      LIVE.remove(g.tracked);
    }
  }

  /**
   * Calls the {@code __del__} of {@code o} now if it has a guard that has not run: a finalizer
   * that must run after another (a stream's after the one wrapping it, as CPython's reference
   * counts order them) runs that one first.
   */
  public static void finalizeNow(Object o) {
    if (guardOf(o) instanceof Guard g && !g.ran) {
      g.done = true;
      g.ran = true;
      LIVE.remove(g.tracked);
      callDel(o);
    }
  }

  /** CPython's {@code slot_tp_finalize}: {@code type(o).__del__(o)}, errors unraisable. */
  private static void callDel(Object o) {
    Object del = PyType.of(o).lookup("__del__");
    if (del == null) {
      return;
    }
    try {
      Abstract.callAsMethod(del, o, new Object[0], null);
    } catch (PyException e) {
      writeUnraisable(e, del);
    } catch (StackOverflowError e) {
      writeUnraisable(PyErr.format(PyExc.RecursionError,
          "maximum recursion depth exceeded while calling a Python object"), del);
    }
  }

  /** Finalized once the collection it was made before has been through reference processing. */
  private static final class Sentinel {
    private final CountDownLatch latch;

    Sentinel(CountDownLatch latch) {
      this.latch = latch;
    }

    @SuppressWarnings({"deprecation", "removal"})
    @Override
    protected void finalize() {
      latch.countDown();
    }
  }

  /**
   * A full collection, then the finalizers of what it found: the JVM's reference handler hands
   * them to the finalizer thread asynchronously, so wait until an unreachable sentinel made before
   * the collection has been finalized, then run whatever is still queued.
   */
  @SuppressWarnings({"deprecation", "removal"})
  private static void collectAndFinalize() {
    CountDownLatch latch = new CountDownLatch(1);
    new Sentinel(latch);
    System.gc();
    try {
      latch.await(SENTINEL_WAIT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.runFinalization();
  }

  /** How long a collection waits for its sentinel (normally a few milliseconds). */
  private static final long SENTINEL_WAIT_MS = 500;

  /**
   * Has the JVM collect, waits for the guards of what it found unreachable, and runs their {@code
   * __del__} methods ({@code gc.collect()}'s part); returns how many ran.
   */
  public static int collect() {
    if (!used) {
      return 0;
    }
    int ran = 0;
    // a __del__ may drop the last reference to more instances with __del__
    for (int round = 0; round < 4; round++) {
      Gil.unlocked(
          () -> {
            collectAndFinalize();
            return null;
          });
      int n = runReady();
      ran += n;
      if (n == 0) {
        break;
      }
    }
    return ran;
  }
}
