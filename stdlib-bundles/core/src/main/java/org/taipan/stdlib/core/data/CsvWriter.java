package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyFloat;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * {@code _csv.writer}: joins the fields of a row with the dialect's quoting and escaping rules
 * and passes each record with its line terminator to the file's {@code write}.
 */
final class CsvWriter {
  static final PyType TYPE =
      DataSupport.type("writer", "_csv", CsvWriter.class, MethodHandles.lookup(), null, null,
          CsvWriter.class);

  private final Object write;
  private final CsvDialect dialect;

  CsvWriter(Object write, CsvDialect dialect) {
    this.write = write;
    this.dialect = dialect;
  }

  @PythonMethod
  static Object writerow(Object self, Object row) {
    CsvWriter w = (CsvWriter) self;
    CsvDialect d = w.dialect;
    Object it;
    try {
      it = Abstract.iter(row);
    } catch (PyException e) {
      if (e.matches(PyExc.TypeError)) {
        throw PyErr.format(CsvModule.ERROR, "iterable expected, not %.200s",
            DataSupport.typeName(row));
      }
      throw e;
    }
    StringBuilder rec = new StringBuilder();
    int n = 0;
    boolean lastEmpty = false;
    for (Object field = Abstract.next(it); field != null; field = Abstract.next(it)) {
      boolean quoted = switch (d.quoting) {
        case CsvDialect.QUOTE_NONNUMERIC -> !(field instanceof Long || field instanceof Boolean
            || field instanceof Double || field instanceof java.math.BigInteger
            || PyType.of(field).isSubtypeOf(PyType.of(0L))
            || PyType.of(field).isSubtypeOf(PyType.of(0.0)));
        case CsvDialect.QUOTE_ALL -> true;
        default -> false;
      };
      String text;
      if (PyUnicode.isStr(field)) {
        text = PyUnicode.asJavaString(field);
      } else if (field == PyNone.NONE) {
        text = "";
      } else if (field instanceof Double f) {
        text = PyFloat.repr(f);
      } else {
        text = Abstract.strJava(field);
      }
      if (n > 0) {
        rec.appendCodePoint(d.delimiter);
      }
      append(d, rec, text, quoted);
      lastEmpty = text.isEmpty();
      n++;
    }
    if (n == 1 && lastEmpty) {
      if (d.quoting == CsvDialect.QUOTE_NONE) {
        throw PyErr.format(CsvModule.ERROR, "single empty field record must be quoted");
      }
      rec.setLength(0);
      rec.appendCodePoint(d.quotechar).appendCodePoint(d.quotechar);
    }
    rec.append(d.lineterminator);
    return Abstract.call(w.write, rec.toString());
  }

  /** One field, quoted and escaped as the dialect asks ({@code join_append_data}). */
  private static void append(CsvDialect d, StringBuilder rec, String text, boolean quoted) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      boolean special = c == d.delimiter || c == d.escapechar || c == d.quotechar
          || d.lineterminator.indexOf(c) >= 0 || c == '\n' || c == '\r';
      if (special) {
        boolean escape = false;
        if (d.quoting == CsvDialect.QUOTE_NONE) {
          escape = true;
        } else {
          if (c == d.quotechar) {
            if (d.doublequote) {
              body.appendCodePoint(d.quotechar);
            } else {
              escape = true;
            }
          } else if (c == d.escapechar) {
            escape = true;
          }
          if (!escape) {
            quoted = true;
          }
        }
        if (escape) {
          if (d.escapechar < 0) {
            throw PyErr.format(CsvModule.ERROR, "need to escape, but no escapechar set");
          }
          body.appendCodePoint(d.escapechar);
        }
      }
      body.appendCodePoint(c);
    }
    if (quoted) {
      rec.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
    } else {
      rec.append(body);
    }
  }

  @PythonMethod
  static Object writerows(Object self, Object rows) {
    Object it = Abstract.iter(rows);
    for (Object row = Abstract.next(it); row != null; row = Abstract.next(it)) {
      writerow(self, row);
    }
    return PyNone.NONE;
  }

  @Getter("dialect")
  static Object dialectAttr(Object self) {
    return ((CsvWriter) self).dialect;
  }
}
