package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;
import java.util.ArrayList;
import java.util.List;

/**
 * An open C directory stream ({@code DIR *}) read with {@code readdir}, skipping {@code .} and
 * {@code ..}, for {@code listdir} and {@code scandir}.
 */
final class DirStream {
  private Pointer dir;
  private final FsPaths.Path path;

  /** One directory entry: its name, inode number and {@code d_type}. */
  record Entry(byte[] name, long ino, int type) {}

  static final int DT_UNKNOWN = 0;
  static final int DT_DIR = 4;
  static final int DT_REG = 8;
  static final int DT_LNK = 10;

  private DirStream(Pointer dir, FsPaths.Path path) {
    this.dir = dir;
    this.path = path;
  }

  static DirStream open(FsPaths.Path p) {
    try {
      if (p.bytes() == null) {
        int fd = PosixNative.fcntl(p.fd(), PosixConstants.F_DUPFD_CLOEXEC, 0);
        Pointer d;
        try {
          d = PosixNative.fdopendir(fd);
        } catch (LastErrorException e) {
          Libc.close(fd);
          throw e;
        }
        PosixNative.rewinddir(d);
        return new DirStream(d, p);
      }
      return new DirStream(PosixNative.opendir(p.c()), p);
    } catch (LastErrorException e) {
      throw PosixFileFunctions.error(e, p);
    }
  }

  static List<Entry> readAll(FsPaths.Path p) {
    DirStream s = open(p);
    try {
      List<Entry> r = new ArrayList<>();
      for (Entry e; (e = s.next()) != null; ) {
        r.add(e);
      }
      return r;
    } finally {
      s.close();
    }
  }

  /** The next entry, or null at the end. */
  Entry next() {
    if (dir == null) {
      return null;
    }
    while (true) {
      Pointer e;
      try {
        e = PosixNative.readdir(dir);
      } catch (LastErrorException ex) {
        if (ex.getErrorCode() == 0) {
          return null;
        }
        throw PosixFileFunctions.error(ex, path);
      }
      if (e == null) {
        return null;
      }
      // struct dirent (LP64): d_ino, d_off, d_reclen, d_type, d_name[]
      long ino = e.getLong(0);
      int type = e.getByte(18) & 0xFF;
      byte[] name = e.getByteArray(19, (int) strlen(e, 19));
      if (name.length == 1 && name[0] == '.' || name.length == 2 && name[0] == '.'
          && name[1] == '.') {
        continue;
      }
      return new Entry(name, ino, type);
    }
  }

  private static long strlen(Pointer p, long off) {
    long n = 0;
    while (p.getByte(off + n) != 0) {
      n++;
    }
    return n;
  }

  void close() {
    if (dir != null) {
      try {
        PosixNative.closedir(dir);
      } catch (LastErrorException e) {
        // as CPython, errors closing a directory stream are ignored
      }
      dir = null;
    }
  }

  boolean isClosed() {
    return dir == null;
  }
}
