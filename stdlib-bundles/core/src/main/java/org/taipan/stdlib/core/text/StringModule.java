package org.taipan.stdlib.core.text;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyIterator;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code _string} module, CPython's {@code Objects/unicodeobject.c} and {@code
 * Objects/stringlib/unicode_format.h} seen from {@code string.Formatter}: {@code
 * formatter_parser} splits a format string into (literal, field name, format spec, conversion)
 * and {@code formatter_field_name_split} splits a field name into its first part and the
 * attribute and index lookups that follow, both lazily and with {@code str.format}'s errors.
 */
@PythonModule(value = "_string", doc = "string helper module")
public final class StringModule {
  private StringModule() {}

  /** {@code formatter_parser(str)}: an iterator of 4-tuples over a format string. */
  @PythonMethod
  public static Object formatter_parser(Object str) {
    return new FormatterIterator(codePoints(str));
  }

  /** {@code formatter_field_name_split(str)}: {@code (first, iterator of (is_attr, key))}. */
  @PythonMethod
  public static Object formatter_field_name_split(Object str) {
    int[] s = codePoints(str);
    int i = 0;
    while (i < s.length && s[i] != '.' && s[i] != '[') {
      i++;
    }
    long idx = integer(s, 0, i);
    Object first = idx >= 0 ? (Object) idx : sub(s, 0, i);
    return new PyTuple(first, new FieldNameIterator(s, i));
  }

  private static int[] codePoints(Object o) {
    if (!PyUnicode.isStr(o)) {
      throw PyErr.format(PyExc.TypeError, "expected str, got %s", PyType.of(o).getName());
    }
    return PyUnicode.asJavaString(o).codePoints().toArray();
  }

  static Object sub(int[] s, int start, int end) {
    return PyUnicode.fromCodePoints(Arrays.copyOfRange(s, start, end));
  }

  private static PyException valueError(String msg) {
    return PyErr.format(PyExc.ValueError, "%s", msg);
  }

  /** {@code get_integer}: a run of decimal digits as a number, -1 when it is not one. */
  static long integer(int[] s, int start, int end) {
    if (start >= end) {
      return -1;
    }
    long acc = 0;
    for (int i = start; i < end; i++) {
      int d = Character.getType(s[i]) == Character.DECIMAL_DIGIT_NUMBER
          ? Character.digit(s[i], 10) : -1;
      if (d < 0) {
        return -1;
      }
      if (acc > (Long.MAX_VALUE - d) / 10) {
        throw valueError("Too many decimal digits in format string");
      }
      acc = acc * 10 + d;
    }
    return acc;
  }

  /** {@code formatteriterator}: {@code MarkupIterator} over a format string. */
  static final class FormatterIterator extends PyIterator {
    static final PyType TYPE = makeType("formatteriterator", FormatterIterator.class);

    private final int[] s;
    private int pos;

    FormatterIterator(int[] s) {
      this.s = s;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    /** {@code MarkupIterator_next} followed by {@code formatteriter_next}'s tuple. */
    @Override
    public Object next() {
      if (pos >= s.length) {
        return null;
      }
      int start = pos;
      int c = 0;
      boolean markup = false;
      while (pos < s.length) {
        c = s[pos++];
        if (c == '{' || c == '}') {
          markup = true;
          break;
        }
      }
      boolean atEnd = pos >= s.length;
      int len = pos - start;
      if (c == '}' && (atEnd || c != s[pos])) {
        throw valueError("Single '}' encountered in format string");
      }
      if (atEnd && c == '{') {
        throw valueError("Single '{' encountered in format string");
      }
      if (!atEnd) {
        if (c == s[pos]) {
          pos++;
          markup = false;
        } else {
          len--;
        }
      }
      Object literal = sub(s, start, start + len);
      if (!markup) {
        return new PyTuple(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
      }
      return parseField(literal);
    }

    /** {@code parse_field}: the field name, conversion and format spec after a '{'. */
    private Object parseField(Object literal) {
      int nameStart = pos;
      int c = 0;
      while (pos < s.length) {
        c = s[pos++];
        if (c == '{') {
          throw valueError("unexpected '{' in field name");
        } else if (c == '[') {
          while (pos < s.length && s[pos] != ']') {
            pos++;
          }
          continue;
        } else if (c == '}' || c == ':' || c == '!') {
          break;
        }
      }
      Object name = sub(s, nameStart, Math.max(nameStart, pos - 1));
      Object conversion = PyNone.NONE;
      Object spec = "";
      if (c == '!' || c == ':') {
        if (c == '!') {
          if (pos >= s.length) {
            throw valueError("end of string while looking for conversion specifier");
          }
          conversion = sub(s, pos, pos + 1);
          pos++;
          if (pos < s.length) {
            c = s[pos++];
            if (c == '}') {
              return new PyTuple(literal, name, spec, conversion);
            }
            if (c != ':') {
              throw valueError("expected ':' after conversion specifier");
            }
          }
        }
        int specStart = pos;
        int count = 1;
        while (pos < s.length) {
          c = s[pos++];
          if (c == '{') {
            count++;
          } else if (c == '}' && --count == 0) {
            spec = sub(s, specStart, pos - 1);
            return new PyTuple(literal, name, spec, conversion);
          }
        }
        throw valueError("unmatched '{' in format spec");
      } else if (c != '}') {
        throw valueError("expected '}' before end of string");
      }
      return new PyTuple(literal, name, spec, conversion);
    }
  }

  /** {@code fieldnameiterator}: the {@code .attr} and {@code [key]} parts of a field name. */
  static final class FieldNameIterator extends PyIterator {
    static final PyType TYPE = makeType("fieldnameiterator", FieldNameIterator.class);

    private final int[] s;
    private int pos;

    FieldNameIterator(int[] s, int pos) {
      this.s = s;
      this.pos = pos;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    /** {@code FieldNameIterator_next} followed by {@code fieldnameiter_next}'s tuple. */
    @Override
    public Object next() {
      if (pos >= s.length) {
        return null;
      }
      int c = s[pos++];
      int start = pos;
      int end;
      Object key;
      boolean attr;
      if (c == '.') {
        attr = true;
        while (pos < s.length && s[pos] != '.' && s[pos] != '[') {
          pos++;
        }
        end = pos;
        key = sub(s, start, end);
      } else if (c == '[') {
        attr = false;
        while (pos < s.length && s[pos] != ']') {
          pos++;
        }
        if (pos >= s.length) {
          throw valueError("Missing ']' in format string");
        }
        end = pos++;
        long idx = integer(s, start, end);
        key = idx >= 0 ? (Object) idx : sub(s, start, end);
      } else {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      if (start == end) {
        throw valueError("Empty attribute in format string");
      }
      return new PyTuple(attr, key);
    }
  }
}
