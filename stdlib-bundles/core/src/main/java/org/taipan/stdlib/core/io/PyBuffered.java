package org.taipan.stdlib.core.io;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.taipan.object.Abstract;
import org.taipan.object.PendingCalls;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/**
 * The state and behaviour shared by {@code BufferedReader}, {@code BufferedWriter} and {@code
 * BufferedRandom}, CPython's {@code buffered} struct in {@code Modules/_io/bufferedio.c}: a read
 * buffer ahead of the raw stream and a write buffer behind it. The raw stream's position is kept
 * equal to the logical position plus what is buffered for reading, minus what waits to be written;
 * switching between reading and writing gives back the read-ahead first, as CPython's buffers stay
 * coherent. The three Python types expose these operations through {@link BufferedTypes}.
 */
class PyBuffered extends PyBufferedIOBase {
  Object raw;
  boolean ok;
  boolean detached;
  boolean readable;
  boolean writable;
  int bufferSize = IoSupport.DEFAULT_BUFFER_SIZE;
  private byte[] rbuf = new byte[0];
  private int rpos;
  private int rend;
  private final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();
  boolean finalizing;

  @Override
  boolean setFinalizing() {
    finalizing = true;
    return true;
  }

  PyBuffered(PyType type) {
    super(type);
  }

  // ---------------------------------------------------------------- set-up and checks

  /** {@code _io_BufferedReader___init__} and its siblings. */
  void init(String fname, Object[] args, String[] kwnames, boolean r, boolean w) {
    Object[] a = IoSupport.bind(fname, args, kwnames, 1, "raw", "buffer_size");
    ok = false;
    detached = false;
    Object rawArg = a[0];
    if (r && w) {
      checkSeekable(rawArg);
    }
    if (r) {
      checkReadable(rawArg);
    }
    if (w) {
      checkWritable(rawArg);
    }
    long size = a[1] == null ? IoSupport.DEFAULT_BUFFER_SIZE : IoSupport.ssize(a[1]);
    if (size <= 0) {
      throw IoSupport.valueError("buffer size must be strictly positive");
    }
    if (raw != null && raw != rawArg) {
      clearWrapper(raw, this);
    }
    raw = rawArg;
    setWrapper(rawArg, this);
    bufferSize = (int) Math.min(size, Integer.MAX_VALUE - 8);
    readable = r;
    writable = w;
    rbuf = new byte[0];
    rpos = rend = 0;
    wbuf.reset();
    ok = true;
  }

