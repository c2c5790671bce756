package org.taipan.stdlib.core.text;

import java.io.ByteArrayOutputStream;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyLong;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The charmap codec of {@code _codecs} ({@code PyUnicode_DecodeCharmap}, {@code
 * PyUnicode_EncodeCharmap}, {@code PyUnicode_BuildEncodingMap}), on which the table-driven
 * codecs of {@code encodings} ({@code cp1252}, {@code koi8_r}, ...) rest.
 */
final class Charmap {
  private Charmap() {}

  private static final String UNDEFINED = "character maps to <undefined>";

  /** {@code charmap_decode}: bytes through a decoding table (a str) or a mapping. */
  static Decoders.Result decode(byte[] data, String errors, Object mapping) {
    if (mapping == PyNone.NONE) {
      return Decoders.latin1(data);
    }
    int[] table = PyUnicode.isStr(mapping) ? CodePointBuffer.of(mapping) : null;
    CodePointBuffer out = new CodePointBuffer(data.length);
    int i = 0;
    while (i < data.length) {
      int b = data[i] & 0xff;
      boolean ok;
      if (table != null) {
        ok = b < table.length && table[b] != 0xFFFE;
        if (ok) {
          out.append(table[b]);
        }
      } else {
        ok = decodeByMapping(out, mapping, b);
      }
      if (ok) {
        i++;
      } else {
        ErrorHandlers.Replacement r =
            ErrorHandlers.onDecode(errors, "charmap", data, i, i + 1, UNDEFINED);
        out.append(CodePointBuffer.of(r.value()));
        i = r.newpos();
      }
    }
    return new Decoders.Result(out.toStr(), data.length, 0);
  }

  private static boolean decodeByMapping(CodePointBuffer out, Object mapping, int b) {
    Object x;
    try {
      x = Abstract.getItem(mapping, (long) b);
    } catch (PyException e) {
      if (Abstract.isInstance(e.value, PyExc.LookupError)) {
        return false;
      }
      throw e;
    }
    if (x == PyNone.NONE) {
      return false;
    }
    if (PyLong.isInt(x)) {
      long v = PyNumber.asLongClamped(x);
      if (v < 0 || v > 0x10FFFF) {
        throw PyErr.format(PyExc.TypeError, "character mapping must be in range(0x110000)");
      }
      if (v == 0xFFFE) {
        return false;
      }
      out.append((int) v);
      return true;
    }
    if (PyUnicode.isStr(x)) {
      int[] cps = CodePointBuffer.of(x);
      if (cps.length == 1 && cps[0] == 0xFFFE) {
        return false;
      }
      out.append(cps);
      return true;
    }
    throw PyErr.format(PyExc.TypeError, "character mapping must return integer, None or str");
  }

  /** {@code charmap_encode}: characters through an encoding map. */
  static byte[] encode(Object str, String errors, Object mapping) {
    int[] cps = CodePointBuffer.of(str);
    if (mapping == PyNone.NONE) {
      return Encoder.ucs1("latin-1", 256).encode(str, cps, errors);
    }
    Encoder e = new Encoder("charmap", UNDEFINED) {
      @Override
      boolean canEncode(int cp) {
        return lookup(mapping, cp) != null;
      }

      @Override
      void write(ByteArrayOutputStream out, int cp) {
        Object v = lookup(mapping, cp);
        if (v instanceof byte[] b) {
          out.writeBytes(b);
        } else {
          out.write((Integer) v);
        }
      }
    };
    return e.encode(str, cps, errors);
  }

  /** The byte (an Integer) or bytes (a byte[]) a character maps to, or null if unmapped. */
  private static Object lookup(Object mapping, int cp) {
    Object x;
    if (mapping instanceof PyDict d) {
      x = d.get((long) cp);
      if (x == null) {
        return null;
      }
    } else {
      try {
        x = Abstract.getItem(mapping, (long) cp);
      } catch (PyException e) {
        if (Abstract.isInstance(e.value, PyExc.LookupError)) {
          return null;
        }
        throw e;
      }
    }
    if (x == PyNone.NONE) {
      return null;
    }
    if (PyLong.isInt(x)) {
      long v = PyNumber.asLongClamped(x);
      if (v < 0 || v > 255) {
        throw PyErr.format(PyExc.TypeError, "character mapping must be in range(256)");
      }
      return (int) v;
    }
    if (x instanceof PyBytes b) {
      return b.toByteArray();
    }
    throw PyErr.format(PyExc.TypeError,
        "character mapping must return integer, bytes or None, not %.400s",
        PyType.of(x).getName());
  }

  /** {@code charmap_build}: the inverse of a 256-character decoding table, as a dict. */
  static Object build(Object table) {
    if (!PyUnicode.isStr(table)) {
      throw PyErr.format(PyExc.TypeError, "charmap_build() argument must be str, not %.50s",
          PyType.of(table).getName());
    }
    int[] cps = CodePointBuffer.of(table);
    PyDict d = new PyDict();
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] != 0xFFFE) {
        d.put((long) cps[i], (long) i);
      }
    }
    return d;
  }
}
