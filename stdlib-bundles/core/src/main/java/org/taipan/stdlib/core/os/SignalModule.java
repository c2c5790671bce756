package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Structure;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PendingCalls;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PySet;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The {@code _signal} module, CPython's {@code Modules/signalmodule.c}. A handler written in
 * Python is registered with the JVM's signal dispatch ({@code sun.misc.Signal}); when the signal
 * arrives, the JVM's signal thread queues a {@link PendingCalls pending call} and the main thread
 * runs the handler between two instructions with the current frame, as CPython does. {@code
 * SIG_IGN} and {@code SIG_DFL} go to the JVM's dispositions. Signals the JVM keeps for itself
 * (SIGQUIT, SIGILL, SIGFPE, SIGSEGV) refuse a handler with {@code OSError(EINVAL)}.
 */
@PythonModule(
    value = "_signal",
    doc = "This module provides mechanisms to use signal handlers in Python.")
public final class SignalModule {
  private SignalModule() {}

  static final int NSIG = 65;
  static final long SIG_DFL = 0;
  static final long SIG_IGN = 1;

  /** Linux's signal names and numbers, as the module exports them. */
  static final String[] NAMES = {"SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT",
      "SIGIOT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE",
      "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCLD", "SIGCONT", "SIGSTOP", "SIGTSTP",
      "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH",
      "SIGIO", "SIGPOLL", "SIGPWR", "SIGSYS", "SIGRTMIN", "SIGRTMAX"};
  static final int[] NUMBERS = {1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 17,
      18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 29, 30, 31, 34, 64};

  /** The Python-level handler of each signal ({@code Handlers[]} in signalmodule.c). */
  private static final Object[] HANDLERS = new Object[NSIG];
  private static Object defaultIntHandler;
  private static Object itimerError;
  private static int wakeupFd = -1;

  /** The C calls. */
  static final class C {
    static {
      Native.register(C.class, "c");
    }

    static native int raise(int sig) throws LastErrorException;

    static native int alarm(int seconds);

    static native String strsignal(int sig);

    static native int setitimer(int which, Itimerval value, Itimerval old)
        throws LastErrorException;

    static native int getitimer(int which, Itimerval value) throws LastErrorException;

    static native int siginterrupt(int sig, int flag) throws LastErrorException;
  }

  /** {@code struct itimerval}: interval and value, each seconds and microseconds. */
  @Structure.FieldOrder({"intervalSec", "intervalUsec", "valueSec", "valueUsec"})
  public static class Itimerval extends Structure {
    public long intervalSec;
    public long intervalUsec;
    public long valueSec;
    public long valueUsec;
  }

  @ModuleExec
  public static void exec(PyModule m) {
    PyDict d = m.getDict();
    for (int i = 0; i < NAMES.length; i++) {
      m.put(NAMES[i], (long) NUMBERS[i]);
    }
    m.put("NSIG", (long) NSIG);
    m.put("SIG_DFL", SIG_DFL);
    m.put("SIG_IGN", SIG_IGN);
    m.put("SIG_BLOCK", 0L);
    m.put("SIG_UNBLOCK", 1L);
    m.put("SIG_SETMASK", 2L);
    m.put("ITIMER_REAL", 0L);
    m.put("ITIMER_VIRTUAL", 1L);
    m.put("ITIMER_PROF", 2L);
    synchronized (HANDLERS) {
      if (itimerError == null) {
        PyDict ns = new PyDict();
        ns.put("__module__", "signal");
        itimerError = PyType.newHeapType(
            PyType.TYPE, "itimer_error", new PyType[] {PyExc.OSError}, ns);
        defaultIntHandler = d.get("default_int_handler");
        for (int i = 1; i < NSIG; i++) {
          HANDLERS[i] = SIG_DFL;
        }
        // CPython's start-up: SIGINT raises KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored.
        // ... unless the process was started with SIGINT ignored (a background job of a shell),
        // which CPython leaves ignored.
        HANDLERS[2] = inheritedIgnore(2) ? SIG_IGN : defaultIntHandler;
        HANDLERS[13] = SIG_IGN;
        HANDLERS[25] = SIG_IGN;
      }
    }
    m.put("ItimerError", itimerError);
    // the handler table is the JVM's: every interpreter's module shows the one handler in it
    m.put("default_int_handler", defaultIntHandler);
  }

