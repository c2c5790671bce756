package org.taipan.stdlib.core.text;

import java.util.Arrays;
import java.util.List;
import org.taipan.object.PyBytes;
import org.taipan.object.PyCodePoints;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.stdlib.core.sre.SreSubject;

/**
 * The string a pattern works on, as {@code _sre}'s {@code getstring} and {@code getslice} see it
 * ({@code Modules/_sre/sre.c}): a {@code str} (read in place when it is a plain {@code String})
 * or the bytes of a bytes-like object; slices of it come back as {@code str} or {@code bytes}.
 */
final class SreString {
  /** The object the caller passed (what {@code Match.string} returns). */
  final Object original;
  final boolean isBytes;
  final SreSubject subject;
  private final String string;
  private final int[] codePoints;
  private final byte[] bytes;

  private SreString(Object original, boolean isBytes, SreSubject subject, String string,
      int[] codePoints, byte[] bytes) {
    this.original = original;
    this.isBytes = isBytes;
    this.subject = subject;
    this.string = string;
    this.codePoints = codePoints;
    this.bytes = bytes;
  }

  /**
   * {@code getstring}: a {@code str} or a bytes-like object, else {@code TypeError("expected
   * string or bytes-like object, got 'T'")}.
   */
  static SreString of(Object o) {
    SreString s = ofOrNull(o);
    if (s == null) {
      throw PyErr.format(PyExc.TypeError, "expected string or bytes-like object, got '%.200s'",
          PyType.of(o).getName());
    }
    return s;
  }

  /** {@link #of}, or null for an object that is neither str nor bytes-like. */
  static SreString ofOrNull(Object o) {
    if (o instanceof String s) {
      return new SreString(o, false, SreSubject.ofBmpString(s), s, null, null);
    }
    if (PyUnicode.isStr(o)) {
      Object plain = o instanceof PyCodePoints ? o : PyUnicode.wrap(PyUnicode.asJavaString(o));
      if (plain instanceof String s) {
        return new SreString(o, false, SreSubject.ofBmpString(s), s, null, null);
      }
      PyCodePoints p = (PyCodePoints) plain;
      int[] cps = new int[p.length()];
      for (int i = 0; i < cps.length; i++) {
        cps[i] = p.codePointAt(i);
      }
      return new SreString(o, false, SreSubject.ofCodePoints(cps), null, cps, null);
    }
    byte[] b = Buffers.bytesOrNull(o);
    if (b != null) {
      return new SreString(o, true, SreSubject.ofBytes(b), null, null, b);
    }
    return null;
  }

  int length() {
    return subject.length();
  }

  /**
   * {@code getslice}: the characters or bytes {@code [b, e)} as an exact {@code str} or
   * {@code bytes}; the whole of an exact {@code bytes} is the object itself.
   */
  Object slice(int b, int e) {
    if (isBytes) {
      if (b == 0 && e == bytes.length && original instanceof PyBytes
          && PyType.of(original) == PyType.of(EMPTY_BYTES)) {
        return original;
      }
      return new PyBytes(Arrays.copyOfRange(bytes, b, e));
    }
    if (string != null) {
      return string.substring(b, e);
    }
    return PyUnicode.fromCodePoints(Arrays.copyOfRange(codePoints, b, e));
  }

  /** The empty {@code str} or {@code bytes}. */
  Object empty() {
    return isBytes ? EMPTY_BYTES : "";
  }

  private static final PyBytes EMPTY_BYTES = new PyBytes(new byte[0]);

  /**
   * Joins the pieces of a substitution as {@code PyUnicode_Join} or {@code _PyBytes_Join} with an
   * empty separator would, with their TypeErrors for a piece of the wrong kind.
   */
  Object join(List<Object> items) {
    if (isBytes) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < items.size(); i++) {
        byte[] b = Buffers.bytesOrNull(items.get(i));
        if (b == null) {
          throw PyErr.format(PyExc.TypeError,
              "sequence item %d: expected a bytes-like object, %.80s found", i,
              PyType.of(items.get(i)).getName());
        }
        out.write(b, 0, b.length);
      }
      return new PyBytes(out.toByteArray());
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      Object it = items.get(i);
      if (!PyUnicode.isStr(it)) {
        throw PyErr.format(PyExc.TypeError, "sequence item %d: expected str instance, %.80s found",
            i, PyType.of(it).getName());
      }
      sb.append(PyUnicode.asJavaString(it));
    }
    return PyUnicode.wrap(sb.toString());
  }
}
