package org.taipan.stdlib.core.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyUnicode;

/**
 * The encoder and incremental decoder of a {@code TextIOWrapper}. UTF-8, ASCII and Latin-1 are
 * coded here, with the error handlers {@code strict}, {@code replace}, {@code ignore}, {@code
 * surrogateescape} and {@code backslashreplace}; any other encoding goes through {@code
 * codecs.getincrementaldecoder} and {@code codecs.getincrementalencoder}. Text is a Java string,
 * in which a lone surrogate code point is a lone {@code char}.
 */
abstract class TextCodec {
  /** Decodes the next bytes; with {@code fin} an incomplete sequence at the end is an error. */
  abstract String decode(byte[] b, boolean fin);

  abstract byte[] encode(String s);

  abstract void resetDecoder();

  /** Bytes the decoder holds back, or -1 when its state is not just bytes (then tell is coarse). */
  abstract int pending();

  /** The bytes the decoder holds back, or null when its state is not just bytes. */
  abstract byte[] held();

  /** A decoder like this one in its initial state, to replay bytes for {@code tell}. */
  abstract TextCodec fresh();

  /** The flags of the decoder's state ({@code getstate()[1]}); 0 for the built-in codecs. */
  long flags() {
    return 0;
  }

  /** {@code setstate((b'', flags))}. */
  void setFlags(long flags) {}

  /** A codec for {@code encoding}, or null when it is not one of the built-in ones. */
  static TextCodec builtin(String encoding, String errors) {
    String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
    return switch (e) {
      case "utf-8", "utf8", "u8", "utf", "cp65001" -> new Builtin(Kind.UTF8, errors);
      case "ascii", "us-ascii", "646" -> new Builtin(Kind.ASCII, errors);
      case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin" ->
          new Builtin(Kind.LATIN1, errors);
      default -> null;
    };
  }

  /** The codec for any other encoding, through the {@code codecs} module. */
  static TextCodec python(String encoding, String errors, boolean r, boolean w) {
    Object codecs = IoSupport.module("codecs");
    Object info = Abstract.callMethod(codecs, "lookup", encoding);
    Object isText = Abstract.lookupAttr(info, "_is_text_encoding");
    if (isText != null && !Abstract.isTrue(isText)) {
      throw PyErr.format(PyExc.LookupError,
          "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", encoding);
    }
    Object dec = r ? Abstract.call(Abstract.callMethod(codecs, "getincrementaldecoder",
        encoding), errors) : null;
    Object enc = w ? Abstract.call(Abstract.callMethod(codecs, "getincrementalencoder",
        encoding), errors) : null;
    return new Python(dec, enc, errors);
  }

  enum Kind {
    UTF8("utf-8"), ASCII("ascii"), LATIN1("latin-1");

    final String name;

    Kind(String name) {
      this.name = name;
    }
  }

  /** UTF-8, ASCII and Latin-1 coded here. */
  static final class Builtin extends TextCodec {
    final Kind kind;
    final String errors;
    private byte[] held = new byte[0];

    Builtin(Kind kind, String errors) {
      this.kind = kind;
      this.errors = errors;
    }

    @Override
    void resetDecoder() {
      held = new byte[0];
    }

    @Override
    int pending() {
      return held.length;
    }

    @Override
    byte[] held() {
      return held.clone();
    }

    @Override
    TextCodec fresh() {
      return new Builtin(kind, errors);
    }

