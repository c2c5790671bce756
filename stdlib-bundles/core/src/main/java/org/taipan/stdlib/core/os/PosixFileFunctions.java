package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Gil;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The file and directory functions of {@code posix} ({@code Modules/posixmodule.c}): stat, open and
 * the fd calls, directory listing, links, permissions and times. Every call goes through the
 * {@code *at} form so that {@code dir_fd} works.
 */
public final class PosixFileFunctions {
  private PosixFileFunctions() {}

  static final int EINTR = 4;
  static final int ERANGE = 34;

  // ------------------------------------------------------------------ helpers

  static PyException error(LastErrorException e, FsPaths.Path p) {
    return OsErrors.fromErrno(e.getErrorCode(), p.object());
  }

  static PyException error2(LastErrorException e, FsPaths.Path a, FsPaths.Path b) {
    int errno = e.getErrorCode();
    return new PyException((org.taipan.object.PyBaseException) Abstract.call(PyExc.OSError,
        (long) errno, Libc.strerror(errno), a.object(), PyNone.NONE, b.object()));
  }

  static int dirFd(String func, Object dirFd) {
    if (dirFd == PyNone.NONE) {
      return PosixNative.AT_FDCWD;
    }
    if (!PyNumber.isIndex(dirFd)) {
      throw PyErr.format(PyExc.TypeError, "argument should be integer or None, not %s",
          PyType.of(dirFd).getName());
    }
    return FsPaths.fd(dirFd);
  }

  static void noFdWithDirFd(String func, FsPaths.Path p, int dirFd, boolean follow) {
    if (p.bytes() == null && dirFd != PosixNative.AT_FDCWD) {
      throw PyErr.format(PyExc.ValueError,
          "%s: can't specify both dir_fd and fd", func);
    }
    if (p.bytes() == null && !follow) {
      throw PyErr.format(PyExc.ValueError,
          "%s: cannot use fd and follow_symlinks together", func);
    }
  }

  // ------------------------------------------------------------------ stat

