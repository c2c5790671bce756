package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyIterator;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.WithDict;
import org.taipan.stdlib.core.data.StructFormat.Code;

/**
 * {@code _struct.Struct}, CPython's {@code PyStructObject} in {@code Modules/_struct.c}: a
 * compiled format with {@code pack}, {@code pack_into}, {@code unpack}, {@code unpack_from} and
 * {@code iter_unpack}. {@code __init__} may be called again to compile another format.
 */
class PyStruct {
  static final PyType TYPE =
      DataSupport.type("Struct", "_struct", PyStruct.class, MethodHandles.lookup(),
          Derived::new, null, PyStruct.class);
  static final PyType ITER_TYPE =
      DataSupport.type("unpack_iterator", "_struct", UnpackIterator.class,
          MethodHandles.lookup(), null, null, UnpackIterator.class);

  static {
    TYPE.defineBuiltin("__doc__", "Struct(format)\n--\n\nCreate a compiled struct object.\n\n"
        + "Return a new Struct object which writes and reads binary data according to\n"
        + "the format string.\n\nSee help(struct) for more on format strings.");
  }

  /** The format as ASCII bytes ({@code s_format}). */
  byte[] format = new byte[0];
  StructFormat compiled = StructFormat.UNINITIALISED;

  PyStruct() {}

