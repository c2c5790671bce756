package org.taipan.stdlib.core.os;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNumber;
import org.taipan.object.PyUnicode;

/**
 * The {@code pwd} module, CPython's {@code Modules/pwdmodule.c}: the password database through
 * the C library's {@code getpwuid}, {@code getpwnam} and {@code getpwent}.
 */
@PythonModule(
    value = "pwd",
    doc = "This module provides access to the Unix password database.\n"
        + "It is available on all Unix versions.\n\n"
        + "Password database entries are reported as 7-tuples containing the following\n"
        + "items from the password database (see `<pwd.h>'), in order:\n"
        + "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
        + "The uid and gid items are integers, all others are strings. An\n"
        + "exception is raised if the entry asked for cannot be found.")
public final class PwdModule {
  private PwdModule() {}

  /** The C calls, bound on first use. */
  static final class C {
    static {
      Native.register(C.class, "c");
    }

    static native Pointer getpwuid(int uid);

    static native Pointer getpwnam(byte[] name);

    static native void setpwent();

    static native Pointer getpwent();

    static native void endpwent();
  }

  static final StructSeqType STRUCT_PASSWD = StructSeqType.create("pwd", "struct_passwd",
      new String[] {"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir",
          "pw_shell"}, 7,
      "pwd.struct_passwd: Results from getpw*() routines.\n\n"
          + "This object may be accessed either as a tuple of\n"
          + "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
          + "or via the object attributes as named in the above tuple.");

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("struct_passwd", STRUCT_PASSWD.type());
  }

  private static Object str(Pointer p) {
    if (p == null) {
      return "";
    }
    return FsPaths.decode(p.getByteArray(0, (int) p.indexOf(0, (byte) 0)));
  }

  /** {@code mkpwent}: struct passwd is name, passwd, uid, gid, gecos, dir, shell. */
  private static Object entry(Pointer pw) {
    return STRUCT_PASSWD.make(str(pw.getPointer(0)), str(pw.getPointer(8)),
        pw.getInt(16) & 0xFFFFFFFFL, pw.getInt(20) & 0xFFFFFFFFL, str(pw.getPointer(24)),
        str(pw.getPointer(32)), str(pw.getPointer(40)));
  }

  @PythonMethod
  public static Object getpwuid(Object uid) {
    Object i = PyNumber.index(uid);
    if (!(i instanceof Long l) || l < 0 || l > 0xFFFFFFFEL) {
      throw PyErr.format(PyExc.KeyError, "getpwuid(): uid not found");
    }
    Pointer pw = C.getpwuid((int) (long) l);
    if (pw == null) {
      throw PyErr.newException(PyExc.KeyError, "getpwuid(): uid not found: " + l);
    }
    return entry(pw);
  }

  @PythonMethod
  public static Object getpwnam(Object name) {
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(PyExc.TypeError, "getpwnam() argument must be str, not %s",
          org.taipan.object.PyType.of(name).getName());
    }
    byte[] n = FsPaths.encode(name);
    for (byte b : n) {
      if (b == 0) {
        throw PyErr.format(PyExc.ValueError, "embedded null character");
      }
    }
    Pointer pw = C.getpwnam(java.util.Arrays.copyOf(n, n.length + 1));
    if (pw == null) {
      throw PyErr.newException(PyExc.KeyError, "getpwnam(): name not found: "
          + PyUnicode.asJavaString(Abstract.repr(name)));
    }
    return entry(pw);
  }

  @PythonMethod
  public static Object getpwall() {
    PyList r = new PyList();
    synchronized (C.class) {
      C.setpwent();
      for (Pointer pw; (pw = C.getpwent()) != null; ) {
        r.append(entry(pw));
      }
      C.endpwent();
    }
    return r;
  }
}
