package org.taipan.stdlib.core.text;

import java.math.BigInteger;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyLong;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.stdlib.core.sre.Sre;
import org.taipan.stdlib.core.sre.SrePattern;

/**
 * The {@code _sre} module, CPython 3.11's {@code Modules/_sre/sre.c} seen from Python: {@code
 * compile}, which wraps a code list from {@code re._compiler} in a {@link PyPattern}, the
 * constants {@code re._compiler} checks, and the case helpers it calls while compiling. The
 * engine itself is {@link org.taipan.stdlib.core.sre}.
 */
@PythonModule("_sre")
public final class SreModule {
  private SreModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("MAGIC", (long) Sre.MAGIC);
    m.put("CODESIZE", (long) Sre.CODESIZE);
    m.put("MAXREPEAT", Sre.MAXREPEAT);
    m.put("MAXGROUPS", (long) Sre.MAXGROUPS);
    m.put("copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
  }

  /**
   * {@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}: the pattern object
   * for a code list ({@code _sre_compile_impl}), after checking the code as CPython does.
   */
  @PythonMethod(positionalOnly = false)
  public static Object compile(Object pattern, Object flags, Object code, Object groups,
      Object groupindex, Object indexgroup) {
    int f = asInt(flags);
    if (!(code instanceof PyList list)) {
      throw argType("code", "list", code);
    }
    long g = PyNumber.asLongClamped(PyNumber.index(groups));
    if (!(groupindex instanceof PyDict gi)) {
      throw argType("groupindex", "dict", groupindex);
    }
    if (!(indexgroup instanceof PyTuple ig)) {
      throw argType("indexgroup", "tuple", indexgroup);
    }
    int[] words = codeWords(list);
    int isBytes = -1;
    if (pattern != PyNone.NONE) {
      isBytes = SreString.of(pattern).isBytes ? 1 : 0;
    }
    if (g < 0 || g > Sre.MAXGROUPS) {
      throw PyErr.format(PyExc.RuntimeError, "invalid SRE code");
    }
    SrePattern engine;
    try {
      engine = new SrePattern(words, f, (int) g);
    } catch (org.taipan.stdlib.core.sre.SreException e) {
      throw PyPattern.engineError(e);
    }
    return new PyPattern(engine, pattern, f, isBytes, gi, ig);
  }

  private static RuntimeException argType(String name, String want, Object got) {
    return PyErr.format(PyExc.TypeError, "compile() argument '%s' must be %s, not %.50s", name,
        want, got == PyNone.NONE ? "None" : PyType.of(got).getName());
  }

  /**
   * The code list as unsigned 32-bit words held in ints; CPython 3.11.3 reports every word it
   * cannot convert (not an int, negative, too large) as the code size limit.
   */
  private static int[] codeWords(PyList list) {
    int n = list.size();
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      Object o = list.get(i);
      BigInteger v = PyLong.isInt(o) ? PyLong.big(o) : null;
      if (v == null || v.signum() < 0 || v.bitLength() > 32) {
        throw PyErr.format(PyExc.OverflowError, "regular expression code size limit exceeded");
      }
      words[i] = (int) v.longValue();
    }
    return words;
  }

  /** {@code _PyLong_AsInt}: an index that fits a C int. */
  static int asInt(Object o) {
    Object i = PyNumber.index(o);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
  }

  /** {@code _sre.getcodesize()}. */
  @PythonMethod
  public static Object getcodesize() {
    return (long) Sre.getcodesize();
  }

  /** {@code _sre.ascii_iscased(character)}. */
  @PythonMethod
  public static Object ascii_iscased(Object character) {
    return Sre.asciiIscased(asInt(character));
  }

  /** {@code _sre.unicode_iscased(character)}. */
  @PythonMethod
  public static Object unicode_iscased(Object character) {
    int c = asInt(character);
    return c >= 0 && c <= 0x10FFFF && Sre.unicodeIscased(c);
  }

  /** {@code _sre.ascii_tolower(character)}. */
  @PythonMethod
  public static Object ascii_tolower(Object character) {
    return (long) Sre.asciiTolower(asInt(character));
  }

  /** {@code _sre.unicode_tolower(character)}. */
  @PythonMethod
  public static Object unicode_tolower(Object character) {
    int c = asInt(character);
    return (long) (c >= 0 && c <= 0x10FFFF ? Sre.unicodeTolower(c) : c);
  }
}