    @Override
    String decode(byte[] in, boolean fin) {
      byte[] b = in;
      if (held.length > 0) {
        b = Arrays.copyOf(held, held.length + in.length);
        System.arraycopy(in, 0, b, held.length, in.length);
        held = new byte[0];
      }
      StringBuilder sb = new StringBuilder(b.length);
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xFF;
        if (c < 0x80 || kind == Kind.LATIN1) {
          sb.append((char) c);
          i++;
          continue;
        }
        if (kind == Kind.ASCII) {
          i = decodeError(sb, b, i, i + 1, "ordinal not in range(128)");
          continue;
        }
        int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
            : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (len == 0) {
          i = decodeError(sb, b, i, i + 1, "invalid start byte");
          continue;
        }
        int cp = c & (0x3F >> (len - 1));
        int k = 1;
        boolean bad = false;
        for (; k < len; k++) {
          if (i + k >= b.length) {
            break;
          }
          int x = b[i + k] & 0xFF;
          int lo = 0x80;
          int hi = 0xBF;
          if (k == 1) {
            if (c == 0xE0) {
              lo = 0xA0;
            } else if (c == 0xED) {
              hi = 0x9F;
            } else if (c == 0xF0) {
              lo = 0x90;
            } else if (c == 0xF4) {
              hi = 0x8F;
            }
          }
          if (x < lo || x > hi) {
            bad = true;
            break;
          }
          cp = (cp << 6) | (x & 0x3F);
        }
        if (bad) {
          i = decodeError(sb, b, i, i + k, "invalid continuation byte");
        } else if (k < len) {
          if (!fin) {
            held = Arrays.copyOfRange(b, i, b.length);
            break;
          }
          i = decodeError(sb, b, i, b.length, "unexpected end of data");
        } else {
          sb.appendCodePoint(cp);
          i += len;
        }
      }
      return sb.toString();
    }

