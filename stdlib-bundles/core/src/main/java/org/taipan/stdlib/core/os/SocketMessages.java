package org.taipan.stdlib.core.os;

import com.sun.jna.Memory;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.taipan.object.Abstract;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyTuple;

/**
 * The {@code struct msghdr} of {@code sendmsg} and {@code recvmsg} in native memory, with its
 * data, address and ancillary-data ({@code cmsghdr}) buffers, as CPython's {@code sock_sendmsg} and
 * {@code sock_recvmsg_guts} build and read it. Layouts are Linux LP64: {@code msghdr} is 56
 * bytes, {@code iovec} 16, a {@code cmsghdr} header 16 with its data aligned to 8.
 */
final class SocketMessages {
  private SocketMessages() {}

  private static final int CMSG_HEADER = 16;

  /** A message ready for {@code sendmsg} or {@code recvmsg}; holds its buffers alive. */
  static final class Msg {
    final Memory hdr = new Memory(56);
    final Memory data;
    final Memory name;
    final Memory control;
    private final Memory iov = new Memory(16);

    Msg(Memory data, Memory name, Memory control) {
      this.data = data;
      this.name = name;
      this.control = control;
      hdr.clear();
      iov.setPointer(0, data);
      iov.setLong(8, data == null ? 0 : data.size());
      hdr.setPointer(0, name);
      hdr.setPointer(16, data == null ? null : iov);
      hdr.setLong(24, data == null ? 0 : 1);
      hdr.setPointer(32, control);
      reset();
    }

    /** Sets the address and control lengths to the buffer sizes (before each attempt). */
    void reset() {
      hdr.setInt(8, name == null ? 0 : (int) name.size());
      hdr.setLong(40, control == null ? 0 : control.size());
    }
  }

  private static Memory copy(byte[] b) {
    if (b.length == 0) {
      return null;
    }
    Memory m = new Memory(b.length);
    m.write(0, b, 0, b.length);
    return m;
  }

  private static List<Object> items(Object o, String which) {
    Object it;
    try {
      it = Abstract.iter(o);
    } catch (PyException e) {
      if (!Abstract.isInstance(e.value, PyExc.TypeError)) {
        throw e;
      }
      throw PyErr.format(PyExc.TypeError, "sendmsg() argument %s must be an iterable", which);
    }
    List<Object> r = new ArrayList<>();
    for (Object x; (x = Abstract.next(it)) != null; ) {
      r.add(x);
    }
    return r;
  }

  /** The message of {@code sendmsg(buffers, ancdata, flags, address)}; address may be null. */
  static Msg forSend(Object buffers, Object ancdata, byte[] address) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (Object b : items(buffers, "1")) {
      data.writeBytes(PyBuffer.bytes(b));
    }
    ByteArrayOutputStream control = new ByteArrayOutputStream();
    for (Object item : items(ancdata, "2")) {
      if (!(item instanceof PyTuple t) || t.size() != 3) {
        throw PyErr.format(PyExc.TypeError, "[sendmsg() ancillary data items]() argument must be "
            + "sequence of length 3, not %d", item instanceof PyTuple t ? t.size() : 0);
      }
      int level = SocketAddresses.cint(t.get(0));
      int type = SocketAddresses.cint(t.get(1));
      byte[] d = PyBuffer.bytes(t.get(2));
      byte[] cmsg = new byte[CMSG_HEADER + ((d.length + 7) & ~7)];
      ByteBuffer.wrap(cmsg).order(ByteOrder.nativeOrder())
          .putLong(0, CMSG_HEADER + d.length).putInt(8, level).putInt(12, type);
      System.arraycopy(d, 0, cmsg, CMSG_HEADER, d.length);
      control.writeBytes(cmsg);
    }
    return new Msg(copy(data.toByteArray()), address == null ? null : copy(address),
        copy(control.toByteArray()));
  }

  /** An empty message for {@code recvmsg(bufsize, ancbufsize)}. */
  static Msg forReceive(int bufsize, int ancbufsize) {
    return new Msg(bufsize == 0 ? null : new Memory(bufsize),
        new Memory(SocketAddresses.STORAGE), ancbufsize == 0 ? null : new Memory(ancbufsize));
  }

  /** The {@code n} bytes received. */
  static byte[] data(Msg m, long n) {
    return n == 0 ? new byte[0] : m.data.getByteArray(0, (int) n);
  }

  /** What {@code recvmsg} returns after the data: ancillary data, {@code msg_flags}, address. */
  static Object[] rest(Msg m) {
    PyList anc = new PyList();
    long clen = m.control == null ? 0 : m.hdr.getLong(40);
    for (long at = 0; at + CMSG_HEADER <= clen; ) {
      long len = m.control.getLong(at);
      if (len < CMSG_HEADER) {
        break;
      }
      long dataLen = Math.min(len, clen - at) - CMSG_HEADER;
      anc.append(new PyTuple((long) m.control.getInt(at + 8), (long) m.control.getInt(at + 12),
          new PyBytes(m.control.getByteArray(at + CMSG_HEADER, (int) dataLen))));
      at += (len + 7) & ~7L;
    }
    int namelen = m.hdr.getInt(8);
    Object address = SocketAddresses.decode(m.name.getByteArray(0, namelen), namelen);
    return new Object[] {anc, (long) m.hdr.getInt(48), address};
  }
}
