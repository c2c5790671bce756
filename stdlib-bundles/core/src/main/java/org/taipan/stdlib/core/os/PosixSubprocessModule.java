package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;

/**
 * The {@code _posixsubprocess} module: {@code fork_exec}, the child-starting half of {@code
 * subprocess.Popen}. A JVM cannot run code in a forked child, so the child is started with the C
 * library's {@code posix_spawn}, its file actions doing what CPython's child does before {@code
 * exec} (the standard-stream {@code dup2}s, closing descriptors, {@code chdir}) and its attributes
 * the signal reset, new session and process group. A failure to start is raised here, with the
 * {@code OSError} and file name CPython's {@code subprocess} would raise from the error pipe.
 * Unlike CPython, {@code preexec_fn}, {@code user}, {@code group} and {@code extra_groups} cannot
 * be honoured and raise.
 */
@PythonModule(
    value = "_posixsubprocess",
    doc = "A POSIX helper for the subprocess module.")
public final class PosixSubprocessModule {
  private PosixSubprocessModule() {}

  private static final int ENOENT = 2;
  private static final int ENOTDIR = 20;
  private static final int F_GETFD = 1;
  private static final int F_SETFD = 2;
  private static final int FD_CLOEXEC = 1;
  private static final short POSIX_SPAWN_SETPGROUP = 0x02;
  private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
  private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
  private static final short POSIX_SPAWN_SETSID = 0x80;

  /** The C calls (each returns an error number rather than setting errno). */
  static final class C {
    static {
      Native.register(C.class, "c");
    }

    static native int posix_spawn(int[] pid, byte[] path, Pointer actions, Pointer attr,
        Pointer argv, Pointer envp);

    static native int posix_spawn_file_actions_init(Pointer actions);

    static native int posix_spawn_file_actions_destroy(Pointer actions);

    static native int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newfd);

    static native int posix_spawn_file_actions_addclose(Pointer actions, int fd);

    static native int posix_spawn_file_actions_addchdir_np(Pointer actions, byte[] path);

