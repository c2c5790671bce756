package org.taipan.stdlib.core.text;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyLong;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.stdlib.core.sre.SreMatch;

/**
 * {@code re.Match}, CPython's {@code MatchObject} ({@code Modules/_sre/sre.c}): the spans of one
 * match, read back as slices of the string it was found in.
 */
final class PyMatch {
  static final PyType TYPE = TextSupport.finalType("Match", "re", PyMatch.class,
      MethodHandles.lookup());

  static {
    TextSupport.genericAlias(TYPE);
  }

  final PyPattern pattern;
  final SreString string;
  final SreMatch match;

  PyMatch(PyPattern pattern, SreString string, SreMatch match) {
    this.pattern = pattern;
    this.string = string;
    this.match = match;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    throw TextSupport.noNew(TYPE);
  }

  private static PyMatch self(Object o) {
    return (PyMatch) o;
  }

  /** {@code match_getindex}: a group number or name, else {@code IndexError("no such group")}. */
  private int index(Object key) {
    long i = -1;
    if (PyNumber.isIndex(key)) {
      i = PyNumber.asLongClamped(key);
    } else if (pattern.groupindex != null) {
      Object v = pattern.groupindex.get(key);
      if (v != null && PyLong.isInt(v)) {
        i = PyNumber.asLongClamped(v);
      }
    }
    if (i < 0 || i > match.groupCount()) {
      throw PyErr.format(PyExc.IndexError, "no such group");
    }
    return (int) i;
  }

  /** {@code match_getslice_by_index}. */
  private Object slice(int g, Object dflt) {
    int b = match.start(g);
    return b < 0 ? dflt : string.slice(b, match.end(g));
  }

  // ---------------------------------------------------------------- methods

  @PythonMethod
  static Object group(Object self, Object[] args) {
    PyMatch m = self(self);
    if (args.length == 0) {
      return m.slice(0, PyNone.NONE);
    }
    if (args.length == 1) {
      return m.slice(m.index(args[0]), PyNone.NONE);
    }
    Object[] r = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      r[i] = m.slice(m.index(args[i]), PyNone.NONE);
    }
    return new PyTuple(r);
  }

  static Object __getitem__(Object self, Object key) {
    PyMatch m = self(self);
    return m.slice(m.index(key), PyNone.NONE);
  }

  @PythonMethod(positionalOnly = false)
  static Object groups(Object self, @Default("None") Object default_) {
    PyMatch m = self(self);
    Object[] r = new Object[m.match.groupCount()];
    for (int g = 1; g <= r.length; g++) {
      r[g - 1] = m.slice(g, default_);
    }
    return new PyTuple(r);
  }

  @PythonMethod(positionalOnly = false)
  static Object groupdict(Object self, @Default("None") Object default_) {
    PyMatch m = self(self);
    PyDict d = new PyDict();
    if (m.pattern.groupindex != null) {
      for (Object key : m.pattern.groupindex.keyList()) {
        d.put(key, m.slice(m.index(key), default_));
      }
    }
    return d;
  }

  @PythonMethod
  static Object start(Object self, @Default("0") Object group) {
    PyMatch m = self(self);
    return (long) m.match.start(m.index(group));
  }

  @PythonMethod
  static Object end(Object self, @Default("0") Object group) {
    PyMatch m = self(self);
    return (long) m.match.end(m.index(group));
  }

  @PythonMethod
  static Object span(Object self, @Default("0") Object group) {
    PyMatch m = self(self);
    int g = m.index(group);
    return new PyTuple((long) m.match.start(g), (long) m.match.end(g));
  }

  /** {@code match_expand}: {@code re._expand(pattern, match, template)}. */
  @PythonMethod
  static Object expand(Object self, Object template) {
    return TextSupport.callModule("re", "_expand", self(self).pattern, self, template);
  }

  @PythonMethod
  static Object __copy__(Object self) {
    return self;
  }

  @PythonMethod
  static Object __deepcopy__(Object self, Object memo) {
    return self;
  }

  // ---------------------------------------------------------------- attributes

  @Getter("regs")
  static Object regs(Object self) {
    SreMatch m = self(self).match;
    Object[] r = new Object[m.groupCount() + 1];
    for (int g = 0; g < r.length; g++) {
      r[g] = new PyTuple((long) m.start(g), (long) m.end(g));
    }
    return new PyTuple(r);
  }

  @Getter("lastindex")
  static Object lastindex(Object self) {
    int i = self(self).match.lastIndex();
    return i < 0 ? PyNone.NONE : (Object) (long) i;
  }

  @Getter("lastgroup")
  static Object lastgroup(Object self) {
    PyMatch m = self(self);
    int i = m.match.lastIndex();
    PyTuple ig = m.pattern.indexgroup;
    if (ig != null && i >= 0 && i < ig.size()) {
      return ig.get(i);
    }
    return PyNone.NONE;
  }

  @Getter("pos")
  static Object pos(Object self) {
    return (long) self(self).match.pos();
  }

  @Getter("endpos")
  static Object endpos(Object self) {
    return (long) self(self).match.endpos();
  }

  @Getter("re")
  static Object re(Object self) {
    return self(self).pattern;
  }

  @Getter("string")
  static Object string(Object self) {
    return self(self).string.original;
  }

  /** {@code match_repr}: {@code <re.Match object; span=(0, 3), match='abc'>}. */
  static Object __repr__(Object self) {
    PyMatch m = self(self);
    String g = Abstract.reprJava(m.slice(0, PyNone.NONE));
    if (g.codePointCount(0, g.length()) > 50) {
      g = g.substring(0, g.offsetByCodePoints(0, 50));
    }
    return PyUnicode.wrap("<re.Match object; span=(" + m.match.start(0) + ", " + m.match.end(0)
        + "), match=" + g + ">");
  }
}
