package org.taipan.stdlib.core.text;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.util.Locale;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Exposer;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyLong;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * Codec error handling, CPython's {@code Python/codecs.c}: the builtin error handlers ({@code
 * strict}, {@code ignore}, {@code replace}, {@code backslashreplace}, {@code xmlcharrefreplace},
 * {@code namereplace}, {@code surrogateescape}, {@code surrogatepass}) as Python functions, and
 * the calls a codec makes when it meets something it cannot encode or decode ({@code
 * unicode_encode_call_errorhandler}, {@code unicode_decode_call_errorhandler_writer}).
 */
final class ErrorHandlers {
  private ErrorHandlers() {}

  /** What an error handler told an encoder: the replacement (str or bytes) and where to go on. */
  record Replacement(Object value, int newpos) {}

  static void registerBuiltins(PyDict handlers) {
    var fs = Exposer.moduleFunctions(ErrorHandlers.class, MethodHandles.lookup(), "_codecs");
    handlers.put("strict", fs.get("strict_errors"));
    handlers.put("ignore", fs.get("ignore_errors"));
    handlers.put("replace", fs.get("replace_errors"));
    handlers.put("xmlcharrefreplace", fs.get("xmlcharrefreplace_errors"));
    handlers.put("backslashreplace", fs.get("backslashreplace_errors"));
    handlers.put("namereplace", fs.get("namereplace_errors"));
    handlers.put("surrogateescape", fs.get("surrogateescape"));
    handlers.put("surrogatepass", fs.get("surrogatepass"));
  }

  // ---------------------------------------------------------------- calling a handler

  static boolean isStrict(String errors) {
    return errors == null || errors.equals("strict");
  }

  static PyException encodeError(String encoding, Object str, int start, int end, String reason) {
    return PyErr.newException(PyExc.UnicodeEncodeError, encoding, str, (long) start, (long) end,
        reason);
  }

  static PyException decodeError(String encoding, byte[] data, int start, int end,
      String reason) {
    return PyErr.newException(PyExc.UnicodeDecodeError, encoding, new PyBytes(data),
        (long) start, (long) end, reason);
  }

  /**
   * An encoder met characters {@code [start, end)} of {@code str} it cannot encode: raise for
   * {@code strict}, else ask the handler named {@code errors}.
   */
  static Replacement onEncode(String errors, String encoding, Object str, int length, int start,
      int end, String reason) {
    if (isStrict(errors)) {
      throw encodeError(encoding, str, start, end, reason);
    }
    Object handler = CodecRegistry.current().lookupError(errors);
    PyException exc = encodeError(encoding, str, start, end, reason);
    Object r = Abstract.call(handler, exc.value);
    if (!(r instanceof PyTuple t) || t.size() != 2
        || !(PyUnicode.isStr(t.get(0)) || t.get(0) instanceof PyBytes)
        || !PyLong.isInt(t.get(1))) {
      throw PyErr.format(PyExc.TypeError, "encoding error handler must return (str/bytes, int) tuple");
    }
    return new Replacement(t.get(0), newPosition(t.get(1), length));
  }

  /**
   * A decoder met bytes {@code [start, end)} it cannot decode: raise for {@code strict}, else ask
   * the handler; the replacement is a {@code str}.
   */
  static Replacement onDecode(String errors, String encoding, byte[] data, int start, int end,
      String reason) {
    if (isStrict(errors)) {
      throw decodeError(encoding, data, start, end, reason);
    }
    Object handler = CodecRegistry.current().lookupError(errors);
    PyException exc = decodeError(encoding, data, start, end, reason);
    Object r = Abstract.call(handler, exc.value);
    if (!(r instanceof PyTuple t) || t.size() != 2 || !PyUnicode.isStr(t.get(0))
        || !PyLong.isInt(t.get(1))) {
      throw PyErr.format(PyExc.TypeError, "decoding error handler must return (str, int) tuple");
    }
    return new Replacement(t.get(0), newPosition(t.get(1), data.length));
  }

  private static int newPosition(Object pos, int length) {
    long p = PyNumber.asLongClamped(pos);
    if (p < 0) {
      p += length;
    }
    if (p < 0 || p > length) {
      throw PyErr.format(PyExc.IndexError, "position %d from error handler out of bounds",
          PyNumber.asLongClamped(pos));
    }
    return (int) p;
  }

