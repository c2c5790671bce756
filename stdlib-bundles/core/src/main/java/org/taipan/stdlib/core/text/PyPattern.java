package org.taipan.stdlib.core.text;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyList;
import org.taipan.object.PyMappingProxy;
import org.taipan.object.PyNone;
import org.taipan.object.PyNotImplemented;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.stdlib.core.sre.SreConstants;
import org.taipan.stdlib.core.sre.SreException;
import org.taipan.stdlib.core.sre.SreMatch;
import org.taipan.stdlib.core.sre.SrePattern;
import org.taipan.stdlib.core.sre.SreScanner;

/**
 * {@code re.Pattern}, CPython's {@code PatternObject} ({@code Modules/_sre/sre.c}): a compiled
 * regular expression with its source, flags and group names, and the searching methods ({@code
 * match}, {@code search}, {@code findall}, {@code sub}, {@code split}, ...) over the engine's
 * {@link SrePattern}.
 */
final class PyPattern {
  static final PyType TYPE = TextSupport.finalType("Pattern", "re", PyPattern.class,
      MethodHandles.lookup());

  static {
    TextSupport.genericAlias(TYPE);
  }

  private static final String MAXSIZE = "9223372036854775807";

  final SrePattern engine;
  /** The source, or None. */
  final Object pattern;
  final int flags;
  /** 1 for a bytes pattern, 0 for str, -1 when the source is None. */
  final int isBytes;
  /** Group names to numbers; null when the pattern has no named group. */
  final PyDict groupindex;
  final PyTuple indexgroup;

  PyPattern(SrePattern engine, Object pattern, int flags, int isBytes, PyDict groupindex,
      PyTuple indexgroup) {
    this.engine = engine;
    this.pattern = pattern;
    this.flags = flags;
    this.isBytes = isBytes;
    this.groupindex = groupindex.size() > 0 ? groupindex : null;
    this.indexgroup = indexgroup;
  }

  /** The Python exception for an engine error ({@code pattern_error}). */
  static PyException engineError(SreException e) {
    switch (e.kind()) {
      case ILLEGAL:
        return PyErr.format(PyExc.RuntimeError, "invalid SRE code");
      case STATE:
        return PyErr.format(PyExc.RuntimeError, "internal error in regular expression engine");
      case MEMORY:
        return PyErr.newException(PyExc.MemoryError);
      case INTERRUPTED:
        Thread.interrupted();
        return PyErr.newException(PyExc.KeyboardInterrupt);
      default:
        return PyErr.format(PyExc.SystemError, "%s", e.getMessage());
    }
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    throw TextSupport.noNew(TYPE);
  }

  private static PyPattern self(Object o) {
    return (PyPattern) o;
  }

  /** {@code getstring} and the str/bytes agreement check of {@code state_init}. */
  SreString subject(Object string) {
    SreString s = SreString.of(string);
    if (s.isBytes && isBytes == 0) {
      throw TextSupport.typeError("cannot use a string pattern on a bytes-like object");
    }
    if (!s.isBytes && isBytes > 0) {
      throw TextSupport.typeError("cannot use a bytes pattern on a string-like object");
    }
    return s;
  }

  int groups() {
    return engine.groups();
  }

  private Object newMatch(SreString s, SreMatch m) {
    return m == null ? PyNone.NONE : new PyMatch(this, s, m);
  }

  // ---------------------------------------------------------------- matching

  @PythonMethod(positionalOnly = false)
  static Object match(Object self, Object string, @Default("0") Object pos,
      @Default(MAXSIZE) Object endpos) {
    PyPattern p = self(self);
    SreString s = p.subject(string);
    try {
      return p.newMatch(s, p.engine.match(s.subject, TextSupport.asIndex(pos),
          TextSupport.asIndex(endpos)));
    } catch (SreException e) {
      throw engineError(e);
    }
  }

  @PythonMethod(positionalOnly = false)
  static Object fullmatch(Object self, Object string, @Default("0") Object pos,
      @Default(MAXSIZE) Object endpos) {
    PyPattern p = self(self);
    SreString s = p.subject(string);
    try {
      return p.newMatch(s, p.engine.fullmatch(s.subject, TextSupport.asIndex(pos),
          TextSupport.asIndex(endpos)));
    } catch (SreException e) {
      throw engineError(e);
    }
  }

