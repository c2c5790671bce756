package org.taipan.stdlib.core.os;

import static org.taipan.stdlib.core.os.SocketConstants.SOCK_CLOEXEC;
import static org.taipan.stdlib.core.os.SocketConstants.SOCK_NONBLOCK;
import static org.taipan.stdlib.core.os.SocketConstants.SOL_SOCKET;

import com.sun.jna.LastErrorException;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.ArgParser;
import org.taipan.object.Getter;
import org.taipan.object.Gil;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.WithDict;

/**
 * {@code _socket.socket}, CPython's {@code PySocketSockObject} ({@code Modules/socketmodule.c}): a
 * real file descriptor made by the C library's {@code socket}, with its family, type, protocol and
 * timeout. A socket with a timeout is non-blocking underneath, and each call first waits with
 * {@code poll} for the time left ({@code sock_call_ex}); a blocking call gives up the GIL.
 * Instances of Python subclasses ({@code socket.socket}) keep their slots in the instance
 * dictionary.
 */
final class PySocket implements PyObject, WithDict {
  static final PyType TYPE = PyType.fromSpec(new PyType.Spec("socket", "_socket", PySocket.class,
      MethodHandles.lookup(), null, List.of(), PySocket::new, true));

  static final int EINTR = 4;
  static final int EAGAIN = 11;
  static final int EINPROGRESS = 115;
  static final int EISCONN = 106;
  static final int ECONNRESET = 104;
  private static final int F_GETFL = 3;
  private static final int F_SETFL = 4;
  private static final int O_NONBLOCK = 2048;

  private final PyType type;
  private PyDict dict;
  int fd = -1;
  int family;
  int sockType;
  int proto;
  /** Seconds; negative means none (blocking). */
  double timeout = -1;

  PySocket(PyType type) {
    this.type = type;
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

  private static PySocket self(Object o) {
    return (PySocket) o;
  }

  /** A new base-type socket over an open descriptor ({@code new_sockobject}). */
  static PySocket wrap(int fd, int family, int type, int proto) {
    PySocket s = new PySocket(TYPE);
    s.init(fd, family, type, proto);
    return s;
  }

  /** {@code init_sockobject}: the flags come off the type, the default timeout applies. */
  private void init(int fd, int family, int type, int proto) {
    this.fd = fd;
    this.family = family;
    this.sockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    this.proto = proto;
    if ((type & SOCK_NONBLOCK) != 0) {
      timeout = 0;
    } else {
      timeout = SocketModule.defaultTimeout;
      if (timeout >= 0) {
        setBlocking(false);
      }
    }
  }

  // ---------------------------------------------------------------- creation

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    String[] names = {"family", "type", "proto", "fileno"};
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (n > names.length) {
      throw PyErr.format(PyExc.TypeError, "socket() takes at most 4 arguments (%d given)",
          args.length);
    }
    Object[] a = Arrays.copyOf(args, names.length);
    Arrays.fill(a, n, names.length, null);
    for (int k = 0; k < nk; k++) {
      int i = Arrays.asList(names).indexOf(kwnames[k]);
      if (i < 0) {
        throw PyErr.format(PyExc.TypeError,
            "'%s' is an invalid keyword argument for socket()", kwnames[k]);
      }
      a[i] = args[n + k];
    }
    int family = a[0] == null ? -1 : SocketAddresses.cint(a[0]);
    int type = a[1] == null ? -1 : SocketAddresses.cint(a[1]);
    int proto = a[2] == null ? -1 : SocketAddresses.cint(a[2]);
    self(self).open(family, type, proto, a[3] == null ? PyNone.NONE : a[3]);
    return PyNone.NONE;
  }

  private void open(int family, int type, int proto, Object fileno) {
    int newFd;
    if (fileno != PyNone.NONE) {
      if (fileno instanceof Double) {
        throw PyErr.format(PyExc.TypeError,
            "'float' object cannot be interpreted as an integer");
      }
      newFd = SocketAddresses.cint(fileno);
      if (newFd < 0) {
        throw PyErr.format(PyExc.ValueError, "negative file descriptor");
      }
      if (family == -1) {
        byte[] sa = new byte[SocketAddresses.STORAGE];
        try {
          SocketNative.getsockname(newFd, sa, new int[] {sa.length});
        } catch (LastErrorException e) {
          throw OsErrors.of(e);
        }
        family = (sa[0] & 0xff) | (sa[1] & 0xff) << 8;
      }
      if (type == -1) {
        type = intOption(newFd, SOL_SOCKET, SocketConstants.SO_TYPE);
      }
      if (proto == -1) {
        proto = intOption(newFd, SOL_SOCKET, SocketConstants.SO_PROTOCOL);
      }
    } else {
      family = family == -1 ? SocketConstants.AF_INET : family;
      type = type == -1 ? SocketConstants.SOCK_STREAM : type;
      proto = proto == -1 ? 0 : proto;
      try {
        newFd = SocketNative.socket(family, type | SOCK_CLOEXEC, proto);
      } catch (LastErrorException e) {
        throw OsErrors.of(e);
      }
    }
    init(newFd, family, type, proto);
  }