  // ---------------------------------------------------------------- the builtin handlers

  private static final int ENCODE = 0;
  private static final int DECODE = 1;
  private static final int TRANSLATE = 2;

  private static int kind(Object exc) {
    if (Abstract.isInstance(exc, PyExc.UnicodeEncodeError)) {
      return ENCODE;
    }
    if (Abstract.isInstance(exc, PyExc.UnicodeDecodeError)) {
      return DECODE;
    }
    if (Abstract.isInstance(exc, PyExc.UnicodeTranslateError)) {
      return TRANSLATE;
    }
    throw cannotHandle(exc);
  }

  private static PyException cannotHandle(Object exc) {
    return PyErr.format(PyExc.TypeError, "don't know how to handle %.200s in error callback",
        PyType.of(exc).getName());
  }

  private static int start(Object exc) {
    return (int) PyNumber.asLongClamped(Abstract.getAttr(exc, "start"));
  }

  private static int end(Object exc) {
    return (int) PyNumber.asLongClamped(Abstract.getAttr(exc, "end"));
  }

  /** The characters {@code [start, end)} of the exception's object (a str). */
  private static int[] chars(Object exc) {
    int[] all = CodePointBuffer.of(Abstract.getAttr(exc, "object"));
    int s = Math.max(0, Math.min(start(exc), all.length));
    int e = Math.max(s, Math.min(end(exc), all.length));
    return java.util.Arrays.copyOfRange(all, s, e);
  }

  private static byte[] bytes(Object exc) {
    byte[] all = Buffers.bytesOrNull(Abstract.getAttr(exc, "object"));
    if (all == null) {
      throw PyErr.format(PyExc.TypeError, "object attribute must be bytes");
    }
    int s = Math.max(0, Math.min(start(exc), all.length));
    int e = Math.max(s, Math.min(end(exc), all.length));
    return java.util.Arrays.copyOfRange(all, s, e);
  }

  private static Object result(Object value, long pos) {
    return new PyTuple(value, pos);
  }

  @PythonMethod
  static Object strict_errors(Object exc) {
    if (exc instanceof PyBaseException be) {
      throw new PyException(be);
    }
    throw PyErr.format(PyExc.TypeError, "codec must pass exception instance");
  }

  @PythonMethod
  static Object ignore_errors(Object exc) {
    kind(exc);
    return result("", end(exc));
  }

  @PythonMethod
  static Object replace_errors(Object exc) {
    int k = kind(exc);
    int n = Math.max(0, end(exc) - start(exc));
    String r = k == DECODE ? "\ufffd" : (k == ENCODE ? "?" : "\ufffd").repeat(n);
    return result(r, end(exc));
  }

  @PythonMethod
  static Object xmlcharrefreplace_errors(Object exc) {
    if (kind(exc) != ENCODE) {
      throw cannotHandle(exc);
    }
    StringBuilder sb = new StringBuilder();
    for (int c : chars(exc)) {
      sb.append("&#").append(c).append(';');
    }
    return result(sb.toString(), end(exc));
  }

  @PythonMethod
  static Object backslashreplace_errors(Object exc) {
    StringBuilder sb = new StringBuilder();
    if (kind(exc) == DECODE) {
      for (byte b : bytes(exc)) {
        sb.append(String.format("\\x%02x", b & 0xff));
      }
    } else {
      for (int c : chars(exc)) {
        appendEscape(sb, c);
      }
    }
    return result(sb.toString(), end(exc));
  }

  static void appendEscape(StringBuilder sb, int c) {
    if (c < 0x100) {
      sb.append(String.format("\\x%02x", c));
    } else if (c < 0x10000) {
      sb.append(String.format("\\u%04x", c));
    } else {
      sb.append(String.format("\\U%08x", c));
    }
  }

  @PythonMethod
  static Object namereplace_errors(Object exc) {
    if (kind(exc) != ENCODE) {
      throw cannotHandle(exc);
    }
    StringBuilder sb = new StringBuilder();
    for (int c : chars(exc)) {
      String name = org.taipan.object.UnicodeDatabase.name(c);
      if (name != null) {
        sb.append("\\N{").append(name).append('}');
      } else {
        appendEscape(sb, c);
      }
    }
    return result(sb.toString(), end(exc));
  }