  @PythonMethod(positionalOnly = false)
  static Object search(Object self, Object string, @Default("0") Object pos,
      @Default(MAXSIZE) Object endpos) {
    PyPattern p = self(self);
    SreString s = p.subject(string);
    try {
      return p.newMatch(s, p.engine.search(s.subject, TextSupport.asIndex(pos),
          TextSupport.asIndex(endpos)));
    } catch (SreException e) {
      throw engineError(e);
    }
  }

  @PythonMethod(positionalOnly = false)
  static Object scanner(Object self, Object string, @Default("0") Object pos,
      @Default(MAXSIZE) Object endpos) {
    PyPattern p = self(self);
    SreString s = p.subject(string);
    int b = TextSupport.asIndex(pos);
    int e = TextSupport.asIndex(endpos);
    return new PyScanner(p, s, p.engine.scanner(s.subject, b, e));
  }

  /** {@code pattern_finditer}: {@code iter(scanner.search, None)}. */
  @PythonMethod(positionalOnly = false)
  static Object finditer(Object self, Object string, @Default("0") Object pos,
      @Default(MAXSIZE) Object endpos) {
    Object sc = scanner(self, string, pos, endpos);
    Object search = Abstract.getAttr(sc, "search");
    return TextSupport.callModule("builtins", "iter", search, PyNone.NONE);
  }

  /** {@code pattern_findall}: the matches, or their one group, or tuples of their groups. */
  @PythonMethod(positionalOnly = false)
  static Object findall(Object self, Object string, @Default("0") Object pos,
      @Default(MAXSIZE) Object endpos) {
    PyPattern p = self(self);
    SreString s = p.subject(string);
    SreScanner sc = p.engine.scanner(s.subject, TextSupport.asIndex(pos),
        TextSupport.asIndex(endpos));
    List<Object> out = new ArrayList<>();
    int groups = p.groups();
    try {
      for (SreMatch m; (m = sc.search()) != null; ) {
        if (groups == 0) {
          out.add(s.slice(m.start(0), m.end(0)));
        } else if (groups == 1) {
          out.add(groupOrEmpty(s, m, 1));
        } else {
          Object[] t = new Object[groups];
          for (int g = 0; g < groups; g++) {
            t[g] = groupOrEmpty(s, m, g + 1);
          }
          out.add(new PyTuple(t));
        }
      }
    } catch (SreException e) {
      throw engineError(e);
    }
    return new PyList(out);
  }

  private static Object groupOrEmpty(SreString s, SreMatch m, int g) {
    int b = m.start(g);
    return b < 0 ? s.slice(0, 0) : s.slice(b, m.end(g));
  }

  /** {@code pattern_split}. */
  @PythonMethod(positionalOnly = false)
  static Object split(Object self, Object string, @Default("0") Object maxsplit) {
    PyPattern p = self(self);
    SreString s = p.subject(string);
    long max = TextSupport.asSsize(maxsplit);
    SreScanner sc = p.engine.scanner(s.subject, 0, Integer.MAX_VALUE);
    List<Object> out = new ArrayList<>();
    int last = 0;
    long n = 0;
    try {
      while (max == 0 || n < max) {
        SreMatch m = sc.search();
        if (m == null) {
          break;
        }
        out.add(s.slice(last, m.start(0)));
        for (int g = 1; g <= p.groups(); g++) {
          int b = m.start(g);
          out.add(b < 0 ? PyNone.NONE : s.slice(b, m.end(g)));
        }
        n++;
        last = m.end(0);
      }
    } catch (SreException e) {
      throw engineError(e);
    }
    out.add(s.slice(last, s.length()));
    return new PyList(out);
  }

  @PythonMethod(positionalOnly = false)
  static Object sub(Object self, Object repl, Object string, @Default("0") Object count) {
    return self(self).subx(repl, string, TextSupport.asSsize(count), false);
  }

  @PythonMethod(positionalOnly = false)
  static Object subn(Object self, Object repl, Object string, @Default("0") Object count) {
    return self(self).subx(repl, string, TextSupport.asSsize(count), true);
  }

