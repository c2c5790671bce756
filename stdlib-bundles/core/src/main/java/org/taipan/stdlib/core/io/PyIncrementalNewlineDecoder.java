package org.taipan.stdlib.core.io;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.WithDict;

/**
 * {@code _io.IncrementalNewlineDecoder}, CPython's {@code nldecoder_*} in {@code
 * Modules/_io/textio.c}: wraps another incremental decoder (or none, for text input), records the
 * kinds of newline seen, and with {@code translate} turns {@code \r\n} and {@code \r} into {@code
 * \n}, holding back a final {@code \r} until it knows what follows.
 */
final class PyIncrementalNewlineDecoder implements PyObject, WithDict {
  static final PyType TYPE = IoSupport.type("IncrementalNewlineDecoder",
      PyIncrementalNewlineDecoder.class, MethodHandles.lookup(),
      PyIncrementalNewlineDecoder::new, null);

  static final int SEEN_LF = 1;
  static final int SEEN_CR = 2;
  static final int SEEN_CRLF = 4;

  private final PyType type;
  private PyDict dict;
  /** The wrapped decoder, None for text input, null before {@code __init__}. */
  Object decoder;
  Object errors = "strict";
  boolean translate;
  boolean pendingCR;
  int seennl;

  PyIncrementalNewlineDecoder(PyType type) {
    this.type = type;
  }

  /** A decoder made from Java ({@code StringIO}, {@code TextIOWrapper}). */
  static PyIncrementalNewlineDecoder of(Object decoder, boolean translate) {
    PyIncrementalNewlineDecoder d = new PyIncrementalNewlineDecoder(TYPE);
    d.decoder = decoder;
    d.translate = translate;
    return d;
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

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    Object[] a = IoSupport.bind("IncrementalNewlineDecoder", args, kwnames, 2, "decoder",
        "translate", "errors");
    PyIncrementalNewlineDecoder d = (PyIncrementalNewlineDecoder) self;
    if (a[1] instanceof Double) {
      throw IoSupport.typeError("'float' object cannot be interpreted as an integer");
    }
    d.decoder = a[0];
    d.translate = Abstract.isTrue(PyNumber.index(a[1]));
    d.errors = a[2] == null ? "strict" : a[2];
    d.seennl = 0;
    d.pendingCR = false;
    return PyNone.NONE;
  }

  private static PyIncrementalNewlineDecoder self(Object o) {
    PyIncrementalNewlineDecoder d = (PyIncrementalNewlineDecoder) o;
    if (d.decoder == null) {
      throw IoSupport.valueError("IncrementalNewlineDecoder.__init__() not called");
    }
    return d;
  }

  /** {@code _PyIncrementalNewlineDecoder_decode} on already decoded text. */
  String process(String output, boolean fin) {
    if (pendingCR && (fin || !output.isEmpty())) {
      output = "\r" + output;
      pendingCR = false;
    }
    if (!fin && !output.isEmpty() && output.charAt(output.length() - 1) == '\r') {
      output = output.substring(0, output.length() - 1);
      pendingCR = true;
    }
    int cr = output.indexOf('\r');
    if (cr < 0) {
      if (output.indexOf('\n') >= 0) {
        seennl |= SEEN_LF;
      }
      return output;
    }
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      if (c == '\n') {
        seennl |= SEEN_LF;
      } else if (c == '\r') {
        if (i + 1 < output.length() && output.charAt(i + 1) == '\n') {
          seennl |= SEEN_CRLF;
          i++;
        } else {
          seennl |= SEEN_CR;
        }
      }
    }
    if (translate) {
      output = output.replace("\r\n", "\n").replace('\r', '\n');
    }
    return output;
  }

  /** {@code decode(input, final)}: through the wrapped decoder, then newline handling. */
  Object decodeObject(Object input, boolean fin) {
    Object output;
    if (decoder == PyNone.NONE) {
      output = input;
    } else {
      output = Abstract.callMethod(decoder, "decode", input, fin);
    }
    if (!PyUnicode.isStr(output)) {
      throw IoSupport.typeError("decoder should return a string result, not '%.200s'",
          IoSupport.typeName(output));
    }
    return PyUnicode.wrap(process(PyUnicode.asJavaString(output), fin));
  }

  /** {@code decode(input, final=False)}; "final" is a Java keyword, so the arguments are bound here. */
  @PythonMethod
  static Object decode(Object self, Object[] args, PyDict kwargs) {
    Object[] a = IoSupport.bind("decode", args, kwargs, 1, "input", "final");
    return self(self).decodeObject(a[0], a[1] != null && Abstract.isTrue(a[1]));
  }

  /** {@code getstate()}: the wrapped decoder's state with the pending CR in the flag's low bit. */
  Object state() {
    Object buffer;
    long flag;
    if (decoder != PyNone.NONE) {
      Object st = Abstract.callMethod(decoder, "getstate");
      if (!(st instanceof PyTuple t) || t.size() != 2) {
        throw IoSupport.typeError("illegal decoder state");
      }
      buffer = t.get(0);
      flag = IoSupport.ssize(t.get(1)) << 1;
    } else {
      buffer = new PyBytes(new byte[0]);
      flag = 0;
    }
    if (pendingCR) {
      flag |= 1;
    }
    return new PyTuple(buffer, flag);
  }

  @PythonMethod
  static Object getstate(Object self) {
    return self(self).state();
  }

  @PythonMethod
  static Object setstate(Object self, Object state) {
    PyIncrementalNewlineDecoder d = self(self);
    if (!(state instanceof PyTuple t)) {
      throw IoSupport.typeError("state argument must be a tuple");
    }
    if (t.size() != 2) {
      throw IoSupport.typeError("setstate(): illegal state argument");
    }
    long flag = IoSupport.ssize(t.get(1));
    d.pendingCR = (flag & 1) != 0;
    if (d.decoder != PyNone.NONE) {
      Abstract.callMethod(d.decoder, "setstate", new PyTuple(t.get(0), flag >> 1));
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object reset(Object self) {
    PyIncrementalNewlineDecoder d = self(self);
    d.seennl = 0;
    d.pendingCR = false;
    if (d.decoder != PyNone.NONE) {
      Abstract.callMethod(d.decoder, "reset");
    }
    return PyNone.NONE;
  }

  /** The {@code newlines} value for a set of seen kinds. */
  static Object newlinesOf(int seennl) {
    return switch (seennl) {
      case SEEN_CR -> "\r";
      case SEEN_LF -> "\n";
      case SEEN_CRLF -> "\r\n";
      case SEEN_CR | SEEN_LF -> new PyTuple("\r", "\n");
      case SEEN_CR | SEEN_CRLF -> new PyTuple("\r", "\r\n");
      case SEEN_LF | SEEN_CRLF -> new PyTuple("\n", "\r\n");
      case SEEN_CR | SEEN_LF | SEEN_CRLF -> new PyTuple("\r", "\n", "\r\n");
      default -> PyNone.NONE;
    };
  }

  @Getter("newlines")
  static Object newlines(Object self) {
    return newlinesOf(self(self).seennl);
  }
}
