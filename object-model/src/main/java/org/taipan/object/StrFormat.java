package org.taipan.object;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields, conversions and nested
 * specs, as CPython's {@code Objects/stringlib/unicode_format.h}.
 */
final class StrFormat {
  private final String fmt;
  private final Object[] args;
  private final Object kwargs;
  private int auto = 0;
  private boolean manual;

  private StrFormat(String fmt, Object[] args, Object kwargs) {
    this.fmt = fmt;
    this.args = args;
    this.kwargs = kwargs;
  }

  static String format(String fmt, Object[] args, PyDict kwargs) {
    return new StrFormat(fmt, args, kwargs).render(fmt, 2);
  }

  static String formatMap(String fmt, Object mapping) {
    return new StrFormat(fmt, null, mapping).render(fmt, 2);
  }

  private String render(String s, int depth) {
    if (depth <= 0) {
      throw PyErr.format(PyExc.ValueError, "Max string recursion exceeded");
    }
    StringBuilder sb = new StringBuilder();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '{') {
        if (i + 1 < n && s.charAt(i + 1) == '{') {
          sb.append('{');
          i += 2;
          continue;
        }
        if (i + 1 == n) {
          throw PyErr.format(PyExc.ValueError, "Single '{' encountered in format string");
        }
        int level = 1;
        int j = i + 1;
        boolean inSpec = false;
        boolean conversion = false;
        while (j < n && level > 0) {
          char d = s.charAt(j);
          if (level == 1 && !inSpec && d == '!' && j + 1 < n) {
            // the conversion character is taken whatever it is, even '}' (MarkupIterator)
            conversion = true;
            j += 2;
            continue;
          }
          if (level == 1 && d == ':') {
            inSpec = true;
          }
          if (d == '{') {
            level++;
          } else if (d == '}') {
            level--;
          } else if (d == '[' ) {
            while (j < n && s.charAt(j) != ']') {
              j++;
            }
          }
          if (level > 0) {
            j++;
          }
        }
        if (level > 0) {
          throw PyErr.format(PyExc.ValueError,
              conversion ? "unmatched '{' in format spec" : "expected '}' before end of string");
        }
        sb.append(field(s.substring(i + 1, j), depth));
        i = j + 1;
      } else if (c == '}') {
        if (i + 1 < n && s.charAt(i + 1) == '}') {
          sb.append('}');
          i += 2;
          continue;
        }
        throw PyErr.format(PyExc.ValueError, "Single '}' encountered in format string");
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private String field(String f, int depth) {
    int end = f.length();
    int bracket = 0;
    int colon = -1;
    int bang = -1;
    for (int k = 0; k < f.length(); k++) {
      char c = f.charAt(k);
      if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket--;
      } else if (bracket == 0 && c == '!' && bang < 0 && colon < 0) {
        bang = k;
      } else if (bracket == 0 && c == ':' && colon < 0) {
        colon = k;
        break;
      }
    }
    String name = f.substring(0, bang >= 0 ? bang : colon >= 0 ? colon : end);
    String conv = bang >= 0 ? f.substring(bang + 1, colon >= 0 ? colon : end) : null;
    String spec = colon >= 0 ? f.substring(colon + 1) : "";
    Object v = lookup(name);
    if (conv != null) {
      if (conv.length() != 1) {
        throw PyErr.format(
            PyExc.ValueError, "expected ':' after conversion specifier");
      }
      switch (conv.charAt(0)) {
        case 'r' -> v = Abstract.repr(v);
        case 's' -> v = Abstract.str(v);
        case 'a' -> v = PyUnicode.wrap(ascii(Abstract.reprJava(v)));
        default -> throw PyErr.format(
            PyExc.ValueError, "Unknown conversion specifier %s", conv);
      }
    }
    if (spec.indexOf('{') >= 0) {
      spec = render(spec, depth - 1);
    }
    return PyUnicode.asJavaString(Abstract.format(v, spec));
  }

  static String ascii(String r) {
    StringBuilder sb = new StringBuilder();
    r.codePoints().forEach(c -> {
      if (c < 128) {
        sb.append((char) c);
      } else if (c <= 0xff) {
        sb.append(String.format("\\x%02x", c));
      } else if (c <= 0xffff) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append(String.format("\\U%08x", c));
      }
    });
    return sb.toString();
  }

  private Object lookup(String name) {
    int k = 0;
    while (k < name.length() && name.charAt(k) != '.' && name.charAt(k) != '[') {
      k++;
    }
    String first = name.substring(0, k);
    Object v;
    if (first.isEmpty()) {
      if (manual) {
        throw PyErr.format(
            PyExc.ValueError,
            "cannot switch from manual field specification to automatic field numbering");
      }
      v = positional(auto++);
    } else if (first.chars().allMatch(Character::isDigit)) {
      if (auto > 0) {
        throw PyErr.format(
            PyExc.ValueError,
            "cannot switch from automatic field numbering to manual field specification");
      }
      manual = true;
      v = positional(FormatSpec.digits(first, 0, first.length()));
    } else {
      if (kwargs == null) {
        throw PyErr.newException(PyExc.KeyError, first);
      }
      if (kwargs instanceof PyDict d && PyType.of(d) == PyDict.TYPE) {
        v = d.get(first);
        if (v == null) {
          throw PyErr.newException(PyExc.KeyError, first);
        }
      } else {
        v = Abstract.getItem(kwargs, first);
      }
    }
    while (k < name.length()) {
      char c = name.charAt(k);
      if (c == '.') {
        int j = k + 1;
        while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
          j++;
        }
        if (j == k + 1) {
          throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
        }
        v = Abstract.getAttr(v, name.substring(k + 1, j));
        k = j;
      } else if (c == '[') {
        int j = name.indexOf(']', k);
        if (j < 0) {
          throw PyErr.format(PyExc.ValueError, "Missing ']' in format string");
        }
        String key = name.substring(k + 1, j);
        if (key.isEmpty()) {
          throw PyErr.format(PyExc.ValueError, "Empty attribute in format string");
        }
        Object kk = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
            ? (Object) FormatSpec.digits(key, 0, key.length()) : key;
        v = Abstract.getItem(v, kk);
        k = j + 1;
      } else {
        throw PyErr.format(
            PyExc.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return v;
  }

  private Object positional(long i) {
    if (args == null) {
      throw PyErr.format(PyExc.ValueError, "Format string contains positional fields");
    }
    if (i >= args.length) {
      throw PyErr.format(
          PyExc.IndexError,
          "Replacement index %d out of range for positional args tuple",
          i);
    }
    return args[(int) i];
  }
}
