package org.taipan.stdlib.core.text;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code _codecs} module, CPython's {@code Modules/_codecsmodule.c}: the codec registry
 * ({@link CodecRegistry}), the error handler registry ({@link ErrorHandlers}) and the codec
 * functions that the {@code encodings} package wraps, each returning {@code (result, length
 * consumed)}.
 */
@PythonModule("_codecs")
public final class CodecsModule {
  private CodecsModule() {}

  // ---------------------------------------------------------------- arguments

  private static String typeName(Object o) {
    return o == PyNone.NONE ? "None" : PyType.of(o).getName();
  }

  /** A {@code str} argument ({@code unicode} in Argument Clinic). */
  static Object str(Object o, String fn, int argn) {
    if (!PyUnicode.isStr(o)) {
      throw PyErr.format(PyExc.TypeError, "%s() argument %d must be str, not %.50s", fn, argn,
          typeName(o));
    }
    return o;
  }

  /** An {@code errors} argument: a str or None. */
  static String errors(Object o, String fn, int argn) {
    if (o == PyNone.NONE) {
      return null;
    }
    if (!PyUnicode.isStr(o)) {
      throw PyErr.format(PyExc.TypeError, "%s() argument %d must be str or None, not %.50s", fn,
          argn, typeName(o));
    }
    return PyUnicode.asJavaString(o);
  }

