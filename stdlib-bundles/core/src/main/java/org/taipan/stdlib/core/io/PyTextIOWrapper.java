package org.taipan.stdlib.core.io;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.Setter;

/**
 * {@code _io.TextIOWrapper}, CPython's {@code Modules/_io/textio.c}: text over a buffered byte
 * stream, with an encoding ({@link TextCodec}), newline translation and line buffering. Reading
 * decodes a chunk at a time; {@code tell} gives a cookie of the chunk's byte position and the
 * characters consumed since (a plain byte position whenever the two coincide), which {@code seek}
 * takes back: enough for the sequential use files see.
 */
class PyTextIOWrapper extends PyTextIOBase {
  static final PyType TYPE = IoSupport.type("TextIOWrapper", PyTextIOWrapper.class,
      MethodHandles.lookup(), PyTextIOWrapper::new, PyTextIOBase.TYPE);

  Object buffer;
  boolean ok;
  boolean detached;
  String encoding;
  String errors;
  TextCodec codec;
  /** The newline argument; null for None. */
  String readnl;
  boolean readuniversal;
  boolean readtranslate;
  boolean writetranslate;
  String writenl;
  boolean lineBuffering;
  boolean writeThrough;
  boolean seekable;
  boolean telling;
  boolean readableBuf;
  boolean writableBuf;
  int chunkSize = 8192;
  PyIncrementalNewlineDecoder nl;
  /** Decoded text not yet returned, and how much of it was. */
  private String decoded = "";
  private int decodedPos;
  /** Where the current chunk's bytes start, and those bytes (with what the decoder held). */
  private long snapshotPos = -1;
  /** The decoder's state flags where the snapshot starts (CPython's {@code dec_flags}). */
  private long snapshotFlags;
  private byte[] snapshotBytes;
  private final ByteArrayOutputStream pendingWrite = new ByteArrayOutputStream();
  boolean finalizing;

  @Override
  boolean setFinalizing() {
    finalizing = true;
    return true;
  }

  PyTextIOWrapper(PyType type) {
    super(type);
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    Object[] a = IoSupport.bind("TextIOWrapper", args, kwnames, 1, "buffer", "encoding",
        "errors", "newline", "line_buffering", "write_through");
    PyTextIOWrapper t = (PyTextIOWrapper) self;
    t.ok = false;
    t.detached = false;
    Object enc = a[1] == null ? PyNone.NONE : a[1];
    Object err = a[2] == null ? PyNone.NONE : a[2];
    Object nlArg = a[3] == null ? PyNone.NONE : a[3];
    for (Object[] p : new Object[][] {{enc, "encoding"}, {err, "errors"}, {nlArg, "newline"}}) {
      if (p[0] != PyNone.NONE && !PyUnicode.isStr(p[0])) {
        throw IoSupport.typeError("TextIOWrapper() argument '%s' must be str or None, not %s",
            p[1], IoSupport.typeName(p[0]));
      }
    }
    String newline = nlArg == PyNone.NONE ? null : PyUnicode.asJavaString(nlArg);
    if (newline != null && newline.indexOf('\0') >= 0) {
      throw IoSupport.valueError("embedded null character");
    }
    if (newline != null && !newline.isEmpty() && !newline.equals("\n")
        && !newline.equals("\r") && !newline.equals("\r\n")) {
      throw IoSupport.valueError("illegal newline value: %s", newline);
    }
    t.lineBuffering = a[4] != null && Abstract.isTrue(a[4]);
    t.writeThrough = a[5] != null && Abstract.isTrue(a[5]);
    if (t.buffer != null && t.buffer != a[0]) {
      clearWrapper(t.buffer, t);
    }
    t.buffer = a[0];
    setWrapper(a[0], t);
    String encoding;
    if (enc == PyNone.NONE || PyUnicode.asJavaString(enc).equals("locale")) {
      if (enc == PyNone.NONE) {
        IoModule.text_encoding(PyNone.NONE, 2L);
      }
      encoding = "UTF-8";
    } else {
      encoding = PyUnicode.asJavaString(enc);
      if (encoding.indexOf('\0') >= 0) {
        throw IoSupport.valueError("embedded null character");
      }
    }
    t.errors = err == PyNone.NONE ? "strict" : PyUnicode.asJavaString(err);
    t.setNewline(newline);
    t.readableBuf = Abstract.isTrue(Abstract.callMethod(t.buffer, "readable"));
    t.writableBuf = Abstract.isTrue(Abstract.callMethod(t.buffer, "writable"));
    t.setEncoding(encoding);
    t.seekable = t.telling = Abstract.isTrue(Abstract.callMethod(t.buffer, "seekable"));
    t.decoded = "";
    t.decodedPos = 0;
    t.snapshotPos = -1;
    t.pendingWrite.reset();
    t.ok = true;
    return PyNone.NONE;
  }

