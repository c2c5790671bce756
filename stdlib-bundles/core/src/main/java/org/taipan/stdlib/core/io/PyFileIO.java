package org.taipan.stdlib.core.io;

import com.sun.jna.LastErrorException;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Finalizers;
import org.taipan.object.Getter;
import org.taipan.object.Gil;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PendingCalls;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.PyWarnings;
import org.taipan.stdlib.core.os.FsPaths;
import org.taipan.stdlib.core.os.Libc;
import org.taipan.stdlib.core.os.OsErrors;

/**
 * {@code _io.FileIO}, CPython's {@code Modules/_io/fileio.c}: a raw stream over a file descriptor,
 * read and written with the C library's calls ({@link Libc}, as {@code posix} makes them), the GIL
 * given up while a call may block.
 */
class PyFileIO extends PyRawIOBase {
  static final PyType TYPE = IoSupport.type("FileIO", PyFileIO.class, MethodHandles.lookup(),
      PyFileIO::new, PyRawIOBase.TYPE);

  int fd = -1;
  boolean created;
  boolean readable;
  boolean writable;
  boolean appending;
  /** -1 unknown, 0 no, 1 yes. */
  int seekable = -1;
  boolean closefd = true;
  long blksize;
  /**
   * A pipe, socket or terminal: its reads and writes on the main thread wait in {@code poll} so
   * that signal handlers run meanwhile, as CPython's do when {@code EINTR} interrupts the call.
   */
  boolean mayBlock;
  /** {@code _finalizing}: set by {@code __del__}, so that close warns of the unclosed file. */
  boolean finalizing;

  PyFileIO(PyType type) {
    super(type);
  }

  @Override
  boolean setFinalizing() {
    finalizing = true;
    return true;
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    Object[] a = IoSupport.bind("FileIO", args, kwnames, 1, "file", "mode", "closefd", "opener");
    Object mode = a[1] == null ? "r" : a[1];
    if (!PyUnicode.isStr(mode)) {
      throw IoSupport.typeError("FileIO() argument 'mode' must be str, not %s",
          IoSupport.typeName(mode));
    }
    boolean closefd = a[2] == null || Abstract.isTrue(a[2]);
    ((PyFileIO) self).init(a[0], PyUnicode.asJavaString(mode), closefd,
        a[3] == null ? PyNone.NONE : a[3]);
    return PyNone.NONE;
  }

