package org.taipan.stdlib.core.binary;

import java.io.ByteArrayOutputStream;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PositionalOnly;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;

/**
 * The {@code binascii} module, CPython's {@code Modules/binascii.c}: hex, base64, uuencode and
 * quoted-printable conversions, and the CRC-32 and CRC-CCITT checksums. The quoted-printable
 * codec lives in {@link QuotedPrintable}.
 */
@PythonModule(value = "binascii", doc = "Conversion between binary data and ASCII")
public final class BinasciiModule {
  private BinasciiModule() {}

  /** {@code binascii.Error}, a {@code ValueError}. */
  static final PyType ERROR = BinaryArgs.newException("binascii", "Error", PyExc.ValueError);
  /** {@code binascii.Incomplete}, an {@code Exception}. */
  static final PyType INCOMPLETE =
      BinaryArgs.newException("binascii", "Incomplete", PyExc.Exception);

  private static final byte[] B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(
          java.nio.charset.StandardCharsets.US_ASCII);
  /** base64 character to its 6-bit value, -1 for every other byte. */
  private static final byte[] B64_VALUE = new byte[256];
  private static final byte[] HEX = "0123456789abcdef".getBytes(
      java.nio.charset.StandardCharsets.US_ASCII);

  static {
    java.util.Arrays.fill(B64_VALUE, (byte) -1);
    for (int i = 0; i < 64; i++) {
      B64_VALUE[B64[i]] = (byte) i;
    }
  }

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("Error", ERROR);
    m.put("Incomplete", INCOMPLETE);
  }

  static PyException error(String msg) {
    return PyErr.newException(ERROR, msg);
  }

  // ---------------------------------------------------------------- uuencode

  @PythonMethod(doc = "Decode a line of uuencoded data.")
  public static Object a2b_uu(Object data) {
    byte[] a = BinaryArgs.asciiBuffer(data);
    // an empty line reads its NUL terminator as the length byte, as C does: 32 zero bytes
    int first = a.length > 0 ? a[0] & 0xff : 0;
    int binLen = (first - ' ') & 077;
    byte[] out = new byte[binLen];
    int o = 0;
    int i = 1;
    int leftbits = 0;
    int leftchar = 0;
    for (; o < binLen; i++) {
      int c = i < a.length ? a[i] & 0xff : 0;
      if (c == '\n' || c == '\r' || i >= a.length) {
        // whitespace: assume some spaces were eaten at the end of the line
        c = 0;
      } else {
        if (c < ' ' || c > ' ' + 64) {
          throw error("Illegal char");
        }
        c = (c - ' ') & 077;
      }
      leftchar = (leftchar << 6) | c;
      leftbits += 6;
      if (leftbits >= 8) {
        leftbits -= 8;
        out[o++] = (byte) (leftchar >> leftbits);
        leftchar &= (1 << leftbits) - 1;
      }
    }
    for (; i < a.length; i++) {
      int c = a[i];
      if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
        throw error("Trailing garbage");
      }
    }
    return new PyBytes(out);
  }

  @PythonMethod(positionalOnly = false, doc = "Uuencode line of data.")
  public static Object b2a_uu(@PositionalOnly Object data,
      @KeywordOnly @Default("False") Object backtick) {
    byte[] b = BinaryArgs.buffer(data);
    boolean tick = BinaryArgs.cInt(backtick) != 0;
    if (b.length > 45) {
      throw error("At most 45 bytes at once");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 + (b.length + 2) / 3 * 4);
    out.write(tick && b.length == 0 ? '`' : ' ' + b.length);
    int leftbits = 0;
    int leftchar = 0;
    for (int i = 0; i < b.length || leftbits != 0; i++) {
      leftchar = (leftchar << 8) | (i < b.length ? b[i] & 0xff : 0);
      leftbits += 8;
      while (leftbits >= 6) {
        int c = (leftchar >> (leftbits - 6)) & 0x3f;
        leftbits -= 6;
        out.write(tick && c == 0 ? '`' : c + ' ');
      }
      leftchar &= (1 << leftbits) - 1;
    }
    out.write('\n');
    return new PyBytes(out.toByteArray());
  }

  // ---------------------------------------------------------------- base64

  @PythonMethod(positionalOnly = false, doc = "Decode a line of base64 data.\n\n"
      + "  strict_mode\n    When set to True, bytes that are not part of the base64 standard "
      + "are not allowed.\n    The same applies to excess data after padding (= / ==).")
  public static Object a2b_base64(@PositionalOnly Object data,
      @KeywordOnly @Default("False") Object strict_mode) {
    byte[] a = BinaryArgs.asciiBuffer(data);
    boolean strict = BinaryArgs.cInt(strict_mode) != 0;
    byte[] out = new byte[(a.length + 3) / 4 * 3];
    int o = 0;
    if (strict && a.length > 0 && a[0] == '=') {
      throw error("Leading padding not allowed");
    }
    boolean paddingStarted = false;
    int quadPos = 0;
    int leftchar = 0;
    int pads = 0;
    for (int i = 0; i < a.length; i++) {
      int c = a[i] & 0xff;
      if (c == '=') {
        paddingStarted = true;
        if (quadPos >= 2 && quadPos + ++pads >= 4) {
          // a complete pad sequence ends the data
          if (strict && i + 1 < a.length) {
            throw error("Excess data after padding");
          }
          return new PyBytes(java.util.Arrays.copyOf(out, o));
        }
        continue;
      }
      int v = B64_VALUE[c];
      if (v < 0) {
        if (strict) {
          throw error("Only base64 data is allowed");
        }
        continue;
      }
      if (strict && paddingStarted) {
        throw error("Discontinuous padding not allowed");
      }
      pads = 0;
      switch (quadPos) {
        case 0 -> {
          quadPos = 1;
          leftchar = v;
        }
        case 1 -> {
          quadPos = 2;
          out[o++] = (byte) ((leftchar << 2) | (v >> 4));
          leftchar = v & 0x0f;
        }
        case 2 -> {
          quadPos = 3;
          out[o++] = (byte) ((leftchar << 4) | (v >> 2));
          leftchar = v & 0x03;
        }
        default -> {
          quadPos = 0;
          out[o++] = (byte) ((leftchar << 6) | v);
          leftchar = 0;
        }
      }
    }
    if (quadPos == 1) {
      throw error(String.format("Invalid base64-encoded string: number of data characters (%d)"
          + " cannot be 1 more than a multiple of 4", o / 3 * 4 + 1));
    } else if (quadPos != 0) {
      throw error("Incorrect padding");
    }
    return new PyBytes(java.util.Arrays.copyOf(out, o));
  }

  @PythonMethod(positionalOnly = false, doc = "Base64-code line of data.")
  public static Object b2a_base64(@PositionalOnly Object data,
      @KeywordOnly @Default("True") Object newline) {
    byte[] b = BinaryArgs.buffer(data);
    boolean nl = BinaryArgs.cInt(newline) != 0;
    byte[] out = new byte[(b.length + 2) / 3 * 4 + (nl ? 1 : 0)];
    int o = 0;
    int i = 0;
    for (; i + 2 < b.length; i += 3) {
      int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
      out[o++] = B64[v >> 18];
      out[o++] = B64[(v >> 12) & 0x3f];
      out[o++] = B64[(v >> 6) & 0x3f];
      out[o++] = B64[v & 0x3f];
    }
    int rest = b.length - i;
    if (rest > 0) {
      int v = (b[i] & 0xff) << 16 | (rest == 2 ? (b[i + 1] & 0xff) << 8 : 0);
      out[o++] = B64[v >> 18];
      out[o++] = B64[(v >> 12) & 0x3f];
      out[o++] = rest == 2 ? B64[(v >> 6) & 0x3f] : (byte) '=';
      out[o++] = '=';
    }
    if (nl) {
      out[o] = '\n';
    }
    return new PyBytes(out);
  }

  // ---------------------------------------------------------------- checksums

  @PythonMethod(doc = "Compute CRC-CCITT incrementally.")
  public static Object crc_hqx(Object data, Object crc) {
    byte[] b = BinaryArgs.buffer(data);
    int c = BinaryArgs.uintMask(crc) & 0xffff;
    return (long) Checksums.crcHqx(c, b, 0, b.length);
  }

  @PythonMethod(doc = "Compute CRC-32 incrementally.")
  public static Object crc32(Object data, @Default("0") Object crc) {
    byte[] b = BinaryArgs.buffer(data);
    return BinaryArgs.unsigned(Checksums.crc32(BinaryArgs.uintMask(crc), b, 0, b.length));
  }

  // ---------------------------------------------------------------- hex

  @PythonMethod(positionalOnly = false, doc = "Hexadecimal representation of binary data.")
  public static Object b2a_hex(Object data, @Default("<unrepresentable>") Object sep,
      @Default("1") Object bytes_per_sep) {
    byte[] b = BinaryArgs.buffer(data);
    int per = BinaryArgs.cInt(bytes_per_sep);
    return new PyBytes(hex(b, sep, per));
  }

  @PythonMethod(positionalOnly = false, doc = "Hexadecimal representation of binary data.")
  public static Object hexlify(Object data, @Default("<unrepresentable>") Object sep,
      @Default("1") Object bytes_per_sep) {
    return b2a_hex(data, sep, bytes_per_sep);
  }

  /**
   * {@code _Py_strhex_bytes_with_sep}: two digits a byte, with {@code sep} between groups of
   * {@code |per|} bytes counted from the right ({@code per > 0}) or the left.
   *
   * @param sep the separator, or the "not given" marker of an unrepresentable default
   */
  static byte[] hex(byte[] b, Object sep, int per) {
    int sepChar = -1;
    // ArgParser passes a bare java.lang.Object for "<unrepresentable>"; no Python value is one
    if (sep != null && sep.getClass() != Object.class) {
      if (org.taipan.object.Abstract.size(sep) != 1) {
        throw PyErr.format(PyExc.ValueError, "sep must be length 1.");
      }
      if (org.taipan.object.PyUnicode.isStr(sep)) {
        sepChar = org.taipan.object.PyUnicode.asJavaString(sep).codePointAt(0);
        if (sepChar > 255) {
          throw PyErr.format(PyExc.ValueError, "sep must be ASCII.");
        }
      } else if (sep instanceof PyBytes sb) {
        sepChar = sb.toByteArray()[0] & 0xff;
      } else {
        throw PyErr.format(PyExc.TypeError, "sep must be str or bytes.");
      }
    }
    int abs = Math.abs(per);
    if (sepChar < 0 || per == 0 || abs >= b.length) {
      byte[] out = new byte[b.length * 2];
      for (int i = 0; i < b.length; i++) {
        out[2 * i] = HEX[(b[i] >> 4) & 0xf];
        out[2 * i + 1] = HEX[b[i] & 0xf];
      }
      return out;
    }
    byte[] out = new byte[b.length * 2 + (b.length - 1) / abs];
    int o = 0;
    for (int i = 0; i < b.length; i++) {
      out[o++] = HEX[(b[i] >> 4) & 0xf];
      out[o++] = HEX[b[i] & 0xf];
      if (i + 1 < b.length && (per > 0 ? (b.length - 1 - i) % abs == 0 : (i + 1) % abs == 0)) {
        out[o++] = (byte) sepChar;
      }
    }
    return out;
  }

  @PythonMethod(doc = "Binary data of hexadecimal representation.")
  public static Object a2b_hex(Object hexstr) {
    byte[] a = BinaryArgs.asciiBuffer(hexstr);
    if (a.length % 2 != 0) {
      throw error("Odd-length string");
    }
    byte[] out = new byte[a.length / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(a[2 * i] & 0xff, 16);
      int lo = Character.digit(a[2 * i + 1] & 0xff, 16);
      if (hi < 0 || lo < 0 || (a[2 * i] & 0x80) != 0 || (a[2 * i + 1] & 0x80) != 0) {
        throw error("Non-hexadecimal digit found");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return new PyBytes(out);
  }

  @PythonMethod(doc = "Binary data of hexadecimal representation.")
  public static Object unhexlify(Object hexstr) {
    return a2b_hex(hexstr);
  }

  // ---------------------------------------------------------------- quoted-printable

  @PythonMethod(positionalOnly = false, doc = "Decode a string of qp-encoded data.")
  public static Object a2b_qp(Object data, @Default("False") Object header) {
    byte[] a = BinaryArgs.asciiBuffer(data);
    return new PyBytes(QuotedPrintable.decode(a, BinaryArgs.cInt(header) != 0));
  }

  @PythonMethod(positionalOnly = false,
      doc = "Encode a string using quoted-printable encoding.\n\n"
          + "On encoding, when istext is set, newlines are not encoded, and white\n"
          + "space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)\n"
          + "are both encoded.  When quotetabs is set, space and tabs are encoded.")
  public static Object b2a_qp(Object data, @Default("False") Object quotetabs,
      @Default("True") Object istext, @Default("False") Object header) {
    byte[] b = BinaryArgs.buffer(data);
    boolean q = BinaryArgs.cInt(quotetabs) != 0;
    boolean t = BinaryArgs.cInt(istext) != 0;
    boolean h = BinaryArgs.cInt(header) != 0;
    return new PyBytes(QuotedPrintable.encode(b, q, t, h));
  }
}
