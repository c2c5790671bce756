package org.taipan.stdlib.core.io;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The two C calls {@code FileIO} needs beyond {@link org.taipan.stdlib.core.os.Libc}: {@code open}
 * with the path as bytes (so names that are not UTF-8 pass through) and {@code fstat}, of whose
 * {@code struct stat} only the mode, size and block size are read.
 */
final class IoNative {
  static {
    Native.register(IoNative.class, "c");
  }

  private IoNative() {}

  static final int O_RDONLY = 0;
  static final int O_WRONLY = 1;
  static final int O_RDWR = 2;
  static final int O_CREAT = 64;
  static final int O_EXCL = 128;
  static final int O_TRUNC = 512;
  static final int O_APPEND = 1024;
  static final int O_CLOEXEC = 524288;
  static final int EAGAIN = 11;
  static final int EBADF = 9;
  static final int EISDIR = 21;
  static final int ESPIPE = 29;
  static final int EINTR = 4;

  static native int open(byte[] path, int flags, int mode) throws LastErrorException;

  static native int fstat(int fd, byte[] buf) throws LastErrorException;

  static final short POLLIN = 1;
  static final short POLLOUT = 4;
  static final int F_GETFL = 3;
  static final int O_NONBLOCK = 2048;

  /** {@code poll(fds, nfds, timeout)} over an array of {@code struct pollfd} (8 bytes each). */
  static native int poll(byte[] fds, long nfds, int timeout) throws LastErrorException;

  static native int fcntl(int fd, int cmd) throws LastErrorException;

  private static final boolean AARCH64 = "aarch64".equals(System.getProperty("os.arch"));

  /** What {@code FileIO} reads of a {@code struct stat}. */
  record Stat(int mode, long size, long blksize) {
    boolean isDir() {
      return (mode & 0xF000) == 0x4000;
    }

    /** A pipe, socket or character device: a read or write may wait for another party. */
    boolean mayBlock() {
      int t = mode & 0xF000;
      return t == 0x1000 || t == 0xC000 || t == 0x2000;
    }
  }

  /** {@code fstat(fd)}; throws {@link LastErrorException} on failure. */
  static Stat fstat(int fd) {
    byte[] buf = new byte[256];
    fstat(fd, buf);
    ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
    if (AARCH64) {
      return new Stat(b.getInt(16), b.getLong(48), b.getInt(56));
    }
    return new Stat(b.getInt(24), b.getLong(48), b.getLong(56));
  }
}