  private void init(Object nameobj, String mode, boolean closefdArg, Object opener) {
    if (fd >= 0) {
      if (closefd) {
        internalClose();
      } else {
        fd = -1;
      }
    }
    int givenFd = -1;
    byte[] path = null;
    if (PyNumber.isIndex(nameobj) && !PyUnicode.isStr(nameobj)) {
      Object i = PyNumber.index(nameobj);
      if (i instanceof Long l && l < 0) {
        throw IoSupport.valueError("negative file descriptor");
      }
      if (i instanceof Long l && l <= Integer.MAX_VALUE) {
        givenFd = (int) (long) l;
      }
    }
    if (givenFd < 0) {
      path = fsPath(nameobj);
    }
    boolean rwa = false;
    boolean plus = false;
    created = readable = writable = appending = false;
    int flags = 0;
    for (int k = 0; k < mode.length(); k++) {
      char c = mode.charAt(k);
      switch (c) {
        case 'x', 'r', 'w', 'a' -> {
          if (rwa) {
            throw badMode();
          }
          rwa = true;
          if (c == 'x') {
            created = true;
            writable = true;
            flags |= IoNative.O_EXCL | IoNative.O_CREAT;
          } else if (c == 'r') {
            readable = true;
          } else if (c == 'w') {
            writable = true;
            flags |= IoNative.O_CREAT | IoNative.O_TRUNC;
          } else {
            writable = true;
            appending = true;
            flags |= IoNative.O_APPEND | IoNative.O_CREAT;
          }
        }
        case 'b' -> { }
        case '+' -> {
          if (plus) {
            throw badMode();
          }
          readable = writable = true;
          plus = true;
        }
        default -> throw IoSupport.valueError("invalid mode: %.200s", mode);
      }
    }
    if (!rwa) {
      throw badMode();
    }
    flags |= readable && writable ? IoNative.O_RDWR
        : readable ? IoNative.O_RDONLY : IoNative.O_WRONLY;
    flags |= IoNative.O_CLOEXEC;
    boolean own = false;
    if (givenFd >= 0) {
      fd = givenFd;
      closefd = closefdArg;
    } else {
      closefd = true;
      if (!closefdArg) {
        throw IoSupport.valueError("Cannot use closefd=False with file name");
      }
      if (opener == PyNone.NONE) {
        byte[] cpath = java.util.Arrays.copyOf(path, path.length + 1);
        final int fl = flags;
        try {
          fd = Gil.unlocked(() -> IoNative.open(cpath, fl, 0666));
        } catch (LastErrorException e) {
          throw OsErrors.fromErrno(e.getErrorCode(), nameobj);
        }
      } else {
        Object fdobj = Abstract.call(opener, nameobj, (long) flags);
        if (!(fdobj instanceof Long) && !(fdobj instanceof java.math.BigInteger)
            && !(fdobj instanceof Boolean)) {
          throw IoSupport.typeError("expected integer from opener");
        }
        int f = IoSupport.cint(fdobj);
        if (f < 0) {
          throw IoSupport.valueError("opener returned %d", f);
        }
        fd = f;
      }
      own = true;
    }
    try {
      blksize = IoSupport.DEFAULT_BUFFER_SIZE;
      try {
        IoNative.Stat st = IoNative.fstat(fd);
        if (st.isDir()) {
          throw OsErrors.fromErrno(IoNative.EISDIR, nameobj);
        }
        mayBlock = st.mayBlock();
        if (st.blksize() > 1) {
          blksize = st.blksize();
        }
      } catch (LastErrorException e) {
        if (e.getErrorCode() == IoNative.EBADF) {
          throw OsErrors.fromErrno(e.getErrorCode());
        }
      }
      getDict().put("name", nameobj);
      if (appending) {
        try {
          Libc.lseek(fd, 0, 2);
        } catch (LastErrorException e) {
          if (e.getErrorCode() != IoNative.ESPIPE) {
            throw OsErrors.fromErrno(e.getErrorCode());
          }
        }
      }
    } catch (PyException e) {
      if (own) {
        try {
          Libc.close(fd);
        } catch (LastErrorException ignored) {
          // the first error is the one to report
        }
      }
      fd = -1;
      throw e;
    }
  }

  private static PyException badMode() {
    return IoSupport.valueError(
        "Must have exactly one of create/read/write/append mode and at most one plus");
  }

  /** {@code PyUnicode_FSConverter}: str (UTF-8, surrogateescape), bytes or os.PathLike. */
  static byte[] fsPath(Object nameobj) {
    Object v = nameobj;
    if (!PyUnicode.isStr(v) && !(v instanceof PyBytes)) {
      Object fspath = PyType.of(v).lookup("__fspath__");
      if (fspath == null) {
        throw IoSupport.typeError("expected str, bytes or os.PathLike object, not %s",
            IoSupport.typeName(v));
      }
      v = Abstract.callAsMethod(fspath, v, new Object[0], null);
      if (!PyUnicode.isStr(v) && !(v instanceof PyBytes)) {
        throw IoSupport.typeError("expected %s.__fspath__() to return str or bytes, not %s",
            IoSupport.typeName(nameobj), IoSupport.typeName(v));
      }
    }
    byte[] b = v instanceof PyBytes pb ? pb.toByteArray() : FsPaths.encode(v);
    for (byte x : b) {
      if (x == 0) {
        throw IoSupport.valueError("embedded null byte");
      }
    }
    return b;
  }

  private void internalClose() {
    int f = fd;
    fd = -1;
    try {
      Libc.close(f);
    } catch (LastErrorException e) {
      throw OsErrors.fromErrno(e.getErrorCode());
    }
  }

