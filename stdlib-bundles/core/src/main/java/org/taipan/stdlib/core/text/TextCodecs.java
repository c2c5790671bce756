package org.taipan.stdlib.core.text;

import org.taipan.object.Abstract;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyBytes;
import org.taipan.object.PyCodecs;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.PyWarnings;

/**
 * {@code str.encode} and {@code bytes.decode} over the codec registry, CPython's {@code
 * PyUnicode_AsEncodedString} and {@code PyUnicode_Decode}: UTF-8, UTF-16, UTF-32, ASCII and
 * Latin-1 directly, every other encoding through its registered codec, which must be a text
 * encoding and give bytes (or str) back.
 */
final class TextCodecs implements PyCodecs.Provider {

  /**
   * {@code _PyCodec_Encode} or {@code _PyCodec_Decode}: entry {@code index} of the codec info
   * called with {@code (obj, errors)}; its result must be a pair.
   */
  static Object call(Object obj, String encoding, String errors, int index, String badResult) {
    Object info = CodecRegistry.current().lookup(encoding);
    return callCodec(info, index, obj, errors, badResult, encoding);
  }

  private static Object callCodec(Object info, int index, Object obj, String errors,
      String badResult, String encoding) {
    Object fn = Abstract.getItem(info, (long) index);
    Object r;
    try {
      r = errors == null ? Abstract.call(fn, obj) : Abstract.call(fn, obj, errors);
    } catch (PyException e) {
      throw wrap(e, index == 0 ? "encoding" : "decoding", encoding);
    }
    if (!(r instanceof PyTuple t) || t.size() != 2) {
      throw PyErr.format(PyExc.TypeError, "%s", badResult);
    }
    return t.get(0);
  }

  /** Exception types whose instances hold nothing but their args ({@code BaseException_init}). */
  private static final java.util.Set<PyType> PLAIN = java.util.Set.of(PyExc.Exception,
      PyExc.TypeError, PyExc.ValueError, PyExc.LookupError, PyExc.IndexError, PyExc.KeyError,
      PyExc.RuntimeError, PyExc.NotImplementedError, PyExc.ArithmeticError,
      PyExc.ZeroDivisionError, PyExc.OverflowError, PyExc.AssertionError, PyExc.EOFError,
      PyExc.MemoryError, PyExc.RecursionError, PyExc.SystemError, PyExc.UnicodeError);

  /**
   * {@code wrap_codec_error} ({@code _PyErr_TrySetFromCause}): an exception of a plain builtin
   * type with at most one str argument and no attributes becomes one of the same type saying
   * which codec failed, caused by the original; anything else passes unchanged.
   */
  private static PyException wrap(PyException e, String operation, String codec) {
    PyBaseException v = e.value;
    PyType t = PyType.of(v);
    if (!PLAIN.contains(t) || v.args.size() > 1
        || (v.args.size() == 1 && !(v.args.get(0) instanceof String
            || v.args.get(0) instanceof org.taipan.object.PyCodePoints))
        || v.getDict().size() > 0) {
      return e;
    }
    PyException n = PyErr.format(t, "%s with '%s' codec failed (%s: %s)", operation, codec,
        t.getName(), Abstract.strJava(v));
    n.value.cause = v;
    n.value.context = v;
    n.value.suppressContext = true;
    return n;
  }

  /** The part of a normalized name after "utf" / "utf_", or null when it is not a UTF name. */
  private static String utf(String norm) {
    if (!norm.startsWith("utf")) {
      return null;
    }
    String rest = norm.substring(3);
    return rest.startsWith("_") ? rest.substring(1) : rest;
  }

  private static boolean isLatin1(String n) {
    return n.equals("latin1") || n.equals("latin_1") || n.equals("iso_8859_1")
        || n.equals("iso8859_1");
  }

  private static boolean isAscii(String n) {
    return n.equals("ascii") || n.equals("us_ascii");
  }

  /** The codec info of a text encoding ({@code _PyCodec_LookupTextEncoding}). */
  private static Object textEncoding(String encoding, String alternative) {
    Object info = CodecRegistry.current().lookup(encoding);
    Object flag = Abstract.lookupAttr(info, "_is_text_encoding");
    if (flag != null && !Abstract.isTrue(flag)) {
      throw PyErr.format(PyExc.LookupError,
          "'%.400s' is not a text encoding; use %s to handle arbitrary codecs", encoding,
          alternative);
    }
    return info;
  }

  @Override
  public Object encode(Object str, String encoding, String errors) {
    String norm = CodecRegistry.normalize(encoding);
    String u = utf(norm);
    int[] cps;
    if (u != null) {
      switch (u) {
        case "8":
          return new PyBytes(Encoder.utf8().encode(str, CodePointBuffer.of(str), errors));
        case "16":
          return new PyBytes(Encoder.utf16or32(2, 0).encode(str, CodePointBuffer.of(str), errors));
        case "32":
          return new PyBytes(Encoder.utf16or32(4, 0).encode(str, CodePointBuffer.of(str), errors));
        default:
          break;
      }
    } else if (isAscii(norm)) {
      cps = CodePointBuffer.of(str);
      return new PyBytes(Encoder.ucs1("ascii", 128).encode(str, cps, errors));
    } else if (isLatin1(norm)) {
      cps = CodePointBuffer.of(str);
      return new PyBytes(Encoder.ucs1("latin-1", 256).encode(str, cps, errors));
    }
    Object info = textEncoding(encoding, "codecs.encode()");
    Object v = callCodec(info, 0, str, errors, "encoder must return a tuple (object, integer)",
        encoding);
    if (v instanceof PyBytes) {
      return v;
    }
    if (PyBuffer.check(v) && PyType.of(v).getName().equals("bytearray")) {
      PyWarnings.warn(PyExc.RuntimeWarning, String.format(
          "encoder %s returned bytearray instead of bytes; use codecs.encode() to encode to "
              + "arbitrary types", encoding), 1);
      return new PyBytes(PyBuffer.bytes(v));
    }
    throw PyErr.format(PyExc.TypeError,
        "'%.400s' encoder returned '%.400s' instead of 'bytes'; use codecs.encode() to encode "
            + "to arbitrary types", encoding, PyType.of(v).getName());
  }

  @Override
  public Object decode(Object data, String encoding, String errors) {
    String norm = CodecRegistry.normalize(encoding);
    String u = utf(norm);
    if (u != null) {
      switch (u) {
        case "8":
          return Decoders.utf8(PyBuffer.bytes(data), errors, true).str();
        case "16":
          return Decoders.utf16or32(2, PyBuffer.bytes(data), errors, 0, true).str();
        case "32":
          return Decoders.utf16or32(4, PyBuffer.bytes(data), errors, 0, true).str();
        default:
          break;
      }
    } else if (isAscii(norm)) {
      return Decoders.ascii(PyBuffer.bytes(data), errors).str();
    } else if (isLatin1(norm)) {
      return Decoders.latin1(PyBuffer.bytes(data)).str();
    }
    Object info = textEncoding(encoding, "codecs.decode()");
    Object v = callCodec(info, 1, data, errors, "decoder must return a tuple (object,integer)",
        encoding);
    if (!PyUnicode.isStr(v)) {
      throw PyErr.format(PyExc.TypeError,
          "'%.400s' decoder returned '%.400s' instead of 'str'; use codecs.decode() to decode "
              + "to arbitrary types", encoding, PyType.of(v).getName());
    }
    return v;
  }
}