  /** The C library's {@code sigaction}, to read a disposition without changing it. */
  static final class Sigaction {
    static {
      com.sun.jna.Native.register(Sigaction.class, "c");
    }

    static native int sigaction(int sig, com.sun.jna.Pointer act, com.sun.jna.Pointer oldact);
  }

  /** Whether signal {@code sig} is ignored now (the JVM leaves an inherited SIG_IGN alone). */
  private static boolean inheritedIgnore(int sig) {
    try (com.sun.jna.Memory old = new com.sun.jna.Memory(256)) {
      old.clear();
      // struct sigaction starts with sa_handler on Linux
      return Sigaction.sigaction(sig, null, old) == 0 && old.getLong(0) == SIG_IGN;
    } catch (LinkageError | RuntimeException e) {
      return false;
    }
  }

  private static int signum(Object v) {
    long n = PyNumber.asLongClamped(PyNumber.index(v));
    if (n < 1 || n >= NSIG) {
      throw PyErr.format(PyExc.ValueError, "signal number out of range");
    }
    return (int) n;
  }

  @PythonMethod
  public static Object default_int_handler(Object signalnum, Object frame) {
    throw PyErr.newException(PyExc.KeyboardInterrupt);
  }

  @PythonMethod
  public static Object getsignal(Object signalnum) {
    int n = signum(signalnum);
    synchronized (HANDLERS) {
      Object h = HANDLERS[n];
      return h == null ? PyNone.NONE : h;
    }
  }