  /** A bytes-like argument ({@code Py_buffer}). */
  static byte[] data(Object o) {
    byte[] b = Buffers.bytesOrNull(o);
    if (b == null) {
      throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%.100s'",
          typeName(o));
    }
    return b;
  }

  /** A bytes-like or str argument ({@code Py_buffer(accept={str, buffer})}): str as UTF-8. */
  static byte[] dataOrStr(Object o) {
    if (PyUnicode.isStr(o)) {
      return Encoder.utf8().encode(o, CodePointBuffer.of(o), "strict");
    }
    return data(o);
  }

  private static Object pair(byte[] b, int consumed) {
    return new PyTuple(new PyBytes(b), (long) consumed);
  }

  private static int len(Object str) {
    return PyUnicode.length(str);
  }

  private static int byteorder(Object o) {
    return SreModule.asInt(o);
  }

  // ---------------------------------------------------------------- registry

  @PythonMethod
  public static Object register(Object search_function) {
    CodecRegistry.current().register(search_function);
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object unregister(Object search_function) {
    CodecRegistry.current().unregister(search_function);
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object lookup(Object encoding) {
    if (!PyUnicode.isStr(encoding)) {
      throw PyErr.format(PyExc.TypeError, "lookup() argument must be str, not %.50s",
          typeName(encoding));
    }
    return CodecRegistry.current().lookup(PyUnicode.asJavaString(encoding));
  }

  @PythonMethod
  public static Object _forget_codec(Object encoding) {
    if (!PyUnicode.isStr(encoding)) {
      throw PyErr.format(PyExc.TypeError, "_forget_codec() argument must be str, not %.50s",
          typeName(encoding));
    }
    CodecRegistry.current().forget(PyUnicode.asJavaString(encoding));
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object register_error(Object errors, Object handler) {
    if (!PyUnicode.isStr(errors)) {
      throw PyErr.format(PyExc.TypeError, "register_error() argument 1 must be str, not %.50s",
          typeName(errors));
    }
    CodecRegistry.current().registerError(PyUnicode.asJavaString(errors), handler);
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object lookup_error(Object name) {
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(PyExc.TypeError, "lookup_error() argument must be str, not %.50s",
          typeName(name));
    }
    return CodecRegistry.current().lookupError(PyUnicode.asJavaString(name));
  }

  /** {@code _codecs.encode(obj, encoding='utf-8', errors='strict')} ({@code _PyCodec_Encode}). */
  @PythonMethod(positionalOnly = false)
  public static Object encode(Object obj, @Default("'utf-8'") Object encoding,
      @Default("'strict'") Object errors) {
    return TextCodecs.call(obj, argStr(encoding, "encode", "encoding"),
        argStr(errors, "encode", "errors"), 0, "encoder must return a tuple (object, integer)");
  }

  /** {@code _codecs.decode(obj, encoding='utf-8', errors='strict')} ({@code _PyCodec_Decode}). */
  @PythonMethod(positionalOnly = false)
  public static Object decode(Object obj, @Default("'utf-8'") Object encoding,
      @Default("'strict'") Object errors) {
    return TextCodecs.call(obj, argStr(encoding, "decode", "encoding"),
        argStr(errors, "decode", "errors"), 1, "decoder must return a tuple (object,integer)");
  }

  private static String argStr(Object o, String fn, String name) {
    if (!PyUnicode.isStr(o)) {
      throw PyErr.format(PyExc.TypeError, "%s() argument '%s' must be str, not %.50s", fn, name,
          typeName(o));
    }
    return PyUnicode.asJavaString(o);
  }

  // ---------------------------------------------------------------- UTF-8, ASCII, Latin-1

  @PythonMethod
  public static Object utf_8_encode(Object str, @Default("None") Object errors) {
    str(str, "utf_8_encode", 1);
    return pair(Encoder.utf8().encode(str, CodePointBuffer.of(str),
        errors(errors, "utf_8_encode", 2)), len(str));
  }

  @PythonMethod
  public static Object utf_8_decode(Object data, @Default("None") Object errors,
      @Default("False") Object final_) {
    return Decoders.utf8(data(data), errors(errors, "utf_8_decode", 2), Abstract.isTrue(final_))
        .pair();
  }

  @PythonMethod
  public static Object ascii_encode(Object str, @Default("None") Object errors) {
    str(str, "ascii_encode", 1);
    return pair(Encoder.ucs1("ascii", 128).encode(str, CodePointBuffer.of(str),
        errors(errors, "ascii_encode", 2)), len(str));
  }

  @PythonMethod
  public static Object ascii_decode(Object data, @Default("None") Object errors) {
    return Decoders.ascii(data(data), errors(errors, "ascii_decode", 2)).pair();
  }

  @PythonMethod
  public static Object latin_1_encode(Object str, @Default("None") Object errors) {
    str(str, "latin_1_encode", 1);
    return pair(Encoder.ucs1("latin-1", 256).encode(str, CodePointBuffer.of(str),
        errors(errors, "latin_1_encode", 2)), len(str));
  }

  @PythonMethod
  public static Object latin_1_decode(Object data, @Default("None") Object errors) {
    errors(errors, "latin_1_decode", 2);
    return Decoders.latin1(data(data)).pair();
  }

  @PythonMethod
  public static Object utf_7_encode(Object str, @Default("None") Object errors) {
    str(str, "utf_7_encode", 1);
    errors(errors, "utf_7_encode", 2);
    return pair(Utf7.encode(CodePointBuffer.of(str)), len(str));
  }

  @PythonMethod
  public static Object utf_7_decode(Object data, @Default("None") Object errors,
      @Default("False") Object final_) {
    return Utf7.decode(data(data), errors(errors, "utf_7_decode", 2), Abstract.isTrue(final_))
        .pair();
  }

  // ---------------------------------------------------------------- UTF-16, UTF-32

  private static Object encodeWide(String fn, int width, Object str, Object errors, int bo) {
    str(str, fn, 1);
    return pair(Encoder.utf16or32(width, bo).encode(str, CodePointBuffer.of(str),
        errors(errors, fn, 2)), len(str));
  }

  private static Object decodeWide(String fn, int width, Object data, Object errors, int bo,
      Object last) {
    return Decoders.utf16or32(width, data(data), errors(errors, fn, 2), bo,
        Abstract.isTrue(last)).pair();
  }

  @PythonMethod
  public static Object utf_16_encode(Object str, @Default("None") Object errors,
      @Default("0") Object byteorder) {
    return encodeWide("utf_16_encode", 2, str, errors, byteorder(byteorder));
  }

  @PythonMethod
  public static Object utf_16_le_encode(Object str, @Default("None") Object errors) {
    return encodeWide("utf_16_le_encode", 2, str, errors, -1);
  }

  @PythonMethod
  public static Object utf_16_be_encode(Object str, @Default("None") Object errors) {
    return encodeWide("utf_16_be_encode", 2, str, errors, 1);
  }

  @PythonMethod
  public static Object utf_16_decode(Object data, @Default("None") Object errors,
      @Default("False") Object final_) {
    return decodeWide("utf_16_decode", 2, data, errors, 0, final_);
  }

  @PythonMethod
  public static Object utf_16_le_decode(Object data, @Default("None") Object errors,
      @Default("False") Object final_) {
    return decodeWide("utf_16_le_decode", 2, data, errors, -1, final_);
  }

  @PythonMethod
  public static Object utf_16_be_decode(Object data, @Default("None") Object errors,
      @Default("False") Object final_) {
    return decodeWide("utf_16_be_decode", 2, data, errors, 1, final_);
  }

  @PythonMethod
  public static Object utf_16_ex_decode(Object data, @Default("None") Object errors,
      @Default("0") Object byteorder, @Default("False") Object final_) {
    Decoders.Result r = Decoders.utf16or32(2, data(data), errors(errors, "utf_16_ex_decode", 2),
        byteorder(byteorder), Abstract.isTrue(final_));
    return new PyTuple(r.str(), (long) r.consumed(), (long) r.byteorder());
  }

  @PythonMethod
  public static Object utf_32_encode(Object str, @Default("None") Object errors,
      @Default("0") Object byteorder) {
    return encodeWide("utf_32_encode", 4, str, errors, byteorder(byteorder));
  }

  @PythonMethod
  public static Object utf_32_le_encode(Object str, @Default("None") Object errors) {
    return encodeWide("utf_32_le_encode", 4, str, errors, -1);
  }

  @PythonMethod
  public static Object utf_32_be_encode(Object str, @Default("None") Object errors) {
    return encodeWide("utf_32_be_encode", 4, str, errors, 1);
  }

  @PythonMethod
  public static Object utf_32_decode(Object data, @Default("None") Object errors,
      @Default("False") Object final_) {
    return decodeWide("utf_32_decode", 4, data, errors, 0, final_);
  }

  @PythonMethod
  public static Object utf_32_le_decode(Object data, @Default("None") Object errors,
      @Default("False") Object final_) {
    return decodeWide("utf_32_le_decode", 4, data, errors, -1, final_);
  }

  @PythonMethod
  public static Object utf_32_be_decode(Object data, @Default("None") Object errors,
      @Default("False") Object final_) {
    return decodeWide("utf_32_be_decode", 4, data, errors, 1, final_);
  }

  @PythonMethod
  public static Object utf_32_ex_decode(Object data, @Default("None") Object errors,
      @Default("0") Object byteorder, @Default("False") Object final_) {
    Decoders.Result r = Decoders.utf16or32(4, data(data), errors(errors, "utf_32_ex_decode", 2),
        byteorder(byteorder), Abstract.isTrue(final_));
    return new PyTuple(r.str(), (long) r.consumed(), (long) r.byteorder());
  }

  // ---------------------------------------------------------------- charmap

  @PythonMethod
  public static Object charmap_encode(Object str, @Default("None") Object errors,
      @Default("None") Object mapping) {
    str(str, "charmap_encode", 1);
    return pair(Charmap.encode(str, errors(errors, "charmap_encode", 2), mapping), len(str));
  }

  @PythonMethod
  public static Object charmap_decode(Object data, @Default("None") Object errors,
      @Default("None") Object mapping) {
    return Charmap.decode(data(data), errors(errors, "charmap_decode", 2), mapping).pair();
  }

  @PythonMethod
  public static Object charmap_build(Object map) {
    return Charmap.build(map);
  }

  // ---------------------------------------------------------------- escapes

  @PythonMethod
  public static Object unicode_escape_encode(Object str, @Default("None") Object errors) {
    str(str, "unicode_escape_encode", 1);
    errors(errors, "unicode_escape_encode", 2);
    return pair(EscapeCodecs.unicodeEscapeEncode(CodePointBuffer.of(str)), len(str));
  }

  @PythonMethod
  public static Object unicode_escape_decode(Object data, @Default("None") Object errors,
      @Default("True") Object final_) {
    return EscapeCodecs.unicodeEscapeDecode(dataOrStr(data),
        errors(errors, "unicode_escape_decode", 2), Abstract.isTrue(final_)).pair();
  }

  @PythonMethod
  public static Object raw_unicode_escape_encode(Object str, @Default("None") Object errors) {
    str(str, "raw_unicode_escape_encode", 1);
    errors(errors, "raw_unicode_escape_encode", 2);
    return pair(EscapeCodecs.rawUnicodeEscapeEncode(CodePointBuffer.of(str)), len(str));
  }

  @PythonMethod
  public static Object raw_unicode_escape_decode(Object data, @Default("None") Object errors,
      @Default("True") Object final_) {
    return EscapeCodecs.rawUnicodeEscapeDecode(dataOrStr(data),
        errors(errors, "raw_unicode_escape_decode", 2), Abstract.isTrue(final_)).pair();
  }

  @PythonMethod
  public static Object escape_encode(Object data, @Default("None") Object errors) {
    if (!(data instanceof PyBytes b)) {
      throw PyErr.format(PyExc.TypeError, "escape_encode() argument 1 must be bytes, not %.50s",
          typeName(data));
    }
    errors(errors, "escape_encode", 2);
    byte[] d = b.toByteArray();
    return pair(EscapeCodecs.escapeEncode(d), d.length);
  }

  @PythonMethod
  public static Object escape_decode(Object data, @Default("None") Object errors) {
    byte[] d = dataOrStr(data);
    return pair(EscapeCodecs.escapeDecode(d, errors(errors, "escape_decode", 2)), d.length);
  }

  @PythonMethod
  public static Object readbuffer_encode(Object data, @Default("None") Object errors) {
    byte[] d = dataOrStr(data);
    errors(errors, "readbuffer_encode", 2);
    return pair(d, d.length);
  }
}
