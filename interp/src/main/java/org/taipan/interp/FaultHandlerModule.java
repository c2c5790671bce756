package org.taipan.interp;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyLong;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;

/**
 * The {@code faulthandler} module, CPython's {@code Modules/faulthandler.c}, as far as the JVM
 * allows: {@code dump_traceback} writes the Python stack of the calling thread in CPython's
 * format, and {@code dump_traceback_later} a watchdog's dump of the thread that armed it.
 * {@code enable} only records the file: a fatal error of the JVM (a crash in native code) is the
 * JVM's own to report. {@code register} is not provided (as on Windows), since the JVM keeps the
 * signals CPython's handler would catch.
 */
@PythonModule(value = "faulthandler", doc = "faulthandler module.")
public final class FaultHandlerModule {
  private FaultHandlerModule() {}

  private static volatile boolean enabled;
  private static Thread watchdog;

  /** {@code faulthandler_get_fileno}: a file object (flushed) or a descriptor number. */
  private static Object checkFile(Object file) {
    if (file == null || file == PyNone.NONE) {
      file = ThreadState.get().interp.sys.getDict().get("stderr");
      if (file == null || file == PyNone.NONE) {
        throw PyErr.format(PyExc.RuntimeError, "sys.stderr is None");
      }
    } else if (PyLong.isInt(file)) {
      long fd = PyNumber.asLongClamped(file);
      if (fd < 0) {
        throw PyErr.format(PyExc.ValueError, "file is not a valid file descripter");
      }
      return file;
    }
    Object fd = Abstract.callMethod(file, "fileno");
    if (!PyLong.isInt(fd)) {
      throw PyErr.format(PyExc.RuntimeError, "file.fileno() is not a valid file descriptor");
    }
    if (PyNumber.asLongClamped(fd) < 0) {
      throw PyErr.format(PyExc.ValueError, "file is not a valid file descripter");
    }
    try {
      Abstract.callMethod(file, "flush");
    } catch (PyException e) {
      // ignore flush() error, as CPython does
    }
    return file;
  }

  /** Writes text to a file object, or to a descriptor through {@code os.write}. */
  private static void write(Object file, String text) {
    if (PyLong.isInt(file)) {
      Object os = ThreadState.get().interp.importer.importModule("os");
      Abstract.callMethod(os, "write", file,
          Abstract.callMethod(text, "encode", "utf-8", "backslashreplace"));
    } else {
      Abstract.callMethod(file, "write", text);
      Abstract.callMethod(file, "flush");
    }
  }

  /** {@code dump_traceback}: one thread's frames, most recent first, as {@code traceback.c}. */
  static String format(PyFrame frame, String header) {
    StringBuilder b = new StringBuilder(header);
    int depth = 0;
    for (PyFrame f = frame; f != null; f = f.back) {
      if (depth++ >= 100) {
        b.append("  ...\n");
        break;
      }
      b.append("  File \"").append(f.code.filename).append("\", line ").append(f.lineno())
          .append(" in ").append(f.code.name).append('\n');
    }
    if (frame == null) {
      b.append("  <no Python frame>\n");
    }
    return b.toString();
  }

  private static String threadHeader(boolean allThreads, boolean current, long ident) {
    if (!allThreads) {
      return "Stack (most recent call first):\n";
    }
    return String.format("%s 0x%016x (most recent call first):\n",
        current ? "Current thread" : "Thread", ident);
  }

  @PythonMethod(positionalOnly = false,
      doc = "enable(file=sys.stderr, all_threads=True): enable the fault handler")
  public static Object enable(@Default("None") Object file, @Default("True") Object all_threads) {
    checkFile(file);
    enabled = true;
    return PyNone.NONE;
  }

  @PythonMethod(doc = "disable(): disable the fault handler")
  public static Object disable() {
    boolean was = enabled;
    enabled = false;
    return was;
  }

  @PythonMethod(doc = "is_enabled()->bool: check if the handler is enabled")
  public static Object is_enabled() {
    return enabled;
  }

  @PythonMethod(positionalOnly = false,
      doc = "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the "
          + "current thread, or of all threads if all_threads is True, into file")
  public static Object dump_traceback(@Default("None") Object file,
      @Default("True") Object all_threads) {
    Object f = checkFile(file);
    ThreadState ts = ThreadState.get();
    boolean all = Abstract.isTrue(all_threads);
    write(f, format(ts.frame, threadHeader(all, true, Thread.currentThread().getId())));
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false,
      doc = "dump_traceback_later(timeout, repeat=False, file=sys.stderr, exit=False):\n"
          + "dump the traceback of all threads in timeout seconds,\n"
          + "or each timeout seconds if repeat is True. If exit is True, call _exit(1) "
          + "which is not safe.")
  public static synchronized Object dump_traceback_later(Object timeout,
      @Default("False") Object repeat, @Default("None") Object file,
      @Default("False") Object exit) {
    double seconds = PyNumber.asDouble(timeout);
    if (seconds <= 0) {
      throw PyErr.format(PyExc.ValueError, "timeout must be greater than 0");
    }
    long micros = (long) (seconds * 1e6);
    if (micros <= 0) {
      throw PyErr.format(PyExc.OverflowError, "timeout value is too large");
    }
    Object f = checkFile(file);
    int fd = (int) PyNumber.asLongClamped(
        PyLong.isInt(f) ? f : Abstract.callMethod(f, "fileno"));
    boolean again = Abstract.isTrue(repeat);
    boolean andExit = Abstract.isTrue(exit);
    ThreadState armed = ThreadState.get();
    long ident = Thread.currentThread().getId();
    cancel();
    Thread t = new Thread(() -> {
      try {
        do {
          Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
          String text = String.format("Timeout (%d:%02d:%02d)!\n", micros / 3_600_000_000L,
              micros / 60_000_000L % 60, micros / 1_000_000L % 60)
              + format(armed.frame, threadHeader(true, false, ident));
          writeFromWatchdog(fd, text);
          if (andExit) {
            Runtime.getRuntime().halt(1);
          }
        } while (again);
      } catch (InterruptedException e) {
        // cancelled
      }
    }, "faulthandler-watchdog");
    t.setDaemon(true);
    watchdog = t;
    t.start();
    return PyNone.NONE;
  }

  /** The watchdog cannot run Python code: it writes through the JVM to the descriptor. */
  private static void writeFromWatchdog(int fd, String text) {
    java.io.FileDescriptor d = fd == 1 ? java.io.FileDescriptor.out
        : fd == 2 ? java.io.FileDescriptor.err : null;
    if (d == null) {
      return;
    }
    try {
      java.io.FileOutputStream out = new java.io.FileOutputStream(d);
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.flush();
    } catch (java.io.IOException e) {
      // nothing to report to
    }
  }

  private static void cancel() {
    Thread t = watchdog;
    watchdog = null;
    if (t != null) {
      t.interrupt();
    }
  }

  @PythonMethod(doc = "cancel_dump_traceback_later():\ncancel the previous call to "
      + "dump_traceback_later().")
  public static synchronized Object cancel_dump_traceback_later() {
    cancel();
    return PyNone.NONE;
  }
}
