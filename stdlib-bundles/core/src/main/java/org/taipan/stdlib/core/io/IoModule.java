package org.taipan.stdlib.core.io;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyUnicode;
import org.taipan.object.PyWarnings;

/**
 * The {@code _io} module, CPython's {@code Modules/_io/_iomodule.c}: the stream types, {@code
 * open}, {@code open_code}, {@code text_encoding}, {@code DEFAULT_BUFFER_SIZE} and {@code
 * UnsupportedOperation}.
 */
@PythonModule(value = "_io", doc = "The io module provides the Python interfaces to stream handling. The\n"
    + "builtin open function is defined in this module.\n")
public final class IoModule {
  private IoModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    // CPython's module definition is named "io": its functions say so in __module__
    for (java.util.Map.Entry<String, Object> e : org.taipan.object.Exposer.moduleFunctions(
        IoModule.class, java.lang.invoke.MethodHandles.publicLookup(), "io").entrySet()) {
      m.put(e.getKey(), e.getValue());
    }
    m.put("DEFAULT_BUFFER_SIZE", (long) IoSupport.DEFAULT_BUFFER_SIZE);
    m.put("UnsupportedOperation", IoSupport.UNSUPPORTED_OPERATION);
    m.put("BlockingIOError", PyExc.BlockingIOError);
    m.put("_IOBase", PyIOBase.TYPE);
    m.put("_RawIOBase", PyRawIOBase.TYPE);
    m.put("_BufferedIOBase", PyBufferedIOBase.TYPE);
    m.put("_TextIOBase", PyTextIOBase.TYPE);
    m.put("FileIO", PyFileIO.TYPE);
    m.put("BytesIO", PyBytesIO.TYPE);
    m.put("StringIO", PyStringIO.TYPE);
    m.put("BufferedReader", BufferedTypes.READER);
    m.put("BufferedWriter", BufferedTypes.WRITER);
    m.put("BufferedRandom", BufferedTypes.RANDOM);
    m.put("IncrementalNewlineDecoder", PyIncrementalNewlineDecoder.TYPE);
    m.put("BufferedRWPair", PyBufferedRWPair.TYPE);
    m.put("TextIOWrapper", PyTextIOWrapper.TYPE);
    org.taipan.object.JavaStreams.setFactory(PyJavaStreamIO::create);
  }

  /** {@code open_code(path)}: a file opened for reading bytes, for code that will be run. */
  @PythonMethod(positionalOnly = false)
  public static Object open_code(Object path) {
    if (!PyUnicode.isStr(path)) {
      throw IoSupport.typeError("open_code() argument 'path' must be str, not %s",
          IoSupport.typeName(path));
    }
    Object raw = Abstract.call(PyFileIO.TYPE, path, "rb");
    return Abstract.call(BufferedTypes.READER, raw);
  }

  /**
   * {@code text_encoding(encoding, stacklevel=2, /)}: the encoding a text stream will use when
   * none is given ("locale", or "utf-8" in UTF-8 mode), warning with {@code EncodingWarning} when
   * {@code -X warn_default_encoding} asks for it.
   */
  @PythonMethod
  public static Object text_encoding(Object encoding, @Default("2") Object stacklevel) {
    if (encoding != PyNone.NONE) {
      return encoding;
    }
    Object flags = Abstract.getAttr(IoSupport.module("sys"), "flags");
    if (Abstract.isTrue(Abstract.getAttr(flags, "warn_default_encoding"))) {
      PyWarnings.warn(PyExc.EncodingWarning, "'encoding' argument not specified",
          IoSupport.cint(stacklevel));
    }
    return Abstract.isTrue(Abstract.getAttr(flags, "utf8_mode")) ? "utf-8" : "locale";
  }

  /**
   * {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
   * closefd=True, opener=None)}: a {@code FileIO}, wrapped in a buffered stream and for text in a
   * {@code TextIOWrapper}, as {@code _io_open_impl} builds them.
   */
  @PythonMethod(positionalOnly = false)
  public static Object open(Object file, @Default("'r'") Object mode,
      @Default("-1") Object buffering, @Default("None") Object encoding,
      @Default("None") Object errors, @Default("None") Object newline,
      @Default("True") Object closefd, @Default("None") Object opener) {
    return OpenFunction.open(file, mode, buffering, encoding, errors, newline, closefd, opener);
  }
}
