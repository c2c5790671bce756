package org.taipan.stdlib.core.os;

import static org.taipan.stdlib.core.os.SocketConstants.AF_INET;
import static org.taipan.stdlib.core.os.SocketConstants.AF_INET6;
import static org.taipan.stdlib.core.os.SocketConstants.AF_UNIX;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.taipan.object.Abstract;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * Socket addresses between Python and C, CPython's {@code getsockaddrarg} and {@code
 * makesockaddr}: {@code (host, port)} for AF_INET, {@code (host, port, flowinfo, scope_id)} for
 * AF_INET6 and a path (str, or bytes for Linux's abstract namespace) for AF_UNIX, as {@code struct
 * sockaddr_in}, {@code sockaddr_in6} and {@code sockaddr_un} bytes. Host names are resolved as
 * {@code setipaddr} does: {@code ''} is the any-address, {@code '<broadcast>'} the broadcast
 * address, anything else goes through {@code getaddrinfo}.
 */
final class SocketAddresses {
  private SocketAddresses() {}

  /** {@code sizeof(struct sockaddr_storage)}: room for any address the kernel returns. */
  static final int STORAGE = 128;
  private static final int SUN_PATH = 108;

  /** The {@code sockaddr} bytes of a Python address for a socket of {@code family}. */
  static byte[] encode(int family, Object addr, String caller) {
    switch (family) {
      case AF_INET -> {
        if (!(addr instanceof PyTuple t)) {
          throw PyErr.format(PyExc.TypeError, "%s(): AF_INET address must be tuple, not %.500s",
              caller, PyType.of(addr).getName());
        }
        if (t.size() != 2) {
          throw PyErr.format(PyExc.TypeError, "AF_INET address must be a pair (host, port)");
        }
        byte[] host = hostBytes(t.get(0));
        int port = port(t.get(1), caller);
        byte[] sa = resolve(host, AF_INET);
        sa[2] = (byte) (port >> 8);
        sa[3] = (byte) port;
        return sa;
      }
      case AF_INET6 -> {
        if (!(addr instanceof PyTuple t)) {
          throw PyErr.format(PyExc.TypeError, "%s(): AF_INET6 address must be tuple, not %.500s",
              caller, PyType.of(addr).getName());
        }
        if (t.size() < 2 || t.size() > 4) {
          throw PyErr.format(PyExc.TypeError,
              "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        }
        byte[] host = hostBytes(t.get(0));
        int port = port(t.get(1), caller);
        long flowinfo = t.size() > 2 ? unsignedInt(t.get(2)) : 0;
        long scope = t.size() > 3 ? unsignedInt(t.get(3)) : 0;
        if (flowinfo > 0xfffff) {
          throw PyErr.format(PyExc.OverflowError, "%s(): flowinfo must be 0-1048575.", caller);
        }
        byte[] sa = resolve(host, AF_INET6);
        sa[2] = (byte) (port >> 8);
        sa[3] = (byte) port;
        putInt(sa, 4, (int) flowinfo, true);
        putInt(sa, 24, (int) scope, false);
        return sa;
      }
      case AF_UNIX -> {
        byte[] path = unixPath(addr);
        boolean isAbstract = path.length > 0 && path[0] == 0;
        if (isAbstract ? path.length > SUN_PATH : path.length >= SUN_PATH) {
          throw PyErr.format(PyExc.OSError, "AF_UNIX path too long");
        }
        byte[] sa = new byte[2 + path.length + (isAbstract ? 0 : 1)];
        putShort(sa, 0, AF_UNIX);
        System.arraycopy(path, 0, sa, 2, path.length);
        return sa;
      }
      default -> throw PyErr.format(PyExc.OSError, "%s(): bad family", caller);
    }
  }

  /** The Python form of {@code len} bytes of a {@code sockaddr}; None when empty. */
  static Object decode(byte[] sa, int len) {
    if (len < 2) {
      return PyNone.NONE;
    }
    int family = (sa[0] & 0xff) | (sa[1] & 0xff) << 8;
    switch (family) {
      case AF_INET -> {
        return new PyTuple(numericHost(Arrays.copyOf(sa, 16)), (long) port(sa));
      }
      case AF_INET6 -> {
        byte[] a = Arrays.copyOf(sa, 28);
        return new PyTuple(numericHost(a), (long) port(sa),
            getInt(sa, 4, true) & 0xffffffffL, getInt(sa, 24, false) & 0xffffffffL);
      }
      case AF_UNIX -> {
        if (len > 2 && sa[2] == 0) {
          return new PyBytes(Arrays.copyOfRange(sa, 2, len));
        }
        int end = 2;
        while (end < len && sa[end] != 0) {
          end++;
        }
        return FsPaths.decode(Arrays.copyOfRange(sa, 2, end));
      }
      default -> {
        return new PyTuple((long) family, new PyBytes(Arrays.copyOfRange(sa, 2, len)));
      }
    }
  }

  private static String numericHost(byte[] sa) {
    return SocketResolver.getnameinfo(sa, SocketResolver.NI_NUMERICHOST)[0];
  }

  private static int port(byte[] sa) {
    return (sa[2] & 0xff) << 8 | (sa[3] & 0xff);
  }

  /**
   * The {@code sockaddr} of a host name for {@code family} (CPython's {@code setipaddr}), port
   * zero.
   */
  static byte[] resolve(byte[] host, int family) {
    String name = new String(host, StandardCharsets.ISO_8859_1);
    if (name.isEmpty()) {
      List<SocketResolver.AddrInfo> any = SocketResolver.getaddrinfo(null, cstr("0"), family,
          SocketConstants.SOCK_DGRAM, 0, SocketResolver.AI_PASSIVE);
      return any.get(0).addr();
    }
    if (name.equals("<broadcast>") || name.equals("255.255.255.255")) {
      if (family != AF_INET && family != 0) {
        throw PyErr.format(PyExc.OSError, "address family mismatched");
      }
      byte[] sa = new byte[16];
      putShort(sa, 0, AF_INET);
      Arrays.fill(sa, 4, 8, (byte) 0xff);
      return sa;
    }
    List<SocketResolver.AddrInfo> r =
        SocketResolver.getaddrinfo(cstr(host), null, family, 0, 0, 0);
    return r.get(0).addr();
  }

  /** A host argument as bytes (CPython's {@code idna_converter}). */
  static byte[] hostBytes(Object host) {
    if (host instanceof PyBytes b) {
      return b.toByteArray();
    }
    if (PyUnicode.isStr(host)) {
      String s = PyUnicode.asJavaString(host);
      if (s.chars().allMatch(c -> c < 0x80)) {
        return s.getBytes(StandardCharsets.US_ASCII);
      }
      return ((PyBytes) Abstract.callMethod(host, "encode", "idna")).toByteArray();
    }
    if (PyType.of(host).getName().equals("bytearray")) {
      return PyBuffer.bytes(host);
    }
    throw PyErr.format(PyExc.TypeError, "str, bytes or bytearray expected, not %s",
        PyType.of(host).getName());
  }

  private static int port(Object p, String caller) {
    long v = cint(p);
    if (v < 0 || v > 0xffff) {
      throw PyErr.format(PyExc.OverflowError, "%s(): port must be 0-65535.", caller);
    }
    return (int) v;
  }

  /** A C {@code int} argument (the {@code "i"} format). */
  static int cint(Object o) {
    if (o instanceof Double) {
      throw PyErr.format(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
    }
    Object i = PyNumber.index(o);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    boolean big = i instanceof Long l ? l > 0 : ((BigInteger) i).signum() > 0;
    throw PyErr.format(PyExc.OverflowError,
        big ? "signed integer is greater than maximum" : "signed integer is less than minimum");
  }

  /** A C {@code unsigned int} argument (the {@code "I"} format, which wraps). */
  private static long unsignedInt(Object o) {
    if (o instanceof Double) {
      throw PyErr.format(PyExc.TypeError, "'float' object cannot be interpreted as an integer");
    }
    Object i = PyNumber.index(o);
    return (i instanceof Long l ? l : ((BigInteger) i).longValue()) & 0xffffffffL;
  }

  private static byte[] unixPath(Object addr) {
    Object p = addr;
    if (!PyUnicode.isStr(p) && !PyBuffer.check(p)) {
      Object fspath = PyType.of(p).lookup("__fspath__");
      if (fspath != null) {
        p = Abstract.callAsMethod(fspath, p, new Object[0], null);
      }
    }
    if (PyUnicode.isStr(p)) {
      return FsPaths.encode(p);
    }
    return PyBuffer.bytes(p);
  }

  /** A NUL-terminated copy. */
  static byte[] cstr(byte[] b) {
    return Arrays.copyOf(b, b.length + 1);
  }

  static byte[] cstr(String s) {
    return cstr(s.getBytes(StandardCharsets.UTF_8));
  }

  private static void putShort(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >> 8);
  }

  private static void putInt(byte[] b, int at, int v, boolean network) {
    for (int k = 0; k < 4; k++) {
      b[at + k] = (byte) (network ? v >> (24 - 8 * k) : v >> (8 * k));
    }
  }

  private static int getInt(byte[] b, int at, boolean network) {
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int x = b[at + k] & 0xff;
      v |= network ? x << (24 - 8 * k) : x << (8 * k);
    }
    return v;
  }
}
