package org.taipan.interp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.Gil;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The {@code _thread} module, CPython's {@code Modules/_threadmodule.c}: Python threads are JVM
 * platform threads, each with its own {@link ThreadState}, running under the {@link Gil}.
 */
@PythonModule(value = "_thread", doc = "This module provides primitive operations to write multi-threaded programs.\n"
    + "The 'threading' module provides a more convenient interface.")
public final class ThreadModule {
  private ThreadModule() {}

  /** Java stack of a new thread unless {@code stack_size()} asks for more. */
  private static final long DEFAULT_STACK = 256L << 20;

  private static final AtomicLong COUNT = new AtomicLong();
  private static volatile long stackSize;
  /** Per thread: the locks {@code _set_sentinel} made, released when the thread ends. */
  private static final ThreadLocal<List<PyThreadLock>> SENTINELS =
      ThreadLocal.withInitial(ArrayList::new);

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("LockType", PyThreadLock.TYPE);
    m.put("lock", PyThreadLock.TYPE);
    m.put("RLock", PyRLock.TYPE);
    m.put("_local", PyThreadLocal.TYPE);
    m.put("error", PyExc.RuntimeError);
    m.put("TIMEOUT_MAX", PyThreadLock.TIMEOUT_MAX);
  }

  @PythonMethod
  public static Object allocate_lock() {
    return new PyThreadLock();
  }

  @PythonMethod
  public static Object allocate() {
    return new PyThreadLock();
  }

  @PythonMethod
  public static Object get_ident() {
    return Thread.currentThread().getId();
  }

  /** {@code get_native_id()}: the kernel's thread id, from {@code /proc/thread-self}. */
  @PythonMethod
  public static Object get_native_id() {
    try {
      Path p = Files.readSymbolicLink(Path.of("/proc/thread-self"));
      return Long.parseLong(p.getFileName().toString());
    } catch (Exception e) {
      return Thread.currentThread().getId();
    }
  }

  @PythonMethod
  public static Object _count() {
    return COUNT.get();
  }

  @PythonMethod
  public static Object stack_size(@Default("0") Object size) {
    long old = stackSize;
    long s = PyNumber.asSize(size);
    if (s != 0 && s < 32768) {
      throw PyErr.format(PyExc.ValueError, "size not valid: %d bytes", s);
    }
    if (s < 0) {
      throw PyErr.format(PyExc.ValueError, "size must be 0 or a positive value");
    }
    stackSize = s;
    return old;
  }

  /**
   * {@code _set_sentinel()}: a new, unlocked lock that is released when this thread's state is
   * gone ({@code threading} acquires it and waits on it in {@code join}).
   */
  @PythonMethod
  public static Object _set_sentinel() {
    PyThreadLock l = new PyThreadLock();
    SENTINELS.get().add(l);
    return l;
  }

  /** {@code start_new_thread(function, args, kwargs={}, /)}. */
  @PythonMethod
  public static Object start_new_thread(Object function, Object args,
      @Default("None") Object kwargs) {
    if (!PyType.of(function).hasSlot(org.taipan.object.SpecialMethod.op_call)) {
      throw PyErr.format(PyExc.TypeError, "first arg must be callable");
    }
    if (!(args instanceof PyTuple a)) {
      throw PyErr.format(PyExc.TypeError, "2nd arg must be a tuple");
    }
    if (kwargs != PyNone.NONE && !(kwargs instanceof PyDict)) {
      throw PyErr.format(PyExc.TypeError, "optional 3rd arg must be a dictionary");
    }
    InterpreterState in = ThreadState.get().interp;
    Object[] argv = a.toArray();
    Object[] callArgs = argv;
    String[] names = null;
    if (kwargs instanceof PyDict kw && kw.size() > 0) {
      List<Object> keys = new ArrayList<>();
      Object it = Abstract.iter(kw);
      for (Object k; (k = Abstract.next(it)) != null; ) {
        keys.add(k);
      }
      callArgs = new Object[argv.length + keys.size()];
      System.arraycopy(argv, 0, callArgs, 0, argv.length);
      names = new String[keys.size()];
      for (int i = 0; i < keys.size(); i++) {
        names[i] = org.taipan.object.PyUnicode.asJavaString(keys.get(i));
        callArgs[argv.length + i] = kw.get(keys.get(i));
      }
    }
    final Object[] finalArgs = callArgs;
    final String[] finalNames = names;
    long size = Math.max(stackSize, DEFAULT_STACK);
    Thread t = new Thread(null, () -> run(in, function, finalArgs, finalNames),
        "taipan-thread", size);
    t.setDaemon(true);
    COUNT.incrementAndGet();
    t.start();
    return t.getId();
  }

  private static void run(InterpreterState in, Object function, Object[] args, String[] names) {
    ThreadState.set(new ThreadState(in));
    Gil.acquire();
    try {
      Abstract.call(function, args, names);
    } catch (PyException e) {
      if (!e.matches(PyExc.SystemExit)) {
        Unraisable.write(in, e, "in thread started by", function);
      }
    } catch (StackOverflowError e) {
      Unraisable.write(in, PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded"),
          "in thread started by", function);
    } finally {
      for (PyThreadLock l : SENTINELS.get()) {
        if (l.permit.availablePermits() == 0) {
          l.permit.release();
        }
      }
      SENTINELS.remove();
      COUNT.decrementAndGet();
      ThreadState.set(null);
      Gil.release();
    }
  }

  @PythonMethod
  public static Object exit() {
    throw PyErr.newException(PyExc.SystemExit);
  }

  @PythonMethod
  public static Object exit_thread() {
    throw PyErr.newException(PyExc.SystemExit);
  }
}