  private static PyFileIO open(Object self) {
    PyFileIO f = (PyFileIO) self;
    if (f.fd < 0) {
      throw IoSupport.closedFileShort();
    }
    return f;
  }

  private static PyException errMode(String action) {
    return IoSupport.unsupported("File not open for " + action);
  }

  // ---------------------------------------------------------------- raw calls

  /** Whether a read or write may wait here, interruptibly: main thread, blocking pipe-like fd. */
  private boolean waitsInterruptibly() {
    if (!mayBlock || !PendingCalls.isMainThread()) {
      return false;
    }
    try {
      return (IoNative.fcntl(fd, IoNative.F_GETFL) & IoNative.O_NONBLOCK) == 0;
    } catch (LastErrorException e) {
      return false;
    }
  }

  /**
   * Waits, without the GIL, until the descriptor is ready for {@code events}, running the
   * pending calls (signal handlers) every so often, as CPython runs them when a signal
   * interrupts a blocking call with {@code EINTR}: an exception a handler raises propagates, and
   * a handler that returns lets the wait go on. Without it a signal could never end a read from
   * a pipe nobody writes to.
   */
  private void awaitReady(short events) {
    byte[] pfd = new byte[8];
    java.nio.ByteBuffer.wrap(pfd).order(java.nio.ByteOrder.nativeOrder())
        .putInt(0, fd).putShort(4, events);
    while (true) {
      if (PendingCalls.pending()) {
        PendingCalls.run(PyNone.NONE);
      }
      int n;
      try {
        n = Gil.unlocked(() -> IoNative.poll(pfd, 1, POLL_MS));
      } catch (LastErrorException e) {
        if (e.getErrorCode() == IoNative.EINTR) {
          continue;
        }
        return; // the read or write itself reports the error
      }
      if (n != 0) {
        return;
      }
    }
  }

  /** How long a wait in {@link #awaitReady} sleeps between two looks at the pending calls. */
  private static final int POLL_MS = 50;

  /** {@code PIPE_BUF}: a write of at most this many bytes to a pipe that polls writable does not wait. */
  private static final int PIPE_BUF = 4096;

  /** One {@code read(2)} of up to {@code n} bytes; null when it would block (EAGAIN). */
  byte[] readOnce(int n) {
    byte[] buf = new byte[Math.max(n, 0)];
    long got;
    if (n > 0 && waitsInterruptibly()) {
      awaitReady(IoNative.POLLIN);
    }
    while (true) {
      try {
        got = Gil.unlocked(() -> Libc.read(fd, buf, buf.length));
        break;
      } catch (LastErrorException e) {
        if (e.getErrorCode() == IoNative.EINTR) {
          continue;
        }
        if (e.getErrorCode() == IoNative.EAGAIN) {
          return null;
        }
        throw OsErrors.fromErrno(e.getErrorCode());
      }
    }
    return got == buf.length ? buf : java.util.Arrays.copyOf(buf, (int) got);
  }

  /**
   * One {@code write(2)}; the count written, or -1 when it would block. To a blocking pipe on the
   * main thread, the data go in pieces that cannot wait, with a wait for room before each: a
   * signal arriving meanwhile ends the write early with the count written so far (a partial
   * write, as {@code write(2)} interrupted by a signal gives), or, before anything was written,
   * runs its handler.
   */
  long writeOnce(byte[] data) {
    if (data.length == 0 || !waitsInterruptibly()) {
      return writeRaw(data);
    }
    int off = 0;
    while (off < data.length) {
      if (off > 0 && PendingCalls.pending()) {
        break;
      }
      awaitReady(IoNative.POLLOUT);
      int len = Math.min(PIPE_BUF, data.length - off);
      byte[] piece = off == 0 && len == data.length ? data
          : java.util.Arrays.copyOfRange(data, off, off + len);
      long w = writeRaw(piece);
      if (w < 0) {
        return off > 0 ? off : -1;
      }
      off += (int) w;
    }
    return off;
  }

