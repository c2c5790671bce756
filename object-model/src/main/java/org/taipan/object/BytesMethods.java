package org.taipan.object;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;

/**
 * The searching, splitting and joining methods shared by {@code bytes} and {@code bytearray}
 * ({@code Objects/bytes_methods.c} and the {@code stringlib} templates CPython instantiates for
 * both). Both types expose this class; results are of self's kind ({@link ByteSeq#make}).
 */
final class BytesMethods {
  private BytesMethods() {}

  private static int find(Object self, Object sub, Object start, Object end, boolean last) {
    byte[] t = ByteSeq.needle(sub);
    int n = ByteSeq.len(self);
    int[] r = PySlice.adjust(start, end, n);
    return r[0] > n ? -1 : ByteSeq.indexOf(ByteSeq.arr(self), t, r[0], r[1], last);
  }

  @PythonMethod
  @GetArgs
  static Object find(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    return (long) find(self, sub, start, end, false);
  }

  @PythonMethod
  @GetArgs
  static Object rfind(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    return (long) find(self, sub, start, end, true);
  }

  @PythonMethod
  @GetArgs
  static Object index(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    int i = find(self, sub, start, end, false);
    if (i < 0) {
      throw PyErr.format(PyExc.ValueError, "subsection not found");
    }
    return (long) i;
  }

  @PythonMethod
  @GetArgs
  static Object rindex(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    int i = find(self, sub, start, end, true);
    if (i < 0) {
      throw PyErr.format(PyExc.ValueError, "subsection not found");
    }
    return (long) i;
  }

  @PythonMethod
  @GetArgs
  static Object count(
      Object self, Object sub, @Default("None") Object start, @Default("None") Object end) {
    byte[] v = ByteSeq.arr(self);
    byte[] t = ByteSeq.needle(sub);
    int[] r = PySlice.adjust(start, end, ByteSeq.len(self));
    if (r[0] > r[1]) {
      return 0L;
    }
    if (t.length == 0) {
      return (long) (r[1] - r[0] + 1);
    }
    long c = 0;
    for (int i = ByteSeq.indexOf(v, t, r[0], r[1], false); i >= 0;
        i = ByteSeq.indexOf(v, t, i + t.length, r[1], false)) {
      c++;
    }
    return c;
  }

  /** {@code _Py_bytes_tailmatch}: a bytes-like prefix or a tuple of them. */
  private static Object tailMatch(
      Object self, Object sub, Object start, Object end, boolean atEnd, String fn) {
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    int[] r = PySlice.adjust(start, end, n);
    if (sub instanceof PyTuple t) {
      for (Object o : t.items) {
        if (tailMatch(v, n, tailArg(o, fn), r[0], r[1], atEnd)) {
          return true;
        }
      }
      return false;
    }
    return tailMatch(v, n, tailArg(sub, fn), r[0], r[1], atEnd);
  }

  private static byte[] tailArg(Object o, String fn) {
    PyBuffer b = PyBuffer.getOrNull(o);
    if (b == null) {
      throw PyErr.format(PyExc.TypeError,
          "%s first arg must be bytes or a tuple of bytes, not %.100s", fn,
          PyType.of(o).getName());
    }
    return b.toByteArray();
  }

  private static boolean tailMatch(byte[] v, int n, byte[] t, int start, int end, boolean atEnd) {
    int slen = t.length;
    if (!atEnd) {
      if (start > n - slen) {
        return false;
      }
    } else {
      if (end - start < slen || start > n) {
        return false;
      }
      if (end - slen > start) {
        start = end - slen;
      }
    }
    if (end - start < slen) {
      return false;
    }
    return Arrays.equals(v, start, start + slen, t, 0, slen);
  }

  @PythonMethod
  @GetArgs
  static Object startswith(
      Object self, Object prefix, @Default("None") Object start, @Default("None") Object end) {
    return tailMatch(self, prefix, start, end, false, "startswith");
  }

  @PythonMethod
  @GetArgs
  static Object endswith(
      Object self, Object suffix, @Default("None") Object start, @Default("None") Object end) {
    return tailMatch(self, suffix, start, end, true, "endswith");
  }

