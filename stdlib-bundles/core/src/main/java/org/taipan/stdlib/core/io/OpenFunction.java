package org.taipan.stdlib.core.io;

import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.PyWarnings;

/** The builtin {@code open}, CPython's {@code _io_open_impl} in {@code Modules/_io/_iomodule.c}. */
final class OpenFunction {
  private OpenFunction() {}

  private static void strOrNone(Object o, String name) {
    if (o != PyNone.NONE && !PyUnicode.isStr(o)) {
      throw IoSupport.typeError("open() argument '%s' must be str or None, not %s", name,
          IoSupport.typeName(o));
    }
  }

  static Object open(Object file, Object modeObj, Object bufferingObj, Object encoding,
      Object errors, Object newline, Object closefd, Object opener) {
    if (!PyUnicode.isStr(modeObj)) {
      throw IoSupport.typeError("open() argument 'mode' must be str, not %s",
          IoSupport.typeName(modeObj));
    }
    if (bufferingObj instanceof Double) {
      throw IoSupport.typeError("'float' object cannot be interpreted as an integer");
    }
    int buffering = IoSupport.cint(bufferingObj);
    strOrNone(encoding, "encoding");
    strOrNone(errors, "errors");
    strOrNone(newline, "newline");
    boolean isNumber = PyNumber.isIndex(file) || file instanceof Double;
    if (!isNumber && !PyUnicode.isStr(file) && !(file instanceof PyBytes)) {
      Object fspath = PyType.of(file).lookup("__fspath__");
      if (fspath == null) {
        throw IoSupport.typeError("expected str, bytes or os.PathLike object, not %s",
            IoSupport.typeName(file));
      }
      Object p = Abstract.callAsMethod(fspath, file, new Object[0], null);
      if (!PyUnicode.isStr(p) && !(p instanceof PyBytes)) {
        throw IoSupport.typeError("expected %s.__fspath__() to return str or bytes, not %s",
            IoSupport.typeName(file), IoSupport.typeName(p));
      }
      file = p;
    }
    String mode = PyUnicode.asJavaString(modeObj);
    boolean creating = false;
    boolean reading = false;
    boolean writing = false;
    boolean appending = false;
    boolean updating = false;
    boolean text = false;
    boolean binary = false;
    for (int i = 0; i < mode.length(); i++) {
      char c = mode.charAt(i);
      if ("rwxab+t".indexOf(c) < 0 || mode.indexOf(c) != i) {
        throw IoSupport.valueError("invalid mode: '%s'", mode);
      }
      switch (c) {
        case 'x' -> creating = true;
        case 'r' -> reading = true;
        case 'w' -> writing = true;
        case 'a' -> appending = true;
        case '+' -> updating = true;
        case 't' -> text = true;
        default -> binary = true;
      }
    }
    StringBuilder raw = new StringBuilder();
    if (creating) {
      raw.append('x');
    }
    if (reading) {
      raw.append('r');
    }
    if (writing) {
      raw.append('w');
    }
    if (appending) {
      raw.append('a');
    }
    if (updating) {
      raw.append('+');
    }
    if (text && binary) {
      throw IoSupport.valueError("can't have text and binary mode at once");
    }
    int kinds = (creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0);
    if (kinds > 1) {
      throw IoSupport.valueError("must have exactly one of create/read/write/append mode");
    }
    if (binary && encoding != PyNone.NONE) {
      throw IoSupport.valueError("binary mode doesn't take an encoding argument");
    }
    if (binary && errors != PyNone.NONE) {
      throw IoSupport.valueError("binary mode doesn't take an errors argument");
    }
    if (binary && newline != PyNone.NONE) {
      throw IoSupport.valueError("binary mode doesn't take a newline argument");
    }
    if (binary && buffering == 1) {
      PyWarnings.warn(PyExc.RuntimeWarning, "line buffering (buffering=1) isn't supported in "
          + "binary mode, the default buffer size will be used", 1);
    }
    Object rawFile = Abstract.call(PyFileIO.TYPE, new Object[] {file, raw.toString(), closefd,
        opener}, new String[] {"closefd", "opener"});
    Object result = rawFile;
    try {
      boolean lineBuffering = false;
      if (buffering == 1 || (buffering < 0 && Abstract.isTrue(
          Abstract.callMethod(rawFile, "isatty")))) {
        buffering = -1;
        lineBuffering = true;
      }
      if (buffering < 0) {
        buffering = IoSupport.cint(Abstract.getAttr(rawFile, "_blksize"));
      }
      if (buffering < 0) {
        throw IoSupport.valueError("invalid buffering size");
      }
      if (buffering == 0) {
        if (!binary) {
          throw IoSupport.valueError("can't have unbuffered text I/O");
        }
        return result;
      }
      PyType bufferType = updating ? BufferedTypes.RANDOM
          : creating || writing || appending ? BufferedTypes.WRITER : BufferedTypes.READER;
      Object buffer = Abstract.call(bufferType, rawFile, (long) buffering);
      result = buffer;
      if (binary) {
        return result;
      }
      Object wrapper = Abstract.call(PyTextIOWrapper.TYPE, buffer, encoding, errors, newline,
          lineBuffering);
      result = wrapper;
      Abstract.setAttr(wrapper, "mode", modeObj);
      return result;
    } catch (PyException e) {
      try {
        Abstract.callMethod(result, "close");
      } catch (PyException ignored) {
        // the first error is the one to report
      }
      throw e;
    }
  }
}
