package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;

/**
 * The {@code fcntl} module, CPython's {@code Modules/fcntlmodule.c}, for its integer forms:
 * {@code fcntl} with an int argument and {@code flock}, and Linux's constants.
 */
@PythonModule(
    value = "fcntl",
    doc = "This module performs file control and I/O control on file\n"
        + "descriptors.  It is an interface to the fcntl() and ioctl() Unix\n"
        + "routines.  File descriptors can be obtained with the fileno() method of\n"
        + "a file or socket object.")
public final class FcntlModule {
  private FcntlModule() {}

  /** The C calls. */
  static final class C {
    static {
      Native.register(C.class, "c");
    }

    static native int flock(int fd, int operation) throws LastErrorException;
  }

  @ModuleExec
  public static void exec(PyModule m) {
    String[] names = {"F_DUPFD", "F_GETFD", "F_SETFD", "F_GETFL", "F_SETFL", "F_GETLK",
        "F_SETLK", "F_SETLKW", "F_SETOWN", "F_GETOWN", "F_SETSIG", "F_GETSIG", "F_SETLEASE",
        "F_GETLEASE", "F_NOTIFY", "F_DUPFD_CLOEXEC", "F_SETPIPE_SZ", "F_GETPIPE_SZ",
        "F_ADD_SEALS", "F_GET_SEALS", "F_SEAL_SEAL", "F_SEAL_SHRINK", "F_SEAL_GROW",
        "F_SEAL_WRITE", "F_OFD_GETLK", "F_OFD_SETLK", "F_OFD_SETLKW", "FD_CLOEXEC", "F_RDLCK",
        "F_WRLCK", "F_UNLCK", "LOCK_SH", "LOCK_EX", "LOCK_NB", "LOCK_UN", "LOCK_MAND",
        "LOCK_READ", "LOCK_WRITE", "LOCK_RW", "F_EXLCK", "F_SHLCK", "DN_ACCESS", "DN_MODIFY",
        "DN_CREATE", "DN_DELETE", "DN_RENAME", "DN_ATTRIB", "DN_MULTISHOT", "FASYNC"};
    long[] values = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1024, 1025, 1026, 1030, 1031, 1032,
        1033, 1034, 1, 2, 4, 8, 36, 37, 38, 1, 0, 1, 2, 1, 2, 4, 8, 32, 64, 128, 192, 4, 8, 1, 2,
        4, 8, 16, 32, 0x80000000L, 8192};
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
  }

  @PythonMethod
  public static Object fcntl(Object fd, Object cmd, @Default("0") Object arg) {
    int f = PosixFileFunctions.fdArg(fd);
    if (!PyNumber.isIndex(arg)) {
      throw PyErr.format(PyExc.TypeError,
          "fcntl: only integer arguments are supported here, not %s",
          org.taipan.object.PyType.of(arg).getName());
    }
    while (true) {
      try {
        return (long) PosixNative.fcntl(f, FsPaths.cint(cmd), PyNumber.asLongClamped(arg));
      } catch (LastErrorException e) {
        if (e.getErrorCode() != PosixFileFunctions.EINTR) {
          throw OsErrors.of(e);
        }
      }
    }
  }

  @PythonMethod
  public static Object flock(Object fd, Object operation) {
    int f = PosixFileFunctions.fdArg(fd);
    while (true) {
      try {
        C.flock(f, FsPaths.cint(operation));
        return PyNone.NONE;
      } catch (LastErrorException e) {
        if (e.getErrorCode() != PosixFileFunctions.EINTR) {
          throw OsErrors.of(e);
        }
      }
    }
  }
}
