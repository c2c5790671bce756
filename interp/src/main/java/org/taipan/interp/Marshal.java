package org.taipan.interp;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyCodePoints;
import org.taipan.object.PyComplex;
import org.taipan.object.PyDict;
import org.taipan.object.PyEllipsis;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyFloat;
import org.taipan.object.PyList;
import org.taipan.object.PyLong;
import org.taipan.object.PyNone;
import org.taipan.object.PySet;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * CPython's marshal format, version 0 to 4 ({@code Python/marshal.c}): the serialization of
 * constants and code objects that {@code .pyc} files hold. Code objects are written in CPython
 * 3.11's layout (argument counts, stack size, flags, code, constants, names, {@code
 * co_localsplusnames} and {@code co_localspluskinds}, file name, name, qualified name, first line,
 * location table, exception table), so our {@code .pyc} files and CPython's are the same format.
 *
 * <p>From version 3 on, every object but the singletons is entered in a reference table and a
 * repeat is written as a reference; CPython skips objects with a single reference, which the JVM
 * cannot tell, so our output may hold more references than CPython's, never fewer objects.
 */
final class Marshal {
  private Marshal() {}

  /** {@code marshal.version}. */
  static final int VERSION = 4;

  private static final int MAX_DEPTH = 2000;
  private static final int FLAG_REF = 0x80;

  private static final int CO_FAST_LOCAL = 0x20;
  private static final int CO_FAST_CELL = 0x40;
  private static final int CO_FAST_FREE = 0x80;

  /** {@code marshal.dumps(value, version)}. */
  static byte[] dumps(Object value, int version) {
    Writer w = new Writer(version);
    w.write(value);
    return w.out.toByteArray();
  }

  // ---------------------------------------------------------------- writing

  private static final class Writer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final int version;
    final Map<Object, Integer> refs = new IdentityHashMap<>();
    int depth;

    Writer(int version) {
      this.version = version;
    }

    void write(Object v) {
      if (++depth > MAX_DEPTH) {
        throw PyErr.format(PyExc.ValueError, "object too deeply nested to marshal");
      }
      try {
        if (v == null) {
          out.write('0');
        } else if (v == PyNone.NONE) {
          out.write('N');
        } else if (v == PyExc.StopIteration) {
          out.write('S');
        } else if (v == PyEllipsis.ELLIPSIS) {
          out.write('.');
        } else if (v == Boolean.FALSE) {
          out.write('F');
        } else if (v == Boolean.TRUE) {
          out.write('T');
        } else {
          int flag = 0;
          if (version >= 3) {
            Integer index = refs.get(v);
            if (index != null) {
              out.write('r');
              writeInt(index);
              return;
            }
            refs.put(v, refs.size());
            flag = FLAG_REF;
          }
          writeComplexObject(v, flag);
        }
      } finally {
        depth--;
      }
    }

    private void writeComplexObject(Object v, int flag) {
      Class<?> c = v.getClass();
      if (c == Long.class || c == BigInteger.class) {
        writeLong(v, flag);
      } else if (c == Double.class) {
        double d = (Double) v;
        if (version > 1) {
          out.write('g' | flag);
          writeDouble(d);
        } else {
          out.write('f' | flag);
          writeFloatText(d);
        }
      } else if (c == PyComplex.class) {
        PyComplex z = (PyComplex) v;
        if (version > 1) {
          out.write('y' | flag);
          writeDouble(z.real);
          writeDouble(z.imag);
        } else {
          out.write('x' | flag);
          writeFloatText(z.real);
          writeFloatText(z.imag);
        }
      } else if (c == PyBytes.class) {
        out.write('s' | flag);
        writeSized(((PyBytes) v).toByteArray());
      } else if (c == String.class || c == PyCodePoints.class) {
        writeStr(v, flag);
      } else if (c == PyTuple.class) {
        PyTuple t = (PyTuple) v;
        int n = t.size();
        if (version >= 4 && n < 256) {
          out.write(')' | flag);
          out.write(n);
        } else {
          out.write('(' | flag);
          writeInt(n);
        }
        for (int i = 0; i < n; i++) {
          write(t.get(i));
        }
      } else if (c == PyList.class) {
        PyList l = (PyList) v;
        Object[] items = l.toArray();
        out.write('[' | flag);
        writeInt(items.length);
        for (Object item : items) {
          write(item);
        }
      } else if (c == PyDict.class) {
        out.write('{' | flag);
        for (Map.Entry<Object, Object> e : ((PyDict) v).entries()) {
          write(e.getKey());
          write(e.getValue());
        }
        write(null);
      } else if (c == PySet.class) {
        PySet s = (PySet) v;
        Object[] items = s.items().toArray();
        out.write((s.isFrozen() ? '>' : '<') | flag);
        writeInt(items.length);
        for (Object item : items) {
          write(item);
        }
      } else if (c == PyCode.class) {
        writeCode((PyCode) v, flag);
      } else if (bytesLike(v) != null) {
        out.write('s' | flag);
        writeSized(bytesLike(v));
      } else {
        throw PyErr.format(PyExc.ValueError, "unmarshallable object");
      }
    }

