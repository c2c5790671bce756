package org.taipan.stdlib.core.os;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * {@code os.DirEntry}, an entry that {@code os.scandir} yields: its name and path, the file type
 * from {@code readdir} and the results of {@code stat}/{@code lstat}, cached as CPython does.
 */
final class DirEntry implements PyObject {
  static final PyType TYPE = PyType.fromSpec(
      PyType.Spec.of("DirEntry", DirEntry.class, MethodHandles.lookup())
          .module("posix").notBaseType());

  private final Object name;
  private final Object path;
  private final byte[] nameBytes;
  private final FsPaths.Path dir;
  private final long ino;
  private final int dtype;
  private Object stat;
  private Object lstat;

  DirEntry(FsPaths.Path dir, DirStream.Entry e) {
    this.dir = dir;
    this.nameBytes = e.name();
    this.ino = e.ino();
    this.dtype = e.type();
    if (dir.bytes() == null) {
      this.name = FsPaths.decode(e.name());
      this.path = this.name;
    } else {
      this.name = dir.result(e.name());
      byte[] d = dir.bytes();
      boolean slash = d.length > 0 && d[d.length - 1] == '/';
      byte[] full = new byte[d.length + (slash ? 0 : 1) + e.name().length];
      System.arraycopy(d, 0, full, 0, d.length);
      if (!slash) {
        full[d.length] = '/';
      }
      System.arraycopy(e.name(), 0, full, full.length - e.name().length, e.name().length);
      this.path = dir.result(full);
    }
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  @Getter("name")
  static Object name(Object self) {
    return ((DirEntry) self).name;
  }

  @Getter("path")
  static Object path(Object self) {
    return ((DirEntry) self).path;
  }

  private FsPaths.Path target() {
    if (dir.bytes() == null) {
      return new FsPaths.Path(path, nameBytes, -1, false);
    }
    return FsPaths.convert("stat", "path", path, false, false);
  }

  private int dirFd() {
    return dir.bytes() == null ? dir.fd() : PosixNative.AT_FDCWD;
  }

  private Object fetchStat(boolean follow) {
    return PosixStat.result(PosixFileFunctions.rawStat(target(), dirFd(), follow));
  }

  private boolean isSymlinkNow() {
    if (dtype != DirStream.DT_UNKNOWN) {
      return dtype == DirStream.DT_LNK;
    }
    return mode(lstatCached()) == 0xA000;
  }

  private Object lstatCached() {
    if (lstat == null) {
      lstat = fetchStat(false);
    }
    return lstat;
  }

  private static int mode(Object st) {
    return (int) (long) (Long) Abstract.getItem(st, 0L) & 0xF000;
  }

  @PythonMethod(positionalOnly = false)
  static Object stat(Object self, @KeywordOnly @Default("True") Object follow_symlinks) {
    DirEntry d = (DirEntry) self;
    if (Abstract.isTrue(follow_symlinks)) {
      if (d.stat == null) {
        d.stat = d.isSymlinkNow() ? d.fetchStat(true) : d.lstatCached();
      }
      return d.stat;
    }
    return d.lstatCached();
  }

  private boolean testMode(boolean follow, int want) {
    if (dtype == DirStream.DT_UNKNOWN || follow && dtype == DirStream.DT_LNK) {
      try {
        return mode(stat(this, follow)) == want;
      } catch (PyException e) {
        if (Abstract.isInstance(e.value, PyExc.FileNotFoundError)) {
          return false;
        }
        throw e;
      }
    }
    return want == 0x4000 ? dtype == DirStream.DT_DIR : dtype == DirStream.DT_REG;
  }

  @PythonMethod(positionalOnly = false)
  static Object is_dir(Object self, @KeywordOnly @Default("True") Object follow_symlinks) {
    return ((DirEntry) self).testMode(Abstract.isTrue(follow_symlinks), 0x4000);
  }

  @PythonMethod(positionalOnly = false)
  static Object is_file(Object self, @KeywordOnly @Default("True") Object follow_symlinks) {
    return ((DirEntry) self).testMode(Abstract.isTrue(follow_symlinks), 0x8000);
  }

  @PythonMethod
  static Object is_symlink(Object self) {
    return ((DirEntry) self).isSymlinkNow();
  }

  @PythonMethod
  static Object inode(Object self) {
    return PosixStat.unsigned(((DirEntry) self).ino);
  }

  @PythonMethod
  static Object __fspath__(Object self) {
    return ((DirEntry) self).path;
  }

  static Object __repr__(Object self) {
    return "<DirEntry " + PyUnicode.asJavaString(Abstract.repr(((DirEntry) self).name)) + ">";
  }

  @PythonMethod
  static Object __reduce__(Object self) {
    throw PyErr.format(PyExc.TypeError, "cannot pickle 'posix.DirEntry' object");
  }

  static boolean isBytes(Object o) {
    return o instanceof PyBytes;
  }
}
