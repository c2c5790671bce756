package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The C library's socket and resolver calls behind {@code _socket}, bound with JNA direct mapping.
 * Socket addresses cross as byte arrays holding the C {@code struct sockaddr_*} ({@link
 * SocketAddresses}); names are NUL-terminated byte arrays. The descriptor calls that are not
 * socket-specific ({@code close}, {@code fcntl}, {@code poll}) are those of {@link Libc}, {@link
 * PosixNative} and {@link SelectModule}.
 */
final class SocketNative {
  static {
    Native.register(SocketNative.class, "c");
  }

  private SocketNative() {}

  static native int socket(int domain, int type, int protocol) throws LastErrorException;

  static native int socketpair(int domain, int type, int protocol, int[] sv)
      throws LastErrorException;

  static native int bind(int fd, byte[] addr, int len) throws LastErrorException;

  static native int listen(int fd, int backlog) throws LastErrorException;

  static native int accept4(int fd, byte[] addr, int[] len, int flags) throws LastErrorException;

  static native int connect(int fd, byte[] addr, int len) throws LastErrorException;

  static native long send(int fd, byte[] buf, long len, int flags) throws LastErrorException;

  static native long sendto(int fd, byte[] buf, long len, int flags, byte[] addr, int addrlen)
      throws LastErrorException;

  static native long recv(int fd, byte[] buf, long len, int flags) throws LastErrorException;

  static native long recvfrom(int fd, byte[] buf, long len, int flags, byte[] addr, int[] addrlen)
      throws LastErrorException;

  static native long sendmsg(int fd, Pointer msg, int flags) throws LastErrorException;

  static native long recvmsg(int fd, Pointer msg, int flags) throws LastErrorException;

  static native int shutdown(int fd, int how) throws LastErrorException;

  static native int getsockname(int fd, byte[] addr, int[] len) throws LastErrorException;

  static native int getpeername(int fd, byte[] addr, int[] len) throws LastErrorException;

  static native int setsockopt(int fd, int level, int name, byte[] value, int len)
      throws LastErrorException;

  static native int getsockopt(int fd, int level, int name, byte[] value, int[] len)
      throws LastErrorException;

  /** Returns an {@code EAI_*} code, not errno; {@code EAI_SYSTEM} means errno is set. */
  static native int getaddrinfo(byte[] node, byte[] service, byte[] hints,
      PointerByReference res);

  static native void freeaddrinfo(Pointer res);

  static native String gai_strerror(int code);

  static native int getnameinfo(byte[] addr, int addrlen, byte[] host, int hostlen, byte[] serv,
      int servlen, int flags);

  static native int gethostname(byte[] name, long len) throws LastErrorException;

  static native int gethostbyname_r(byte[] name, Pointer ret, Pointer buf, long buflen,
      PointerByReference result, int[] herrno);

  static native int gethostbyaddr_r(byte[] addr, int len, int type, Pointer ret, Pointer buf,
      long buflen, PointerByReference result, int[] herrno);

  static native String hstrerror(int err);

  static native int inet_aton(byte[] cp, byte[] inp);

  static native int inet_pton(int af, byte[] src, byte[] dst);

  static native Pointer inet_ntop(int af, byte[] src, byte[] dst, int size);

  static native Pointer getservbyname(byte[] name, byte[] proto);

  static native Pointer getservbyport(int port, byte[] proto);

  static native Pointer getprotobyname(byte[] name);
}
