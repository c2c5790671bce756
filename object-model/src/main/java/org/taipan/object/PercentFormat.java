package org.taipan.object;

/**
 * printf-style formatting, {@code str % args}: CPython's {@code PyUnicode_Format} in {@code
 * Objects/unicodeobject.c}.
 */
final class PercentFormat {
  private PercentFormat() {}

  static String format(String fmt, Object args) {
    return format(fmt, args, false);
  }

  /**
   * {@code bytes % args} ({@code _PyBytes_FormatEx}): the same grammar over a format decoded as
   * latin-1, with bytes conversions for {@code %s}/{@code %b}, {@code %c} and {@code %r}/{@code
   * %a}. The result is latin-1 too.
   */
  static byte[] formatBytes(byte[] fmt, Object args) {
    String r = format(new String(fmt, java.nio.charset.StandardCharsets.ISO_8859_1), args, true);
    return r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String latin1(byte[] b) {
    return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static String bytesBody(Object v) {
    PyBuffer buf = PyBuffer.getOrNull(v);
    if (buf != null) {
      return latin1(buf.toByteArray());
    }
    Object m = PyType.of(v).lookup("__bytes__");
    if (m != null) {
      Object r = Abstract.call(Abstract.getAttr(v, "__bytes__"));
      if (r instanceof PyBytes b) {
        return latin1(b.value);
      }
      throw PyErr.format(
          PyExc.TypeError, "__bytes__ returned non-bytes (type %.200s)", PyType.of(r).getName());
    }
    throw PyErr.format(
        PyExc.TypeError,
        "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
        PyType.of(v).getName());
  }

  private static String format(String fmt, Object args, boolean bytes) {
    Object[] items;
    boolean isTuple = args instanceof PyTuple;
    // bytes formatting takes neither bytes, bytearray nor str for a mapping
    boolean isMapping = !isTuple
        && !(bytes ? args instanceof PyBytes || args instanceof PyByteArray || PyUnicode.isStr(args)
            : PyUnicode.isStr(args))
        && PyType.of(args).hasSlot(SpecialMethod.op_getitem) && !(args instanceof PyList);
    items = isTuple ? ((PyTuple) args).toArray() : new Object[] {args};
    int ai = 0;
    StringBuilder sb = new StringBuilder();
    int n = fmt.length();
    for (int i = 0; i < n; i++) {
      char c = fmt.charAt(i);
      if (c != '%') {
        sb.append(c);
        continue;
      }
      i++;
      if (i >= n) {
        throw PyErr.format(PyExc.ValueError, "incomplete format");
      }
      // '%%' is a literal only right after the '%': after a key, flags, width or precision the
      // second '%' takes an argument and is an unsupported conversion
      final int specStart = i;
      Object mapValue = null;
      if (fmt.charAt(i) == '(') {
        int depth = 1;
        int j = i + 1;
        while (j < n && depth > 0) {
          if (fmt.charAt(j) == '(') {
            depth++;
          } else if (fmt.charAt(j) == ')') {
            depth--;
          }
          j++;
        }
        if (depth > 0) {
          throw PyErr.format(PyExc.ValueError, "incomplete format key");
        }
        if (!isMapping) {
          throw PyErr.format(PyExc.TypeError, "format requires a mapping");
        }
        String key = fmt.substring(i + 1, j - 1);
        mapValue = Abstract.getItem(
            args,
            bytes
                ? new PyBytes(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                : PyUnicode.wrap(key));
        i = j;
      }
      StringBuilder flags = new StringBuilder();
      while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
        flags.append(fmt.charAt(i++));
      }
      int width = -1;
      if (i < n && fmt.charAt(i) == '*') {
        width = PyNumber.asAllocSize(items[ai++]);
        if (width < 0) {
          // a negative width from '*' left-justifies, as the '-' flag does
          flags.append('-');
          width = -width;
        }
        i++;
      } else {
        int st = i;
        while (i < n && Character.isDigit(fmt.charAt(i))) {
          i++;
        }
        if (i > st) {
          width = widthDigits(fmt, st, i);
        }
      }
      int prec = -1;
      if (i < n && fmt.charAt(i) == '.') {
        i++;
        if (i < n && fmt.charAt(i) == '*') {
          prec = starPrecision(items[ai++]);
          i++;
        } else {
          int st = i;
          while (i < n && Character.isDigit(fmt.charAt(i))) {
            i++;
          }
          prec = precisionDigits(fmt, st, i, bytes);
        }
      }
      while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) {
        i++;
      }
      if (i >= n) {
        throw PyErr.format(PyExc.ValueError, "incomplete format");
      }
      char t = fmt.charAt(i);
      if (t == '%' && i == specStart) {
        sb.append('%');
        continue;
      }
      Object v;
      if (mapValue != null) {
        v = mapValue;
      } else {
        if (ai >= items.length) {
          throw PyErr.format(PyExc.TypeError, "not enough arguments for format string");
        }
        v = items[ai++];
      }
      String f = flags.toString();
      boolean left = f.contains("-");
      boolean zero = f.contains("0") && !left;
      String body;
      String sign = "";
      switch (t) {
        case 's', 'r', 'a', 'b' -> {
          if (t == 'b' && !bytes) {
            throw PyErr.format(
                PyExc.ValueError,
                "unsupported format character '%c' (0x%x) at index %d", t, (int) t, i);
          }
          if (bytes && (t == 's' || t == 'b')) {
            body = bytesBody(v);
          } else {
            body = t == 's' ? Abstract.strJava(v) : Abstract.reprJava(v);
          }
          if (t == 'a' || (bytes && t == 'r')) {
            body = StrFormat.ascii(body);
          }
          if (prec >= 0 && prec < body.length()) {
            body = body.substring(0, prec);
          }
          zero = false;
        }
        case 'd', 'i', 'u', 'x', 'X', 'o' -> {
          boolean real = t == 'd' || t == 'i' || t == 'u';
          // mainformatlong: %d, %i and %u take int(v) (its __int__), the others __index__
          boolean hasInt = real && !(v instanceof PyComplex)
              && PyType.of(v).hasSlot(SpecialMethod.op_int);
          if (!PyNumber.isIndex(v) && !(real && v instanceof Double) && !hasInt) {
            throw PyErr.format(
                PyExc.TypeError,
                "%%%c format: %s is required, not %.200s",
                t,
                real ? "a real number" : "an integer",
                PyType.of(v).getName());
          }
          Object iv = v instanceof Double d ? PyFloat.toInt(d)
              : real && !(v instanceof Long) ? PyNumber.asLong(v) : PyNumber.index(v);
          java.math.BigInteger b = PyLong.big(iv);
          boolean neg = b.signum() < 0;
          b = b.abs();
          body = switch (t) {
            case 'x' -> b.toString(16);
            case 'X' -> b.toString(16).toUpperCase();
            case 'o' -> b.toString(8);
            default -> b.toString();
          };
          if (prec > 0 && body.length() < prec) {
            body = "0".repeat(prec - body.length()) + body;
          }
          // the '#' prefix goes before the precision's and the width's zeros, after the sign
          String prefix = !f.contains("#") || real ? "" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
          sign = (neg ? "-" : f.contains("+") ? "+" : f.contains(" ") ? " " : "") + prefix;
        }
        case 'e', 'E', 'f', 'F', 'g', 'G' -> {
          double d = PyNumber.asDouble(v);
          int p = prec < 0 ? 6 : prec;
          double a = Math.abs(d);
          boolean alt = f.contains("#");
          if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (Character.isUpperCase(t)) {
              body = body.toUpperCase();
            }
            zero = false;
          } else {
            body = switch (t) {
              case 'e', 'E' -> FormatSpec.sci(a, p, alt, t == 'E');
              case 'f', 'F' -> FormatSpec.fixed(a, p, alt);
              default -> FormatSpec.general(a, p, alt, t == 'G', false);
            };
          }
          boolean neg = d < 0 || (d == 0.0 && 1.0 / d < 0);
          sign = neg ? "-" : f.contains("+") ? "+" : f.contains(" ") ? " " : "";
        }
        case 'c' -> {
          if (bytes) {
            if ((v instanceof PyBytes || v instanceof PyByteArray) && ByteSeq.len(v) == 1) {
              body = latin1(ByteSeq.contents(v));
            } else if (PyNumber.isIndex(v)) {
              Object byteValue = PyNumber.index(v);
              if (!(byteValue instanceof Long l) || l < 0 || l > 255) {
                throw PyErr.format(PyExc.OverflowError, "%s", "%c arg not in range(256)");
              }
              body = String.valueOf((char) (long) l);
            } else {
              throw PyErr.format(
                  PyExc.TypeError, "%s", "%c requires an integer in range(256) or a single byte");
            }
          } else if (PyUnicode.isStr(v) && PyUnicode.length(v) == 1) {
            body = PyUnicode.asJavaString(v);
          } else if (PyNumber.isIndex(v)) {
            Object cp = PyNumber.index(v);
            if (!(cp instanceof Long l) || l < 0 || l > 0x10FFFF) {
              throw PyErr.format(PyExc.OverflowError, "%s", "%c arg not in range(0x110000)");
            }
            body = new String(Character.toChars((int) (long) l));
          } else {
            throw PyErr.format(PyExc.TypeError, "%s", "%c requires int or char");
          }
          zero = false;
        }
        default -> throw PyErr.format(
            PyExc.ValueError,
            "unsupported format character '%c' (0x%x) at index %d",
            t,
            (int) t,
            i);
      }
      int len = sign.length() + body.length();
      if (width > len) {
        if (left) {
          sb.append(sign).append(body).append(" ".repeat(width - len));
        } else if (zero) {
          sb.append(sign).append("0".repeat(width - len)).append(body);
        } else {
          sb.append(" ".repeat(width - len)).append(sign).append(body);
        }
      } else {
        sb.append(sign).append(body);
      }
    }
    if (ai < items.length && !isMapping) {
      throw PyErr.format(
          PyExc.TypeError,
          "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
    }
    return sb.toString();
  }

  /**
   * A width written in the format: "width too big" past {@code Py_ssize_t}, as CPython says, and
   * {@code MemoryError} for one no Java string can be padded to.
   */
  private static int widthDigits(String fmt, int from, int to) {
    long w = 0;
    for (int k = from; k < to; k++) {
      int d = Character.digit(fmt.charAt(k), 10);
      if (w > (Long.MAX_VALUE - d) / 10) {
        throw PyErr.format(PyExc.ValueError, "width too big");
      }
      w = w * 10 + d;
    }
    if (w > Integer.MAX_VALUE - 8) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    return (int) w;
  }

  /** A precision written in the format: "precision too big" ("prec" for bytes) past C int. */
  private static int precisionDigits(String fmt, int from, int to, boolean bytes) {
    int p = 0;
    for (int k = from; k < to; k++) {
      int d = Character.digit(fmt.charAt(k), 10);
      if (p > (Integer.MAX_VALUE - d) / 10) {
        throw PyErr.format(PyExc.ValueError, bytes ? "prec too big" : "precision too big");
      }
      p = p * 10 + d;
    }
    return p;
  }

  /** A precision given as {@code *}: an int within C int's range. */
  private static int starPrecision(Object v) {
    if (!PyLong.isInt(v)) {
      throw PyErr.format(PyExc.TypeError, "* wants int");
    }
    Object i = PyNumber.index(v);
    if (!(i instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
    }
    return (int) (long) l;
  }
}
