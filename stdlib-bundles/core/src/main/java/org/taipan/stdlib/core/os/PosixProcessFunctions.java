package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Gil;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;

/**
 * The process, environment and system-information functions of {@code posix} ({@code
 * Modules/posixmodule.c}): ids, wait statuses, signals to processes, {@code uname}, {@code times},
 * {@code sysconf}, random bytes and the terminal size.
 */
public final class PosixProcessFunctions {
  private PosixProcessFunctions() {}

  static final StructSeqType TERMINAL_SIZE = StructSeqType.create("os", "terminal_size",
      new String[] {"columns", "lines"}, 2,
      "A tuple of (columns, lines) for holding terminal window size");

  static final StructSeqType UNAME_RESULT = StructSeqType.create("posix", "uname_result",
      new String[] {"sysname", "nodename", "release", "version", "machine"}, 5,
      "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n"
          + "  (sysname, nodename, release, version, machine),\n"
          + "or via the attributes sysname, nodename, release, version, and machine.\n\n"
          + "See os.uname for more information.");

  static final StructSeqType TIMES_RESULT = StructSeqType.create("posix", "times_result",
      new String[] {"user", "system", "children_user", "children_system", "elapsed"}, 5,
      "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n"
          + "  (user, system, children_user, children_system, elapsed),\n"
          + "or via the attributes user, system, children_user, children_system,\n"
          + "and elapsed.\n\nSee os.times for more information.");

  @PythonMethod
  public static Object getpid() {
    return (long) PosixNative.getpid();
  }

  @PythonMethod
  public static Object getppid() {
    return (long) PosixNative.getppid();
  }

  @PythonMethod
  public static Object getuid() {
    return PosixNative.getuid() & 0xFFFFFFFFL;
  }

  @PythonMethod
  public static Object geteuid() {
    return PosixNative.geteuid() & 0xFFFFFFFFL;
  }

  @PythonMethod
  public static Object getgid() {
    return PosixNative.getgid() & 0xFFFFFFFFL;
  }

  @PythonMethod
  public static Object getegid() {
    return PosixNative.getegid() & 0xFFFFFFFFL;
  }

  @PythonMethod
  public static Object getpgrp() {
    return (long) PosixNative.getpgrp();
  }

