package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;

/**
 * The C library calls that the JDK cannot make on real file descriptors, bound with JNA direct
 * mapping. Every method throws {@link LastErrorException} (carrying {@code errno}) when the call
 * fails; {@link OsErrors} turns that into the matching {@code OSError} subclass.
 */
public final class Libc {
  static {
    Native.register(Libc.class, "c");
  }

  private Libc() {}

  public static native int open(String path, int flags, int mode) throws LastErrorException;

  public static native int close(int fd) throws LastErrorException;

  public static native long read(int fd, byte[] buf, long count) throws LastErrorException;

  public static native long write(int fd, byte[] buf, long count) throws LastErrorException;

  public static native long lseek(int fd, long offset, int whence) throws LastErrorException;

  public static native int dup(int fd) throws LastErrorException;

  public static native int dup2(int fd, int fd2) throws LastErrorException;

  public static native int pipe(int[] fds) throws LastErrorException;

  public static native int isatty(int fd);

  public static native int fsync(int fd) throws LastErrorException;

  public static native int ftruncate(int fd, long length) throws LastErrorException;

  public static native String strerror(int errnum);
}