  private void setEncoding(String enc) {
    TextCodec c = TextCodec.builtin(enc, errors);
    if (c == null) {
      c = TextCodec.python(enc, errors, readableBuf, writableBuf);
    }
    codec = c;
    encoding = enc;
  }

  private void setNewline(String newline) {
    readnl = newline;
    readuniversal = newline == null || newline.isEmpty();
    readtranslate = newline == null;
    writetranslate = newline == null || !newline.isEmpty();
    writenl = newline == null ? "\n" : newline;
    nl = readuniversal ? PyIncrementalNewlineDecoder.of(PyNone.NONE, readtranslate) : null;
  }

  static PyTextIOWrapper t(Object self) {
    PyTextIOWrapper t = (PyTextIOWrapper) self;
    if (!t.ok) {
      throw IoSupport.valueError(
          t.detached ? "underlying buffer has been detached" : "I/O operation on uninitialized object");
    }
    return t;
  }

  private void checkClosed() {
    if (Abstract.isTrue(Abstract.getAttr(buffer, "closed"))) {
      throw IoSupport.closedFile();
    }
  }

  // ---------------------------------------------------------------- writing

  private void flushPending() {
    if (pendingWrite.size() > 0) {
      byte[] b = pendingWrite.toByteArray();
      pendingWrite.reset();
      Abstract.callMethod(buffer, "write", new PyBytes(b));
    }
  }

  @PythonMethod
  static Object write(Object self, Object text) {
    PyTextIOWrapper t = t(self);
    if (!PyUnicode.isStr(text)) {
      throw IoSupport.typeError("write() argument must be str, not %s", IoSupport.typeName(text));
    }
    t.checkClosed();
    if (!t.writableBuf) {
      throw IoSupport.unsupported("not writable");
    }
    String s = PyUnicode.asJavaString(text);
    boolean haslf = s.indexOf('\n') >= 0;
    boolean needflush = t.lineBuffering && (haslf || s.indexOf('\r') >= 0);
    if (haslf && t.writetranslate && !t.writenl.equals("\n")) {
      s = s.replace("\n", t.writenl);
    }
    byte[] b = t.codec.encode(s);
    t.pendingWrite.write(b, 0, b.length);
    if (needflush || t.writeThrough || t.pendingWrite.size() >= t.chunkSize) {
      t.flushPending();
    }
    if (needflush) {
      Abstract.callMethod(t.buffer, "flush");
    }
    t.decoded = "";
    t.decodedPos = 0;
    t.snapshotPos = -1;
    if (t.nl != null) {
      t.nl.pendingCR = false;
    }
    t.codec.resetDecoder();
    return (long) PyUnicode.length(text);
  }

  @PythonMethod
  static Object flush(Object self) {
    PyTextIOWrapper t = t(self);
    t.checkClosed();
    t.telling = t.seekable;
    t.flushPending();
    return Abstract.callMethod(t.buffer, "flush");
  }