  static PosixStat.Raw rawStat(FsPaths.Path p, int dirFd, boolean follow) {
    byte[] buf = new byte[PosixStat.SIZE];
    try {
      if (p.bytes() == null) {
        PosixNative.fstat(p.fd(), buf);
      } else {
        PosixNative.fstatat(dirFd, p.c(), buf, follow ? 0 : PosixNative.AT_SYMLINK_NOFOLLOW);
      }
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PosixStat.decode(buf);
  }

  @PythonMethod(positionalOnly = false)
  public static Object stat(Object path, @KeywordOnly @Default("None") Object dir_fd,
      @Default("True") Object follow_symlinks) {
    FsPaths.Path p = FsPaths.convert("stat", "path", path, true, false);
    int dfd = dirFd("stat", dir_fd);
    boolean follow = Abstract.isTrue(follow_symlinks);
    noFdWithDirFd("stat", p, dfd, follow);
    return PosixStat.result(rawStat(p, dfd, follow));
  }

  @PythonMethod(positionalOnly = false)
  public static Object lstat(Object path, @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path p = FsPaths.convert("lstat", "path", path, false, false);
    return PosixStat.result(rawStat(p, dirFd("lstat", dir_fd), false));
  }

  @PythonMethod(positionalOnly = false)
  public static Object fstat(Object fd) {
    byte[] buf = new byte[PosixStat.SIZE];
    int f = FsPaths.fd(fd);
    try {
      PosixNative.fstat(f, buf);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PosixStat.result(PosixStat.decode(buf));
  }

  // ------------------------------------------------------------------ fds

  @PythonMethod(positionalOnly = false)
  public static Object open(Object path, Object flags, @Default("511") Object mode,
      @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path p = FsPaths.convert("open", "path", path, false, false);
    int fl = FsPaths.cint(flags) | PosixConstants.O_CLOEXEC;
    int m = FsPaths.cint(mode);
    int dfd = dirFd("open", dir_fd);
    while (true) {
      try {
        return (long) PosixNative.openat(dfd, p.c(), fl, m);
      } catch (LastErrorException e) {
        if (e.getErrorCode() != EINTR) {
          throw error(e, p);
        }
      }
    }
  }

  @PythonMethod(positionalOnly = false)
  public static Object close(Object fd) {
    try {
      Libc.close(FsPaths.fd(fd));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object closerange(Object fd_low, Object fd_high) {
    int lo = Math.max(FsPaths.fd(fd_low), 0);
    int hi = FsPaths.fd(fd_high);
    for (int i = lo; i < hi; i++) {
      try {
        Libc.close(i);
      } catch (LastErrorException e) {
        // closerange ignores errors
      }
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object read(Object fd, Object length) {
    int f = FsPaths.fd(fd);
    long n = PyNumber.asSize(length);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError, "negative count");
    }
    byte[] buf = new byte[(int) n];
    while (true) {
      try {
        long got = Gil.unlocked(() -> Libc.read(f, buf, n)); // blocking: other threads run
        return new PyBytes(got == n ? buf : java.util.Arrays.copyOf(buf, (int) got));
      } catch (LastErrorException e) {
        if (e.getErrorCode() != EINTR) {
          throw OsErrors.of(e);
        }
      }
    }
  }

  static byte[] bytesLike(Object data) {
    if (data instanceof PyBytes b) {
      return b.toByteArray();
    }
    String t = PyType.of(data).getName();
    if (t.equals("bytearray") || t.equals("memoryview") || t.equals("array")
        || PyType.of(data).isSubtypeOf(PyType.of(new PyBytes(new byte[0])))) {
      return ((PyBytes) Abstract.call(PyType.of(new PyBytes(new byte[0])), data)).toByteArray();
    }
    throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'", t);
  }

  @PythonMethod
  public static Object write(Object fd, Object data) {
    int f = FsPaths.fd(fd);
    if (PyType.of(data).getName().equals("str")) {
      throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not 'str'");
    }
    byte[] b = bytesLike(data);
    while (true) {
      try {
        return Gil.unlocked(() -> Libc.write(f, b, b.length));
      } catch (LastErrorException e) {
        if (e.getErrorCode() != EINTR) {
          throw OsErrors.of(e);
        }
      }
    }
  }

  @PythonMethod
  public static Object pread(Object fd, Object length, Object offset) {
    int f = FsPaths.fd(fd);
    int n = PyNumber.asSize(length);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError, "negative count");
    }
    byte[] buf = new byte[n];
    try {
      long got = PosixNative.pread(f, buf, n, PyNumber.asLongClamped(offset));
      return new PyBytes(java.util.Arrays.copyOf(buf, (int) got));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object pwrite(Object fd, Object buffer, Object offset) {
    byte[] b = bytesLike(buffer);
    try {
      return PosixNative.pwrite(FsPaths.fd(fd), b, b.length, PyNumber.asLongClamped(offset));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object lseek(Object fd, Object position, Object how) {
    try {
      return Libc.lseek(FsPaths.fd(fd), PyNumber.asLongClamped(position), FsPaths.cint(how));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object pipe() {
    int[] fds = new int[2];
    try {
      PosixNative.pipe2(fds, PosixConstants.O_CLOEXEC);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return new PyTuple((long) fds[0], (long) fds[1]);
  }

  @PythonMethod
  public static Object pipe2(Object flags) {
    int[] fds = new int[2];
    try {
      PosixNative.pipe2(fds, FsPaths.cint(flags));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return new PyTuple((long) fds[0], (long) fds[1]);
  }

  @PythonMethod
  public static Object dup(Object fd) {
    try {
      return (long) PosixNative.fcntl(FsPaths.fd(fd), PosixConstants.F_DUPFD_CLOEXEC, 0);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod(positionalOnly = false)
  public static Object dup2(Object fd, Object fd2, @Default("True") Object inheritable) {
    int a = FsPaths.fd(fd);
    int b = FsPaths.fd(fd2);
    try {
      if (Abstract.isTrue(inheritable)) {
        Libc.dup2(a, b);
      } else {
        PosixNative.dup3(a, b, PosixConstants.O_CLOEXEC);
      }
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return (long) b;
  }

  static int fdArg(Object fd) {
    if (!PyNumber.isIndex(fd)) {
      Object fileno = Abstract.lookupAttr(fd, "fileno");
      if (fileno == null) {
        throw PyErr.format(PyExc.TypeError,
            "argument must be an int, or have a fileno() method.");
      }
      fd = Abstract.call(fileno);
    }
    int f = FsPaths.fd(fd);
    if (f < 0) {
      throw PyErr.format(PyExc.ValueError,
          "file descriptor cannot be a negative integer (%d)", f);
    }
    return f;
  }

  @PythonMethod(positionalOnly = false)
  public static Object fsync(Object fd) {
    try {
      int f = fdArg(fd);
      Gil.unlocked(() -> Libc.fsync(f));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object fdatasync(Object fd) {
    try {
      PosixNative.fdatasync(fdArg(fd));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object ftruncate(Object fd, Object length) {
    try {
      Libc.ftruncate(FsPaths.fd(fd), PyNumber.asLongClamped(length));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object truncate(Object path, Object length) {
    FsPaths.Path p = FsPaths.convert("truncate", "path", path, true, false);
    if (p.bytes() == null) {
      return ftruncate((long) p.fd(), length);
    }
    try {
      PosixNative.truncate(p.c(), PyNumber.asLongClamped(length));
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object isatty(Object fd) {
    return Libc.isatty(FsPaths.fd(fd)) == 1;
  }

  @PythonMethod
  public static Object get_inheritable(Object fd) {
    try {
      int flags = PosixNative.fcntl(FsPaths.fd(fd), PosixConstants.F_GETFD, 0);
      return (flags & PosixConstants.FD_CLOEXEC) == 0;
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object set_inheritable(Object fd, Object inheritable) {
    int f = FsPaths.fd(fd);
    try {
      int flags = PosixNative.fcntl(f, PosixConstants.F_GETFD, 0);
      int nf = Abstract.isTrue(inheritable) ? flags & ~PosixConstants.FD_CLOEXEC
          : flags | PosixConstants.FD_CLOEXEC;
      if (nf != flags) {
        PosixNative.fcntl(f, PosixConstants.F_SETFD, nf);
      }
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object get_blocking(Object fd) {
    try {
      int flags = PosixNative.fcntl(FsPaths.fd(fd), PosixConstants.F_GETFL, 0);
      return (flags & PosixConstants.O_NONBLOCK) == 0;
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object set_blocking(Object fd, Object blocking) {
    int f = FsPaths.fd(fd);
    try {
      int flags = PosixNative.fcntl(f, PosixConstants.F_GETFL, 0);
      int nf = Abstract.isTrue(blocking) ? flags & ~PosixConstants.O_NONBLOCK
          : flags | PosixConstants.O_NONBLOCK;
      if (nf != flags) {
        PosixNative.fcntl(f, PosixConstants.F_SETFL, nf);
      }
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object device_encoding(Object fd) {
    return Libc.isatty(FsPaths.fd(fd)) == 1 ? "utf-8" : PyNone.NONE;
  }

  // ------------------------------------------------------------------ directories

  @PythonMethod(positionalOnly = false)
  public static Object listdir(@Default("None") Object path) {
    FsPaths.Path p = FsPaths.convert("listdir", "path", path, true, true);
    List<Object> names = new ArrayList<>();
    for (DirStream.Entry e : DirStream.readAll(p)) {
      names.add(p.bytes() == null ? FsPaths.decode(e.name()) : p.result(e.name()));
    }
    return new PyList(names);
  }

  @PythonMethod(positionalOnly = false)
  public static Object scandir(@Default("None") Object path) {
    FsPaths.Path p = FsPaths.convert("scandir", "path", path, true, true);
    return new ScandirIterator(p, DirStream.open(p));
  }

  @PythonMethod(positionalOnly = false)
  public static Object mkdir(Object path, @Default("511") Object mode,
      @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path p = FsPaths.convert("mkdir", "path", path, false, false);
    try {
      PosixNative.mkdirat(dirFd("mkdir", dir_fd), p.c(), FsPaths.cint(mode));
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object mkfifo(Object path, @Default("438") Object mode,
      @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path p = FsPaths.convert("mkfifo", "path", path, false, false);
    try {
      PosixNative.mkfifoat(dirFd("mkfifo", dir_fd), p.c(), FsPaths.cint(mode));
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object rmdir(Object path, @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path p = FsPaths.convert("rmdir", "path", path, false, false);
    try {
      PosixNative.unlinkat(dirFd("rmdir", dir_fd), p.c(), PosixNative.AT_REMOVEDIR);
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object unlink(Object path, @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path p = FsPaths.convert("unlink", "path", path, false, false);
    try {
      PosixNative.unlinkat(dirFd("unlink", dir_fd), p.c(), 0);
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object remove(Object path, @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path p = FsPaths.convert("remove", "path", path, false, false);
    try {
      PosixNative.unlinkat(dirFd("remove", dir_fd), p.c(), 0);
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  static Object renameImpl(String func, Object src, Object dst, Object srcDirFd,
      Object dstDirFd) {
    FsPaths.Path a = FsPaths.convert(func, "src", src, false, false);
    FsPaths.Path b = FsPaths.convert(func, "dst", dst, false, false);
    if (a.wantBytes() != b.wantBytes()) {
      throw PyErr.format(PyExc.TypeError, "%s: src and dst must be the same type", func);
    }
    try {
      PosixNative.renameat(dirFd(func, srcDirFd), a.c(), dirFd(func, dstDirFd), b.c());
    } catch (LastErrorException e) {
      throw error2(e, a, b);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object rename(Object src, Object dst,
      @KeywordOnly @Default("None") Object src_dir_fd, @Default("None") Object dst_dir_fd) {
    return renameImpl("rename", src, dst, src_dir_fd, dst_dir_fd);
  }

  @PythonMethod(positionalOnly = false)
  public static Object replace(Object src, Object dst,
      @KeywordOnly @Default("None") Object src_dir_fd, @Default("None") Object dst_dir_fd) {
    return renameImpl("replace", src, dst, src_dir_fd, dst_dir_fd);
  }

  @PythonMethod(positionalOnly = false)
  public static Object symlink(Object src, Object dst,
      @Default("False") Object target_is_directory,
      @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path a = FsPaths.convert("symlink", "src", src, false, false);
    FsPaths.Path b = FsPaths.convert("symlink", "dst", dst, false, false);
    if (a.wantBytes() != b.wantBytes()) {
      throw PyErr.format(PyExc.TypeError, "symlink: src and dst must be the same type");
    }
    try {
      PosixNative.symlinkat(a.c(), dirFd("symlink", dir_fd), b.c());
    } catch (LastErrorException e) {
      throw error2(e, a, b);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object link(Object src, Object dst,
      @KeywordOnly @Default("None") Object src_dir_fd, @Default("None") Object dst_dir_fd,
      @Default("True") Object follow_symlinks) {
    FsPaths.Path a = FsPaths.convert("link", "src", src, false, false);
    FsPaths.Path b = FsPaths.convert("link", "dst", dst, false, false);
    if (a.wantBytes() != b.wantBytes()) {
      throw PyErr.format(PyExc.TypeError, "link: src and dst must be the same type");
    }
    try {
      PosixNative.linkat(dirFd("link", src_dir_fd), a.c(), dirFd("link", dst_dir_fd), b.c(),
          Abstract.isTrue(follow_symlinks) ? PosixNative.AT_SYMLINK_FOLLOW : 0);
    } catch (LastErrorException e) {
      throw error2(e, a, b);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object readlink(Object path, @KeywordOnly @Default("None") Object dir_fd) {
    FsPaths.Path p = FsPaths.convert("readlink", "path", path, false, false);
    int dfd = dirFd("readlink", dir_fd);
    for (int size = 4096; ; size *= 4) {
      byte[] buf = new byte[size];
      long n;
      try {
        n = PosixNative.readlinkat(dfd, p.c(), buf, size);
      } catch (LastErrorException e) {
        throw error(e, p);
      }
      if (n < size) {
        return p.result(java.util.Arrays.copyOf(buf, (int) n));
      }
    }
  }

  @PythonMethod(positionalOnly = false)
  public static Object chmod(Object path, Object mode,
      @KeywordOnly @Default("None") Object dir_fd, @Default("True") Object follow_symlinks) {
    FsPaths.Path p = FsPaths.convert("chmod", "path", path, true, false);
    int m = FsPaths.cint(mode);
    int dfd = dirFd("chmod", dir_fd);
    boolean follow = Abstract.isTrue(follow_symlinks);
    noFdWithDirFd("chmod", p, dfd, follow);
    try {
      if (p.bytes() == null) {
        PosixNative.fchmod(p.fd(), m);
      } else if (!follow) {
        // Linux has no lchmod: fchmodat refuses AT_SYMLINK_NOFOLLOW as CPython finds.
        throw PyErr.format(PyExc.NotImplementedError,
            "chmod: follow_symlinks unavailable on this platform");
      } else {
        PosixNative.fchmodat(dfd, p.c(), m, 0);
      }
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object fchmod(Object fd, Object mode) {
    try {
      PosixNative.fchmod(FsPaths.fd(fd), FsPaths.cint(mode));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  static int id(Object v, String what) {
    Object i = PyNumber.index(v);
    if (i instanceof Long l && l == -1) {
      return -1;
    }
    if (i instanceof Long l && l >= 0 && l <= 0xFFFFFFFFL) {
      return (int) (long) l;
    }
    throw PyErr.format(PyExc.OverflowError, "%s is greater than maximum", what);
  }

  @PythonMethod(positionalOnly = false)
  public static Object chown(Object path, Object uid, Object gid,
      @KeywordOnly @Default("None") Object dir_fd, @Default("True") Object follow_symlinks) {
    FsPaths.Path p = FsPaths.convert("chown", "path", path, true, false);
    int dfd = dirFd("chown", dir_fd);
    boolean follow = Abstract.isTrue(follow_symlinks);
    noFdWithDirFd("chown", p, dfd, follow);
    try {
      if (p.bytes() == null) {
        PosixNative.fchown(p.fd(), id(uid, "uid"), id(gid, "gid"));
      } else {
        PosixNative.fchownat(dfd, p.c(), id(uid, "uid"), id(gid, "gid"),
            follow ? 0 : PosixNative.AT_SYMLINK_NOFOLLOW);
      }
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object lchown(Object path, Object uid, Object gid) {
    return chown(path, uid, gid, PyNone.NONE, false);
  }

  @PythonMethod(positionalOnly = false)
  public static Object fchown(Object fd, Object uid, Object gid) {
    try {
      PosixNative.fchown(FsPaths.fd(fd), id(uid, "uid"), id(gid, "gid"));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  private static final long UTIME_NOW = (1L << 30) - 1;

  private static void splitTime(Object t, long[] out, int at) {
    if (t instanceof Double d) {
      double fl = Math.floor(d);
      long sec = (long) fl;
      long ns = Math.round((d - fl) * 1e9);
      if (ns >= 1_000_000_000L) {
        sec++;
        ns -= 1_000_000_000L;
      }
      out[at] = sec;
      out[at + 1] = ns;
    } else {
      out[at] = PyNumber.asLongClamped(PyNumber.index(t));
      out[at + 1] = 0;
    }
  }

  @PythonMethod(positionalOnly = false)
  public static Object utime(Object path, @Default("None") Object times,
      @KeywordOnly @Default("<unrepresentable>") Object ns,
      @Default("None") Object dir_fd, @Default("True") Object follow_symlinks) {
    FsPaths.Path p = FsPaths.convert("utime", "path", path, true, false);
    long[] ts = new long[4];
    boolean hasNs = ns.getClass() != Object.class;
    if (times != PyNone.NONE && hasNs) {
      throw PyErr.format(PyExc.ValueError,
          "utime: you may specify either 'times' or 'ns' but not both");
    }
    if (times != PyNone.NONE) {
      if (!(times instanceof PyTuple) || Abstract.size(times) != 2) {
        throw PyErr.format(PyExc.TypeError,
            "utime: 'times' must be either a tuple of two ints or None");
      }
      splitTime(Abstract.getItem(times, 0L), ts, 0);
      splitTime(Abstract.getItem(times, 1L), ts, 2);
    } else if (hasNs) {
      if (!(ns instanceof PyTuple) || Abstract.size(ns) != 2) {
        throw PyErr.format(PyExc.TypeError, "utime: 'ns' must be a tuple of two ints");
      }
      for (int i = 0; i < 2; i++) {
        Object[] dm = ((PyTuple) PyNumber.divmod(Abstract.getItem(ns, (long) i),
            1_000_000_000L)).toArray();
        ts[2 * i] = PyNumber.asLongClamped(dm[0]);
        ts[2 * i + 1] = PyNumber.asLongClamped(dm[1]);
      }
    } else {
      ts[1] = UTIME_NOW;
      ts[3] = UTIME_NOW;
    }
    int dfd = dirFd("utime", dir_fd);
    boolean follow = Abstract.isTrue(follow_symlinks);
    noFdWithDirFd("utime", p, dfd, follow);
    try {
      if (p.bytes() == null) {
        PosixNative.futimens(p.fd(), ts);
      } else {
        PosixNative.utimensat(dfd, p.c(), ts, follow ? 0 : PosixNative.AT_SYMLINK_NOFOLLOW);
      }
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object access(Object path, Object mode,
      @KeywordOnly @Default("None") Object dir_fd, @Default("False") Object effective_ids,
      @Default("True") Object follow_symlinks) {
    FsPaths.Path p = FsPaths.convert("access", "path", path, false, false);
    int flags = (Abstract.isTrue(effective_ids) ? PosixNative.AT_EACCESS : 0)
        | (Abstract.isTrue(follow_symlinks) ? 0 : PosixNative.AT_SYMLINK_NOFOLLOW);
    try {
      PosixNative.faccessat(dirFd("access", dir_fd), p.c(), FsPaths.cint(mode), flags);
      return true;
    } catch (LastErrorException e) {
      return false;
    }
  }

  @PythonMethod
  public static Object getcwd() {
    return FsPaths.decode(cwdBytes());
  }

  @PythonMethod
  public static Object getcwdb() {
    return new PyBytes(cwdBytes());
  }

  static byte[] cwdBytes() {
    for (int size = 4096; ; size *= 4) {
      byte[] buf = new byte[size];
      try {
        PosixNative.getcwd(buf, size);
      } catch (LastErrorException e) {
        if (e.getErrorCode() == ERANGE) {
          continue;
        }
        throw OsErrors.of(e);
      }
      int n = 0;
      while (buf[n] != 0) {
        n++;
      }
      return java.util.Arrays.copyOf(buf, n);
    }
  }

  @PythonMethod(positionalOnly = false)
  public static Object chdir(Object path) {
    FsPaths.Path p = FsPaths.convert("chdir", "path", path, true, false);
    try {
      if (p.bytes() == null) {
        PosixNative.fchdir(p.fd());
      } else {
        PosixNative.chdir(p.c());
      }
    } catch (LastErrorException e) {
      throw error(e, p);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object fchdir(Object fd) {
    try {
      PosixNative.fchdir(fdArg(fd));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod(positionalOnly = false)
  public static Object pathconf(Object path, Object name) {
    FsPaths.Path p = FsPaths.convert("pathconf", "path", path, true, false);
    int n = PosixConstants.confName(name, PosixConstants.PATHCONF_NAMES);
    try {
      return p.bytes() == null ? PosixNative.fpathconf(p.fd(), n) : PosixNative.pathconf(p.c(), n);
    } catch (LastErrorException e) {
      throw error(e, p);
    }
  }

  @PythonMethod
  public static Object fpathconf(Object fd, Object name) {
    return pathconf(Long.valueOf(fdArg(fd)), name);
  }

  @PythonMethod(positionalOnly = false)
  public static Object fspath(Object path) {
    if (org.taipan.object.PyUnicode.isStr(path) || path instanceof PyBytes) {
      return path;
    }
    Object f = PyType.of(path).lookup("__fspath__");
    if (f == null) {
      throw PyErr.format(PyExc.TypeError,
          "expected str, bytes or os.PathLike object, not %s", PyType.of(path).getName());
    }
    Object r = Abstract.callAsMethod(f, path, new Object[0], null);
    if (!org.taipan.object.PyUnicode.isStr(r) && !(r instanceof PyBytes)) {
      throw PyErr.format(PyExc.TypeError,
          "expected %s.__fspath__() to return str or bytes, not %s",
          PyType.of(path).getName(), PyType.of(r).getName());
    }
    return r;
  }

}
