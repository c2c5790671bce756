package org.taipan.interp;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code _imp} module, CPython's {@code Python/import.c} functions that {@code importlib}'s
 * bootstrap calls: the global import lock, builtin modules (created from the module providers),
 * frozen modules (the bootstrap modules themselves, compiled from the standard library's source)
 * and the odds and ends of {@code .pyc} handling. There are no C extensions: {@code
 * extension_suffixes()} is empty, so the path finder never offers a shared library.
 */
@PythonModule(value = "_imp", doc = "(Extremely) low-level import machinery bits as used by importlib.")
public final class ImpModule {
  private ImpModule() {}

  private static Importer importer() {
    return ThreadState.get().interp.importer;
  }

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("check_hash_based_pycs", "default");
  }

  @PythonMethod
  public static Object lock_held() {
    return importer().importLock.isHeldByCurrentThread();
  }

  @PythonMethod
  public static Object acquire_lock() {
    importer().importLock.lock();
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object release_lock() {
    var lock = importer().importLock;
    if (!lock.isHeldByCurrentThread()) {
      throw PyErr.format(PyExc.RuntimeError, "not holding the import lock");
    }
    lock.unlock();
    return PyNone.NONE;
  }

  /** {@code is_builtin(name)}: 1, -1 for {@code sys} and {@code builtins} (never re-made), or 0. */
  @PythonMethod
  public static Object is_builtin(Object name) {
    String n = PyUnicode.asJavaString(name);
    if (n.equals("sys") || n.equals("builtins")) {
      return -1L;
    }
    return importer().isBuiltin(n) ? 1L : 0L;
  }

  @PythonMethod
  public static Object create_builtin(Object spec) {
    Object name = Abstract.getAttr(spec, "name");
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(PyExc.TypeError, "name must be string, not %.200s",
          PyType.of(name).getName());
    }
    return importer().createBuiltin(PyUnicode.asJavaString(name));
  }

  @PythonMethod
  public static Object exec_builtin(Object mod) {
    // Builtin modules run their exec step when they are created.
    return 0L;
  }

  @PythonMethod
  public static Object create_dynamic(Object spec, @Default("None") Object file) {
    Object name = Abstract.getAttr(spec, "name");
    PyException e = PyErr.format(PyExc.ImportError,
        "C extension modules cannot be loaded: %s", Abstract.strJava(name));
    e.value.getDict().put("name", name);
    throw e;
  }

  @PythonMethod
  public static Object exec_dynamic(Object mod) {
    return 0L;
  }

  @PythonMethod
  public static Object extension_suffixes() {
    return new PyList();
  }

  @PythonMethod
  public static Object is_frozen(Object name) {
    return importer().frozenOrigin(PyUnicode.asJavaString(name)) != null;
  }

  @PythonMethod
  public static Object is_frozen_package(Object name) {
    frozenOrThrow(PyUnicode.asJavaString(name));
    return false;
  }

  /** {@code find_frozen(name, *, withdata=False)}: (None, ispkg, origname), or None. */
  @PythonMethod(positionalOnly = false)
  public static Object find_frozen(Object name, @KeywordOnly @Default("False") Object withdata) {
    String n = PyUnicode.asJavaString(name);
    String origin = importer().frozenOrigin(n);
    if (origin == null) {
      return PyNone.NONE;
    }
    Object data = Abstract.isTrue(withdata)
        ? new PyBytes(Marshal.dumps(importer().frozenCode(n), Marshal.VERSION))
        : PyNone.NONE;
    return new PyTuple(data, false, origin);
  }

  @PythonMethod
  public static Object get_frozen_object(Object name, @Default("None") Object data) {
    String n = PyUnicode.asJavaString(name);
    if (data != PyNone.NONE) {
      byte[] b = Marshal.bytesLike(data);
      if (b != null) {
        return Marshal.load(new Marshal.ArraySource(b));
      }
    }
    frozenOrThrow(n);
    return importer().frozenCode(n);
  }

  @PythonMethod
  public static Object init_frozen(Object name) {
    String n = PyUnicode.asJavaString(name);
    frozenOrThrow(n);
    return importer().importFrozen(n);
  }

  @PythonMethod
  public static Object _frozen_module_names() {
    return PyTuple.of(importer().frozenNames());
  }

  @PythonMethod
  public static Object _override_frozen_modules_for_tests(Object override) {
    return PyNone.NONE;
  }

  /** {@code _fix_co_filename(code, path)}: the file name of a code object and all it holds. */
  @PythonMethod
  public static Object _fix_co_filename(Object code, Object path) {
    if (!(code instanceof PyCode c)) {
      throw PyErr.format(PyExc.TypeError, "_fix_co_filename() argument 1 must be code, not %.200s",
          PyType.of(code).getName());
    }
    String p = PyUnicode.asJavaString(path);
    if (!c.filename.equals(p)) {
      c.renameFile(c.filename, p);
    }
    return PyNone.NONE;
  }

  /** {@code source_hash(key, source)}: SipHash-1-3 of the source, as {@code _Py_KeyedHash}. */
  @PythonMethod(positionalOnly = false)
  public static Object source_hash(Object key, Object source) {
    byte[] src = Marshal.bytesLike(source);
    if (src == null) {
      throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.100s'",
          PyType.of(source).getName());
    }
    long k = PyNumber.asLongClamped(key);
    long h = SipHash.hash13(k, 0, src);
    byte[] out = new byte[8];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (h >>> (8 * i));
    }
    return new PyBytes(out);
  }

  private static void frozenOrThrow(String name) {
    if (importer().frozenOrigin(name) == null) {
      PyException e = PyErr.format(PyExc.ImportError, "No such frozen object named '%s'", name);
      e.value.getDict().put("name", name);
      throw e;
    }
  }
}