  private static int maxSplit(Object maxsplit) {
    long m = PyNumber.asLongClamped(PyNumber.index(maxsplit));
    return m < 0 || m > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) m;
  }

  private static byte[] separator(Object sep) {
    byte[] s = PyBuffer.get(sep).toByteArray();
    if (s.length == 0) {
      throw PyErr.format(PyExc.ValueError, "empty separator");
    }
    return s;
  }

  /** {@code split(sep=None, maxsplit=-1)}: {@code stringlib_split} and {@code split_whitespace}. */
  @PythonMethod(positionalOnly = false)
  static Object split(Object self, @Default("None") Object sep, @Default("-1") Object maxsplit) {
    int max = maxSplit(maxsplit);
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    List<Object> out = new ArrayList<>();
    if (sep == PyNone.NONE) {
      int i = 0;
      while (true) {
        while (i < n && ByteSeq.isSpace(v[i] & 0xff)) {
          i++;
        }
        if (i >= n) {
          break;
        }
        if (max-- == 0) {
          // the rest, with its trailing whitespace, is the last piece
          out.add(piece(self, v, i, n));
          break;
        }
        int j = i;
        while (j < n && !ByteSeq.isSpace(v[j] & 0xff)) {
          j++;
        }
        out.add(piece(self, v, i, j));
        i = j;
      }
      return new PyList(out);
    }
    byte[] s = separator(sep);
    int i = 0;
    while (max-- > 0) {
      int j = ByteSeq.indexOf(v, s, i, n, false);
      if (j < 0) {
        break;
      }
      out.add(piece(self, v, i, j));
      i = j + s.length;
    }
    out.add(piece(self, v, i, n));
    return new PyList(out);
  }

  @PythonMethod(positionalOnly = false)
  static Object rsplit(Object self, @Default("None") Object sep, @Default("-1") Object maxsplit) {
    int max = maxSplit(maxsplit);
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    List<Object> out = new ArrayList<>();
    if (sep == PyNone.NONE) {
      int j = n;
      while (true) {
        while (j > 0 && ByteSeq.isSpace(v[j - 1] & 0xff)) {
          j--;
        }
        if (j <= 0) {
          break;
        }
        if (max-- == 0) {
          out.add(piece(self, v, 0, j));
          break;
        }
        int i = j;
        while (i > 0 && !ByteSeq.isSpace(v[i - 1] & 0xff)) {
          i--;
        }
        out.add(piece(self, v, i, j));
        j = i;
      }
    } else {
      byte[] s = separator(sep);
      int j = n;
      while (max-- > 0) {
        int i = ByteSeq.indexOf(v, s, 0, j, true);
        if (i < 0) {
          break;
        }
        out.add(piece(self, v, i + s.length, j));
        j = i;
      }
      out.add(piece(self, v, 0, j));
    }
    java.util.Collections.reverse(out);
    return new PyList(out);
  }

  private static Object piece(Object self, byte[] v, int from, int to) {
    return ByteSeq.make(self, Arrays.copyOfRange(v, from, to));
  }

  @PythonMethod
  static Object partition(Object self, Object sep) {
    return partition(self, sep, false);
  }

  @PythonMethod
  static Object rpartition(Object self, Object sep) {
    return partition(self, sep, true);
  }

  private static Object partition(Object self, Object sep, boolean last) {
    byte[] s = separator(sep);
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    int i = ByteSeq.indexOf(v, s, 0, n, last);
    Object empty = ByteSeq.make(self, new byte[0]);
    if (i < 0) {
      Object whole = piece(self, v, 0, n);
      return last
          ? new PyTuple(empty, ByteSeq.make(self, new byte[0]), whole)
          : new PyTuple(whole, empty, ByteSeq.make(self, new byte[0]));
    }
    return new PyTuple(piece(self, v, 0, i), ByteSeq.make(self, s), piece(self, v, i + s.length, n));
  }

  /** {@code splitlines(keepends=False)}: lines end at \n, \r or \r\n. */
  @PythonMethod(positionalOnly = false)
  static Object splitlines(Object self, @Default("False") Object keepends) {
    boolean keep = Abstract.isTrue(keepends);
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    List<Object> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      int j = i;
      while (j < n && v[j] != '\n' && v[j] != '\r') {
        j++;
      }
      int eol = j;
      if (j < n) {
        j += v[j] == '\r' && j + 1 < n && v[j + 1] == '\n' ? 2 : 1;
      }
      out.add(piece(self, v, i, keep ? j : eol));
      i = j;
    }
    return new PyList(out);
  }

  /** The strip set: None means ASCII whitespace. */
  private static boolean[] stripSet(Object chars) {
    boolean[] set = new boolean[256];
    if (chars == PyNone.NONE) {
      for (int c = 0; c < 256; c++) {
        set[c] = ByteSeq.isSpace(c);
      }
    } else {
      for (byte b : PyBuffer.get(chars).toByteArray()) {
        set[b & 0xff] = true;
      }
    }
    return set;
  }

  private static Object strip(Object self, Object chars, boolean left, boolean right) {
    boolean[] set = stripSet(chars);
    byte[] v = ByteSeq.arr(self);
    int i = 0;
    int j = ByteSeq.len(self);
    while (left && i < j && set[v[i] & 0xff]) {
      i++;
    }
    while (right && j > i && set[v[j - 1] & 0xff]) {
      j--;
    }
    return piece(self, v, i, j);
  }

  @PythonMethod
  static Object strip(Object self, @Default("None") Object bytes) {
    return strip(self, bytes, true, true);
  }

  @PythonMethod
  static Object lstrip(Object self, @Default("None") Object bytes) {
    return strip(self, bytes, true, false);
  }

  @PythonMethod
  static Object rstrip(Object self, @Default("None") Object bytes) {
    return strip(self, bytes, false, true);
  }

  /** {@code replace(old, new, count=-1)}: {@code stringlib_replace}. */
  @PythonMethod
  static Object replace(Object self, Object old, Object repl, @Default("-1") Object count) {
    byte[] from = PyBuffer.get(old).toByteArray();
    byte[] to = PyBuffer.get(repl).toByteArray();
    long c = PyNumber.asLongClamped(PyNumber.index(count));
    long max = c < 0 ? Long.MAX_VALUE : c;
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    ByteArrayOutputStream out = new ByteArrayOutputStream(n);
    if (from.length == 0) {
      // the replacement goes before each byte and at the end, count times at most
      int i = 0;
      for (; i <= n && max > 0; max--) {
        out.write(to, 0, to.length);
        if (i < n) {
          out.write(v[i]);
        }
        i++;
      }
      if (i < n) {
        out.write(v, i, n - i);
      }
      return ByteSeq.make(self, out.toByteArray());
    }
    int i = 0;
    while (max > 0) {
      int j = ByteSeq.indexOf(v, from, i, n, false);
      if (j < 0) {
        break;
      }
      out.write(v, i, j - i);
      out.write(to, 0, to.length);
      i = j + from.length;
      max--;
    }
    out.write(v, i, n - i);
    return ByteSeq.make(self, out.toByteArray());
  }

  @PythonMethod
  static Object removeprefix(Object self, Object prefix) {
    byte[] p = PyBuffer.get(prefix).toByteArray();
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    int from = p.length <= n && Arrays.equals(v, 0, p.length, p, 0, p.length) ? p.length : 0;
    return piece(self, v, from, n);
  }

  @PythonMethod
  static Object removesuffix(Object self, Object suffix) {
    byte[] s = PyBuffer.get(suffix).toByteArray();
    byte[] v = ByteSeq.arr(self);
    int n = ByteSeq.len(self);
    int to = s.length <= n && Arrays.equals(v, n - s.length, n, s, 0, s.length) && s.length > 0
        ? n - s.length : n;
    return piece(self, v, 0, to);
  }

  /** {@code join(iterable_of_bytes)}: {@code stringlib_bytes_join}; items may be any buffer. */
  @PythonMethod
  static Object join(Object self, Object iterable_of_bytes) {
    Object it;
    try {
      it = Abstract.iter(iterable_of_bytes);
    } catch (PyException e) {
      if (PyType.of(e.value).isSubtypeOf(PyExc.TypeError)) {
        throw PyErr.format(PyExc.TypeError, "can only join an iterable");
      }
      throw e;
    }
    byte[] sep = ByteSeq.contents(self);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    for (Object item; (item = Abstract.next(it)) != null; i++) {
      PyBuffer b = ByteSeq.simpleBufferOrNull(item);
      if (b == null) {
        throw PyErr.format(
            PyExc.TypeError, "sequence item %d: expected a bytes-like object, %.80s found", i,
            PyType.of(item).getName());
      }
      if (i > 0) {
        out.write(sep, 0, sep.length);
      }
      out.write(b.array, b.offset, b.length);
    }
    return ByteSeq.make(self, out.toByteArray());
  }
}
