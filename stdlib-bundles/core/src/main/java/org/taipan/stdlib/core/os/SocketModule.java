package org.taipan.stdlib.core.os;

import static org.taipan.stdlib.core.os.SocketConstants.AF_INET;
import static org.taipan.stdlib.core.os.SocketConstants.AF_INET6;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.Gil;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code _socket} module, CPython's {@code Modules/socketmodule.c}: the {@link PySocket} type,
 * name resolution ({@code getaddrinfo}, {@code getnameinfo}, {@code gethostby*}), address
 * conversions, byte-order helpers, the default timeout and the constants. CPython's {@code
 * socket.py} builds the public {@code socket} module over it.
 */
@PythonModule(
    value = "_socket",
    doc = "Implementation module for socket operations.\n\n"
        + "See the socket module for documentation.")
public final class SocketModule {
  private SocketModule() {}

  static final PyType HERROR = newException("herror");
  static final PyType GAIERROR = newException("gaierror");

  /** {@code setdefaulttimeout}'s value in seconds; negative means None. */
  static volatile double defaultTimeout = -1;

  private static PyType newException(String name) {
    PyDict ns = new PyDict();
    ns.put("__module__", "socket");
    return PyType.newHeapType(PyType.of(PyExc.OSError), name, new PyType[] {PyExc.OSError}, ns);
  }

  /** {@code gaierror(code, gai_strerror(code))}. */
  static PyException gaiError(int code) {
    return new PyException((PyBaseException) Abstract.call(GAIERROR, (long) code,
        SocketNative.gai_strerror(code)));
  }