  private static int intOption(int fd, int level, int name) {
    byte[] v = new byte[4];
    try {
      SocketNative.getsockopt(fd, level, name, v, new int[] {4});
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return ByteBuffer.wrap(v).order(ByteOrder.nativeOrder()).getInt();
  }

  static Object __repr__(Object self) {
    PySocket s = self(self);
    return String.format("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s.fd, s.family,
        s.sockType, s.proto);
  }

  // ---------------------------------------------------------------- attributes

  @Getter("family")
  static Object family(Object self) {
    return (long) self(self).family;
  }

  @Getter("type")
  static Object type(Object self) {
    return (long) self(self).sockType;
  }

  @Getter("proto")
  static Object proto(Object self) {
    return (long) self(self).proto;
  }

  @Getter("timeout")
  static Object timeoutAttr(Object self) {
    return gettimeout(self);
  }

  // ---------------------------------------------------------------- blocking and timeouts

  private void setBlocking(boolean blocking) {
    if (fd < 0) {
      return;
    }
    try {
      int fl = PosixNative.fcntl(fd, F_GETFL, 0);
      int want = blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
      if (want != fl) {
        PosixNative.fcntl(fd, F_SETFL, want);
      }
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  /** A timeout argument in seconds, -1 for None ({@code socket_parse_timeout}). */
  static double parseTimeout(Object v) {
    if (v == PyNone.NONE) {
      return -1;
    }
    double t;
    if (v instanceof Double d) {
      t = d;
      if (Double.isNaN(t)) {
        throw PyErr.format(PyExc.ValueError, "Invalid value NaN (not a number)");
      }
    } else {
      t = PyNumber.asDouble(PyNumber.index(v));
    }
    if (t < 0) {
      throw PyErr.format(PyExc.ValueError, "Timeout value out of range");
    }
    return t;
  }

  static Object timeoutObject(double t) {
    return t < 0 ? PyNone.NONE : (Object) t;
  }

  @PythonMethod
  static Object settimeout(Object self, Object value) {
    PySocket s = self(self);
    s.timeout = parseTimeout(value);
    s.setBlocking(s.timeout < 0);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object gettimeout(Object self) {
    return timeoutObject(self(self).timeout);
  }

  @PythonMethod
  static Object setblocking(Object self, Object flag) {
    PySocket s = self(self);
    boolean block = Abstract.isTrue(flag);
    s.timeout = block ? -1 : 0;
    s.setBlocking(block);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object getblocking(Object self) {
    return self(self).timeout != 0;
  }

  private long deadline() {
    return System.nanoTime() + (long) (timeout * 1e9);
  }

  /**
   * Waits with {@code poll} until the socket is ready or the deadline passes; false on timeout
   * ({@code internal_select}).
   */
  private boolean ready(boolean writing, long deadline) {
    if (fd < 0) {
      return true;
    }
    ByteBuffer pfd = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder());
    pfd.putInt(0, fd).putShort(4, writing ? SelectModule.POLLOUT : SelectModule.POLLIN);
    while (true) {
      long left = deadline - System.nanoTime();
      if (left < 0) {
        return false;
      }
      int ms = (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
      try {
        return Gil.unlocked(() -> SelectModule.C.poll(pfd.array(), 1, ms)) > 0;
      } catch (LastErrorException e) {
        if (e.getErrorCode() != EINTR) {
          throw OsErrors.of(e);
        }
      }
    }
  }

  static PyException timedOut() {
    return PyErr.format(PyExc.TimeoutError, "timed out");
  }

  /** Runs a socket call as CPython's {@code sock_call}: the timeout starts now. */
  private <T> T call(boolean writing, Supplier<T> op) {
    return call(writing, op, timeout > 0 ? deadline() : 0);
  }

  /**
   * CPython's {@code sock_call_ex}: with a timeout, wait for readiness before each attempt and
   * retry while the call would block; always retry an interrupted call.
   */
  private <T> T call(boolean writing, Supplier<T> op, long deadline) {
    while (true) {
      if (timeout > 0 && !ready(writing, deadline)) {
        throw timedOut();
      }
      try {
        return Gil.unlocked(op);
      } catch (LastErrorException e) {
        int err = e.getErrorCode();
        if (err != EINTR && !(timeout > 0 && err == EAGAIN)) {
          throw OsErrors.of(e);
        }
      }
    }
  }

  // ---------------------------------------------------------------- connections

  @PythonMethod
  static Object bind(Object self, Object address) {
    PySocket s = self(self);
    byte[] sa = SocketAddresses.encode(s.family, address, "bind");
    try {
      SocketNative.bind(s.fd, sa, sa.length);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object listen(Object self, @Default("128") Object backlog) {
    PySocket s = self(self);
    try {
      SocketNative.listen(s.fd, Math.max(0, SocketAddresses.cint(backlog)));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object _accept(Object self) {
    PySocket s = self(self);
    byte[] sa = new byte[SocketAddresses.STORAGE];
    int[] len = {sa.length};
    int fd = s.fd;
    int nfd = s.call(false, () -> SocketNative.accept4(fd, sa, len, SOCK_CLOEXEC));
    return new PyTuple((long) nfd, SocketAddresses.decode(sa, len[0]));
  }

  /** CPython's {@code internal_connect}: 0 or the errno of the failure. */
  private int connect(byte[] sa) {
    int err;
    int f = fd;
    try {
      Gil.unlocked(() -> SocketNative.connect(f, sa, sa.length));
      return 0;
    } catch (LastErrorException e) {
      err = e.getErrorCode();
    }
    boolean wait = err == EINTR ? timeout != 0 : timeout > 0 && err == EINPROGRESS;
    if (!wait) {
      return err;
    }
    long deadline = timeout > 0 ? deadline() : Long.MAX_VALUE;
    if (!ready(true, deadline)) {
      throw timedOut();
    }
    int soError = intOption(f, SOL_SOCKET, SocketConstants.SO_ERROR);
    return soError == EISCONN ? 0 : soError;
  }

  @PythonMethod
  static Object connect(Object self, Object address) {
    PySocket s = self(self);
    int err = s.connect(SocketAddresses.encode(s.family, address, "connect"));
    if (err != 0) {
      throw OsErrors.fromErrno(err);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object connect_ex(Object self, Object address) {
    PySocket s = self(self);
    byte[] sa = SocketAddresses.encode(s.family, address, "connect_ex");
    try {
      return (long) s.connect(sa);
    } catch (PyException e) {
      if (e.value.getType() == PyExc.TimeoutError) {
        return (long) EAGAIN;
      }
      throw e;
    }
  }

  @PythonMethod
  static Object shutdown(Object self, Object how) {
    try {
      SocketNative.shutdown(self(self).fd, SocketAddresses.cint(how));
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object close(Object self) {
    PySocket s = self(self);
    int f = s.fd;
    if (f >= 0) {
      s.fd = -1;
      try {
        Libc.close(f);
      } catch (LastErrorException e) {
        if (e.getErrorCode() != ECONNRESET) {
          throw OsErrors.of(e);
        }
      }
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object detach(Object self) {
    PySocket s = self(self);
    int f = s.fd;
    s.fd = -1;
    return (long) f;
  }

  @PythonMethod
  static Object fileno(Object self) {
    return (long) self(self).fd;
  }

  private Object name(boolean peer) {
    byte[] sa = new byte[SocketAddresses.STORAGE];
    int[] len = {sa.length};
    try {
      if (peer) {
        SocketNative.getpeername(fd, sa, len);
      } else {
        SocketNative.getsockname(fd, sa, len);
      }
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return SocketAddresses.decode(sa, len[0]);
  }

  @PythonMethod
  static Object getsockname(Object self) {
    return self(self).name(false);
  }

  @PythonMethod
  static Object getpeername(Object self) {
    return self(self).name(true);
  }

  // ---------------------------------------------------------------- options

  @PythonMethod
  static Object setsockopt(Object self, Object[] args) {
    PySocket s = self(self);
    boolean noValue = args.length == 4 && args[2] == PyNone.NONE;
    if (args.length != 3 && !noValue) {
      throw PyErr.format(PyExc.TypeError, "setsockopt() takes exactly 3 arguments (%d given)",
          args.length);
    }
    int level = SocketAddresses.cint(args[0]);
    int name = SocketAddresses.cint(args[1]);
    byte[] v;
    int len;
    if (noValue) {
      v = null;
      len = SocketAddresses.cint(args[3]);
    } else if (PyNumber.isIndex(args[2])) {
      v = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder())
          .putInt(0, SocketAddresses.cint(args[2])).array();
      len = 4;
    } else {
      v = PyBuffer.bytes(args[2]);
      len = v.length;
    }
    try {
      SocketNative.setsockopt(s.fd, level, name, v, len);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  static Object getsockopt(Object self, Object level, Object optname,
      @Default("0") Object buflen) {
    PySocket s = self(self);
    int lv = SocketAddresses.cint(level);
    int name = SocketAddresses.cint(optname);
    int n = SocketAddresses.cint(buflen);
    if (n == 0) {
      return (long) intOption(s.fd, lv, name);
    }
    if (n < 0 || n > 1024) {
      throw PyErr.format(PyExc.OSError, "getsockopt buflen out of range");
    }
    byte[] v = new byte[n];
    int[] len = {n};
    try {
      SocketNative.getsockopt(s.fd, lv, name, v, len);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return new PyBytes(Arrays.copyOf(v, len[0]));
  }

  // ---------------------------------------------------------------- data

  @PythonMethod
  static Object send(Object self, Object data, @Default("0") Object flags) {
    PySocket s = self(self);
    byte[] b = PyBuffer.bytes(data);
    int fl = SocketAddresses.cint(flags);
    int f = s.fd;
    return s.call(true, () -> SocketNative.send(f, b, b.length, fl));
  }

  @PythonMethod
  static Object sendall(Object self, Object data, @Default("0") Object flags) {
    PySocket s = self(self);
    byte[] b = PyBuffer.bytes(data);
    int fl = SocketAddresses.cint(flags);
    int f = s.fd;
    long deadline = s.timeout > 0 ? s.deadline() : 0;
    int off = 0;
    do {
      byte[] chunk = off == 0 ? b : Arrays.copyOfRange(b, off, b.length);
      off += s.call(true, () -> SocketNative.send(f, chunk, chunk.length, fl), deadline);
    } while (off < b.length);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object sendto(Object self, Object data, Object[] rest) {
    PySocket s = self(self);
    if (rest.length < 1 || rest.length > 2) {
      throw PyErr.format(PyExc.TypeError, "sendto() takes 2 or 3 arguments (%d given)",
          rest.length + 1);
    }
    byte[] b = PyBuffer.bytes(data);
    int fl = rest.length == 2 ? SocketAddresses.cint(rest[0]) : 0;
    byte[] sa = SocketAddresses.encode(s.family, rest[rest.length - 1], "sendto");
    int f = s.fd;
    return s.call(true, () -> SocketNative.sendto(f, b, b.length, fl, sa, sa.length));
  }

  private byte[] receive(int n, int flags) {
    byte[] buf = new byte[n];
    int f = fd;
    long got = call(false, () -> SocketNative.recv(f, buf, n, flags));
    return got == n ? buf : Arrays.copyOf(buf, (int) got);
  }

  @PythonMethod
  static Object recv(Object self, Object bufsize, @Default("0") Object flags) {
    int n = SocketAddresses.cint(bufsize);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError, "negative buffersize in recv");
    }
    return new PyBytes(self(self).receive(n, SocketAddresses.cint(flags)));
  }

  /** A read-write buffer argument (the {@code "w*"} format). */
  private static PyBuffer writable(Object o, String func) {
    if (o instanceof PyBuffer.Exporter e) {
      PyBuffer b = e.getBuffer(true);
      if (!b.readonly) {
        return b;
      }
    }
    throw PyErr.format(PyExc.TypeError,
        "%s() argument 1 must be read-write bytes-like object, not %.100s", func,
        PyType.of(o).getName());
  }

  /** The byte count to read into {@code buf}: {@code nbytes}, or the whole buffer when 0. */
  private static int intoCount(PyBuffer buf, Object nbytes, String what, String tooBig) {
    int n = SocketAddresses.cint(nbytes);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError, "negative buffersize in %s", what);
    }
    if (n == 0) {
      return buf.length;
    }
    if (n > buf.length) {
      throw PyErr.format(PyExc.ValueError, "%s", tooBig);
    }
    return n;
  }

  @PythonMethod
  static Object recv_into(Object self, Object buffer, @Default("0") Object nbytes,
      @Default("0") Object flags) {
    PyBuffer buf = writable(buffer, "recv_into");
    int n = intoCount(buf, nbytes, "recv_into", "buffer too small for requested bytes");
    byte[] got = self(self).receive(n, SocketAddresses.cint(flags));
    System.arraycopy(got, 0, buf.array, buf.offset, got.length);
    return (long) got.length;
  }

  private PyTuple receiveFrom(int n, int flags) {
    byte[] buf = new byte[n];
    byte[] sa = new byte[SocketAddresses.STORAGE];
    int[] len = {sa.length};
    int f = fd;
    long got = call(false, () -> SocketNative.recvfrom(f, buf, n, flags, sa, len));
    return new PyTuple(new PyBytes(Arrays.copyOf(buf, (int) got)),
        SocketAddresses.decode(sa, len[0]));
  }

  @PythonMethod
  static Object recvfrom(Object self, Object bufsize, @Default("0") Object flags) {
    int n = SocketAddresses.cint(bufsize);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError, "negative buffersize in recvfrom");
    }
    return self(self).receiveFrom(n, SocketAddresses.cint(flags));
  }

  @PythonMethod
  static Object recvfrom_into(Object self, Object buffer, @Default("0") Object nbytes,
      @Default("0") Object flags) {
    PyBuffer buf = writable(buffer, "recvfrom_into");
    int n = intoCount(buf, nbytes, "recvfrom_into",
        "nbytes is greater than the length of the buffer");
    PyTuple r = self(self).receiveFrom(n, SocketAddresses.cint(flags));
    byte[] got = ((PyBytes) r.get(0)).toByteArray();
    System.arraycopy(got, 0, buf.array, buf.offset, got.length);
    return new PyTuple((long) got.length, r.get(1));
  }

  // ---------------------------------------------------------------- messages

  @PythonMethod
  static Object sendmsg(Object self, Object buffers,
      @Default("<unrepresentable>") Object ancdata, @Default("0") Object flags,
      @Default("None") Object address) {
    PySocket s = self(self);
    int fl = SocketAddresses.cint(flags);
    byte[] sa = address == PyNone.NONE ? null
        : SocketAddresses.encode(s.family, address, "sendmsg");
    SocketMessages.Msg m = SocketMessages.forSend(buffers,
        ArgParser.given(ancdata) ? ancdata : PyTuple.EMPTY, sa);
    int f = s.fd;
    return s.call(true, () -> SocketNative.sendmsg(f, m.hdr, fl));
  }

  /** {@code sock_recvmsg_guts}: {data bytes, ancdata, msg_flags, address}. */
  private Object[] receiveMsg(int bufsize, Object ancbufsize, Object flags) {
    int anc = SocketAddresses.cint(ancbufsize);
    if (anc < 0) {
      throw PyErr.format(PyExc.ValueError, "invalid ancillary data buffer length");
    }
    int fl = SocketAddresses.cint(flags);
    SocketMessages.Msg m = SocketMessages.forReceive(bufsize, anc);
    int f = fd;
    long n = call(false, () -> {
      m.reset();
      return SocketNative.recvmsg(f, m.hdr, fl);
    });
    Object[] rest = SocketMessages.rest(m);
    return new Object[] {SocketMessages.data(m, n), rest[0], rest[1], rest[2]};
  }

  @PythonMethod
  static Object recvmsg(Object self, Object bufsize, @Default("0") Object ancbufsize,
      @Default("0") Object flags) {
    int n = SocketAddresses.cint(bufsize);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError, "negative buffer size in recvmsg()");
    }
    Object[] r = self(self).receiveMsg(n, ancbufsize, flags);
    return new PyTuple(new PyBytes((byte[]) r[0]), r[1], r[2], r[3]);
  }

  @PythonMethod
  static Object recvmsg_into(Object self, Object buffers, @Default("0") Object ancbufsize,
      @Default("0") Object flags) {
    List<PyBuffer> bufs = new ArrayList<>();
    int total = 0;
    Object it = Abstract.iter(buffers);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      PyBuffer b = writable(x, "recvmsg_into");
      bufs.add(b);
      total += b.length;
    }
    Object[] r = self(self).receiveMsg(total, ancbufsize, flags);
    byte[] got = (byte[]) r[0];
    int off = 0;
    for (PyBuffer b : bufs) {
      int k = Math.min(b.length, got.length - off);
      System.arraycopy(got, off, b.array, b.offset, k);
      off += k;
    }
    return new PyTuple((long) got.length, r[1], r[2], r[3]);
  }
}