  /** An instance of a Python subclass. */
  static final class Derived extends PyStruct implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type) {
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      if (dict == null) {
        dict = new PyDict();
      }
      return dict;
    }
  }

  private static PyStruct self(Object o) {
    return (PyStruct) o;
  }

  /** A new compiled {@code Struct} of {@code format} (a str or bytes). */
  static PyStruct of(Object format) {
    PyStruct s = new PyStruct();
    s.init(format);
    return s;
  }

  /** {@code Struct___init___impl}: compiles a str (ASCII) or bytes format. */
  void init(Object fmt) {
    byte[] b;
    if (PyUnicode.isStr(fmt)) {
      b = ((PyBytes) Abstract.callMethod(fmt, "encode", "ascii")).toByteArray();
    } else if (fmt instanceof PyBytes bytes) {
      b = bytes.toByteArray();
    } else {
      throw PyErr.format(PyExc.TypeError,
          "Struct() argument 1 must be a str or bytes object, not %s",
          DataSupport.typeName(fmt));
    }
    StructFormat f = StructFormat.compile(b);
    format = b;
    compiled = f;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyStruct() : new Derived(cls);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    Object[] a = new CallArgs(args, kwnames).bind("Struct", 1, "format");
    self(self).init(a[0]);
    return PyNone.NONE;
  }

  // ---------------------------------------------------------------- pack

  /** {@code s_pack_internal}: packs {@code args[from...]} into {@code buf} at {@code off}. */
  void packInto(Object[] args, int from, byte[] buf, int off) {
    StructFormat f = compiled;
    int k = from;
    for (Code code : f.codes) {
      int at = off + (int) code.offset();
      char c = code.c();
      if (c == 's' || c == 'p') {
        byte[] v = StructCodec.stringArg(c, args[k++]);
        int size = (int) code.size();
        if (c == 's') {
          System.arraycopy(v, 0, buf, at, Math.min(v.length, size));
        } else if (size > 0) {
          int n = Math.min(v.length, size - 1);
          System.arraycopy(v, 0, buf, at + 1, n);
          buf[at] = (byte) Math.min(n, 255);
        }
        continue;
      }
      int size = (int) code.size();
      for (long r = 0; r < code.repeat(); r++) {
        StructCodec.pack(c, f.mode, size, args[k++], buf, at);
        at += size;
      }
    }
  }

  /** {@code s_pack}: the values as bytes. */
  byte[] pack(Object[] args, int from, String what) {
    long n = args.length - from;
    if (n != compiled.len) {
      throw StructModule.error("%s expected %d items for packing (got %d)", what, compiled.len, n);
    }
    if (compiled.size > Integer.MAX_VALUE - 8) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    byte[] buf = new byte[(int) compiled.size];
    packInto(args, from, buf, 0);
    return buf;
  }

  /** {@code s_pack_into}: packs {@code args[from + 2 ...]} into buffer {@code args[from]}. */
  void packIntoBuffer(Object[] args, int from) {
    long nargs = args.length - from;
    if (nargs != compiled.len + 2) {
      if (nargs == 0) {
        throw StructModule.error("pack_into expected buffer argument");
      } else if (nargs == 1) {
        throw StructModule.error("pack_into expected offset argument");
      }
      throw StructModule.error("pack_into expected %d items for packing (got %d)",
          compiled.len, nargs - 2);
    }
    PyBuffer buffer = writableBuffer(args[from]);
    long offset = StructModule.indexOffset(args[from + 1]);
    long len = buffer.length;
    long size = compiled.size;
    if (offset < 0) {
      if (offset + size > 0) {
        throw StructModule.error("no space to pack %d bytes at offset %d", size, offset);
      }
      if (offset + len < 0) {
        throw StructModule.error("offset %d out of range for %d-byte buffer", offset, len);
      }
      offset += len;
    }
    if (len - offset < size) {
      throw StructModule.error("pack_into requires a buffer of at least %d bytes for packing "
          + "%d bytes at offset %d (actual buffer size is %d)", size + offset, size, offset, len);
    }
    byte[] buf = new byte[(int) size];
    packInto(args, from + 2, buf, 0);
    // a value's __index__ may have resized a bytearray meanwhile: write through a fresh buffer
    buffer = writableBuffer(args[from]);
    if (offset + size <= buffer.length) {
      System.arraycopy(buf, 0, buffer.array, buffer.offset + (int) offset, (int) size);
    }
  }

  /** {@code PyArg_Parse(arg, "w*")}. */
  private static PyBuffer writableBuffer(Object o) {
    PyBuffer b = PyBuffer.getOrNull(o);
    if (b == null || b.readonly) {
      throw PyErr.format(PyExc.TypeError, "argument must be read-write bytes-like object, not %s",
          DataSupport.typeName(o));
    }
    return PyBuffer.getWritable(o, "");
  }

  // ---------------------------------------------------------------- unpack

  /** {@code s_unpack_internal}: the values at {@code off} of {@code buf}. */
  PyTuple unpackAt(PyBuffer b, int off) {
    return unpackAt(b.array, b.offset + off);
  }

  /** {@code s_unpack_internal}: the values at {@code off} of {@code buf}. */
  PyTuple unpackAt(byte[] buf, int off) {
    StructFormat f = compiled;
    Object[] out = new Object[(int) f.len];
    int k = 0;
    for (Code code : f.codes) {
      int at = off + (int) code.offset();
      char c = code.c();
      if (c == 's' || c == 'p') {
        int size = (int) code.size();
        int start = at;
        int n = size;
        if (c == 'p') {
          if (size == 0) {
            throw PyErr.format(PyExc.SystemError,
                "Negative size passed to PyBytes_FromStringAndSize");
          }
          n = Math.min(buf[at] & 0xff, size - 1);
          start = at + 1;
        }
        out[k++] = new PyBytes(java.util.Arrays.copyOfRange(buf, start, start + n));
        continue;
      }
      int size = (int) code.size();
      for (long r = 0; r < code.repeat(); r++) {
        out[k++] = StructCodec.unpack(c, f.mode, size, buf, at);
        at += size;
      }
    }
    return new PyTuple(out);
  }

  PyTuple unpack(Object buffer) {
    PyBuffer b = PyBuffer.get(buffer);
    if (b.length != compiled.size) {
      throw StructModule.error("unpack requires a buffer of %d bytes", compiled.size);
    }
    return unpackAt(b, 0);
  }

  PyTuple unpackFrom(Object buffer, Object offsetArg) {
    PyBuffer b = PyBuffer.get(buffer);
    long offset = offsetArg == null ? 0 : DataSupport.asSsize(offsetArg);
    long len = b.length;
    long size = compiled.size;
    if (offset < 0) {
      if (offset + size > 0) {
        throw StructModule.error("not enough data to unpack %d bytes at offset %d", size, offset);
      }
      if (offset + len < 0) {
        throw StructModule.error("offset %d out of range for %d-byte buffer", offset, len);
      }
      offset += len;
    }
    if (len - offset < size) {
      throw StructModule.error("unpack_from requires a buffer of at least %d bytes for unpacking "
          + "%d bytes at offset %d (actual buffer size is %d)", size + offset, size, offset, len);
    }
    return unpackAt(b, (int) offset);
  }

  Object iterUnpack(Object buffer) {
    if (compiled.size == 0) {
      throw StructModule.error("cannot iteratively unpack with a struct of length 0");
    }
    PyBuffer b = PyBuffer.get(buffer);
    if (b.length % compiled.size != 0) {
      throw StructModule.error(
          "iterative unpacking requires a buffer of a multiple of %d bytes", compiled.size);
    }
    return new UnpackIterator(this, buffer, b.length);
  }

  // ---------------------------------------------------------------- Python methods

  @PythonMethod(doc = "pack($self, /, *values)\n--\n\n"
      + "S.pack(v1, v2, ...) -> bytes\n\n"
      + "Return a bytes object containing values v1, v2, ... packed according\n"
      + "to the format string S.format.  See help(struct) for more on format\n"
      + "strings.")
  static Object pack(Object self, Object[] args) {
    return new PyBytes(self(self).pack(args, 0, "pack"));
  }

  @PythonMethod
  static Object pack_into(Object self, Object[] args) {
    self(self).packIntoBuffer(args, 0);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object unpack(Object self, Object buffer) {
    return self(self).unpack(buffer);
  }

  /** {@code unpack_from(buffer, offset=0)}, CPython's wording for its argument errors. */
  @PythonMethod
  static Object unpack_from(Object self, Object[] args, PyDict kwargs) {
    Object[] a = CallArgs.of(args, kwargs).bind("unpack_from", 1, "buffer", "offset");
    return self(self).unpackFrom(a[0], a[1]);
  }

  @PythonMethod
  static Object iter_unpack(Object self, Object buffer) {
    return self(self).iterUnpack(buffer);
  }

  @PythonMethod
  static Object __sizeof__(Object self) {
    return 56L + 32L * (self(self).compiled.codeCount() + 1);
  }

  @Getter("format")
  static Object formatAttr(Object self) {
    return PyUnicode.wrap(new String(self(self).format, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @Getter("size")
  static Object sizeAttr(Object self) {
    return self(self).compiled.size;
  }

  /** {@code _struct.unpack_iterator}: unpacks successive records of a buffer. */
  static final class UnpackIterator extends PyIterator {
    final PyStruct struct;
    /** The exporter; its buffer is taken again for each record, as its bytes may change. */
    final Object exporter;
    final int length;
    final long size;
    int index;

    UnpackIterator(PyStruct struct, Object exporter, int length) {
      this.struct = struct;
      this.exporter = exporter;
      this.length = length;
      this.size = struct.compiled.size;
    }

    @Override
    public PyType getType() {
      return ITER_TYPE;
    }

    @Override
    public Object next() {
      PyBuffer b = PyBuffer.get(exporter);
      if (index + size > Math.min(length, b.length)) {
        index = length;
        return null;
      }
      PyTuple r = struct.unpackAt(b, index);
      index += (int) size;
      return r;
    }

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      throw PyErr.format(PyExc.TypeError, "Cannot create '%s objects", "unpack_iterator");
    }

    static Object __iter__(Object self) {
      return self;
    }

    static Object __next__(Object self) {
      return ((UnpackIterator) self).nextOrRaise();
    }

    @PythonMethod
    static Object __length_hint__(Object self) {
      UnpackIterator it = (UnpackIterator) self;
      return (it.length - it.index) / it.size;
    }
  }
}