  @PythonMethod
  static Object surrogateescape(Object exc) {
    int k = kind(exc);
    if (k == ENCODE) {
      int[] cs = chars(exc);
      byte[] out = new byte[cs.length];
      for (int i = 0; i < cs.length; i++) {
        if (cs[i] < 0xDC80 || cs[i] > 0xDCFF) {
          throw new PyException((PyBaseException) exc);
        }
        out[i] = (byte) (cs[i] - 0xDC00);
      }
      return result(new PyBytes(out), end(exc));
    }
    if (k == DECODE) {
      byte[] bs = bytes(exc);
      StringBuilder sb = new StringBuilder();
      int consumed = 0;
      while (consumed < 4 && consumed < bs.length) {
        int b = bs[consumed] & 0xff;
        if (b < 128) {
          break;
        }
        sb.append((char) (0xDC00 + b));
        consumed++;
      }
      if (consumed == 0) {
        throw new PyException((PyBaseException) exc);
      }
      return result(PyUnicode.fromCodePoints(sb.chars().toArray()), start(exc) + consumed);
    }
    throw cannotHandle(exc);
  }

  /** The standard encodings {@code surrogatepass} knows: bytes per code unit, byte order. */
  private record Standard(int width, boolean bigEndian) {}

  private static Standard standard(Object exc) {
    Object e = Abstract.getAttr(exc, "encoding");
    if (!PyUnicode.isStr(e)) {
      return null;
    }
    String n = PyUnicode.asJavaString(e).toLowerCase(Locale.ROOT);
    if (!n.startsWith("utf")) {
      return null;
    }
    n = n.substring(3);
    if (n.startsWith("-") || n.startsWith("_")) {
      n = n.substring(1);
    }
    boolean be = false;
    int width;
    if (n.equals("8")) {
      return new Standard(1, false);
    } else if (n.startsWith("16")) {
      width = 2;
      n = n.substring(2);
    } else if (n.startsWith("32")) {
      width = 4;
      n = n.substring(2);
    } else {
      return null;
    }
    if (n.startsWith("-") || n.startsWith("_")) {
      n = n.substring(1);
    }
    if (n.equals("be")) {
      be = true;
    } else if (!n.equals("le") && !n.isEmpty()) {
      return null;
    }
    return new Standard(width, be);
  }

  @PythonMethod
  static Object surrogatepass(Object exc) {
    int k = kind(exc);
    Standard std = k == TRANSLATE ? null : standard(exc);
    if (std == null) {
      throw k == TRANSLATE ? cannotHandle(exc) : new PyException((PyBaseException) exc);
    }
    if (k == ENCODE) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int c : chars(exc)) {
        if (c < 0xD800 || c > 0xDFFF) {
          throw new PyException((PyBaseException) exc);
        }
        writeUnit(out, c, std);
      }
      return result(new PyBytes(out.toByteArray()), end(exc));
    }
    byte[] all = Buffers.bytesOrNull(Abstract.getAttr(exc, "object"));
    int s = start(exc);
    int w = std.width == 1 ? 3 : std.width;
    int c = -1;
    if (all != null && s >= 0 && s + w <= all.length) {
      if (std.width == 1) {
        int b0 = all[s] & 0xff;
        int b1 = all[s + 1] & 0xff;
        int b2 = all[s + 2] & 0xff;
        if ((b0 & 0xf0) == 0xe0 && (b1 & 0xc0) == 0x80 && (b2 & 0xc0) == 0x80) {
          c = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
        }
      } else {
        c = 0;
        for (int i = 0; i < w; i++) {
          int b = all[s + (std.bigEndian ? i : w - 1 - i)] & 0xff;
          c = (c << 8) | b;
        }
      }
    }
    if (c < 0xD800 || c > 0xDFFF) {
      throw new PyException((PyBaseException) exc);
    }
    return result(PyUnicode.fromCodePoints(new int[] {c}), s + w);
  }

  private static void writeUnit(ByteArrayOutputStream out, int c, Standard std) {
    if (std.width == 1) {
      out.write(0xe0 | (c >> 12));
      out.write(0x80 | ((c >> 6) & 0x3f));
      out.write(0x80 | (c & 0x3f));
      return;
    }
    for (int i = 0; i < std.width; i++) {
      int shift = std.bigEndian ? 8 * (std.width - 1 - i) : 8 * i;
      out.write((c >> shift) & 0xff);
    }
  }
}