  @PythonMethod
  public static Object signal(Object signalnum, Object handler) {
    int n = signum(signalnum);
    if (!PendingCalls.isMainThread()) {
      throw PyErr.format(PyExc.ValueError,
          "signal only works in main thread of the main interpreter");
    }
    SignalHandler jvm;
    if (isInt(handler, SIG_IGN)) {
      jvm = SignalHandler.SIG_IGN;
    } else if (isInt(handler, SIG_DFL)) {
      jvm = SignalHandler.SIG_DFL;
    } else if (Abstract.isCallable(handler)) {
      jvm = s -> PendingCalls.add(frame -> Abstract.call(handler, (long) n, frame));
    } else {
      throw PyErr.format(PyExc.TypeError,
          "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    if (n == 9 || n == 19) {
      throw OsErrors.fromErrno(22);
    }
    try {
      Signal.handle(new Signal(nameOf(n)), jvm);
    } catch (IllegalArgumentException e) {
      throw OsErrors.fromErrno(22);
    }
    synchronized (HANDLERS) {
      Object old = HANDLERS[n];
      HANDLERS[n] = handler;
      return old == null ? PyNone.NONE : old;
    }
  }

  private static boolean isInt(Object v, long value) {
    return v instanceof Long l && l == value;
  }

  /** The JVM's name for a signal number (its {@code Signal} class wants names). */
  private static String nameOf(int n) {
    if (n >= 34) {
      throw OsErrors.fromErrno(22);
    }
    for (int i = 0; i < NAMES.length; i++) {
      if (NUMBERS[i] == n) {
        return NAMES[i].substring(3);
      }
    }
    throw OsErrors.fromErrno(22);
  }

  @PythonMethod
  public static Object raise_signal(Object signalnum) {
    int n = signum(signalnum);
    try {
      C.raise(n);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    waitForDelivery(n);
    return PyNone.NONE;
  }

  /**
   * CPython runs a handler for a signal it raises itself before {@code raise_signal} returns; here
   * the JVM's signal thread queues it, so wait a little for it to arrive.
   */
  private static void waitForDelivery(int n) {
    Object h;
    synchronized (HANDLERS) {
      h = HANDLERS[n];
    }
    if (h instanceof Long) {
      return;
    }
    long deadline = System.nanoTime() + 1_000_000_000L;
    while (!PendingCalls.pending() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      Thread.yield();
    }
  }

  @PythonMethod
  public static Object strsignal(Object signalnum) {
    int n = signum(signalnum);
    String s = C.strsignal(n);
    if (s == null || s.contains("Unknown signal")) {
      return PyNone.NONE;
    }
    return s;
  }

  @PythonMethod
  public static Object valid_signals() {
    PySet s = new PySet(false);
    for (int i = 1; i < NSIG; i++) {
      if (i != 32 && i != 33) {
        s.add((long) i);
      }
    }
    return s;
  }

  @PythonMethod
  public static Object alarm(Object seconds) {
    return (long) C.alarm(FsPaths.cint(seconds));
  }

  @PythonMethod
  public static Object pause() {
    PendingCalls.awaitOne();
    PendingCalls.run(PyNone.NONE);
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object set_wakeup_fd(Object fd, @KeywordOnly @Default("True") Object warn_on_full_buffer) {
    int f = FsPaths.cint(fd);
    if (!PendingCalls.isMainThread()) {
      throw PyErr.format(PyExc.ValueError,
          "set_wakeup_fd only works in main thread of the main interpreter");
    }
    int old = wakeupFd;
    wakeupFd = f;
    return (long) old;
  }

  @PythonMethod
  public static Object siginterrupt(Object signalnum, Object flag) {
    int n = signum(signalnum);
    try {
      C.siginterrupt(n, FsPaths.cint(flag));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object pthread_kill(Object threadId, Object signalnum) {
    // Only the process as a whole can be addressed from the JVM: deliver to it.
    int n = (int) PyNumber.asLongClamped(PyNumber.index(signalnum));
    try {
      PosixNative.kill(PosixNative.getpid(), n);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object setitimer(Object which, Object seconds, @Default("0.0") Object interval) {
    Itimerval v = new Itimerval();
    setTime(v, PyNumber.asDouble(seconds), false);
    setTime(v, PyNumber.asDouble(interval), true);
    Itimerval old = new Itimerval();
    try {
      C.setitimer(FsPaths.cint(which), v, old);
    } catch (LastErrorException e) {
      throw PyErr.newException((PyType) itimerError, (long) e.getErrorCode(),
          Libc.strerror(e.getErrorCode()));
    }
    return timeTuple(old);
  }

  @PythonMethod
  public static Object getitimer(Object which) {
    Itimerval v = new Itimerval();
    try {
      C.getitimer(FsPaths.cint(which), v);
    } catch (LastErrorException e) {
      throw PyErr.newException((PyType) itimerError, (long) e.getErrorCode(),
          Libc.strerror(e.getErrorCode()));
    }
    return timeTuple(v);
  }

  private static void setTime(Itimerval v, double t, boolean interval) {
    long sec = (long) t;
    long usec = (long) ((t - sec) * 1e6);
    if (sec == 0 && usec == 0 && t > 0) {
      usec = 1;
    }
    if (interval) {
      v.intervalSec = sec;
      v.intervalUsec = usec;
    } else {
      v.valueSec = sec;
      v.valueUsec = usec;
    }
  }

  private static Object timeTuple(Itimerval v) {
    return new PyTuple(v.valueSec + v.valueUsec / 1e6, v.intervalSec + v.intervalUsec / 1e6);
  }

  @PythonMethod
  public static Object pthread_sigmask(Object how, Object mask) {
    // The JVM's threads keep their own masks; report an empty previous mask after checking the
    // arguments as CPython does.
    long h = PyNumber.asLongClamped(PyNumber.index(how));
    for (Object s : PySet.fromIterable(mask, true).items()) {
      signum(s);
    }
    if (h < 0 || h > 2) {
      throw OsErrors.fromErrno(22);
    }
    return new PySet(false);
  }

  @PythonMethod
  public static Object sigpending() {
    return new PySet(false);
  }
}