  /**
   * {@code pattern_subx}: a callable replacement is called with each match; a string without
   * backslashes is used as it is; anything else goes through {@code re._subx}, which returns a
   * literal or a callable that expands the template.
   */
  private Object subx(Object repl, Object string, long count, boolean subn) {
    Object filter = repl;
    boolean callable = Abstract.isCallable(repl);
    if (!callable && !isLiteral(repl)) {
      filter = TextSupport.callModule("re", "_subx", this, repl);
      callable = Abstract.isCallable(filter);
    }
    SreString s = subject(string);
    SreScanner sc = engine.scanner(s.subject, 0, Integer.MAX_VALUE);
    List<Object> out = new ArrayList<>();
    int i = 0;
    long n = 0;
    try {
      while (count == 0 || n < count) {
        int b;
        int e;
        Object item;
        if (callable) {
          SreMatch m = sc.search();
          if (m == null) {
            break;
          }
          b = m.start(0);
          e = m.end(0);
          if (i < b) {
            out.add(s.slice(i, b));
          }
          item = Abstract.call(filter, new PyMatch(this, s, m));
        } else {
          if (!sc.find()) {
            break;
          }
          b = sc.start();
          e = sc.end();
          if (i < b) {
            out.add(s.slice(i, b));
          }
          item = filter;
        }
        if (item != PyNone.NONE) {
          out.add(item);
        }
        i = e;
        n++;
      }
    } catch (SreException e) {
      throw engineError(e);
    }
    if (i < s.length()) {
      out.add(s.slice(i, s.length()));
    }
    Object joined = s.join(out);
    return subn ? new PyTuple(joined, n) : joined;
  }

  /** A str or bytes-like replacement without a backslash. */
  private static boolean isLiteral(Object repl) {
    if (PyUnicode.isStr(repl)) {
      return PyUnicode.asJavaString(repl).indexOf('\\') < 0;
    }
    byte[] b = Buffers.bytesOrNull(repl);
    if (b == null) {
      return false;
    }
    for (byte x : b) {
      if (x == '\\') {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- attributes

  @Getter("pattern")
  static Object pattern(Object self) {
    return self(self).pattern;
  }

  @Getter("flags")
  static Object flags(Object self) {
    return (long) self(self).flags;
  }

  @Getter("groups")
  static Object groups(Object self) {
    return (long) self(self).groups();
  }

  /** {@code pattern_groupindex}: a read-only view, or a fresh dict when there are no names. */
  @Getter("groupindex")
  static Object groupindex(Object self) {
    PyDict gi = self(self).groupindex;
    if (gi == null) {
      return new PyDict();
    }
    return new PyMappingProxy(gi);
  }

  @PythonMethod
  static Object __copy__(Object self) {
    return self;
  }

  @PythonMethod
  static Object __deepcopy__(Object self, Object memo) {
    return self;
  }

  // ---------------------------------------------------------------- special methods

  private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE",
      "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

  /** {@code pattern_repr}: {@code re.compile('src', re.FLAG|...)}. */
  static Object __repr__(Object self) {
    PyPattern p = self(self);
    String src = Abstract.reprJava(p.pattern);
    if (src.codePointCount(0, src.length()) > 200) {
      src = src.substring(0, src.offsetByCodePoints(0, 200));
    }
    int f = p.flags;
    int kind = f & (SreConstants.SRE_FLAG_LOCALE | SreConstants.SRE_FLAG_UNICODE
        | SreConstants.SRE_FLAG_ASCII);
    if (p.isBytes == 0 && kind == SreConstants.SRE_FLAG_UNICODE) {
      f &= ~SreConstants.SRE_FLAG_UNICODE;
    }
    if (f == 0) {
      return PyUnicode.wrap("re.compile(" + src + ")");
    }
    StringBuilder sb = new StringBuilder("re.compile(").append(src).append(", ");
    boolean first = true;
    for (int i = 0; i < FLAG_NAMES.length; i++) {
      int bit = 1 << i;
      if ((f & bit) != 0) {
        if (!first) {
          sb.append('|');
        }
        sb.append(FLAG_NAMES[i]);
        first = false;
        f &= ~bit;
      }
    }
    if (f != 0) {
      if (!first) {
        sb.append('|');
      }
      sb.append("0x").append(Integer.toHexString(f));
    }
    return PyUnicode.wrap(sb.append(')').toString());
  }

  private boolean sameAs(PyPattern o) {
    return this == o || (flags == o.flags && isBytes == o.isBytes
        && engine.sameCode(o.engine)
        && Abstract.richCompareBool(pattern, o.pattern, Abstract.EQ));
  }

  static Object __eq__(Object a, Object b) {
    if (!(b instanceof PyPattern o)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return self(a).sameAs(o);
  }

  static Object __ne__(Object a, Object b) {
    if (!(b instanceof PyPattern o)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return !self(a).sameAs(o);
  }

  static Object __hash__(Object self) {
    PyPattern p = self(self);
    long h = Abstract.hash(p.pattern);
    h ^= p.engine.codeHash();
    h ^= p.flags ^ p.isBytes;
    return h == -1 ? -2L : h;
  }
}