  @PythonMethod
  static Object close(Object self) {
    PyTextIOWrapper t = t(self);
    if (Abstract.isTrue(Abstract.getAttr(t.buffer, "closed"))) {
      return PyNone.NONE;
    }
    if (t.finalizing) {
      try {
        Abstract.callMethod(t.buffer, "_dealloc_warn", self);
      } catch (PyException ignored) {
        // as textiowrapper_close: the warning is best effort
      }
    }
    PyException first = null;
    try {
      Abstract.callMethod(self, "flush");
    } catch (PyException e) {
      first = e;
    }
    try {
      Abstract.callMethod(t.buffer, "close");
    } catch (PyException e) {
      if (first != null) {
        e.value.context = first.value;
      }
      first = e;
    }
    if (first != null) {
      throw first;
    }
    closedForGood(self);
    return PyNone.NONE;
  }

  // ---------------------------------------------------------------- reading

  private void checkReadable() {
    if (!readableBuf) {
      throw IoSupport.unsupported("not readable");
    }
  }

  private String decode(byte[] b, boolean fin) {
    String s = codec.decode(b, fin);
    return nl == null ? s : nl.process(s, fin);
  }

  /** Reads and decodes one chunk into the decoded text; false at end of file. */
  private boolean readChunk(int size) {
    // the held-back \r is one byte only in the encodings coded here
    byte[] held = telling && !(pendingCRof(nl) && codec instanceof TextCodec.Python)
        ? codec.held() : null;
    long flags = held == null ? 0 : codec.flags();
    boolean pendingCR = nl != null && nl.pendingCR;
    long start = -1;
    byte[] prefix = null;
    if (held != null) {
      prefix = new byte[held.length + (pendingCR ? 1 : 0)];
      if (pendingCR) {
        prefix[0] = '\r';
      }
      System.arraycopy(held, 0, prefix, pendingCR ? 1 : 0, held.length);
      start = rawPosition() - prefix.length;
    }
    Object r = Abstract.callMethod(buffer, "read1", (long) Math.max(size, chunkSize));
    if (!(r instanceof PyBytes pb)) {
      throw IoSupport.typeError(
          "underlying read1() should have returned a bytes-like object, not '%.200s'",
          IoSupport.typeName(r));
    }
    byte[] b = pb.toByteArray();
    boolean eof = b.length == 0;
    String rest = decoded.substring(decodedPos);
    String more = decode(b, eof);
    if (rest.isEmpty()) {
      snapshotPos = start;
      snapshotFlags = flags;
      if (prefix != null) {
        byte[] all = Arrays.copyOf(prefix, prefix.length + b.length);
        System.arraycopy(b, 0, all, prefix.length, b.length);
        snapshotBytes = all;
      }
      decoded = more;
      decodedPos = 0;
    } else {
      // called with text left only by readline's lookahead: the snapshot goes on
      decoded = decoded + more;
      if (snapshotPos >= 0) {
        byte[] all = Arrays.copyOf(snapshotBytes, snapshotBytes.length + b.length);
        System.arraycopy(b, 0, all, snapshotBytes.length, b.length);
        snapshotBytes = all;
      }
    }
    return !eof;
  }

  private static boolean pendingCRof(PyIncrementalNewlineDecoder d) {
    return d != null && d.pendingCR;
  }

  private long rawPosition() {
    return IoSupport.ssize(Abstract.callMethod(buffer, "tell"));
  }

  @PythonMethod
  static Object read(Object self, @Default("-1") Object size) {
    PyTextIOWrapper t = t(self);
    t.checkClosed();
    long n = IoSupport.optionalSize(size);
    t.checkReadable();
    t.flushPending();
    if (n < 0) {
      Object all = Abstract.callMethod(t.buffer, "read");
      byte[] b = all == PyNone.NONE ? new byte[0] : IoSupport.bytesLike(all);
      String s = t.decoded.substring(t.decodedPos) + t.decode(b, true);
      t.decoded = "";
      t.decodedPos = 0;
      t.snapshotPos = -1;
      return PyUnicode.wrap(s);
    }
    StringBuilder out = new StringBuilder();
    while (out.codePointCount(0, out.length()) < n) {
      if (t.decodedPos >= t.decoded.length()) {
        if (!t.readChunk((int) Math.min(n, Integer.MAX_VALUE - 8)) && t.decoded.isEmpty()) {
          break;
        }
        if (t.decoded.isEmpty()) {
          continue;
        }
      }
      int want = (int) (n - out.codePointCount(0, out.length()));
      int avail = t.decoded.codePointCount(t.decodedPos, t.decoded.length());
      int take = Math.min(want, avail);
      int end = t.decoded.offsetByCodePoints(t.decodedPos, take);
      out.append(t.decoded, t.decodedPos, end);
      t.decodedPos = end;
    }
    return PyUnicode.wrap(out.toString());
  }

