package org.taipan.stdlib.core.os;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** The C library's calendar calls for {@code time}, over a {@code struct tm} in native memory. */
final class TimeNative {
  static {
    Native.register(TimeNative.class, "c");
  }

  private TimeNative() {}

  static native Pointer gmtime_r(long[] t, Pointer tm);

  static native Pointer localtime_r(long[] t, Pointer tm);

  static native long mktime(Pointer tm);

  static native long strftime(byte[] buf, long max, byte[] format, Pointer tm);

  static native void tzset();
}
