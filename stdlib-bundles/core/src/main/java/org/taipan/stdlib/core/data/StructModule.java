package org.taipan.stdlib.core.data;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PositionalOnly;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/**
 * The {@code _struct} module, CPython's {@code Modules/_struct.c}: the module-level functions
 * compile their format through a cache of {@link PyStruct} objects ({@code cache_struct_converter},
 * cleared when it passes {@value #MAXCACHE} entries) and call the same code as the methods.
 */
@PythonModule(value = "_struct", doc = StructModule.DOC)
public final class StructModule {
  private StructModule() {}

  static final String DOC = "Functions to convert between Python values and C structs.\n"
      + "Python bytes objects are used to hold the data representing the C struct\n"
      + "and also as format strings (explained below) to describe the layout of data\n"
      + "in the C struct.\n\n"
      + "The optional first format char indicates byte order, size and alignment:\n"
      + "  @: native order, size & alignment (default)\n"
      + "  =: native order, std. size & alignment\n"
      + "  <: little-endian, std. size & alignment\n"
      + "  >: big-endian, std. size & alignment\n"
      + "  !: same as >\n\n"
      + "The remaining chars indicate types of args and must match exactly;\n"
      + "these can be preceded by a decimal repeat count:\n"
      + "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
      + "  ?: _Bool (requires C99; if not available, char is used instead)\n"
      + "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
      + "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
      + "Special cases (preceding decimal count indicates length):\n"
      + "  s:string (array of char); p: pascal string (with count byte).\n"
      + "Special cases (only available in native format):\n"
      + "  n:ssize_t; N:size_t;\n"
      + "  P:an integer type that is wide enough to hold a pointer.\n"
      + "Special case (not in native mode unless 'long long' in platform C):\n"
      + "  q:long long; Q:unsigned long long\n"
      + "Whitespace between formats is ignored.\n\n"
      + "The variable struct.error is an exception raised on errors.\n";

  static final int MAXCACHE = 100;

  /** {@code struct.error}. */
  static final PyType ERROR = DataSupport.newException("struct.error", PyExc.Exception);

  private static final PyDict CACHE = new PyDict();

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("Struct", PyStruct.TYPE);
    m.put("error", ERROR);
  }

  static PyException error(String fmt, Object... args) {
    return PyErr.format(ERROR, fmt, args);
  }

  /** {@code PyNumber_AsSsize_t(o, PyExc_IndexError)}, the offset of {@code pack_into}. */
  static long indexOffset(Object o) {
    return DataSupport.asSsize(o, PyExc.IndexError);
  }

  /** {@code cache_struct_converter}: the compiled Struct of a format. */
  static PyStruct cached(Object format) {
    // the GIL serialises access to the cache, as in CPython
    Object c = CACHE.get(format);
    if (c != null) {
      return (PyStruct) c;
    }
    PyStruct s = PyStruct.of(format);
    if (CACHE.size() >= MAXCACHE) {
      CACHE.clear();
    }
    CACHE.put(format, s);
    return s;
  }

  private static void noKeywords(String name, PyDict kwargs) {
    if (kwargs.size() > 0) {
      throw PyErr.format(PyExc.TypeError, "_struct.%s() takes no keyword arguments", name);
    }
  }

  private static void checkPositional(String name, Object[] args, int n) {
    if (args.length != n) {
      throw PyErr.format(PyExc.TypeError, "%s expected %d arguments, got %d", name, n,
          args.length);
    }
  }

  @PythonMethod(doc = "pack(format, v1, v2, ...) -> bytes\n\n"
      + "Return a bytes object containing the values v1, v2, ... packed according\n"
      + "to the format string.  See help(struct) for more on format strings.")
  public static Object pack(Object[] args, PyDict kwargs) {
    noKeywords("pack", kwargs);
    if (args.length == 0) {
      throw PyErr.format(PyExc.TypeError, "missing format argument");
    }
    return new PyBytes(cached(args[0]).pack(args, 1, "pack"));
  }

  @PythonMethod(doc = "pack_into(format, buffer, offset, v1, v2, ...)\n\n"
      + "Pack the values v1, v2, ... according to the format string and write\n"
      + "the packed bytes into the writable buffer buf starting at offset.  Note\n"
      + "that the offset is a required argument.  See help(struct) for more\n"
      + "on format strings.")
  public static Object pack_into(Object[] args, PyDict kwargs) {
    noKeywords("pack_into", kwargs);
    if (args.length == 0) {
      throw PyErr.format(PyExc.TypeError, "missing format argument");
    }
    cached(args[0]).packIntoBuffer(args, 1);
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object unpack(Object[] args, PyDict kwargs) {
    noKeywords("unpack", kwargs);
    checkPositional("unpack", args, 2);
    return cached(args[0]).unpack(args[1]);
  }

  @PythonMethod(positionalOnly = false)
  public static Object unpack_from(@PositionalOnly Object format, Object buffer,
      @Default("0") Object offset) {
    return cached(format).unpackFrom(buffer, offset);
  }

  @PythonMethod
  public static Object iter_unpack(Object[] args, PyDict kwargs) {
    noKeywords("iter_unpack", kwargs);
    checkPositional("iter_unpack", args, 2);
    return cached(args[0]).iterUnpack(args[1]);
  }

  @PythonMethod
  public static Object calcsize(Object[] args, PyDict kwargs) {
    noKeywords("calcsize", kwargs);
    if (args.length != 1) {
      throw PyErr.format(PyExc.TypeError,
          "_struct.calcsize() takes exactly one argument (%d given)", args.length);
    }
    return cached(args[0]).compiled.size;
  }

  @PythonMethod
  public static Object _clearcache() {
    CACHE.clear();
    return PyNone.NONE;
  }
}