    /** Applies the error handler to bytes {@code [start, end)}; the index to go on from. */
    private int decodeError(StringBuilder sb, byte[] b, int start, int end, String reason) {
      switch (errors) {
        case "strict" -> throw PyErr.newException(PyExc.UnicodeDecodeError, kind.name,
            new PyBytes(b), (long) start, (long) end, reason);
        case "replace" -> sb.append('\uFFFD');
        case "ignore" -> { }
        case "surrogateescape" -> {
          for (int j = start; j < end; j++) {
            int v = b[j] & 0xFF;
            if (v < 128) {
              throw PyErr.newException(PyExc.UnicodeDecodeError, kind.name, new PyBytes(b),
                  (long) start, (long) end, reason);
            }
            sb.append((char) (0xDC00 + v));
          }
        }
        case "backslashreplace" -> {
          for (int j = start; j < end; j++) {
            sb.append(String.format("\\x%02x", b[j] & 0xFF));
          }
        }
        default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'",
            errors);
      }
      return end;
    }

    @Override
    byte[] encode(String s) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
      int limit = kind == Kind.ASCII ? 0x80 : kind == Kind.LATIN1 ? 0x100 : 0x110000;
      int i = 0;
      while (i < s.length()) {
        char ch = s.charAt(i);
        int cp = ch;
        int n = 1;
        if (Character.isHighSurrogate(ch) && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          cp = Character.toCodePoint(ch, s.charAt(i + 1));
          n = 2;
        }
        boolean lone = Character.isSurrogate(ch) && n == 1;
        if (cp < limit && !lone) {
          if (kind == Kind.UTF8) {
            byte[] u = new String(Character.toChars(cp)).getBytes(
                java.nio.charset.StandardCharsets.UTF_8);
            out.write(u, 0, u.length);
          } else {
            out.write(cp);
          }
          i += n;
          continue;
        }
        // an unencodable run, as CPython reports it
        int j = i + n;
        while (j < s.length()) {
          char d = s.charAt(j);
          boolean l2 = Character.isSurrogate(d);
          int cp2 = d;
          if (kind != Kind.UTF8 ? cp2 >= limit || l2 : l2) {
            j++;
          } else {
            break;
          }
        }
        encodeError(out, s, i, j, kind == Kind.UTF8 ? "surrogates not allowed"
            : "ordinal not in range(" + limit + ")");
        i = j;
      }
      return out.toByteArray();
    }

    private void encodeError(ByteArrayOutputStream out, String s, int start, int end,
        String reason) {
      switch (errors) {
        case "strict" -> {
          Object str = PyUnicode.wrap(s);
          int cs = s.codePointCount(0, start);
          int ce = cs + s.codePointCount(start, end);
          throw PyErr.newException(PyExc.UnicodeEncodeError, kind.name, str, (long) cs,
              (long) ce, reason);
        }
        case "replace" -> {
          for (int j = start; j < end; j = s.offsetByCodePoints(j, 1)) {
            out.write('?');
          }
        }
        case "ignore" -> { }
        case "surrogateescape" -> {
          for (int j = start; j < end; j++) {
            char c = s.charAt(j);
            if (c < 0xDC80 || c > 0xDCFF) {
              encodeError(out, s, start, end, reason, "strict");
              return;
            }
            out.write(c - 0xDC00);
          }
        }
        case "backslashreplace" -> {
          for (int j = start; j < end; j = s.offsetByCodePoints(j, 1)) {
            int cp = s.codePointAt(j);
            String t = cp < 0x100 ? String.format("\\x%02x", cp)
                : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            out.write(t.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, t.length());
          }
        }
        case "xmlcharrefreplace" -> {
          for (int j = start; j < end; j = s.offsetByCodePoints(j, 1)) {
            String t = "&#" + s.codePointAt(j) + ";";
            out.write(t.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, t.length());
          }
        }
        default -> throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'",
            errors);
      }
    }

    private void encodeError(ByteArrayOutputStream out, String s, int start, int end,
        String reason, String forced) {
      new Builtin(kind, forced).encodeError(out, s, start, end, reason);
    }
  }

  /** Any other encoding: the incremental codec objects of the {@code codecs} module. */
  static final class Python extends TextCodec {
    final Object decoder;
    final Object encoder;
    final String errors;

    Python(Object decoder, Object encoder, String errors) {
      this.decoder = decoder;
      this.encoder = encoder;
      this.errors = errors;
    }

    @Override
    String decode(byte[] b, boolean fin) {
      Object r = Abstract.callMethod(decoder, "decode", new PyBytes(b), fin);
      if (!PyUnicode.isStr(r)) {
        throw IoSupport.typeError("decoder should return a string result, not '%.200s'",
            IoSupport.typeName(r));
      }
      return PyUnicode.asJavaString(r);
    }

    @Override
    byte[] encode(String s) {
      Object r = Abstract.callMethod(encoder, "encode", PyUnicode.wrap(s));
      if (!(r instanceof PyBytes b)) {
        throw IoSupport.typeError("encoder should return a bytes object, not '%.200s'",
            IoSupport.typeName(r));
      }
      return b.toByteArray();
    }

    @Override
    void resetDecoder() {
      if (decoder != null) {
        Abstract.callMethod(decoder, "reset");
      }
    }

    @Override
    byte[] held() {
      if (decoder == null) {
        return new byte[0];
      }
      Object st = Abstract.callMethod(decoder, "getstate");
      if (st instanceof PyTuple t && t.size() == 2 && t.get(0) instanceof PyBytes pb) {
        return pb.toByteArray();
      }
      return null;
    }

    @Override
    long flags() {
      if (decoder == null) {
        return 0;
      }
      Object st = Abstract.callMethod(decoder, "getstate");
      if (st instanceof PyTuple t && t.size() == 2) {
        return IoSupport.ssize(t.get(1));
      }
      return 0;
    }

    @Override
    void setFlags(long flags) {
      if (decoder != null) {
        Abstract.callMethod(decoder, "setstate", new PyTuple(new PyBytes(new byte[0]), flags));
      }
    }

    @Override
    TextCodec fresh() {
      return new Python(Abstract.call(org.taipan.object.PyType.of(decoder), errors), encoder,
          errors);
    }

    @Override
    int pending() {
      if (decoder == null) {
        return 0;
      }
      Object st = Abstract.callMethod(decoder, "getstate");
      if (st instanceof PyTuple t && t.size() == 2 && t.get(0) instanceof PyBytes pb
          && Abstract.equals(t.get(1), 0L)) {
        return pb.toByteArray().length;
      }
      return st == PyNone.NONE ? 0 : -1;
    }
  }
}
