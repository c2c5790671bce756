package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.Gil;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;

/**
 * The {@code select} module, CPython's {@code Modules/selectmodule.c}: {@code select.select} on
 * file descriptors, waiting with the C library's {@code poll} so that no {@code FD_SETSIZE} limit
 * applies; the wait gives up the GIL.
 */
@PythonModule(
    value = "select",
    doc = "This module supports asynchronous I/O on multiple file descriptors.\n\n"
        + "*** IMPORTANT NOTICE ***\n"
        + "On Windows, only sockets are supported; on Unix, all file descriptors.")
public final class SelectModule {
  private SelectModule() {}

  /** The C call. */
  static final class C {
    static {
      Native.register(C.class, "c");
    }

    static native int poll(byte[] fds, long nfds, int timeout) throws LastErrorException;
  }

  static final short POLLIN = 1;
  static final short POLLPRI = 2;
  static final short POLLOUT = 4;
  static final short POLLERR = 8;
  static final short POLLHUP = 16;
  static final short POLLNVAL = 32;

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("error", PyExc.OSError);
    String[] names = {"POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL",
        "POLLRDNORM", "POLLRDBAND", "POLLWRNORM", "POLLWRBAND", "POLLMSG", "POLLRDHUP"};
    long[] values = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 8192};
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    m.put("PIPE_BUF", 4096L);
  }

  private static int fileno(Object o) {
    Object fd = o;
    if (!PyNumber.isIndex(o)) {
      Object f = Abstract.lookupAttr(o, "fileno");
      if (f == null) {
        throw PyErr.format(PyExc.TypeError,
            "argument must be an int, or have a fileno() method.");
      }
      fd = Abstract.call(f);
      if (!PyNumber.isIndex(fd)) {
        throw PyErr.format(PyExc.TypeError, "fileno() returned a non-integer");
      }
    }
    int n = FsPaths.fd(fd);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError,
          "file descriptor cannot be a negative integer (%d)", n);
    }
    return n;
  }

  private static List<Object[]> seq(Object o, String what) {
    List<Object[]> r = new ArrayList<>();
    Object it;
    try {
      it = Abstract.iter(o);
    } catch (org.taipan.object.PyException e) {
      throw PyErr.format(PyExc.TypeError, "arguments 1-3 must be sequences");
    }
    for (Object x; (x = Abstract.next(it)) != null; ) {
      r.add(new Object[] {x, fileno(x)});
    }
    return r;
  }

  @PythonMethod
  public static Object select(Object rlist, Object wlist, Object xlist,
      @Default("None") Object timeout) {
    long ms = -1;
    double deadline = 0;
    if (timeout != PyNone.NONE) {
      double t;
      if (timeout instanceof Double d) {
        t = d;
      } else if (PyNumber.isIndex(timeout)) {
        t = PyNumber.asDouble(timeout);
      } else {
        throw PyErr.format(PyExc.TypeError, "timeout must be a float or None");
      }
      if (Double.isNaN(t)) {
        throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
      }
      if (t < 0) {
        throw PyErr.format(PyExc.ValueError, "timeout must be non-negative");
      }
      ms = (long) Math.ceil(t * 1000);
      deadline = System.nanoTime() / 1e6 + ms;
    }
    List<Object[]> r = seq(rlist, "rlist");
    List<Object[]> w = seq(wlist, "wlist");
    List<Object[]> x = seq(xlist, "xlist");
    Map<Integer, Short> events = new LinkedHashMap<>();
    for (Object[] e : r) {
      events.merge((Integer) e[1], POLLIN, (a, b) -> (short) (a | b));
    }
    for (Object[] e : w) {
      events.merge((Integer) e[1], POLLOUT, (a, b) -> (short) (a | b));
    }
    for (Object[] e : x) {
      events.merge((Integer) e[1], POLLPRI, (a, b) -> (short) (a | b));
    }
    Integer[] fds = events.keySet().toArray(new Integer[0]);
    ByteBuffer buf = ByteBuffer.allocate(8 * fds.length).order(ByteOrder.nativeOrder());
    for (int i = 0; i < fds.length; i++) {
      buf.putInt(8 * i, fds[i]);
      buf.putShort(8 * i + 4, events.get(fds[i]));
    }
    byte[] arr = buf.array();
    while (true) {
      try {
        int wait = (int) Math.min(ms, Integer.MAX_VALUE);
        Gil.unlocked(() -> C.poll(arr, fds.length, wait));
        break;
      } catch (LastErrorException e) {
        if (e.getErrorCode() != PosixFileFunctions.EINTR) {
          throw OsErrors.of(e);
        }
        if (ms >= 0) {
          ms = Math.max(0, (long) (deadline - System.nanoTime() / 1e6));
        }
      }
    }
    ByteBuffer out = ByteBuffer.wrap(arr).order(ByteOrder.nativeOrder());
    Map<Integer, Short> revents = new LinkedHashMap<>();
    for (int i = 0; i < fds.length; i++) {
      short re = out.getShort(8 * i + 6);
      if ((re & POLLNVAL) != 0) {
        throw OsErrors.fromErrno(9);
      }
      revents.put(fds[i], re);
    }
    return new PyTuple(pick(r, revents, (short) (POLLIN | POLLHUP | POLLERR)),
        pick(w, revents, (short) (POLLOUT | POLLERR)), pick(x, revents, POLLPRI));
  }

  private static PyList pick(List<Object[]> in, Map<Integer, Short> revents, short mask) {
    PyList l = new PyList();
    for (Object[] e : in) {
      if ((revents.get((Integer) e[1]) & mask) != 0) {
        l.append(e[0]);
      }
    }
    return l;
  }
}
