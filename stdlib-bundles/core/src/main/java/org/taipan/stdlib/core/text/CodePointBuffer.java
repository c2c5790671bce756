package org.taipan.stdlib.core.text;

import java.util.Arrays;
import org.taipan.object.PyCodePoints;
import org.taipan.object.PyUnicode;

/**
 * A growable array of code points that becomes a {@code str}; unlike a {@link StringBuilder} it
 * keeps two adjacent lone surrogates as two characters, as decoders with {@code surrogatepass}
 * or {@code surrogateescape} must.
 */
final class CodePointBuffer {
  private int[] a;
  private int n;

  CodePointBuffer(int capacity) {
    a = new int[Math.max(16, capacity)];
  }

  void append(int cp) {
    if (n == a.length) {
      a = Arrays.copyOf(a, n * 2);
    }
    a[n++] = cp;
  }

  void append(int[] cps) {
    for (int c : cps) {
      append(c);
    }
  }

  void appendAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i));
    }
  }

  int length() {
    return n;
  }

  /** The characters as a Python {@code str}. */
  Object toStr() {
    return PyUnicode.fromCodePoints(Arrays.copyOf(a, n));
  }

  /** The code points of a {@code str}, each Python character one element. */
  static int[] of(Object str) {
    if (str instanceof String s) {
      int[] r = new int[s.length()];
      for (int i = 0; i < r.length; i++) {
        r[i] = s.charAt(i);
      }
      return r;
    }
    if (str instanceof PyCodePoints p) {
      int[] r = new int[p.length()];
      for (int i = 0; i < r.length; i++) {
        r[i] = p.codePointAt(i);
      }
      return r;
    }
    return PyUnicode.asJavaString(str).codePoints().toArray();
  }
}
