package org.taipan.stdlib.core.os;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * File-system paths as {@code posixmodule.c}'s {@code path_converter} takes them: a {@code str}
 * (encoded as UTF-8 with {@code surrogateescape}), {@code bytes}, an {@code os.PathLike}, and for
 * some functions an open file descriptor. Results keep the argument's kind: bytes in, bytes out.
 */
public final class FsPaths {
  private FsPaths() {}

  /**
   * A converted path argument.
   *
   * @param object the argument as given (for error messages' {@code filename})
   * @param bytes the path's bytes without the trailing NUL, or null for an fd
   * @param fd the file descriptor, or -1
   * @param wantBytes whether results should be bytes (the argument was bytes-like)
   */
  public record Path(Object object, byte[] bytes, int fd, boolean wantBytes) {
    /** The path as a NUL-terminated C string. */
    public byte[] c() {
      byte[] r = new byte[bytes.length + 1];
      System.arraycopy(bytes, 0, r, 0, bytes.length);
      return r;
    }

    /** A name (from a directory listing, a link) in the kind of this path. */
    public Object result(byte[] name) {
      return wantBytes ? new PyBytes(name) : decode(name);
    }
  }

  /**
   * Converts a path argument.
   *
   * @param func the function's name for messages
   * @param arg the parameter's name for messages
   * @param o the argument
   * @param allowFd whether an int is taken as a file descriptor
   * @param nullable whether None means the current directory (as for listdir)
   */
  public static Path convert(String func, String arg, Object o, boolean allowFd, boolean nullable) {
    if (nullable && o == PyNone.NONE) {
      return new Path(o, new byte[] {'.'}, -1, false);
    }
    Object v = o;
    if (!PyUnicode.isStr(v) && !(v instanceof PyBytes) && !(allowFd && isInt(v))) {
      Object fspath = PyType.of(v).lookup("__fspath__");
      if (fspath == null) {
        throw wrongType(func, arg, o, allowFd, nullable);
      }
      v = Abstract.callAsMethod(fspath, v, new Object[0], null);
      if (!PyUnicode.isStr(v) && !(v instanceof PyBytes)) {
        throw PyErr.format(
            PyExc.TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
            PyType.of(o).getName(), PyType.of(v).getName());
      }
    }
    if (PyUnicode.isStr(v)) {
      byte[] b = encode(v);
      checkNul(func, arg, b);
      return new Path(o, b, -1, false);
    } else if (v instanceof PyBytes pb) {
      byte[] b = pb.toByteArray();
      checkNul(func, arg, b);
      return new Path(o, b, -1, true);
    }
    return new Path(o, null, fd(v), false);
  }

  private static boolean isInt(Object v) {
    return v instanceof Long || v instanceof java.math.BigInteger || v instanceof Boolean
        || (!(v instanceof Double) && PyType.of(v).lookup("__index__") != null
            && !PyUnicode.isStr(v));
  }

  private static org.taipan.object.PyException wrongType(
      String func, String arg, Object o, boolean allowFd, boolean nullable) {
    String kinds = allowFd
        ? (nullable ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer")
        : (nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
    return PyErr.format(PyExc.TypeError, "%s: %s should be %s, not %s",
        func, arg, kinds, PyType.of(o).getName());
  }

  private static void checkNul(String func, String arg, byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        throw PyErr.format(PyExc.ValueError, "embedded null byte");
      }
    }
  }

  /** A C {@code int} file descriptor from an index ({@code _PyLong_FileDescriptor_Converter}). */
  public static int fd(Object v) {
    Object i = PyNumber.index(v);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    if (i instanceof Long l && l > 0 || i instanceof java.math.BigInteger b && b.signum() > 0) {
      throw PyErr.format(PyExc.OverflowError, "signed integer is greater than maximum");
    }
    throw PyErr.format(PyExc.OverflowError, "signed integer is less than minimum");
  }

  /** A C {@code int} from an index, with CPython's overflow messages. */
  public static int cint(Object v) {
    if (v instanceof Double) {
      throw PyErr.format(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
    }
    return fd(v);
  }

  /** {@code os.fsencode} of a str: UTF-8 with {@code surrogateescape}. */
  public static byte[] encode(Object s) {
    String j = PyUnicode.asJavaString(s);
    ByteArrayOutputStream out = new ByteArrayOutputStream(j.length() + 8);
    for (int i = 0; i < j.length(); i++) {
      char c = j.charAt(i);
      if (c >= 0xDC80 && c <= 0xDCFF) {
        out.write(c - 0xDC00);
      } else if (Character.isHighSurrogate(c) && i + 1 < j.length()
          && Character.isLowSurrogate(j.charAt(i + 1))) {
        byte[] b = j.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
        i++;
      } else if (Character.isSurrogate(c)) {
        throw PyErr.newException(PyExc.UnicodeEncodeError, "utf-8", s, (long) i, (long) i + 1,
            "surrogates not allowed");
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toByteArray();
  }

  /** {@code os.fsdecode} of bytes: UTF-8 with {@code surrogateescape}. */
  public static Object decode(byte[] b) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      // slow path below
    }
    int[] cps = new int[b.length];
    int n = 0;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
          : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      int cp = -1;
      if (len == 1) {
        cp = c;
      } else if (len > 1 && i + len <= b.length) {
        cp = c & (0x3F >> (len - 1));
        for (int k = 1; k < len; k++) {
          int x = b[i + k] & 0xFF;
          if ((x & 0xC0) != 0x80) {
            cp = -1;
            break;
          }
          cp = (cp << 6) | (x & 0x3F);
        }
        int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
          cp = -1;
        }
      }
      if (cp < 0) {
        cps[n++] = 0xDC00 + c;
        i++;
      } else {
        cps[n++] = cp;
        i += len;
      }
    }
    return PyUnicode.fromCodePoints(java.util.Arrays.copyOf(cps, n));
  }

  /** A str or bytes argument as C bytes (for environment names and values). */
  public static byte[] strOrBytes(Object o) {
    if (o instanceof PyBytes b) {
      return b.toByteArray();
    }
    return encode(o);
  }
}
