package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The C library calls behind {@code posix}, {@code time}, {@code pwd}, {@code select} and {@code
 * _posixsubprocess}, bound with JNA direct mapping. Paths are NUL-terminated byte arrays, so that
 * names which are not UTF-8 pass through unchanged. Calls that set {@code errno} throw {@link
 * LastErrorException}. Structure layouts are those of Linux on x86_64 and aarch64 (LP64).
 */
final class PosixNative {
  static {
    Native.register(PosixNative.class, "c");
  }

  private PosixNative() {}

  static final int AT_FDCWD = -100;
  static final int AT_SYMLINK_NOFOLLOW = 0x100;
  static final int AT_REMOVEDIR = 0x200;
  static final int AT_SYMLINK_FOLLOW = 0x400;
  static final int AT_EACCESS = 0x200;

  static native int openat(int dirfd, byte[] path, int flags, int mode) throws LastErrorException;

  static native int fstatat(int dirfd, byte[] path, byte[] buf, int flags)
      throws LastErrorException;

  static native int fstat(int fd, byte[] buf) throws LastErrorException;

  static native int mkdirat(int dirfd, byte[] path, int mode) throws LastErrorException;

  static native int unlinkat(int dirfd, byte[] path, int flags) throws LastErrorException;

  static native int renameat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath)
      throws LastErrorException;

  static native int symlinkat(byte[] target, int newdirfd, byte[] linkpath)
      throws LastErrorException;

  static native long readlinkat(int dirfd, byte[] path, byte[] buf, long size)
      throws LastErrorException;

  static native int linkat(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, int flags)
      throws LastErrorException;

  static native int fchmodat(int dirfd, byte[] path, int mode, int flags)
      throws LastErrorException;

  static native int fchmod(int fd, int mode) throws LastErrorException;

  static native int fchownat(int dirfd, byte[] path, int uid, int gid, int flags)
      throws LastErrorException;

  static native int fchown(int fd, int uid, int gid) throws LastErrorException;

  static native int utimensat(int dirfd, byte[] path, long[] times, int flags)
      throws LastErrorException;

  static native int futimens(int fd, long[] times) throws LastErrorException;

  static native int faccessat(int dirfd, byte[] path, int mode, int flags)
      throws LastErrorException;

  static native int truncate(byte[] path, long length) throws LastErrorException;

  static native Pointer getcwd(byte[] buf, long size) throws LastErrorException;

  static native int chdir(byte[] path) throws LastErrorException;

  static native int fchdir(int fd) throws LastErrorException;

  static native int chroot(byte[] path) throws LastErrorException;

  static native Pointer fdopendir(int fd) throws LastErrorException;

  static native Pointer opendir(byte[] path) throws LastErrorException;

  static native Pointer readdir(Pointer dir) throws LastErrorException;

  static native int closedir(Pointer dir) throws LastErrorException;

  static native void rewinddir(Pointer dir);

  static native int setenv(byte[] name, byte[] value, int overwrite) throws LastErrorException;

  static native int unsetenv(byte[] name) throws LastErrorException;

  static native int getpid();

  static native int getppid();

  static native int getuid();

  static native int geteuid();

  static native int getgid();

  static native int getegid();

  static native int getpgrp();

  static native int getpgid(int pid) throws LastErrorException;

  static native int getsid(int pid) throws LastErrorException;

  static native int setsid() throws LastErrorException;

  static native int setpgid(int pid, int pgid) throws LastErrorException;

  static native int getgroups(int size, int[] list) throws LastErrorException;

  static native Pointer getlogin();

  static native int umask(int mask);

  static native int waitpid(int pid, int[] status, int options) throws LastErrorException;

  static native int kill(int pid, int sig) throws LastErrorException;

  static native int killpg(int pgrp, int sig) throws LastErrorException;

  static native int uname(byte[] buf) throws LastErrorException;

  static native long times(long[] buf) throws LastErrorException;

  static native long sysconf(int name) throws LastErrorException;

  static native long confstr(int name, byte[] buf, long len) throws LastErrorException;

  static native long pathconf(byte[] path, int name) throws LastErrorException;

  static native long fpathconf(int fd, int name) throws LastErrorException;

  static native int fcntl(int fd, int cmd, long arg) throws LastErrorException;

  static native int ioctl(int fd, long request, byte[] arg) throws LastErrorException;

  static native int fdatasync(int fd) throws LastErrorException;

  static native int pipe2(int[] fds, int flags) throws LastErrorException;

  static native int dup3(int oldfd, int newfd, int flags) throws LastErrorException;

  static native int getrandom(byte[] buf, long len, int flags) throws LastErrorException;

  static native Pointer strsignal(int sig);

  static native void _exit(int status);

  static native int nice(int inc) throws LastErrorException;

  static native long pread(int fd, byte[] buf, long count, long offset) throws LastErrorException;

  static native long pwrite(int fd, byte[] buf, long count, long offset)
      throws LastErrorException;

  static native Pointer ttyname(int fd);

  static native int mkfifoat(int dirfd, byte[] path, int mode) throws LastErrorException;

  static native int statvfs(byte[] path, byte[] buf) throws LastErrorException;

  static native int fstatvfs(int fd, byte[] buf) throws LastErrorException;

  static native int sched_getaffinity(int pid, long size, byte[] mask) throws LastErrorException;

  static native int clock_gettime(int clock, long[] ts) throws LastErrorException;

  static native int clock_getres(int clock, long[] ts) throws LastErrorException;

  static native int getloadavg(double[] loadavg, int n);

  static native int lockf(int fd, int cmd, long len) throws LastErrorException;

  static native int posix_fallocate(int fd, long offset, long len);

  static native int access(byte[] path, int mode);
}