  private static PyException hError(int code) {
    return new PyException((PyBaseException) Abstract.call(HERROR, (long) code,
        SocketNative.hstrerror(code)));
  }

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("socket", PySocket.TYPE);
    m.put("SocketType", PySocket.TYPE);
    m.put("error", PyExc.OSError);
    m.put("timeout", PyExc.TimeoutError);
    m.put("herror", HERROR);
    m.put("gaierror", GAIERROR);
    m.put("has_ipv6", true);
    SocketConstants.addTo(m);
  }

  // ---------------------------------------------------------------- descriptors

  @PythonMethod
  public static Object socketpair(@Default("1") Object family, @Default("1") Object type,
      @Default("0") Object proto) {
    int fam = SocketAddresses.cint(family);
    int ty = SocketAddresses.cint(type);
    int pr = SocketAddresses.cint(proto);
    int[] sv = new int[2];
    try {
      SocketNative.socketpair(fam, ty | SocketConstants.SOCK_CLOEXEC, pr, sv);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return new PyTuple(PySocket.wrap(sv[0], fam, ty, pr), PySocket.wrap(sv[1], fam, ty, pr));
  }

  @PythonMethod
  public static Object dup(Object fd) {
    try {
      return (long) PosixNative.fcntl(SocketAddresses.cint(fd), 1030 /* F_DUPFD_CLOEXEC */, 0);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
  }

  @PythonMethod
  public static Object close(Object fd) {
    try {
      Libc.close(SocketAddresses.cint(fd));
    } catch (LastErrorException e) {
      if (e.getErrorCode() != PySocket.ECONNRESET) {
        throw OsErrors.of(e);
      }
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object getdefaulttimeout() {
    return PySocket.timeoutObject(defaultTimeout);
  }

  @PythonMethod
  public static Object setdefaulttimeout(Object timeout) {
    defaultTimeout = PySocket.parseTimeout(timeout);
    return PyNone.NONE;
  }

  // ---------------------------------------------------------------- resolution

  @PythonMethod(positionalOnly = false)
  public static Object getaddrinfo(Object host, Object port, @Default("0") Object family,
      @Default("0") Object type, @Default("0") Object proto, @Default("0") Object flags) {
    byte[] node;
    if (host == PyNone.NONE) {
      node = null;
    } else if (PyUnicode.isStr(host) || host instanceof PyBytes) {
      node = SocketAddresses.cstr(SocketAddresses.hostBytes(host));
    } else {
      throw PyErr.format(PyExc.TypeError, "getaddrinfo() argument 1 must be string or None");
    }
    byte[] service;
    if (PyNumber.isIndex(port) && !(port instanceof Double)) {
      service = SocketAddresses.cstr(Abstract.strJava(PyNumber.index(port)));
    } else if (PyUnicode.isStr(port)) {
      service = SocketAddresses.cstr(PyUnicode.asJavaString(port));
    } else if (port instanceof PyBytes b) {
      service = SocketAddresses.cstr(b.toByteArray());
    } else if (port == PyNone.NONE) {
      service = null;
    } else {
      throw PyErr.format(PyExc.OSError, "Int or String expected");
    }
    PyList out = new PyList();
    for (SocketResolver.AddrInfo ai : SocketResolver.getaddrinfo(node, service,
        SocketAddresses.cint(family), SocketAddresses.cint(type), SocketAddresses.cint(proto),
        SocketAddresses.cint(flags))) {
      out.append(new PyTuple((long) ai.family(), (long) ai.type(), (long) ai.proto(),
          ai.canonname(), SocketAddresses.decode(ai.addr(), ai.addr().length)));
    }
    return out;
  }

  @PythonMethod
  public static Object getnameinfo(Object[] args) {
    if (args.length != 2) {
      throw PyErr.format(PyExc.TypeError, "getnameinfo() takes exactly 2 arguments (%d given)",
          args.length);
    }
    Object sockaddr = args[0];
    Object flags = args[1];
    if (!(sockaddr instanceof PyTuple t)) {
      throw PyErr.format(PyExc.TypeError, "getnameinfo() argument 1 must be a tuple");
    }
    if (t.size() < 2 || t.size() > 4 || !PyUnicode.isStr(t.get(0))) {
      throw PyErr.format(PyExc.TypeError, "getnameinfo(): illegal sockaddr argument");
    }
    int port = SocketAddresses.cint(t.get(1));
    long flowinfo = t.size() > 2 ? SocketAddresses.cint(t.get(2)) & 0xffffffffL : 0;
    long scope = t.size() > 3 ? SocketAddresses.cint(t.get(3)) & 0xffffffffL : 0;
    int fl = SocketAddresses.cint(flags);
    var found = SocketResolver.getaddrinfo(
        SocketAddresses.cstr(PyUnicode.asJavaString(t.get(0))),
        SocketAddresses.cstr(String.valueOf(port)), 0, SocketConstants.SOCK_DGRAM, 0,
        SocketResolver.AI_NUMERICHOST);
    if (found.size() > 1) {
      throw PyErr.format(PyExc.OSError, "sockaddr resolved to multiple addresses");
    }
    byte[] sa = found.get(0).addr();
    if (found.get(0).family() == AF_INET) {
      if (t.size() != 2) {
        throw PyErr.format(PyExc.OSError, "IPv4 sockaddr must be 2 tuple");
      }
    } else if (found.get(0).family() == AF_INET6) {
      if (flowinfo > 0xfffff) {
        throw PyErr.format(PyExc.OverflowError, "getnameinfo(): flowinfo must be 0-1048575.");
      }
      for (int k = 0; k < 4; k++) {
        sa[4 + k] = (byte) (flowinfo >> (24 - 8 * k));
        sa[24 + k] = (byte) (scope >> (8 * k));
      }
    }
    String[] r = SocketResolver.getnameinfo(sa, fl);
    return new PyTuple(r[0], r[1]);
  }

  @PythonMethod
  public static Object gethostname() {
    byte[] buf = new byte[1024];
    try {
      SocketNative.gethostname(buf, buf.length - 1);
    } catch (LastErrorException e) {
      throw OsErrors.of(e);
    }
    return FsPaths.decode(Arrays.copyOf(buf, SocketResolver.cString(buf).length()));
  }

  @PythonMethod
  public static Object gethostbyname(Object hostname) {
    byte[] sa = SocketAddresses.resolve(hostBytesArg("gethostbyname", hostname), AF_INET);
    return ntop(AF_INET, Arrays.copyOfRange(sa, 4, 8));
  }

  @PythonMethod
  public static Object gethostbyname_ex(Object hostname) {
    byte[] host = hostBytesArg("gethostbyname_ex", hostname);
    SocketAddresses.resolve(host, AF_INET);
    byte[] name = SocketAddresses.cstr(host);
    return hostLookup((ret, buf, len, res, herr) ->
        SocketNative.gethostbyname_r(name, ret, buf, len, res, herr));
  }

  @PythonMethod
  public static Object gethostbyaddr(Object ip) {
    byte[] sa = SocketAddresses.resolve(hostBytesArg("gethostbyaddr", ip), 0);
    int af = (sa[0] & 0xff) | (sa[1] & 0xff) << 8;
    byte[] addr = af == AF_INET6 ? Arrays.copyOfRange(sa, 8, 24) : Arrays.copyOfRange(sa, 4, 8);
    return hostLookup((ret, buf, len, res, herr) ->
        SocketNative.gethostbyaddr_r(addr, addr.length, af, ret, buf, len, res, herr));
  }

  private static byte[] hostBytesArg(String func, Object host) {
    if (!PyUnicode.isStr(host) && !(host instanceof PyBytes)
        && !PyType.of(host).getName().equals("bytearray")) {
      throw PyErr.format(PyExc.TypeError, "%s() argument 1 must be str, bytes or bytearray, "
          + "not %s", func, PyType.of(host).getName());
    }
    return SocketAddresses.hostBytes(host);
  }

  /** A reentrant {@code gethostby*_r} call. */
  private interface HostCall {
    int call(Pointer ret, Pointer buf, long len, PointerByReference res, int[] herr);
  }

  /** {@code gethost_common}: (name, aliases, addresses) of a {@code struct hostent}. */
  private static Object hostLookup(HostCall c) {
    Memory ret = new Memory(32);
    Memory buf = new Memory(16384);
    PointerByReference res = new PointerByReference();
    int[] herr = new int[1];
    Gil.unlocked(() -> c.call(ret, buf, buf.size(), res, herr));
    Pointer h = res.getValue();
    if (h == null) {
      throw hError(herr[0]);
    }
    String name = h.getPointer(0).getString(0, "UTF-8");
    int af = h.getInt(16);
    int len = h.getInt(20);
    PyList aliases = new PyList();
    Pointer al = h.getPointer(8);
    for (int i = 0; al != null && al.getPointer(8L * i) != null; i++) {
      aliases.append(al.getPointer(8L * i).getString(0, "UTF-8"));
    }
    PyList addrs = new PyList();
    Pointer ad = h.getPointer(24);
    for (int i = 0; ad != null && ad.getPointer(8L * i) != null; i++) {
      addrs.append(ntop(af, ad.getPointer(8L * i).getByteArray(0, len)));
    }
    return new PyTuple(name, aliases, addrs);
  }

  // ---------------------------------------------------------------- services and protocols

  @PythonMethod
  public static Object getservbyname(Object servicename, @Default("None") Object protocolname) {
    Pointer p = SocketNative.getservbyname(SocketAddresses.cstr(strArg(servicename)),
        protocolname == PyNone.NONE ? null : SocketAddresses.cstr(strArg(protocolname)));
    if (p == null) {
      throw PyErr.format(PyExc.OSError, "service/proto not found");
    }
    return (long) (Short.reverseBytes((short) p.getInt(16)) & 0xffff);
  }

  @PythonMethod
  public static Object getservbyport(Object port, @Default("None") Object protocolname) {
    int n = SocketAddresses.cint(port);
    if (n < 0 || n > 0xffff) {
      throw PyErr.format(PyExc.OverflowError, "getservbyport: port must be 0-65535.");
    }
    Pointer p = SocketNative.getservbyport(Short.reverseBytes((short) n) & 0xffff,
        protocolname == PyNone.NONE ? null : SocketAddresses.cstr(strArg(protocolname)));
    if (p == null) {
      throw PyErr.format(PyExc.OSError, "port/proto not found");
    }
    return p.getPointer(0).getString(0, "UTF-8");
  }

  @PythonMethod
  public static Object getprotobyname(Object protocolname) {
    Pointer p = SocketNative.getprotobyname(SocketAddresses.cstr(strArg(protocolname)));
    if (p == null) {
      throw PyErr.format(PyExc.OSError, "protocol not found");
    }
    return (long) p.getInt(16);
  }

  private static String strArg(Object o) {
    if (!PyUnicode.isStr(o)) {
      throw PyErr.format(PyExc.TypeError, "argument must be str, not %s",
          PyType.of(o).getName());
    }
    return PyUnicode.asJavaString(o);
  }

  // ---------------------------------------------------------------- address conversions

  @PythonMethod
  public static Object inet_aton(Object string) {
    if (!PyUnicode.isStr(string)) {
      throw PyErr.format(PyExc.TypeError, "inet_aton() argument 1 must be str, not %s",
          PyType.of(string).getName());
    }
    byte[] out = new byte[4];
    if (SocketNative.inet_aton(SocketAddresses.cstr(PyUnicode.asJavaString(string)), out) == 0) {
      throw PyErr.format(PyExc.OSError, "illegal IP address string passed to inet_aton");
    }
    return new PyBytes(out);
  }

  @PythonMethod
  public static Object inet_ntoa(Object packed) {
    byte[] b = PyBuffer.bytes(packed);
    if (b.length != 4) {
      throw PyErr.format(PyExc.OSError, "packed IP wrong length for inet_ntoa");
    }
    return ntop(AF_INET, b);
  }

  @PythonMethod
  public static Object inet_pton(Object address_family, Object ip_string) {
    int af = SocketAddresses.cint(address_family);
    if (!PyUnicode.isStr(ip_string)) {
      throw PyErr.format(PyExc.TypeError, "inet_pton() argument 2 must be str, not %s",
          PyType.of(ip_string).getName());
    }
    byte[] out = new byte[16];
    int rc = SocketNative.inet_pton(af, SocketAddresses.cstr(PyUnicode.asJavaString(ip_string)),
        out);
    if (rc < 0) {
      throw OsErrors.fromErrno(97);
    }
    if (rc == 0) {
      throw PyErr.format(PyExc.OSError, "illegal IP address string passed to inet_pton");
    }
    return new PyBytes(af == AF_INET ? Arrays.copyOf(out, 4) : out);
  }

  @PythonMethod
  public static Object inet_ntop(Object address_family, Object packed_ip) {
    int af = SocketAddresses.cint(address_family);
    byte[] b = PyBuffer.bytes(packed_ip);
    if (af != AF_INET && af != AF_INET6) {
      throw PyErr.format(PyExc.ValueError, "unknown address family %d", af);
    }
    if (b.length != (af == AF_INET ? 4 : 16)) {
      throw PyErr.format(PyExc.ValueError, "invalid length of packed IP address string");
    }
    return ntop(af, b);
  }

  private static String ntop(int af, byte[] addr) {
    byte[] out = new byte[64];
    SocketNative.inet_ntop(af, addr, out, out.length);
    return SocketResolver.cString(out);
  }

  // ---------------------------------------------------------------- byte order

  private static long unsigned(Object x, int bits, String func) {
    Object i = PyNumber.index(x);
    if (i instanceof BigInteger b ? b.signum() < 0 : (Long) i < 0) {
      throw PyErr.format(PyExc.OverflowError, bits == 16
          ? func + ": can't convert negative Python int to C 16-bit unsigned integer"
          : "can't convert negative value to unsigned int");
    }
    if (i instanceof BigInteger || (Long) i >>> bits != 0) {
      throw PyErr.format(PyExc.OverflowError, bits == 16
          ? func + ": Python int too large to convert to C 16-bit unsigned integer"
          : "int larger than 32 bits");
    }
    return (Long) i;
  }

  private static Object swap16(Object x, String func) {
    return (long) (Short.reverseBytes((short) unsigned(x, 16, func)) & 0xffff);
  }

  private static Object swap32(Object x, String func) {
    return Integer.reverseBytes((int) unsigned(x, 32, func)) & 0xffffffffL;
  }

  @PythonMethod
  public static Object htons(Object x) {
    return swap16(x, "htons");
  }

  @PythonMethod
  public static Object ntohs(Object x) {
    return swap16(x, "ntohs");
  }

  @PythonMethod
  public static Object htonl(Object x) {
    return swap32(x, "htonl");
  }

  @PythonMethod
  public static Object ntohl(Object x) {
    return swap32(x, "ntohl");
  }

  // ---------------------------------------------------------------- ancillary data sizes

  private static Object cmsg(Object length, String func, boolean space) {
    Object i = PyNumber.index(length);
    if (i instanceof BigInteger) {
      throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
    }
    long n = (Long) i;
    long max = Long.MAX_VALUE - 16 - 7;
    if (n < 0 || n > max) {
      throw PyErr.format(PyExc.OverflowError, "%s() argument out of range", func);
    }
    return 16 + (space ? (n + 7) & ~7L : n);
  }

  @PythonMethod("CMSG_LEN")
  public static Object cmsgLen(Object length) {
    return cmsg(length, "CMSG_LEN", false);
  }

  @PythonMethod("CMSG_SPACE")
  public static Object cmsgSpace(Object length) {
    return cmsg(length, "CMSG_SPACE", true);
  }
}