  @PythonMethod(positionalOnly = false)
  public static Object getpgid(Object pid) {
    try {
      return (long) PosixNative.getpgid(FsPaths.cint(pid));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object getsid(Object pid) {
    try {
      return (long) PosixNative.getsid(FsPaths.cint(pid));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object setsid() {
    try {
      PosixNative.setsid();
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object setpgid(Object pid, Object pgrp) {
    try {
      PosixNative.setpgid(FsPaths.cint(pid), FsPaths.cint(pgrp));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object getgroups() {
    try {
      int n = PosixNative.getgroups(0, null);
      int[] g = new int[n];
      n = PosixNative.getgroups(n, g);
      PyList r = new PyList();
      for (int i = 0; i < n; i++) {
        r.append(g[i] & 0xFFFFFFFFL);
      }
      return r;
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object getlogin() {
    Pointer p = PosixNative.getlogin();
    if (p == null) {
      int errno = com.sun.jna.Native.getLastError();
      if (errno != 0) {
        throw OsErrors.fromErrno(errno);
      }
      throw PyErr.format(PyExc.OSError, "unable to determine login name");
    }
    return FsPaths.decode(p.getByteArray(0, (int) p.indexOf(0, (byte) 0)));
  }

  @PythonMethod
  public static Object umask(Object mask) {
    return (long) PosixNative.umask(FsPaths.cint(mask));
  }

  @PythonMethod
  public static Object strerror(Object code) {
    return Libc.strerror(FsPaths.cint(code));
  }

  @PythonMethod
  public static Object urandom(Object size) {
    int n = PyNumber.asSize(size);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError, "negative argument not allowed");
    }
    byte[] buf = new byte[n];
    int got = 0;
    while (got < n) {
      byte[] part = new byte[n - got];
      try {
        int k = PosixNative.getrandom(part, part.length, 0);
        System.arraycopy(part, 0, buf, got, k);
        got += k;
      } catch (LastErrorException e) {
        if (e.getErrorCode() != PosixFileFunctions.EINTR) {
          throw OsErrors.of(e);
        }
      }
    }
    return new PyBytes(buf);
  }

  @PythonMethod
  public static Object cpu_count() {
    try {
      long n = PosixNative.sysconf(84);
      return n < 1 ? PyNone.NONE : (Object) n;
    } catch (LastErrorException e) {
      return PyNone.NONE;
    }
  }

  @PythonMethod
  public static Object get_terminal_size(@Default("1") Object fd) {
    byte[] ws = new byte[8];
    try {
      PosixNative.ioctl(FsPaths.cint(fd), 0x5413, ws);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    ByteBuffer b = ByteBuffer.wrap(ws).order(ByteOrder.nativeOrder());
    return TERMINAL_SIZE.make((long) (b.getShort(2) & 0xFFFF), (long) (b.getShort(0) & 0xFFFF));
  }

  @PythonMethod
  public static Object waitpid(Object pid, Object options) {
    int[] status = new int[1];
    while (true) {
      try {
        int p = FsPaths.cint(pid);
        int o = FsPaths.cint(options);
        int r = Gil.unlocked(() -> PosixNative.waitpid(p, status, o));
        return new PyTuple((long) r, (long) status[0]);
      } catch (LastErrorException e) {
        if (e.getErrorCode() != PosixFileFunctions.EINTR) {
          throw OsErrors.of(e);
        }
      }
    }
  }

  @PythonMethod("wait")
  public static Object wait_() {
    Object r = waitpid(-1L, 0L);
    return r;
  }

  private static int status(Object s) {
    return FsPaths.cint(s);
  }

  @PythonMethod(positionalOnly = false)
  public static Object WIFEXITED(Object status) {
    return (status(status) & 0x7f) == 0;
  }

  @PythonMethod(positionalOnly = false)
  public static Object WEXITSTATUS(Object status) {
    return (long) ((status(status) >> 8) & 0xff);
  }

  @PythonMethod(positionalOnly = false)
  public static Object WIFSIGNALED(Object status) {
    int s = status(status);
    return ((byte) ((s & 0x7f) + 1) >> 1) > 0;
  }

  @PythonMethod(positionalOnly = false)
  public static Object WTERMSIG(Object status) {
    return (long) (status(status) & 0x7f);
  }

  @PythonMethod(positionalOnly = false)
  public static Object WIFSTOPPED(Object status) {
    return (status(status) & 0xff) == 0x7f;
  }

  @PythonMethod(positionalOnly = false)
  public static Object WSTOPSIG(Object status) {
    return (long) ((status(status) >> 8) & 0xff);
  }

  @PythonMethod(positionalOnly = false)
  public static Object WIFCONTINUED(Object status) {
    return status(status) == 0xffff;
  }

  @PythonMethod
  public static Object WCOREDUMP(Object status) {
    return (status(status) & 0x80) != 0;
  }

  @PythonMethod(positionalOnly = false)
  public static Object waitstatus_to_exitcode(Object status) {
    int s = status(status);
    if ((s & 0x7f) == 0) {
      return (long) ((s >> 8) & 0xff);
    }
    if (((byte) ((s & 0x7f) + 1) >> 1) > 0) {
      return (long) -(s & 0x7f);
    }
    if ((s & 0xff) == 0x7f) {
      throw PyErr.format(PyExc.ValueError, "process stopped by delivery of signal %d",
          (s >> 8) & 0xff);
    }
    throw PyErr.format(PyExc.ValueError, "invalid wait status: %d", s);
  }

  @PythonMethod
  public static Object kill(Object pid, Object signal) {
    try {
      PosixNative.kill(FsPaths.cint(pid), FsPaths.cint(signal));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object killpg(Object pgid, Object signal) {
    try {
      PosixNative.killpg(FsPaths.cint(pgid), FsPaths.cint(signal));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object uname() {
    byte[] buf = new byte[65 * 6];
    try {
      PosixNative.uname(buf);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    Object[] f = new Object[5];
    for (int i = 0; i < 5; i++) {
      int n = 0;
      while (n < 65 && buf[65 * i + n] != 0) {
        n++;
      }
      f[i] = FsPaths.decode(java.util.Arrays.copyOfRange(buf, 65 * i, 65 * i + n));
    }
    return UNAME_RESULT.make(f);
  }

  @PythonMethod
  public static Object times() {
    long[] t = new long[4];
    long elapsed;
    long tick;
    try {
      elapsed = PosixNative.times(t);
      tick = PosixNative.sysconf(2);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    double hz = tick;
    return TIMES_RESULT.make(t[0] / hz, t[1] / hz, t[2] / hz, t[3] / hz, elapsed / hz);
  }

  @PythonMethod
  public static Object sysconf(Object name) {
    int n = PosixConstants.confName(name, PosixConstants.SYSCONF_NAMES);
    try {
      return PosixNative.sysconf(n);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object confstr(Object name) {
    int n = PosixConstants.confName(name, PosixConstants.CONFSTR_NAMES);
    try {
      long len = PosixNative.confstr(n, null, 0);
      if (len == 0) {
        return PyNone.NONE;
      }
      byte[] buf = new byte[(int) len];
      PosixNative.confstr(n, buf, len);
      return new String(buf, 0, (int) len - 1, StandardCharsets.UTF_8);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object getloadavg() {
    double[] l = new double[3];
    if (PosixNative.getloadavg(l, 3) != 3) {
      throw PyErr.format(PyExc.OSError, "Load averages are unobtainable");
    }
    return new PyTuple(l[0], l[1], l[2]);
  }

  @PythonMethod
  public static Object nice(Object increment) {
    try {
      return (long) PosixNative.nice(FsPaths.cint(increment));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object sched_getaffinity(Object pid) {
    byte[] mask = new byte[128];
    try {
      PosixNative.sched_getaffinity(FsPaths.cint(pid), mask.length, mask);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    org.taipan.object.PySet s = new org.taipan.object.PySet(false);
    for (int i = 0; i < mask.length * 8; i++) {
      if ((mask[i / 8] & (1 << (i % 8))) != 0) {
        s.add((long) i);
      }
    }
    return s;
  }

  @PythonMethod
  public static Object _exit(Object status) {
    System.out.flush();
    System.err.flush();
    PosixNative._exit(FsPaths.cint(status));
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object abort() {
    Runtime.getRuntime().halt(134);
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object ttyname(Object fd) {
    Pointer p = PosixNative.ttyname(FsPaths.cint(fd));
    if (p == null) {
      throw OsErrors.fromErrno(com.sun.jna.Native.getLastError());
    }
    return FsPaths.decode(p.getByteArray(0, (int) p.indexOf(0, (byte) 0)));
  }
}
