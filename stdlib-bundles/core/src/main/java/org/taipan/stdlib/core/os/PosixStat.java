package org.taipan.stdlib.core.os;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.taipan.object.PyNone;

/**
 * {@code os.stat_result} and the decoding of the C {@code struct stat} into it ({@code
 * _pystat_fromstructstat} in {@code posixmodule.c}).
 */
final class PosixStat {
  private PosixStat() {}

  static final int SIZE = 144;
  private static final boolean AARCH64 = "aarch64".equals(System.getProperty("os.arch"));

  static final StructSeqType STAT_RESULT = StructSeqType.create("os", "stat_result",
      new String[] {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
          null, null, null, "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
          "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
      10,
      "stat_result: Result from stat, fstat, or lstat.\n\n"
          + "This object may be accessed either as a tuple of\n"
          + "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
          + "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n"
          + "Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n"
          + "or st_flags, they are available as attributes only.\n\n"
          + "See os.stat for more information.",
      v -> {
        // statresult_new: the float times default to the integer ones
        for (int i = 0; i < 3; i++) {
          if (v.get(10 + i) == PyNone.NONE) {
            v.setHidden(10 + i, v.get(7 + i));
          }
        }
      });

  static Object unsigned(long v) {
    return v >= 0 ? (Object) v : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
  }

  private static Object nanos(long sec, long nsec) {
    BigInteger r = BigInteger.valueOf(sec).multiply(BigInteger.valueOf(1_000_000_000L))
        .add(BigInteger.valueOf(nsec));
    return r.bitLength() < 64 ? (Object) r.longValue() : r;
  }

  /** The fields of a C {@code struct stat} that Python sees. */
  record Raw(long dev, long ino, long nlink, int mode, int uid, int gid, long rdev, long size,
      long blksize, long blocks, long[] times) {
    boolean isDir() {
      return (mode & 0xF000) == 0x4000;
    }

    boolean isReg() {
      return (mode & 0xF000) == 0x8000;
    }

    boolean isLink() {
      return (mode & 0xF000) == 0xA000;
    }
  }

  static Raw decode(byte[] buf) {
    ByteBuffer b = ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
    long[] t = new long[6];
    if (AARCH64) {
      // the generic layout: dev ino mode nlink uid gid rdev pad size blksize pad blocks times
      for (int i = 0; i < 6; i++) {
        t[i] = b.getLong(72 + 8 * i);
      }
      return new Raw(b.getLong(0), b.getLong(8), b.getInt(20) & 0xFFFFFFFFL, b.getInt(16),
          b.getInt(24), b.getInt(28), b.getLong(32), b.getLong(48), b.getInt(56), b.getLong(64),
          t);
    }
    for (int i = 0; i < 6; i++) {
      t[i] = b.getLong(72 + 8 * i);
    }
    return new Raw(b.getLong(0), b.getLong(8), b.getLong(16), b.getInt(24), b.getInt(28),
        b.getInt(32), b.getLong(40), b.getLong(48), b.getLong(56), b.getLong(64), t);
  }

  static StructSeqType.Value result(Raw r) {
    long[] t = r.times;
    Object[] v = new Object[19];
    v[0] = (long) r.mode;
    v[1] = unsigned(r.ino);
    v[2] = unsigned(r.dev);
    v[3] = r.nlink;
    v[4] = r.uid & 0xFFFFFFFFL;
    v[5] = r.gid & 0xFFFFFFFFL;
    v[6] = r.size;
    for (int i = 0; i < 3; i++) {
      long sec = t[2 * i];
      long nsec = t[2 * i + 1];
      v[7 + i] = sec;
      v[10 + i] = sec + nsec * 1e-9;
      v[13 + i] = nanos(sec, nsec);
    }
    v[16] = r.blksize;
    v[17] = r.blocks;
    v[18] = unsigned(r.rdev);
    return STAT_RESULT.make(v);
  }
}