  /** The end of the first line in {@code s} from {@code from}, or -1 ({@code find_line_ending}). */
  private int lineEnd(String s, int from) {
    if (readtranslate) {
      int i = s.indexOf('\n', from);
      return i < 0 ? -1 : i + 1;
    }
    if (readuniversal) {
      for (int i = from; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\n') {
          return i + 1;
        }
        if (c == '\r') {
          if (i + 1 < s.length()) {
            return s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
          }
          return -2 - i;
        }
      }
      return -1;
    }
    int i = s.indexOf(readnl, from);
    return i < 0 ? -1 : i + readnl.length();
  }

  String readLine(long limit) {
    flushPending();
    StringBuilder line = new StringBuilder();
    while (true) {
      if (decodedPos >= decoded.length()) {
        boolean more = readChunk(0);
        if (decoded.isEmpty() && !more) {
          break;
        }
        if (decoded.isEmpty()) {
          continue;
        }
      }
      String s = decoded;
      int e = lineEnd(s, decodedPos);
      boolean eofAfter = false;
      if (e <= -2) {
        // a \r at the end of the decoded text: a line end unless \n follows in the next chunk
        int cr = -2 - e;
        line.append(s, decodedPos, cr + 1);
        decodedPos = cr + 1;
        boolean more = readChunk(0);
        if (decodedPos < decoded.length() && decoded.charAt(decodedPos) == '\n') {
          line.append('\n');
          decodedPos++;
        }
        eofAfter = !more;
        if (limit < 0 || line.codePointCount(0, line.length()) <= limit) {
          break;
        }
        e = -1;
      }
      if (e >= 0) {
        line.append(s, decodedPos, e);
        decodedPos = e;
        break;
      }
      if (!eofAfter) {
        line.append(s, decodedPos, s.length());
        decodedPos = s.length();
      }
      if (limit >= 0 && line.codePointCount(0, line.length()) >= limit) {
        break;
      }
    }
    if (limit >= 0) {
      int cps = line.codePointCount(0, line.length());
      if (cps > limit) {
        int cut = line.offsetByCodePoints(0, (int) limit);
        String extra = line.substring(cut);
        line.setLength(cut);
        decoded = extra + decoded.substring(decodedPos);
        decodedPos = 0;
        snapshotPos = -1;
      }
    }
    return line.toString();
  }

  @PythonMethod
  static Object readline(Object self, @Default("-1") Object size) {
    PyTextIOWrapper t = t(self);
    long n = IoSupport.ssize(size);
    t.checkClosed();
    t.checkReadable();
    return PyUnicode.wrap(t.readLine(n));
  }

  static Object __next__(Object self) {
    PyTextIOWrapper t = t(self);
    t.telling = false;
    Object line;
    if (PyType.of(self) == TYPE) {
      t.checkClosed();
      t.checkReadable();
      line = PyUnicode.wrap(t.readLine(-1));
    } else {
      line = Abstract.callMethod(self, "readline");
      if (!PyUnicode.isStr(line)) {
        throw PyErr.format(PyExc.OSError,
            "readline() should have returned a str object, not '%.200s'",
            IoSupport.typeName(line));
      }
    }
    if (PyUnicode.length(line) == 0) {
      t.snapshotPos = -1;
      t.telling = t.seekable;
      throw PyErr.newException(PyExc.StopIteration);
    }
    return line;
  }

  // ---------------------------------------------------------------- positioning

  @PythonMethod
  static Object tell(Object self) {
    PyTextIOWrapper t = t(self);
    t.checkClosed();
    if (!t.seekable) {
      throw IoSupport.unsupported("underlying stream is not seekable");
    }
    if (!t.telling) {
      throw PyErr.format(PyExc.OSError, "telling position disabled by next() call");
    }
    Abstract.callMethod(self, "flush");
    if (t.snapshotPos < 0 || t.decodedPos == 0) {
      if (t.snapshotPos >= 0) {
        return t.snapshotPos;
      }
      if (t.decoded.isEmpty()) {
        // nothing read since the decoder was reset: textiowrapper_tell's "no snapshot" case
        return t.rawPosition();
      }
      if (t.decodedPos >= t.decoded.length() && t.codec.pending() == 0
          && (t.nl == null || !t.nl.pendingCR)) {
        return t.rawPosition();
      }
      throw PyErr.format(PyExc.OSError, "can't reconstruct logical file position");
    }
    return t.replayPosition();
  }

  /**
   * The position of the next character as CPython's {@code textiowrapper_tell} finds it: the
   * snapshot's bytes fed again to a fresh decoder until the characters used so far come out; a
   * plain byte position where the decoder is then clean, else a cookie with characters to skip.
   * As in CPython, replaying from the start of the file resets the newline kinds seen.
   */
  private Object replayPosition() {
    TextCodec fresh = codec.fresh();
    if (snapshotPos != 0 || snapshotFlags != 0) {
      fresh.setFlags(snapshotFlags);
    }
    PyIncrementalNewlineDecoder fnl =
        nl == null ? null : PyIncrementalNewlineDecoder.of(PyNone.NONE, nl.translate);
    byte[] bytes = snapshotBytes;
    int chars = 0;
    long result = -1;
    for (int k = 0; k < bytes.length && chars < decodedPos; k++) {
      String out = fresh.decode(new byte[] {bytes[k]}, false);
      if (fnl != null) {
        out = fnl.process(out, false);
      }
      chars += out.length();
      if (chars == decodedPos && fresh.pending() == 0 && (fnl == null || !fnl.pendingCR)) {
        result = snapshotPos + k + 1;
      }
    }
    if (snapshotPos == 0 && nl != null && fnl != null) {
      nl.seennl = fnl.seennl;
    }
    if (result >= 0) {
      return result;
    }
    long skip = decoded.codePointCount(0, decodedPos);
    // CPython's cookie layout: start_pos, dec_flags at bit 64, chars_to_skip at bit 128
    return BigInteger.valueOf(skip).shiftLeft(128)
        .or(BigInteger.valueOf(snapshotFlags & 0xFFFFFFFFL).shiftLeft(64))
        .or(BigInteger.valueOf(snapshotPos));
  }

  @PythonMethod
  static Object seek(Object self, Object cookie, @Default("0") Object whence) {
    PyTextIOWrapper t = t(self);
    int w = IoSupport.cint(whence);
    t.checkClosed();
    if (!t.seekable) {
      throw IoSupport.unsupported("underlying stream is not seekable");
    }
    if (w == 1) {
      if (!Abstract.equals(cookie, 0L)) {
        throw IoSupport.unsupported("can't do nonzero cur-relative seeks");
      }
      cookie = Abstract.callMethod(self, "tell");
    } else if (w == 2) {
      if (!Abstract.equals(cookie, 0L)) {
        throw IoSupport.unsupported("can't do nonzero end-relative seeks");
      }
      Abstract.callMethod(self, "flush");
      t.resetDecoding();
      return Abstract.callMethod(t.buffer, "seek", 0L, 2L);
    } else if (w != 0) {
      throw IoSupport.valueError("invalid whence (%d, should be 0, 1 or 2)", w);
    }
    Object c = org.taipan.object.PyNumber.index(cookie);
    BigInteger big = c instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) c;
    if (big.signum() < 0) {
      throw IoSupport.valueError("negative seek position %s", Abstract.reprJava(cookie));
    }
    Abstract.callMethod(self, "flush");
    long start = big.and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)).longValue();
    long skip = big.shiftRight(128).and(BigInteger.valueOf(0xFFFFFFFFL)).longValue();
    long flags = big.shiftRight(64).and(BigInteger.valueOf(0xFFFFFFFFL)).intValue();
    Abstract.callMethod(t.buffer, "seek", start);
    t.resetDecoding();
    // _textiowrapper_decoder_setstate: reset at the start, else the state the cookie names
    if (start != 0 || flags != 0) {
      t.codec.setFlags(flags);
    }
    if (skip > 0) {
      t.snapshotPos = start;
      while (t.decoded.codePointCount(0, t.decoded.length()) < skip) {
        if (!t.readChunk(0)) {
          throw PyErr.format(PyExc.OSError, "can't restore logical file position");
        }
      }
      t.decodedPos = t.decoded.offsetByCodePoints(0, (int) skip);
    }
    return cookie;
  }

  private void resetDecoding() {
    decoded = "";
    decodedPos = 0;
    snapshotPos = -1;
    codec.resetDecoder();
    if (nl != null) {
      nl.pendingCR = false;
    }
  }

  @PythonMethod
  static Object truncate(Object self, @Default("None") Object pos) {
    PyTextIOWrapper t = t(self);
    Abstract.callMethod(self, "flush");
    return Abstract.callMethod(t.buffer, "truncate", pos);
  }

  // ---------------------------------------------------------------- the rest

  @PythonMethod
  static Object detach(Object self) {
    PyTextIOWrapper t = t(self);
    Abstract.callMethod(self, "flush");
    Object b = t.buffer;
    clearWrapper(b, t);
    t.buffer = null;
    t.ok = false;
    t.detached = true;
    return b;
  }

  /** {@code reconfigure(*, encoding, errors, newline, line_buffering, write_through)}. */
  @PythonMethod
  static Object reconfigure(Object self, Object[] args, PyDict kwargs) {
    PyTextIOWrapper t = t(self);
    if (args.length > 0) {
      throw IoSupport.typeError("reconfigure() takes no positional arguments");
    }
    Object[] a = IoSupport.bind("reconfigure", args, kwargs, 0, "encoding", "errors",
        "newline", "line_buffering", "write_through");
    if (a[0] != null && a[0] != PyNone.NONE && !PyUnicode.isStr(a[0])) {
      throw IoSupport.typeError("reconfigure() argument 'encoding' must be str or None, not %s",
          IoSupport.typeName(a[0]));
    }
    if (a[1] != null && a[1] != PyNone.NONE && !PyUnicode.isStr(a[1])) {
      throw IoSupport.typeError("reconfigure() argument 'errors' must be str or None, not %s",
          IoSupport.typeName(a[1]));
    }
    boolean hasNl = a[2] != null;
    boolean encChange = (a[0] != null && a[0] != PyNone.NONE) || (a[1] != null
        && a[1] != PyNone.NONE);
    if (!t.decoded.isEmpty() && (encChange || hasNl)) {
      throw IoSupport.unsupported(
          "It is not possible to set the encoding or newline of stream after the first read");
    }
    String newline = null;
    if (hasNl && a[2] != PyNone.NONE) {
      if (!PyUnicode.isStr(a[2])) {
        throw IoSupport.typeError(
            "reconfigure() argument 'newline' must be str or None, not %s",
            IoSupport.typeName(a[2]));
      }
      newline = PyUnicode.asJavaString(a[2]);
      if (!newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
          && !newline.equals("\r\n")) {
        throw IoSupport.valueError("illegal newline value: %s", newline);
      }
    }
    Abstract.callMethod(self, "flush");
    if (encChange) {
      String enc = a[0] != null && a[0] != PyNone.NONE ? PyUnicode.asJavaString(a[0])
          : t.encoding;
      if (a[1] != null && a[1] != PyNone.NONE) {
        t.errors = PyUnicode.asJavaString(a[1]);
      } else if (a[0] != null && a[0] != PyNone.NONE) {
        t.errors = "strict";
      }
      if (enc.equals("locale")) {
        enc = "UTF-8";
      }
      t.setEncoding(enc);
    }
    if (hasNl) {
      t.setNewline(newline);
    }
    if (a[3] != null && a[3] != PyNone.NONE) {
      t.lineBuffering = Abstract.isTrue(a[3]);
    }
    if (a[4] != null && a[4] != PyNone.NONE) {
      t.writeThrough = Abstract.isTrue(a[4]);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object fileno(Object self) {
    return Abstract.callMethod(t(self).buffer, "fileno");
  }

  @PythonMethod
  static Object seekable(Object self) {
    PyTextIOWrapper t = t(self);
    t.checkClosed();
    return t.seekable;
  }

  @PythonMethod
  static Object readable(Object self) {
    return Abstract.callMethod(t(self).buffer, "readable");
  }

  @PythonMethod
  static Object writable(Object self) {
    return Abstract.callMethod(t(self).buffer, "writable");
  }

  @PythonMethod
  static Object isatty(Object self) {
    return Abstract.callMethod(t(self).buffer, "isatty");
  }

  @Getter("closed")
  static Object closed(Object self) {
    return Abstract.getAttr(t(self).buffer, "closed");
  }

  @Getter("name")
  static Object name(Object self) {
    return Abstract.getAttr(t(self).buffer, "name");
  }

  @Getter("encoding")
  static Object encoding(Object self) {
    return t(self).encoding;
  }

  @Getter("errors")
  static Object errors(Object self) {
    return t(self).errors;
  }

  @Getter("newlines")
  static Object newlines(Object self) {
    PyTextIOWrapper t = t(self);
    return t.nl == null ? PyNone.NONE : PyIncrementalNewlineDecoder.newlinesOf(t.nl.seennl);
  }

  @Getter("buffer")
  static Object bufferAttr(Object self) {
    Object b = ((PyTextIOWrapper) self).buffer;
    return b == null ? PyNone.NONE : b;
  }

  @Getter("line_buffering")
  static Object lineBuffering(Object self) {
    return t(self).lineBuffering;
  }

  @Getter("write_through")
  static Object writeThrough(Object self) {
    return t(self).writeThrough;
  }

  @Getter("_finalizing")
  static Object finalizing(Object self) {
    return ((PyTextIOWrapper) self).finalizing;
  }

  @Getter("_CHUNK_SIZE")
  static Object chunkSizeAttr(Object self) {
    return (long) t(self).chunkSize;
  }

  @Setter("_CHUNK_SIZE")
  static void setChunkSize(Object self, Object v) {
    PyTextIOWrapper t = t(self);
    if (v == null) {
      throw PyErr.format(PyExc.AttributeError, "cannot delete attribute");
    }
    long n = IoSupport.ssize(v);
    if (n <= 0) {
      throw IoSupport.valueError("a strictly positive integer is required");
    }
    t.chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
  }

  static Object __repr__(Object self) {
    PyTextIOWrapper t = (PyTextIOWrapper) self;
    // textiowrapper_repr names the class _io.TextIOWrapper whatever the subclass
    String tp = "_io.TextIOWrapper";
    if (!t.ok) {
      return "<" + tp + ">";
    }
    if (org.taipan.object.ReprGuard.enter(self)) {
      throw PyErr.format(PyExc.RuntimeError, "reentrant call inside %s.__repr__", tp);
    }
    try {
      StringBuilder sb = new StringBuilder("<").append(tp);
      Object name = lookupQuiet(self, "name");
      if (name != null) {
        sb.append(" name=").append(Abstract.reprJava(name));
      }
      Object mode = lookupQuiet(self, "mode");
      if (mode != null) {
        sb.append(" mode=").append(Abstract.reprJava(mode));
      }
      sb.append(" encoding='").append(t.encoding).append("'>");
      return sb.toString();
    } finally {
      org.taipan.object.ReprGuard.leave(self);
    }
  }

  private static Object lookupQuiet(Object self, String name) {
    try {
      return Abstract.lookupAttr(self, name);
    } catch (PyException e) {
      if (e.matches(PyExc.Exception)) {
        return null;
      }
      throw e;
    }
  }
}
