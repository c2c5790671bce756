package org.taipan.object;

/**
 * The bits of {@code type.__flags__}, CPython's {@code Py_TPFLAGS_*} in {@code Include/object.h}.
 * Python code reads a few of them ({@code inspect.isabstract}, {@code copyreg._reduce_ex}); the
 * collection bits decide what a {@code match} statement treats as a sequence or a mapping.
 */
public final class TypeFlags {
  private TypeFlags() {}

  public static final long MANAGED_DICT = 1L << 4;
  public static final long SEQUENCE = 1L << 5;
  public static final long MAPPING = 1L << 6;
  public static final long IMMUTABLETYPE = 1L << 8;
  public static final long HEAPTYPE = 1L << 9;
  public static final long BASETYPE = 1L << 10;
  public static final long READY = 1L << 12;
  public static final long HAVE_GC = 1L << 14;
  public static final long METHOD_DESCRIPTOR = 1L << 17;
  public static final long VALID_VERSION_TAG = 1L << 19;
  public static final long IS_ABSTRACT = 1L << 20;
  public static final long MATCH_SELF = 1L << 22;
  public static final long LONG_SUBCLASS = 1L << 24;
  public static final long LIST_SUBCLASS = 1L << 25;
  public static final long TUPLE_SUBCLASS = 1L << 26;
  public static final long BYTES_SUBCLASS = 1L << 27;
  public static final long UNICODE_SUBCLASS = 1L << 28;
  public static final long DICT_SUBCLASS = 1L << 29;
  public static final long BASE_EXC_SUBCLASS = 1L << 30;
  public static final long TYPE_SUBCLASS = 1L << 31;

  /** {@code type.__flags__}: the bits a type has by its kind, base and the bits set on it. */
  static long of(PyType t) {
    long f = READY | t.extraFlags;
    if (t.isHeapType()) {
      f |= HEAPTYPE | HAVE_GC;
      if (!t.slotsOnly) {
        f |= MANAGED_DICT;
      }
    } else {
      f |= (t.mutableBuiltin ? 0 : IMMUTABLETYPE) | VALID_VERSION_TAG;
    }
    if (t.isBaseType()) {
      f |= BASETYPE;
    }
    f |= subclassBit(t, PyLong.TYPE, LONG_SUBCLASS)
        | subclassBit(t, PyList.TYPE, LIST_SUBCLASS)
        | subclassBit(t, PyTuple.TYPE, TUPLE_SUBCLASS)
        | subclassBit(t, PyBytes.TYPE, BYTES_SUBCLASS)
        | subclassBit(t, PyUnicode.TYPE, UNICODE_SUBCLASS)
        | subclassBit(t, PyDict.TYPE, DICT_SUBCLASS)
        | subclassBit(t, PyExc.BaseException, BASE_EXC_SUBCLASS)
        | subclassBit(t, PyType.TYPE, TYPE_SUBCLASS);
    return f;
  }

  private static long subclassBit(PyType t, PyType base, long bit) {
    return t.isSubtypeOf(base) ? bit : 0;
  }
}
