package org.taipan.stdlib.core.os;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.taipan.object.Gil;

/**
 * The C library's name resolution for {@code _socket}: {@code getaddrinfo} with its {@code struct
 * addrinfo} list read into Java records, and {@code getnameinfo}. Layouts are Linux LP64.
 */
final class SocketResolver {
  private SocketResolver() {}

  static final int EAI_SYSTEM = -11;
  static final int AI_PASSIVE = 1;
  static final int AI_NUMERICHOST = 4;
  static final int NI_NUMERICHOST = 1;

  /** One entry of the {@code getaddrinfo} list; {@code addr} is the {@code sockaddr} bytes. */
  record AddrInfo(int family, int type, int proto, String canonname, byte[] addr) {}

  /**
   * {@code getaddrinfo(node, service, hints)} without the GIL; raises {@code gaierror} (or the
   * {@code OSError} of {@code EAI_SYSTEM}) on failure.
   *
   * @param node the host as NUL-terminated bytes, or null
   * @param service the port or service as NUL-terminated bytes, or null
   */
  static List<AddrInfo> getaddrinfo(byte[] node, byte[] service, int family, int type,
      int proto, int flags) {
    ByteBuffer hints = ByteBuffer.allocate(48).order(ByteOrder.nativeOrder());
    hints.putInt(0, flags).putInt(4, family).putInt(8, type).putInt(12, proto);
    PointerByReference res = new PointerByReference();
    int[] errno = new int[1];
    int rc = Gil.unlocked(() -> {
      int r = SocketNative.getaddrinfo(node, service, hints.array(), res);
      errno[0] = com.sun.jna.Native.getLastError();
      return r;
    });
    if (rc != 0) {
      throw rc == EAI_SYSTEM ? OsErrors.fromErrno(errno[0]) : SocketModule.gaiError(rc);
    }
    List<AddrInfo> out = new ArrayList<>();
    Pointer first = res.getValue();
    try {
      for (Pointer p = first; p != null; p = p.getPointer(40)) {
        Pointer addr = p.getPointer(24);
        Pointer canon = p.getPointer(32);
        int len = p.getInt(16);
        out.add(new AddrInfo(p.getInt(4), p.getInt(8), p.getInt(12),
            canon == null ? "" : canon.getString(0, "UTF-8"),
            addr == null ? new byte[0] : addr.getByteArray(0, len)));
      }
    } finally {
      SocketNative.freeaddrinfo(first);
    }
    return out;
  }

  /** {@code getnameinfo} of a socket address: {host, service}; raises {@code gaierror}. */
  static String[] getnameinfo(byte[] addr, int flags) {
    byte[] host = new byte[1025];
    byte[] serv = new byte[32];
    int rc = Gil.unlocked(
        () -> SocketNative.getnameinfo(addr, addr.length, host, host.length, serv, serv.length,
            flags));
    if (rc != 0) {
      throw SocketModule.gaiError(rc);
    }
    return new String[] {cString(host), cString(serv)};
  }

  static String cString(byte[] b) {
    int n = 0;
    while (n < b.length && b[n] != 0) {
      n++;
    }
    return new String(b, 0, n, java.nio.charset.StandardCharsets.UTF_8);
  }
}