  PyBuffered initialized() {
    if (!ok) {
      throw IoSupport.valueError(
          detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    }
    return this;
  }

  /** The raw stream when it is a plain {@code FileIO}, for the direct path; else null. */
  private PyFileIO fileRaw() {
    return raw instanceof PyFileIO f && PyType.of(raw) == PyFileIO.TYPE ? f : null;
  }

  boolean rawClosed() {
    PyFileIO f = fileRaw();
    if (f != null) {
      return f.fd < 0;
    }
    return Abstract.isTrue(Abstract.getAttr(raw, "closed"));
  }

  int readahead() {
    return rend - rpos;
  }

  /** {@code CHECK_CLOSED}: closed and nothing left in the read buffer. */
  void checkClosed(String msg) {
    if (rawClosed() && readahead() == 0) {
      throw IoSupport.valueError("%s", msg);
    }
  }

  // ---------------------------------------------------------------- raw calls

  /** One raw read of up to {@code n} bytes; null when the raw stream would block. */
  private byte[] rawRead(int n) {
    PyFileIO f = fileRaw();
    if (f != null && f.fd >= 0 && f.readable) {
      return f.readOnce(n);
    }
    Object r = Abstract.callMethod(raw, "read", (long) n);
    if (r == PyNone.NONE) {
      return null;
    }
    if (!(r instanceof PyBytes b)) {
      throw IoSupport.typeError("read() should return bytes");
    }
    byte[] d = b.toByteArray();
    if (d.length > n) {
      throw PyErr.format(PyExc.OSError,
          "raw readinto() returned invalid length %d (should have been between 0 and %d)",
          d.length, n);
    }
    return d;
  }

  /** One raw write; the count written. */
  private int rawWriteSome(byte[] part) {
    PyFileIO f = fileRaw();
    long n;
    if (f != null && f.fd >= 0 && f.writable) {
      n = f.writeOnce(part);
    } else {
      Object r = Abstract.callMethod(raw, "write", new PyBytes(part));
      n = r == PyNone.NONE ? -1 : IoSupport.ssize(r);
      if (r != PyNone.NONE && (n < 0 || n > part.length)) {
        throw PyErr.format(PyExc.OSError,
            "raw write() returned invalid length %d (should have been between 0 and %d)",
            n, part.length);
      }
    }
    if (n < 0) {
      throw PyErr.newException(PyExc.BlockingIOError, 11L,
          "write could not complete without blocking", 0L);
    }
    if (n < part.length && PendingCalls.pending()) {
      // a partial write may be a signal's doing: its handler runs before the next write waits
      PendingCalls.run(PyNone.NONE);
    }
    return (int) n;
  }

  private void rawWriteAll(byte[] data) {
    int off = 0;
    while (off < data.length) {
      off += rawWriteSome(off == 0 ? data : Arrays.copyOfRange(data, off, data.length));
    }
  }

  long rawTell() {
    PyFileIO f = fileRaw();
    long p = f != null && f.fd >= 0 ? f.lseek(0, 1)
        : IoSupport.ssize(Abstract.callMethod(raw, "tell"));
    if (p < 0) {
      throw PyErr.format(PyExc.OSError, "Raw stream returned invalid position %d", p);
    }
    return p;
  }

  private long rawSeek(long target, int whence) {
    Object r = Abstract.callMethod(raw, "seek", target, (long) whence);
    long p = IoSupport.ssize(r);
    if (p < 0) {
      throw PyErr.format(PyExc.OSError, "Raw stream returned invalid position %d", p);
    }
    return p;
  }

  // ---------------------------------------------------------------- buffer management

  /** Writes out what waits in the write buffer ({@code _bufferedwriter_flush_unlocked}). */
  void flushWrites() {
    if (wbuf.size() > 0) {
      byte[] d = wbuf.toByteArray();
      wbuf.reset();
      rawWriteAll(d);
    }
  }

  /** Gives the read-ahead back to the raw stream, so that its position is the logical one. */
  void dropReadahead() {
    int ahead = readahead();
    rpos = rend = 0;
    if (ahead > 0) {
      rawSeek(-ahead, 1);
    }
  }

  /** {@code buffered_flush_and_rewind_unlocked}. */
  void flushAndRewind() {
    flushWrites();
    if (readable) {
      dropReadahead();
    }
  }

  /** Fills an empty read buffer with one raw read; the count read, 0 at EOF, -1 if blocking. */
  private int fill() {
    byte[] d = rawRead(bufferSize);
    rpos = 0;
    if (d == null) {
      rend = 0;
      rbuf = new byte[0];
      return -1;
    }
    rbuf = d;
    rend = d.length;
    return d.length;
  }

  private byte[] takeBuffered(int n) {
    byte[] r = Arrays.copyOfRange(rbuf, rpos, rpos + n);
    rpos += n;
    return r;
  }

  private void beforeRead() {
    if (writable) {
      flushWrites();
    }
  }

  // ---------------------------------------------------------------- reading

  /** {@code _bufferedreader_read_generic}: up to n bytes; null if nothing and it would block. */
  byte[] read(int n) {
    beforeRead();
    int avail = readahead();
    if (n <= avail) {
      return takeBuffered(n);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    out.write(rbuf, rpos, avail);
    rpos = rend = 0;
    int remaining = n - avail;
    while (remaining > 0) {
      if (remaining >= bufferSize) {
        byte[] d = rawRead(remaining);
        if (d == null) {
          return out.size() == 0 ? null : out.toByteArray();
        }
        if (d.length == 0) {
          break;
        }
        out.write(d, 0, d.length);
        remaining -= d.length;
      } else {
        int got = fill();
        if (got < 0) {
          return out.size() == 0 ? null : out.toByteArray();
        }
        if (got == 0) {
          break;
        }
        int k = Math.min(got, remaining);
        out.write(rbuf, 0, k);
        rpos = k;
        remaining -= k;
      }
    }
    return out.toByteArray();
  }

  /** {@code _bufferedreader_read_all}. */
  Object readAll() {
    beforeRead();
    byte[] head = takeBuffered(readahead());
    rpos = rend = 0;
    PyFileIO f = fileRaw();
    Object tail;
    if (f != null && f.fd >= 0) {
      byte[] t = f.readAll();
      tail = t == null ? PyNone.NONE : new PyBytes(t);
    } else if (Abstract.lookupAttr(raw, "readall") != null) {
      tail = Abstract.callMethod(raw, "readall");
      if (tail != PyNone.NONE && !(tail instanceof PyBytes)) {
        throw IoSupport.typeError("readall() should return bytes");
      }
    } else {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean blocked = false;
      while (true) {
        byte[] d = rawRead(bufferSize);
        if (d == null) {
          blocked = out.size() == 0;
          break;
        }
        if (d.length == 0) {
          break;
        }
        out.write(d, 0, d.length);
      }
      tail = blocked ? PyNone.NONE : new PyBytes(out.toByteArray());
    }
    if (tail == PyNone.NONE) {
      return head.length > 0 ? new PyBytes(head) : PyNone.NONE;
    }
    if (head.length == 0) {
      return tail;
    }
    byte[] t = ((PyBytes) tail).toByteArray();
    byte[] all = Arrays.copyOf(head, head.length + t.length);
    System.arraycopy(t, 0, all, head.length, t.length);
    return new PyBytes(all);
  }

  /** {@code peek}: what is buffered, filling the buffer first when it is empty. */
  byte[] peek() {
    beforeRead();
    if (readahead() == 0) {
      fill();
    }
    return Arrays.copyOfRange(rbuf, rpos, rend);
  }

  /** {@code read1}: at most one raw read. */
  byte[] read1(int n) {
    beforeRead();
    if (n == 0) {
      return new byte[0];
    }
    if (readahead() > 0) {
      return takeBuffered(Math.min(n, readahead()));
    }
    rpos = rend = 0;
    if (n > bufferSize) {
      byte[] d = rawRead(n);
      return d == null ? new byte[0] : d;
    }
    int got = fill();
    if (got <= 0) {
      return new byte[0];
    }
    return takeBuffered(Math.min(n, got));
  }

  /** {@code _buffered_readline}: up to and including a newline, at most {@code limit} bytes. */
  byte[] readline(long limit) {
    beforeRead();
    ByteArrayOutputStream out = null;
    while (true) {
      int have = out == null ? 0 : out.size();
      int avail = readahead();
      int max = limit < 0 ? avail : (int) Math.min(avail, limit - have);
      for (int i = 0; i < max; i++) {
        if (rbuf[rpos + i] == '\n') {
          max = i + 1;
          break;
        }
      }
      boolean done = max > 0 && rbuf[rpos + max - 1] == '\n'
          || (limit >= 0 && have + max >= limit);
      if (out == null && done) {
        return takeBuffered(max);
      }
      if (out == null) {
        out = new ByteArrayOutputStream();
      }
      out.write(rbuf, rpos, max);
      rpos += max;
      if (done) {
        return out.toByteArray();
      }
      if (fill() <= 0) {
        return out.toByteArray();
      }
    }
  }

  // ---------------------------------------------------------------- writing

  long write(byte[] data) {
    if (readable) {
      dropReadahead();
    }
    if (wbuf.size() + data.length <= bufferSize) {
      wbuf.write(data, 0, data.length);
      return data.length;
    }
    // bufferedwriter_write: out with what waits, then straight to the raw stream while more
    // than a buffer's worth is left, and the rest into the buffer
    flushWrites();
    int off = 0;
    while (data.length - off > bufferSize) {
      off += rawWriteSome(off == 0 ? data : Arrays.copyOfRange(data, off, data.length));
    }
    wbuf.write(data, off, data.length - off);
    return data.length;
  }

  // ---------------------------------------------------------------- positioning

  long tell() {
    long pos = rawTell() - readahead() + wbuf.size();
    return Math.max(pos, 0);
  }

  long seek(long target, int whence) {
    if (whence == 1 && wbuf.size() == 0 && target >= -rpos && target <= readahead()
        && readahead() > 0) {
      rpos += (int) target;
      return rawTell() - readahead();
    }
    flushWrites();
    if (whence == 1) {
      target -= readahead();
    }
    rpos = rend = 0;
    return rawSeek(target, whence);
  }

  Object truncate(Object pos) {
    flushAndRewind();
    if (pos == PyNone.NONE) {
      pos = rawTell();
    }
    return Abstract.callMethod(raw, "truncate", pos);
  }

  // ---------------------------------------------------------------- closing

  /** {@code buffered_close}. */
  Object close() {
    if (rawClosed()) {
      return PyNone.NONE;
    }
    if (finalizing) {
      try {
        BufferedTypes.dealloc(this, this);
      } catch (PyException ignored) {
        // as buffered_close: the warning is best effort
      }
    }
    PyException first = null;
    try {
      Abstract.callMethod(this, "flush");
    } catch (PyException e) {
      first = e;
    }
    try {
      Abstract.callMethod(raw, "close");
    } catch (PyException e) {
      if (first != null) {
        e.value.context = first.value;
      }
      first = e;
    }
    rbuf = new byte[0];
    rpos = rend = 0;
    if (first != null) {
      throw first;
    }
    closedForGood(this);
    return PyNone.NONE;
  }

  Object detach() {
    Abstract.callMethod(this, "flush");
    Object r = raw;
    clearWrapper(r, this);
    raw = null;
    ok = false;
    detached = true;
    return r;
  }

  String repr() {
    String tp = PyBytesIO.tpName(this);
    Object name;
    try {
      name = Abstract.lookupAttr(this, "name");
    } catch (PyException e) {
      if (!e.matches(PyExc.ValueError)) {
        throw e;
      }
      name = null;
    }
    if (name == null) {
      return "<" + tp + ">";
    }
    if (org.taipan.object.ReprGuard.enter(this)) {
      throw PyErr.format(PyExc.RuntimeError, "reentrant call inside %s.__repr__", tp);
    }
    try {
      return "<" + tp + " name=" + Abstract.reprJava(name) + ">";
    } finally {
      org.taipan.object.ReprGuard.leave(this);
    }
  }
}