    private void writeCode(PyCode co, int flag) {
      out.write('c' | flag);
      writeInt(co.argcount);
      writeInt(co.posonlyargcount);
      writeInt(co.kwonlyargcount);
      writeInt(co.stacksize);
      writeInt(co.flags);
      write(new PyBytes(co.code.clone()));
      write(new PyTuple(co.consts.clone()));
      write(stringTuple(co.names));
      write(stringTuple(co.localsplusnames));
      write(new PyBytes(localsPlusKinds(co)));
      write(PyUnicode.wrap(co.filename));
      write(PyUnicode.wrap(co.name));
      write(PyUnicode.wrap(co.qualname));
      writeInt(co.firstlineno);
      write(new PyBytes(LocationTable.encode(co.positions, co.firstlineno, co.code)));
      write(new PyBytes(ExceptionTableCodec.encode(co.exceptionTable)));
    }

    private void writeLong(Object v, int flag) {
      if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
        out.write('i' | flag);
        writeInt((int) (long) l);
        return;
      }
      BigInteger b = PyLong.big(v);
      BigInteger mag = b.abs();
      List<Integer> digits = new ArrayList<>();
      while (mag.signum() != 0) {
        digits.add(mag.intValue() & 0x7fff);
        mag = mag.shiftRight(15);
      }
      out.write('l' | flag);
      writeInt(b.signum() < 0 ? -digits.size() : digits.size());
      for (int d : digits) {
        out.write(d & 0xff);
        out.write(d >> 8);
      }
    }

    private void writeStr(Object v, int flag) {
      String s = v instanceof String j ? j : null;
      if (version >= 4 && s != null && isAscii(s)) {
        boolean interned = looksInterned(s);
        if (s.length() < 256) {
          out.write((interned ? 'Z' : 'z') | flag);
          out.write(s.length());
        } else {
          out.write((interned ? 'A' : 'a') | flag);
          writeInt(s.length());
        }
        out.write(s.getBytes(StandardCharsets.ISO_8859_1), 0, s.length());
        return;
      }
      boolean interned = version >= 3 && s != null && looksInterned(s);
      out.write((interned ? 't' : 'u') | flag);
      writeSized(utf8SurrogatePass(v));
    }

    private void writeSized(byte[] b) {
      writeInt(b.length);
      out.write(b, 0, b.length);
    }

    private void writeInt(int x) {
      out.write(x);
      out.write(x >> 8);
      out.write(x >> 16);
      out.write(x >> 24);
    }

    private void writeDouble(double d) {
      long bits = Double.doubleToRawLongBits(d);
      for (int i = 0; i < 8; i++) {
        out.write((int) (bits >>> (8 * i)));
      }
    }

    private void writeFloatText(double d) {
      byte[] text = PyUnicode.asJavaString(Abstract.format(d, ".17g"))
          .getBytes(StandardCharsets.US_ASCII);
      out.write(text.length);
      out.write(text, 0, text.length);
    }
  }

  private static PyTuple stringTuple(String[] names) {
    Object[] r = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      r[i] = PyUnicode.wrap(names[i]);
    }
    return new PyTuple(r);
  }

  /** {@code co_localspluskinds}: what each local, cell and free slot is. */
  static byte[] localsPlusKinds(PyCode co) {
    byte[] kinds = new byte[co.localsplusnames.length];
    for (int i = 0; i < kinds.length; i++) {
      if (i < co.nlocals) {
        kinds[i] = CO_FAST_LOCAL;
      } else if (i < co.nlocals + co.ncells) {
        kinds[i] = CO_FAST_CELL;
      } else {
        kinds[i] = (byte) CO_FAST_FREE;
      }
    }
    for (int arg : co.cell2arg) {
      if (arg >= 0) {
        kinds[arg] |= CO_FAST_CELL;
      }
    }
    return kinds;
  }

  /** The bytes of a bytes-like object (bytes, bytearray, memoryview, ...), or null. */
  static byte[] bytesLike(Object o) {
    org.taipan.object.PyBuffer b = org.taipan.object.PyBuffer.getOrNull(o);
    return b == null ? null : b.toByteArray();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether CPython would have interned this string: the compiler interns names and constants
   * made only of name characters. The JVM keeps no such flag, so the rule stands in for it.
   */
  private static boolean looksInterned(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
          || (ch >= '0' && ch <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** UTF-8 with lone surrogates encoded like any other code point ("surrogatepass"). */
  private static byte[] utf8SurrogatePass(Object str) {
    if (str instanceof String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    PyCodePoints p = (PyCodePoints) str;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int i = 0; i < p.length(); i++) {
      int c = p.codePointAt(i);
      if (c < 0x80) {
        b.write(c);
      } else if (c < 0x800) {
        b.write(0xc0 | (c >> 6));
        b.write(0x80 | (c & 0x3f));
      } else if (c < 0x10000) {
        b.write(0xe0 | (c >> 12));
        b.write(0x80 | ((c >> 6) & 0x3f));
        b.write(0x80 | (c & 0x3f));
      } else {
        b.write(0xf0 | (c >> 18));
        b.write(0x80 | ((c >> 12) & 0x3f));
        b.write(0x80 | ((c >> 6) & 0x3f));
        b.write(0x80 | (c & 0x3f));
      }
    }
    return b.toByteArray();
  }

  // ---------------------------------------------------------------- reading

  /** Where a reader takes its bytes from: an array, or a file's {@code read}. */
  interface Source {
    /** The next {@code n} bytes; EOFError if fewer remain. */
    byte[] take(int n);

    /** The next byte, or -1 at the end. */
    int next();
  }

  /** A source over a byte array ({@code marshal.loads}). */
  static final class ArraySource implements Source {
    private final byte[] data;
    int pos;

    ArraySource(byte[] data) {
      this.data = data;
    }

    @Override
    public byte[] take(int n) {
      if (n > data.length - pos) {
        throw PyErr.format(PyExc.EOFError, "marshal data too short");
      }
      byte[] r = java.util.Arrays.copyOfRange(data, pos, pos + n);
      pos += n;
      return r;
    }

    @Override
    public int next() {
      return pos < data.length ? data[pos++] & 0xff : -1;
    }
  }

  /** A source over a binary file's {@code read(n)} ({@code marshal.load}). */
  static final class FileSource implements Source {
    private final Object file;

    FileSource(Object file) {
      this.file = file;
    }

    @Override
    public byte[] take(int n) {
      if (n == 0) {
        return new byte[0];
      }
      Object got = Abstract.callMethod(file, "read", (long) n);
      byte[] b = bytesLike(got);
      if (b == null) {
        throw PyErr.format(PyExc.TypeError, "file.read() returned not bytes but %s",
            PyType.of(got).getName());
      }
      if (b.length > n) {
        throw PyErr.format(PyExc.ValueError,
            "read() returned too much data: %d bytes requested, %d returned", n, b.length);
      }
      if (b.length < n) {
        throw PyErr.format(PyExc.EOFError, "EOF read where not expected");
      }
      return b;
    }

    @Override
    public int next() {
      Object got = Abstract.callMethod(file, "read", 1L);
      byte[] b = bytesLike(got);
      return b == null || b.length == 0 ? -1 : b[0] & 0xff;
    }
  }

  /** Reads one object ({@code marshal.loads} / {@code marshal.load}). */
  static Object load(Source in) {
    Reader r = new Reader(in);
    Object v = r.read();
    if (v == null) {
      throw PyErr.format(PyExc.TypeError, "NULL object in marshal data for object");
    }
    return v;
  }

  private static final class Reader {
    final Source in;
    final List<Object> refs = new ArrayList<>();
    int depth;

    Reader(Source in) {
      this.in = in;
    }

    /** The next object, or null for the NULL marker that ends a dict. */
    Object read() {
      int code = in.next();
      if (code < 0) {
        throw PyErr.format(PyExc.EOFError, "EOF read where object expected");
      }
      if (++depth > MAX_DEPTH) {
        throw PyErr.format(PyExc.ValueError, "recursion limit exceeded");
      }
      try {
        return readTyped(code & ~FLAG_REF, (code & FLAG_REF) != 0);
      } finally {
        depth--;
      }
    }

    private Object ref(Object v, boolean flag) {
      if (flag) {
        refs.add(v);
      }
      return v;
    }

    private int reserve(boolean flag) {
      if (!flag) {
        return -1;
      }
      refs.add(PyNone.NONE);
      return refs.size() - 1;
    }

    private Object insert(Object v, int index) {
      if (index >= 0) {
        refs.set(index, v);
      }
      return v;
    }

    private Object readTyped(int type, boolean flag) {
      switch (type) {
        case '0':
          return null;
        case 'N':
          return PyNone.NONE;
        case 'S':
          return PyExc.StopIteration;
        case '.':
          return PyEllipsis.ELLIPSIS;
        case 'F':
          return Boolean.FALSE;
        case 'T':
          return Boolean.TRUE;
        case 'i':
          return ref((long) readInt(), flag);
        case 'I': {
          long v = 0;
          byte[] b = in.take(8);
          for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xff);
          }
          return ref(v, flag);
        }
        case 'l':
          return ref(readLong(), flag);
        case 'f':
          return ref(readFloatText(), flag);
        case 'g':
          return ref(readDouble(), flag);
        case 'x': {
          double re = readFloatText();
          return ref(new PyComplex(re, readFloatText()), flag);
        }
        case 'y': {
          double re = readDouble();
          return ref(new PyComplex(re, readDouble()), flag);
        }
        case 's':
          return ref(new PyBytes(in.take(readSize("bytes object"))), flag);
        case 'a':
        case 'A':
          return ref(ascii(in.take(readSize("string")), type == 'A'), flag);
        case 'z':
        case 'Z':
          return ref(ascii(in.take(readByte()), type == 'Z'), flag);
        case 'u':
        case 't':
          return ref(utf8(in.take(readSize("string")), type == 't'), flag);
        case ')':
          return readTuple(readByte(), flag);
        case '(':
          return readTuple(readSize("tuple"), flag);
        case '[': {
          int n = readSize("list");
          PyList l = new PyList();
          ref(l, flag);
          for (int i = 0; i < n; i++) {
            l.append(item("list"));
          }
          return l;
        }
        case '{': {
          PyDict d = new PyDict();
          ref(d, flag);
          while (true) {
            Object key = read();
            if (key == null) {
              return d;
            }
            Object value = read();
            if (value == null) {
              return d;
            }
            d.put(key, value);
          }
        }
        case '<':
        case '>': {
          int n = readSize("set");
          boolean frozen = type == '>';
          PySet s = new PySet(frozen);
          int index = frozen ? reserve(flag) : -1;
          if (!frozen) {
            ref(s, flag);
          }
          for (int i = 0; i < n; i++) {
            s.add(item("set"));
          }
          return frozen ? insert(s, index) : s;
        }
        case 'c':
          return readCode(flag);
        case 'r': {
          int n = readInt();
          if (n < 0 || n >= refs.size()) {
            throw PyErr.format(PyExc.ValueError, "bad marshal data (invalid reference)");
          }
          Object v = refs.get(n);
          if (v == PyNone.NONE) {
            throw PyErr.format(PyExc.ValueError, "bad marshal data (invalid reference)");
          }
          return v;
        }
        default:
          throw PyErr.format(PyExc.ValueError, "bad marshal data (unknown type code)");
      }
    }

    private Object item(String container) {
      Object v = read();
      if (v == null) {
        throw PyErr.format(PyExc.TypeError, "NULL object in marshal data for %s", container);
      }
      return v;
    }

    private PyTuple readTuple(int n, boolean flag) {
      Object[] items = new Object[n];
      PyTuple t = new PyTuple(items);
      ref(t, flag);
      for (int i = 0; i < n; i++) {
        items[i] = item("tuple");
      }
      return t;
    }

    private Object readCode(boolean flag) {
      int index = reserve(flag);
      int argcount = readInt();
      int posonly = readInt();
      int kwonly = readInt();
      int stacksize = readInt();
      int flags = readInt();
      byte[] code = bytesField(read());
      Object[] consts = tupleField(read()).toArray();
      String[] names = strings(tupleField(read()));
      String[] localsplus = strings(tupleField(read()));
      byte[] kinds = bytesField(read());
      String filename = PyUnicode.asJavaString(read());
      String name = PyUnicode.asJavaString(read());
      String qualname = PyUnicode.asJavaString(read());
      int firstlineno = readInt();
      byte[] linetable = bytesField(read());
      byte[] exceptions = bytesField(read());
      if (kinds.length != localsplus.length) {
        throw PyErr.format(PyExc.ValueError, "bad marshal data (code object kinds)");
      }
      int nlocals = 0;
      int ncells = 0;
      int nfrees = 0;
      List<Integer> cell2arg = new ArrayList<>();
      for (int i = 0; i < kinds.length; i++) {
        int k = kinds[i] & 0xff;
        if ((k & CO_FAST_LOCAL) != 0) {
          nlocals++;
          if ((k & CO_FAST_CELL) != 0) {
            cell2arg.add(i);
          }
        } else if ((k & CO_FAST_CELL) != 0) {
          ncells++;
          cell2arg.add(-1);
        } else if ((k & CO_FAST_FREE) != 0) {
          nfrees++;
        }
      }
      int[] positions;
      int[] table;
      try {
        positions = LocationTable.decode(linetable, firstlineno, code.length / 2);
        table = ExceptionTableCodec.decode(exceptions);
      } catch (IllegalArgumentException e) {
        throw PyErr.format(PyExc.ValueError, "bad marshal data (%s)", e.getMessage());
      }
      PyCode co = new PyCode(code, consts, names, localsplus, nlocals, ncells, nfrees,
          cell2arg.stream().mapToInt(Integer::intValue).toArray(), argcount, posonly, kwonly,
          flags, name, qualname, filename, firstlineno, stacksize, table, positions);
      return insert(co, index);
    }

    private byte[] bytesField(Object o) {
      if (o instanceof PyBytes b) {
        return b.toByteArray();
      }
      throw PyErr.format(PyExc.ValueError, "bad marshal data (code object field)");
    }

    private PyTuple tupleField(Object o) {
      if (o instanceof PyTuple t) {
        return t;
      }
      throw PyErr.format(PyExc.ValueError, "bad marshal data (code object field)");
    }

    private String[] strings(PyTuple t) {
      String[] r = new String[t.size()];
      for (int i = 0; i < r.length; i++) {
        r[i] = PyUnicode.asJavaString(t.get(i));
      }
      return r;
    }

    private int readByte() {
      int b = in.next();
      if (b < 0) {
        throw PyErr.format(PyExc.EOFError, "EOF read where object expected");
      }
      return b;
    }

    private int readInt() {
      byte[] b = in.take(4);
      return (b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24;
    }

    private int readSize(String what) {
      int n = readInt();
      if (n < 0) {
        throw PyErr.format(PyExc.ValueError, "bad marshal data (%s size out of range)", what);
      }
      return n;
    }

    private Object readLong() {
      int n = readInt();
      if (n == 0) {
        return 0L;
      }
      int count = Math.abs(n);
      byte[] b = in.take(2 * count);
      BigInteger v = BigInteger.ZERO;
      for (int i = count - 1; i >= 0; i--) {
        int d = (b[2 * i] & 0xff) | (b[2 * i + 1] & 0xff) << 8;
        if (d > 0x7fff) {
          throw PyErr.format(PyExc.ValueError, "bad marshal data (digit out of range in long)");
        }
        if (i == count - 1 && d == 0) {
          throw PyErr.format(PyExc.ValueError, "bad marshal data (unnormalized long data)");
        }
        v = v.shiftLeft(15).or(BigInteger.valueOf(d));
      }
      return PyLong.normalize(n < 0 ? v.negate() : v);
    }

    private double readDouble() {
      byte[] b = in.take(8);
      long bits = 0;
      for (int i = 7; i >= 0; i--) {
        bits = (bits << 8) | (b[i] & 0xff);
      }
      return Double.longBitsToDouble(bits);
    }

    private double readFloatText() {
      String s = new String(in.take(readByte()), StandardCharsets.ISO_8859_1);
      try {
        return PyFloat.parse(s, s);
      } catch (PyException e) {
        throw PyErr.format(PyExc.ValueError, "bad marshal data (float)");
      }
    }

    private Object ascii(byte[] b, boolean interned) {
      String s = new String(b, StandardCharsets.ISO_8859_1);
      return interned ? s.intern() : s;
    }

    private Object utf8(byte[] b, boolean interned) {
      int[] cps = new int[b.length];
      int n = 0;
      for (int i = 0; i < b.length; ) {
        int c = b[i] & 0xff;
        int extra = c < 0x80 ? 0 : c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : -1;
        if (extra < 0) {
          throw badUtf8(b, i);
        }
        int cp = extra == 0 ? c : c & (0x3f >> extra);
        for (int k = 1; k <= extra; k++) {
          if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) {
            throw badUtf8(b, i);
          }
          cp = (cp << 6) | (b[i + k] & 0x3f);
        }
        cps[n++] = cp;
        i += extra + 1;
      }
      Object s = PyUnicode.fromCodePoints(java.util.Arrays.copyOf(cps, n));
      return interned && s instanceof String j ? j.intern() : s;
    }

    private PyException badUtf8(byte[] b, int at) {
      return PyErr.format(PyExc.UnicodeDecodeError,
          "'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte",
          b[at] & 0xff, at);
    }
  }
}
