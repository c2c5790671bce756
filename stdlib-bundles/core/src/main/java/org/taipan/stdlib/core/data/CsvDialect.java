package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.WithDict;

/**
 * {@code _csv.Dialect}: the validated, immutable formatting parameters of a reader or writer.
 * Characters are code points, -1 for "none".
 */
class CsvDialect {
  static final int QUOTE_MINIMAL = 0;
  static final int QUOTE_ALL = 1;
  static final int QUOTE_NONNUMERIC = 2;
  static final int QUOTE_NONE = 3;

  static final PyType TYPE =
      DataSupport.type("Dialect", "_csv", CsvDialect.class, MethodHandles.lookup(), null, null,
          CsvDialect.class);

  static final List<String> KEYWORDS = List.of("dialect", "delimiter", "doublequote",
      "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict");

  /** An instance of a Python subclass (csv.py's dialects subclass this type). */
  static final class Derived extends CsvDialect implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type) {
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      if (dict == null) {
        dict = new PyDict();
      }
      return dict;
    }
  }

  int delimiter = ',';
  boolean doublequote = true;
  int escapechar = -1;
  String lineterminator = "\r\n";
  int quotechar = '"';
  int quoting = QUOTE_MINIMAL;
  boolean skipinitialspace;
  boolean strict;

  /** {@code Dialect(dialect=None, **fmtparams)}: {@code dialect_new}. */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return make(cls, params(new CallArgs(args, kwnames)));
  }

  /** The nine parameters by position and keyword, null where absent. */
  static Object[] params(CallArgs a) {
    if (a.positional.length > KEYWORDS.size()) {
      throw PyErr.format(PyExc.TypeError, "function takes at most %d arguments (%d given)",
          KEYWORDS.size(), a.positional.length);
    }
    Object[] p = new Object[KEYWORDS.size()];
    System.arraycopy(a.positional, 0, p, 0, a.positional.length);
    for (int k = 0; k < a.kwnames.length; k++) {
      int i = KEYWORDS.indexOf(a.kwnames[k]);
      if (i < 0) {
        throw PyErr.format(PyExc.TypeError,
            "'%s' is an invalid keyword argument for this function", a.kwnames[k]);
      }
      p[i] = a.kwvalues[k];
    }
    return p;
  }

  /** A dialect from a base dialect (name, instance or class) and explicit parameters. */
  static CsvDialect make(PyType cls, Object[] p) {
    Object dialect = p[0];
    if (dialect != null) {
      if (PyUnicode.isStr(dialect)) {
        dialect = CsvModule.registered(dialect);
      }
      boolean noParams = true;
      for (int i = 1; i < p.length; i++) {
        noParams &= p[i] == null;
      }
      if (noParams && dialect instanceof CsvDialect d && cls == TYPE) {
        return d;
      }
      for (int i = 1; i < p.length; i++) {
        if (p[i] == null) {
          p[i] = Abstract.lookupAttr(dialect, KEYWORDS.get(i));
        }
      }
    }
    CsvDialect d = cls == TYPE ? new CsvDialect() : new Derived(cls);
    if (p[1] == PyNone.NONE) {
      throw PyErr.format(PyExc.TypeError, "\"delimiter\" must be string, not NoneType");
    }
    d.delimiter = charParam("delimiter", p[1], ',');
    d.doublequote = p[2] == null || Abstract.isTrue(p[2]);
    d.escapechar = charParam("escapechar", p[3], -1);
    if (p[4] == PyNone.NONE) {
      throw PyErr.format(PyExc.TypeError, "lineterminator must be set");
    } else if (p[4] != null) {
      if (!PyUnicode.isStr(p[4])) {
        throw PyErr.format(PyExc.TypeError, "\"lineterminator\" must be a string");
      }
      d.lineterminator = PyUnicode.asJavaString(p[4]);
    }
    d.quotechar = charParam("quotechar", p[5], '"');
    if (p[6] != null) {
      if (!(p[6] instanceof Long q)) {
        throw PyErr.format(PyExc.TypeError, "\"quoting\" must be an integer");
      }
      d.quoting = q < 0 || q > 3 ? -1 : (int) (long) q;
    }
    d.skipinitialspace = p[7] != null && Abstract.isTrue(p[7]);
    d.strict = p[8] != null && Abstract.isTrue(p[8]);
    if (d.quoting < 0) {
      throw PyErr.format(PyExc.TypeError, "bad \"quoting\" value");
    }
    if (d.delimiter < 0) {
      throw PyErr.format(PyExc.TypeError, "\"delimiter\" must be a 1-character string");
    }
    if (p[5] == PyNone.NONE && p[6] == null) {
      d.quoting = QUOTE_NONE;
    }
    if (d.quoting != QUOTE_NONE && d.quotechar < 0) {
      throw PyErr.format(PyExc.TypeError, "quotechar must be set if quoting enabled");
    }
    return d;
  }

  private static int charParam(String name, Object v, int dflt) {
    if (v == null) {
      return dflt;
    }
    if (v == PyNone.NONE) {
      return -1;
    }
    if (!PyUnicode.isStr(v)) {
      throw PyErr.format(PyExc.TypeError, "\"%s\" must be string, not %s", name,
          DataSupport.typeName(v));
    }
    String s = PyUnicode.asJavaString(v);
    if (s.codePointCount(0, s.length()) != 1) {
      throw PyErr.format(PyExc.TypeError, "\"%s\" must be a 1-character string", name);
    }
    return s.codePointAt(0);
  }

  private static Object charOrNone(int c) {
    return c < 0 ? PyNone.NONE : new String(Character.toChars(c));
  }

  @Getter("delimiter")
  static Object delimiterAttr(Object self) {
    return charOrNone(((CsvDialect) self).delimiter);
  }

  @Getter("escapechar")
  static Object escapecharAttr(Object self) {
    return charOrNone(((CsvDialect) self).escapechar);
  }

  @Getter("quotechar")
  static Object quotecharAttr(Object self) {
    return charOrNone(((CsvDialect) self).quotechar);
  }

  @Getter("lineterminator")
  static Object lineterminatorAttr(Object self) {
    return ((CsvDialect) self).lineterminator;
  }

  @Getter("quoting")
  static Object quotingAttr(Object self) {
    return (long) ((CsvDialect) self).quoting;
  }

  @Getter("doublequote")
  static Object doublequoteAttr(Object self) {
    return ((CsvDialect) self).doublequote;
  }

  @Getter("skipinitialspace")
  static Object skipinitialspaceAttr(Object self) {
    return ((CsvDialect) self).skipinitialspace;
  }

  @Getter("strict")
  static Object strictAttr(Object self) {
    return ((CsvDialect) self).strict;
  }
}