  private long writeRaw(byte[] data) {
    while (true) {
      try {
        return Gil.unlocked(() -> Libc.write(fd, data, data.length));
      } catch (LastErrorException e) {
        if (e.getErrorCode() == IoNative.EINTR) {
          continue;
        }
        if (e.getErrorCode() == IoNative.EAGAIN) {
          return -1;
        }
        throw OsErrors.fromErrno(e.getErrorCode());
      }
    }
  }

  long lseek(long pos, int whence) {
    try {
      return Libc.lseek(fd, pos, whence);
    } catch (LastErrorException e) {
      throw OsErrors.fromErrno(e.getErrorCode());
    }
  }

  /** {@code readall()}: everything up to end of file; null when nothing could be read yet. */
  byte[] readAll() {
    long hint = 0;
    try {
      IoNative.Stat st = IoNative.fstat(fd);
      long pos = Libc.lseek(fd, 0, 1);
      if (st.size() >= pos && pos >= 0) {
        hint = st.size() - pos + 1;
      }
    } catch (LastErrorException e) {
      // not a regular file, or not seekable: read in chunks
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(hint, 64),
        1 << 24));
    int chunk = (int) Math.min(Math.max(hint, 8192), 1 << 20);
    while (true) {
      byte[] b = readOnce(chunk);
      if (b == null) {
        if (out.size() > 0) {
          break;
        }
        return null;
      }
      if (b.length == 0) {
        break;
      }
      out.write(b, 0, b.length);
      chunk = Math.min(chunk * 2, 1 << 22);
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod
  static Object read(Object self, @Default("-1") Object size) {
    PyFileIO f = open(self);
    if (!f.readable) {
      throw errMode("reading");
    }
    long n = IoSupport.optionalSize(size);
    if (n < 0) {
      return readall(self);
    }
    byte[] b = f.readOnce((int) Math.min(n, Integer.MAX_VALUE - 8));
    return b == null ? PyNone.NONE : new PyBytes(b);
  }

  @PythonMethod
  static Object readall(Object self) {
    PyFileIO f = open(self);
    byte[] b = f.readAll();
    return b == null ? PyNone.NONE : new PyBytes(b);
  }

  @PythonMethod
  static Object readinto(Object self, Object buffer) {
    PyFileIO f = open(self);
    if (!f.readable) {
      throw errMode("reading");
    }
    int len = IoSupport.writableLength("readinto", buffer);
    byte[] b = f.readOnce(len);
    if (b == null) {
      return PyNone.NONE;
    }
    IoSupport.fill(buffer, b, b.length);
    return (long) b.length;
  }

  @PythonMethod
  static Object write(Object self, Object b) {
    PyFileIO f = open(self);
    if (!f.writable) {
      throw errMode("writing");
    }
    long n = f.writeOnce(IoSupport.bytesLike(b));
    return n < 0 ? PyNone.NONE : (Object) n;
  }

  @PythonMethod
  static Object seek(Object self, Object pos, @Default("0") Object whence) {
    PyFileIO f = open(self);
    if (pos instanceof Double) {
      throw IoSupport.typeError("an integer is required");
    }
    long p = IoSupport.ssize(pos);
    int w = IoSupport.cint(whence);
    return f.lseek(p, w);
  }

  @PythonMethod
  static Object tell(Object self) {
    return open(self).lseek(0, 1);
  }

  @PythonMethod
  static Object truncate(Object self, @Default("None") Object size) {
    PyFileIO f = open(self);
    if (!f.writable) {
      throw errMode("writing");
    }
    long n = size == PyNone.NONE ? f.lseek(0, 1) : IoSupport.ssize(size);
    try {
      Libc.ftruncate(f.fd, n);
    } catch (LastErrorException e) {
      throw OsErrors.fromErrno(e.getErrorCode());
    }
    return n;
  }

  @PythonMethod
  static Object seekable(Object self) {
    PyFileIO f = open(self);
    if (f.seekable < 0) {
      try {
        Libc.lseek(f.fd, 0, 1);
        f.seekable = 1;
      } catch (LastErrorException e) {
        f.seekable = 0;
      }
    }
    return f.seekable == 1;
  }

  @PythonMethod
  static Object readable(Object self) {
    return open(self).readable;
  }

  @PythonMethod
  static Object writable(Object self) {
    return open(self).writable;
  }

  @PythonMethod
  static Object fileno(Object self) {
    return (long) open(self).fd;
  }

  @PythonMethod
  static Object isatty(Object self) {
    return Libc.isatty(open(self).fd) == 1;
  }

  @PythonMethod
  static Object close(Object self) {
    PyFileIO f = (PyFileIO) self;
    PyException first = null;
    try {
      PyIOBase.close(self);
    } catch (PyException e) {
      first = e;
    }
    if (!f.closefd) {
      f.fd = -1;
    } else if (f.fd >= 0) {
      if (f.finalizing) {
        f.deallocWarn(self);
      }
      try {
        f.internalClose();
      } catch (PyException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object _dealloc_warn(Object self, Object source) {
    ((PyFileIO) self).deallocWarn(source);
    return PyNone.NONE;
  }

  /**
   * {@code fileio_dealloc_warn}: "unclosed file" about {@code source} (this file or the stream
   * that wraps it) if the descriptor is still ours to close; a warning turned into an error is
   * reported as unraisable, never raised.
   */
  void deallocWarn(Object source) {
    if (fd < 0 || !closefd) {
      return;
    }
    try {
      PyWarnings.resourceWarning(source, "unclosed file " + Abstract.reprJava(source), 1);
    } catch (PyException e) {
      if (e.matches(PyExc.Warning)) {
        Finalizers.writeUnraisable(e, this);
      }
    }
  }

  @Getter(value = "closed", doc = "True if the file is closed")
  static Object closed(Object self) {
    return ((PyFileIO) self).fd < 0;
  }

  @Getter("closefd")
  static Object closefdAttr(Object self) {
    return ((PyFileIO) self).closefd;
  }

  @Getter("_blksize")
  static Object blksize(Object self) {
    return ((PyFileIO) self).blksize;
  }

  /** {@code mode_string}. */
  String modeString() {
    if (created) {
      return readable ? "xb+" : "xb";
    }
    if (appending) {
      return readable ? "ab+" : "ab";
    }
    if (readable) {
      return writable ? "rb+" : "rb";
    }
    return "wb";
  }

  @Getter("mode")
  static Object mode(Object self) {
    return ((PyFileIO) self).modeString();
  }

  static Object __repr__(Object self) {
    PyFileIO f = (PyFileIO) self;
    String tp = PyBytesIO.tpName(self);
    if (f.fd < 0) {
      return "<" + tp + " [closed]>";
    }
    Object name = Abstract.lookupAttr(self, "name");
    String cfd = f.closefd ? "True" : "False";
    if (name == null) {
      return String.format("<%s fd=%d mode='%s' closefd=%s>", tp, f.fd, f.modeString(), cfd);
    }
    if (!ReprGuardHolder.enter(self)) {
      throw PyErr.format(PyExc.RuntimeError,
          "reentrant call inside %s.__repr__", tp);
    }
    try {
      return String.format("<%s name=%s mode='%s' closefd=%s>", tp, Abstract.reprJava(name),
          f.modeString(), cfd);
    } finally {
      ReprGuardHolder.leave(self);
    }
  }

  @PythonMethod
  static Object __getstate__(Object self) {
    throw IoSupport.typeError("cannot pickle '%s' object", PyBytesIO.tpName(self));
  }

  /** Guards {@code __repr__} against a name whose repr is the file itself. */
  static final class ReprGuardHolder {
    private ReprGuardHolder() {}

    static boolean enter(Object o) {
      return !org.taipan.object.ReprGuard.enter(o);
    }

    static void leave(Object o) {
      org.taipan.object.ReprGuard.leave(o);
    }
  }
}
