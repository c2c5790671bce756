package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Exposer;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;

/**
 * The {@code posix} module, CPython's {@code Modules/posixmodule.c}: its functions live in {@link
 * PosixFileFunctions} and {@link PosixProcessFunctions}; this class adds the environment, the
 * constants, the result types and {@code _have_functions}, which {@code os.py} reads to build its
 * {@code supports_*} sets.
 */
@PythonModule(
    value = "posix",
    doc = "This module provides access to operating system functionality that is\n"
        + "standardized by the C Standard and the POSIX standard (a thinly\n"
        + "disguised Unix interface).  Refer to the library manual and\n"
        + "corresponding Unix manual entries for more information on calls.")
public final class PosixModule {
  private PosixModule() {}

  /** The {@code HAVE_*} names of the {@code *at} and fd calls every function here uses. */
  private static final String[] HAVE_FUNCTIONS = {
    "HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
    "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FPATHCONF", "HAVE_FSTATAT", "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS", "HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT",
    "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT",
    "HAVE_UTIMENSAT"
  };

  @ModuleExec
  public static void exec(PyModule m) {
    for (Class<?> c : new Class<?>[] {PosixFileFunctions.class, PosixProcessFunctions.class}) {
      for (Map.Entry<String, Object> e :
          Exposer.moduleFunctions(c, MethodHandles.publicLookup(), "posix").entrySet()) {
        m.put(e.getKey(), e.getValue());
      }
    }
    PosixConstants.addTo(m);
    m.put("error", PyExc.OSError);
    m.put("environ", environ());
    m.put("stat_result", PosixStat.STAT_RESULT.type());
    m.put("terminal_size", PosixProcessFunctions.TERMINAL_SIZE.type());
    m.put("uname_result", PosixProcessFunctions.UNAME_RESULT.type());
    m.put("times_result", PosixProcessFunctions.TIMES_RESULT.type());
    m.put("DirEntry", DirEntry.TYPE);
    m.put("sysconf_names", PosixConstants.SYSCONF_NAMES);
    m.put("confstr_names", PosixConstants.CONFSTR_NAMES);
    m.put("pathconf_names", PosixConstants.PATHCONF_NAMES);
    PyList have = new PyList();
    for (String h : HAVE_FUNCTIONS) {
      have.append(h);
    }
    m.put("_have_functions", have);
  }

  /** {@code posix.environ}: the C environment with bytes keys and values. */
  static PyDict environ() {
    PyDict d = new PyDict();
    Pointer env = NativeLibrary.getInstance("c").getGlobalVariableAddress("environ").getPointer(0);
    if (env == null) {
      return d;
    }
    for (int i = 0; ; i++) {
      Pointer p = env.getPointer(8L * i);
      if (p == null) {
        break;
      }
      byte[] kv = p.getByteArray(0, (int) p.indexOf(0, (byte) 0));
      int eq = -1;
      for (int k = 0; k < kv.length; k++) {
        if (kv[k] == '=') {
          eq = k;
          break;
        }
      }
      if (eq < 0) {
        continue;
      }
      PyBytes key = new PyBytes(java.util.Arrays.copyOf(kv, eq));
      if (d.get(key) == null) {
        d.put(key, new PyBytes(java.util.Arrays.copyOfRange(kv, eq + 1, kv.length)));
      }
    }
    return d;
  }

  private static byte[] envArg(Object o, String what) {
    if (!(o instanceof PyBytes) && !org.taipan.object.PyUnicode.isStr(o)) {
      throw org.taipan.object.PyErr.format(PyExc.TypeError,
          "expected str, bytes or os.PathLike object, not %s",
          org.taipan.object.PyType.of(o).getName());
    }
    byte[] b = FsPaths.strOrBytes(o);
    for (byte x : b) {
      if (x == 0) {
        throw org.taipan.object.PyErr.format(PyExc.ValueError, "embedded null byte");
      }
    }
    return b;
  }

  private static byte[] cstr(byte[] b) {
    return java.util.Arrays.copyOf(b, b.length + 1);
  }

  @PythonMethod
  public static Object putenv(Object name, Object value) {
    byte[] n = envArg(name, "name");
    byte[] v = envArg(value, "value");
    boolean bad = n.length == 0;
    for (byte x : n) {
      bad |= x == '=';
    }
    if (bad) {
      throw org.taipan.object.PyErr.format(PyExc.ValueError, "illegal environment variable name");
    }
    try {
      PosixNative.setenv(cstr(n), cstr(v), 1);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object unsetenv(Object name) {
    byte[] n = envArg(name, "name");
    boolean bad = n.length == 0;
    for (byte x : n) {
      bad |= x == '=';
    }
    if (bad) {
      throw org.taipan.object.PyErr.format(PyExc.ValueError, "illegal environment variable name");
    }
    try {
      PosixNative.unsetenv(cstr(n));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }
}
