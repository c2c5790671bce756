package org.taipan.stdlib.core.data;

import com.sun.jna.Native;

/**
 * The C math library functions that CPython 3.11's {@code math} calls directly and the JDK lacks,
 * bound with JNA direct mapping, so that results are the platform's, bit for bit, as CPython's.
 */
final class LibM {
  static {
    Native.register(LibM.class, "m");
  }

  private LibM() {}

  static native double erf(double x);

  static native double erfc(double x);
}