    static native int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int from);

    static native int posix_spawnattr_init(Pointer attr);

    static native int posix_spawnattr_destroy(Pointer attr);

    static native int posix_spawnattr_setflags(Pointer attr, short flags);

    static native int posix_spawnattr_setsigmask(Pointer attr, Pointer mask);

    static native int posix_spawnattr_setsigdefault(Pointer attr, Pointer mask);

    static native int posix_spawnattr_setpgroup(Pointer attr, int pgroup);

    static native int sigemptyset(Pointer set);

    static native int sigaddset(Pointer set, int sig);
  }

  @PythonMethod
  public static Object fork_exec(Object[] a) {
    if (a.length != 23) {
      throw PyErr.format(PyExc.TypeError, "fork_exec() takes exactly 23 arguments (%d given)",
          a.length);
    }
    int p2cread = FsPaths.cint(a[6]);
    int c2pwrite = FsPaths.cint(a[9]);
    int errwrite = FsPaths.cint(a[11]);
    int errpipeWrite = FsPaths.cint(a[13]);
    if (FsPaths.cint(a[12]) < 3 || errpipeWrite < 3) {
      throw PyErr.format(PyExc.ValueError, "errpipe_write must be >= 3");
    }
    boolean closeFds = Abstract.isTrue(a[2]);
    int[] keep = fdsToKeep(a[3]);
    Object cwd = a[4];
    boolean restoreSignals = Abstract.isTrue(a[14]);
    boolean setsid = Abstract.isTrue(a[15]);
    int pgid = FsPaths.cint(a[16]);
    int umask = FsPaths.cint(a[20]);
    if (a[21] != PyNone.NONE) {
      throw PyErr.format(PyExc.RuntimeError,
          "preexec_fn is not supported: the JVM cannot run code in a forked child");
    }
    if (a[17] != PyNone.NONE || a[18] != PyNone.NONE || a[19] != PyNone.NONE) {
      throw PyErr.format(PyExc.RuntimeError,
          "user, group and extra_groups are not supported: the child is started by posix_spawn");
    }
    List<byte[]> argv = byteStrings(a[0]);
    List<byte[]> exes = byteStrings(a[1]);
    List<byte[]> env = a[5] == PyNone.NONE ? null : byteStrings(a[5]);
    byte[] cwdBytes = cwd == PyNone.NONE ? null : FsPaths.convert("fork_exec", "cwd", cwd, false, false).c();

    Memory actions = new Memory(512);
    Memory attr = new Memory(1024);
    Memory sigs = new Memory(256);
    C.posix_spawn_file_actions_init(actions);
    C.posix_spawnattr_init(attr);
    int[] cleared = clearCloexec(keep, errpipeWrite);
    int oldUmask = umask >= 0 ? PosixNative.umask(umask) : -1;
    try {
      if (cwdBytes != null) {
        check(C.posix_spawn_file_actions_addchdir_np(actions, cwdBytes));
      }
      // The child's standard streams, as child_exec arranges them.
      if (p2cread >= 0) {
        check(C.posix_spawn_file_actions_adddup2(actions, p2cread, 0));
      }
      if (c2pwrite >= 0) {
        check(C.posix_spawn_file_actions_adddup2(actions, c2pwrite, 1));
      }
      if (errwrite >= 0) {
        check(C.posix_spawn_file_actions_adddup2(actions, errwrite, 2));
      }
      if (closeFds) {
        closeAllBut(actions, keep);
      }
      short flags = POSIX_SPAWN_SETSIGMASK;
      C.sigemptyset(sigs);
      check(C.posix_spawnattr_setsigmask(attr, sigs));
      if (restoreSignals) {
        C.sigaddset(sigs, 13);
        C.sigaddset(sigs, 25);
        check(C.posix_spawnattr_setsigdefault(attr, sigs));
        flags |= POSIX_SPAWN_SETSIGDEF;
      }
      if (setsid) {
        flags |= POSIX_SPAWN_SETSID;
      }
      if (pgid >= 0) {
        check(C.posix_spawnattr_setpgroup(attr, pgid));
        flags |= POSIX_SPAWN_SETPGROUP;
      }
      check(C.posix_spawnattr_setflags(attr, flags));
      return spawn(exes, argv, env, actions, attr, cwd, cwdBytes);
    } finally {
      if (oldUmask >= 0) {
        PosixNative.umask(oldUmask);
      }
      for (int fd : cleared) {
        setFdFlags(fd, FD_CLOEXEC);
      }
      C.posix_spawnattr_destroy(attr);
      C.posix_spawn_file_actions_destroy(actions);
    }
  }

  /** Tries each candidate executable as the child's {@code execve} loop does. */
  private static Object spawn(List<byte[]> exes, List<byte[]> argv, List<byte[]> env,
      Pointer actions, Pointer attr, Object cwd, byte[] cwdBytes) {
    Pointer argvp = cArray(argv);
    Pointer envp = env == null ? environ() : cArray(env);
    int saved = 0;
    for (byte[] exe : exes) {
      int[] pid = new int[1];
      int err = C.posix_spawn(pid, nulTerminated(exe), actions, attr, argvp, envp);
      if (err == 0) {
        return (long) pid[0];
      }
      if (cwdBytes != null && !Files.isDirectory(java.nio.file.Path.of(
          new String(cwdBytes, 0, cwdBytes.length - 1, java.nio.charset.StandardCharsets.UTF_8)))) {
        throw OsErrors.fromErrno(err, cwd);
      }
      if ((err != ENOENT && err != ENOTDIR) || saved == 0) {
        saved = err;
      }
    }
    Object name = argv.isEmpty() ? PyNone.NONE : FsPaths.decode(argv.get(0));
    throw OsErrors.fromErrno(saved == 0 ? ENOENT : saved, name);
  }

  private static void check(int err) {
    if (err != 0) {
      throw OsErrors.fromErrno(err);
    }
  }

  /** Adds a close action for every open descriptor from 3 up that is not to be kept. */
  private static void closeAllBut(Pointer actions, int[] keep) {
    if (keep.length == 0) {
      check(C.posix_spawn_file_actions_addclosefrom_np(actions, 3));
      return;
    }
    List<Integer> open = new ArrayList<>();
    try (DirectoryStream<java.nio.file.Path> ds =
        Files.newDirectoryStream(java.nio.file.Path.of("/proc/self/fd"))) {
      for (java.nio.file.Path p : ds) {
        open.add(Integer.parseInt(p.getFileName().toString()));
      }
    } catch (IOException | NumberFormatException e) {
      throw PyErr.format(PyExc.OSError, "cannot list open file descriptors: %s", e.getMessage());
    }
    for (int fd : open) {
      if (fd >= 3 && java.util.Arrays.binarySearch(keep, fd) < 0
          && fdFlags(fd) >= 0) {
        check(C.posix_spawn_file_actions_addclose(actions, fd));
      }
    }
  }

  /** Makes the descriptors to keep inheritable for the spawn; returns those it changed. */
  private static int[] clearCloexec(int[] keep, int errpipeWrite) {
    int[] changed = new int[keep.length];
    int n = 0;
    for (int fd : keep) {
      if (fd == errpipeWrite) {
        continue; // kept open but close-on-exec: its end-of-file tells the parent exec succeeded
      }
      int flags = fdFlags(fd);
      if (flags >= 0 && (flags & FD_CLOEXEC) != 0) {
        setFdFlags(fd, flags & ~FD_CLOEXEC);
        changed[n++] = fd;
      }
    }
    return java.util.Arrays.copyOf(changed, n);
  }

  /** A descriptor's flags, or -1 when it is not open. */
  private static int fdFlags(int fd) {
    try {
      return PosixNative.fcntl(fd, F_GETFD, 0);
    } catch (LastErrorException e) {
      return -1;
    }
  }

  private static void setFdFlags(int fd, int flags) {
    try {
      PosixNative.fcntl(fd, F_SETFD, flags);
    } catch (LastErrorException e) {
      // closed meanwhile: nothing to restore
    }
  }

  private static int[] fdsToKeep(Object o) {
    if (!(o instanceof PyTuple t)) {
      throw PyErr.format(PyExc.TypeError, "pass_fds must be a tuple");
    }
    int[] fds = new int[t.size()];
    int prev = -1;
    for (int i = 0; i < fds.length; i++) {
      Object v = t.get(i);
      if (!(v instanceof Long)) {
        throw PyErr.format(PyExc.ValueError, "bad value(s) in fds_to_keep");
      }
      fds[i] = (int) PyNumber.asLongClamped(v);
      if (fds[i] < 0 || fds[i] <= prev) {
        throw PyErr.format(PyExc.ValueError, "bad value(s) in fds_to_keep");
      }
      prev = fds[i];
    }
    return fds;
  }

  /** A sequence of str or bytes-like items as C strings (os.fsencode for str). */
  private static List<byte[]> byteStrings(Object seq) {
    List<byte[]> out = new ArrayList<>();
    Object it = Abstract.iter(seq);
    for (Object v = Abstract.next(it); v != null; v = Abstract.next(it)) {
      out.add(FsPaths.convert("fork_exec", "args", v, false, false).bytes());
    }
    return out;
  }

  private static byte[] nulTerminated(byte[] b) {
    return java.util.Arrays.copyOf(b, b.length + 1);
  }

  /** A NULL-terminated array of C strings; the memory lives as long as the returned pointer. */
  private static Pointer cArray(List<byte[]> items) {
    Memory array = new Memory((long) Native.POINTER_SIZE * (items.size() + 1));
    List<Memory> keepAlive = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      byte[] b = items.get(i);
      Memory m = new Memory(b.length + 1);
      m.write(0, b, 0, b.length);
      m.setByte(b.length, (byte) 0);
      keepAlive.add(m);
      array.setPointer((long) Native.POINTER_SIZE * i, m);
    }
    array.setPointer((long) Native.POINTER_SIZE * items.size(), null);
    return new Holder(array, keepAlive);
  }

  /** A pointer that keeps the strings it points to reachable. */
  private static final class Holder extends Pointer {
    @SuppressWarnings("unused")
    private final List<Memory> strings;
    @SuppressWarnings("unused")
    private final Memory array;

    Holder(Memory array, List<Memory> strings) {
      super(Pointer.nativeValue(array));
      this.array = array;
      this.strings = strings;
    }
  }

  /** The C library's current environment ({@code environ}), which {@code os.putenv} changes. */
  private static Pointer environ() {
    return NativeLibrary.getInstance("c").getGlobalVariableAddress("environ").getPointer(0);
  }
}
