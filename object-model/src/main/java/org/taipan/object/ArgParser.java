package org.taipan.object;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.PositionalOnly;
import org.taipan.api.expose.PythonMethod;

/**
 * Binds the vectorcall arguments of a call to the parameters of a Java method exposed with {@link
 * PythonMethod}, with Argument Clinic's rules ({@code Python/getargs.c}, {@code
 * _PyArg_UnpackKeywords}). Java parameters are {@code Object}, except a {@code Object[]} for
 * {@code *args} and a {@link PyDict} for {@code **kwargs}.
 */
public final class ArgParser {
  final String name;
  final String[] names;
  final Object[] defaults;
  final boolean[] required;
  final int posOnly;
  final int positional;
  final int varargsIndex;
  final int kwargsIndex;
  final boolean hasSelf;
  final int total;
  /** Whether the CPython counterpart uses PyArg_ParseTuple (see {@link GetArgs}). */
  boolean getArgs;
  /**
   * The name {@code _PyObject_FunctionStr} gives: {@code module.name} for a function of a module
   * other than {@code builtins}, which CPython's {@code METH_O} and {@code METH_NOARGS} checks
   * name.
   */
  String functionStr;

  private ArgParser(
      String name,
      String[] names,
      Object[] defaults,
      boolean[] required,
      int posOnly,
      int positional,
      int varargsIndex,
      int kwargsIndex,
      boolean hasSelf) {
    this.name = name;
    this.names = names;
    this.defaults = defaults;
    this.required = required;
    this.posOnly = posOnly;
    this.positional = positional;
    this.varargsIndex = varargsIndex;
    this.kwargsIndex = kwargsIndex;
    this.hasSelf = hasSelf;
    this.total = names.length + (hasSelf ? 1 : 0);
    this.functionStr = name;
  }

  /**
   * The name in a message about the argument count or keywords: the function string for a
   * function shaped as CPython's {@code METH_O} (one positional-only parameter) or {@code
   * METH_NOARGS} (none), the plain name otherwise.
   */
  private String checkedName() {
    boolean methO = names.length == 1 && posOnly == 1 && required[0] && varargsIndex < 0
        && kwargsIndex < 0;
    return methO || names.length == 0 ? functionStr : name;
  }

  /** A parser for an annotated Java method; with {@code hasSelf} the first parameter is self. */
  static ArgParser forMethod(String name, Method m, boolean hasSelf) {
    PythonMethod pm = m.getAnnotation(PythonMethod.class);
    Parameter[] ps = m.getParameters();
    int first = hasSelf ? 1 : 0;
    int n = ps.length - first;
    String[] names = new String[n];
    Object[] defaults = new Object[n];
    boolean[] required = new boolean[n];
    int posOnly = -1;
    int positional = -1;
    int varargs = -1;
    int kwargs = -1;
    for (int i = 0; i < n; i++) {
      Parameter p = ps[i + first];
      // a trailing underscore lets a Python name be a Java keyword ("default_" is "default")
      String jn = p.getName();
      names[i] = jn.length() > 1 && jn.endsWith("_") && !jn.endsWith("__")
          ? jn.substring(0, jn.length() - 1) : jn;
      if (p.getType() == Object[].class) {
        varargs = i;
        if (positional < 0) {
          positional = i;
        }
        continue;
      }
      if (p.getType() == PyDict.class) {
        kwargs = i;
        continue;
      }
      if (p.isAnnotationPresent(KeywordOnly.class) && positional < 0) {
        positional = i;
      }
      Default d = p.getAnnotation(Default.class);
      if (d != null) {
        defaults[i] = parseDefault(d.value());
      } else {
        required[i] = true;
      }
      if (p.isAnnotationPresent(PositionalOnly.class)) {
        posOnly = i + 1;
      }
    }
    if (positional < 0) {
      positional = kwargs >= 0 ? kwargs : n;
    }
    if (posOnly < 0) {
      posOnly = pm != null && pm.positionalOnly() ? positional : 0;
    }
    ArgParser p = new ArgParser(
        name, names, defaults, required, posOnly, positional, varargs, kwargs, hasSelf);
    p.getArgs = m.isAnnotationPresent(GetArgs.class);
    return p;
  }

  /**
   * The value a parameter declared {@code @Default("<unrepresentable>")} gets when it is not
   * passed: Argument Clinic's "no default a Python caller could write", so None stays an error.
   */
  static final Object UNREPRESENTABLE = new Object();

  /** Whether a parameter declared {@code @Default("<unrepresentable>")} was passed. */
  public static boolean given(Object arg) {
    return arg != UNREPRESENTABLE;
  }

  private static Object parseDefault(String s) {
    switch (s) {
      case "<unrepresentable>":
        return UNREPRESENTABLE;
      case "None":
        return PyNone.NONE;
      case "True":
        return Boolean.TRUE;
      case "False":
        return Boolean.FALSE;
      default:
        break;
    }
    if (s.length() >= 3 && s.charAt(0) == 'b' && (s.charAt(1) == '\'' || s.charAt(1) == '"')) {
      // a bytes literal of ASCII characters
      return new PyBytes(((String) parseDefault(s.substring(1)))
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
    if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '"')) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i < s.length() - 1; i++) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length() - 1) {
          char e = s.charAt(++i);
          sb.append(
              switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case '0' -> '\0';
                default -> e;
              });
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    }
    if (s.contains(".")) {
      return Double.parseDouble(s);
    }
    return Long.parseLong(s);
  }

  /** Adapts a handle of a static method to {@code (Object[]) -> Object}. */
  static MethodHandle spread(MethodHandle mh) {
    MethodType t = mh.type();
    if (t.returnType() == void.class) {
      mh = java.lang.invoke.MethodHandles.filterReturnValue(
          mh, java.lang.invoke.MethodHandles.constant(Object.class, PyNone.NONE));
    }
    mh = mh.asType(mh.type().changeReturnType(Object.class));
    return mh.asSpreader(Object[].class, t.parameterCount())
        .asType(MethodType.methodType(Object.class, Object[].class));
  }

  /**
   * The Java arguments for a call.
   *
   * @param self the bound object (ignored without self)
   * @param args vectorcall arguments
   * @param start index of the first argument in {@code args} for the parameters
   * @param kwnames keyword names, or null
   */
  Object[] parse(Object self, Object[] args, int start, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int nargs = args.length - start - nk;
    int off = hasSelf ? 1 : 0;
    Object[] out = new Object[total];
    if (hasSelf) {
      out[0] = self;
    }
    int n = names.length;
    // no parameter takes a keyword: positional-only ones and perhaps *args
    if (nk > 0 && kwargsIndex < 0
        && (posOnly == n || (varargsIndex == n - 1 && posOnly == varargsIndex))) {
      throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", checkedName());
    }
    if (getArgs) {
      checkGetArgs(nargs, nk);
    }
    if (nargs > positional && varargsIndex < 0) {
      throw tooMany(nargs);
    }
    if (nargs < positional && required[nargs]) {
      if (posOnly == positional && nk == 0
          && (varargsIndex < 0 || varargsIndex >= positional)) {
        throw tooMany(nargs);
      } else if (nargs < posOnly) {
        int need = 0;
        for (int i = 0; i < posOnly; i++) {
          if (required[i]) {
            need++;
          }
        }
        throw PyErr.format(
            PyExc.TypeError,
            "%s() takes at least %d positional argument%s (%d given)",
            name.substring(name.lastIndexOf('.') + 1),
            need,
            need == 1 ? "" : "s",
            nargs);
      }
    }
    int np = Math.min(nargs, positional);
    for (int i = 0; i < np; i++) {
      out[off + i] = args[start + i];
    }
    if (varargsIndex >= 0) {
      int extra = Math.max(0, nargs - positional);
      Object[] va = new Object[extra];
      System.arraycopy(args, start + positional, va, 0, extra);
      out[off + varargsIndex] = va;
    }
    PyDict kw = null;
    if (kwargsIndex >= 0) {
      kw = new PyDict();
      out[off + kwargsIndex] = kw;
    }
    if (nk > 0) {
      if (posOnly == n && kwargsIndex < 0 && varargsIndex < 0) {
        throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", checkedName());
      }
      for (int k = 0; k < nk; k++) {
        String kn = kwnames[k];
        Object v = args[args.length - nk + k];
        int idx = -1;
        for (int i = posOnly; i < n; i++) {
          if (i != varargsIndex && i != kwargsIndex && names[i].equals(kn)) {
            idx = i;
            break;
          }
        }
        if (idx < 0) {
          if (kw != null) {
            kw.put(kn, v);
            continue;
          }
          // _PyArg_UnpackKeywords' wording in 3.11 (3.12 changed it)
          throw PyErr.format(
              PyExc.TypeError, "'%s' is an invalid keyword argument for %s()", kn,
              name.substring(name.lastIndexOf('.') + 1));
        }
        if (out[off + idx] != null) {
          throw PyErr.format(
              PyExc.TypeError,
              "argument for %s() given by name ('%s') and position (%d)",
              name,
              kn,
              idx + 1);
        }
        out[off + idx] = v;
      }
    }
    for (int i = 0; i < n; i++) {
      if (out[off + i] == null) {
        if (required[i]) {
          if (i < positional) {
            throw PyErr.format(
                PyExc.TypeError,
                "%s() missing required argument '%s' (pos %d)",
                name,
                names[i],
                i + 1);
          }
          throw PyErr.format(
              PyExc.TypeError, "%s() missing required argument '%s'", name, names[i]);
        }
        out[off + i] = defaults[i];
      }
    }
    return out;
  }

  private int minPositional() {
    int min = 0;
    for (int i = 0; i < positional; i++) {
      if (required[i]) {
        min++;
      }
    }
    return min;
  }

  /** {@code PyArg_ParseTuple}'s checks: no keywords, and its wording for a wrong count. */
  private void checkGetArgs(int nargs, int nk) {
    if (nk > 0) {
      throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", name);
    }
    int min = minPositional();
    if (nargs < min || nargs > positional) {
      int bound = nargs < min ? min : positional;
      throw PyErr.format(PyExc.TypeError, "%s() takes %s %d argument%s (%d given)",
          name.substring(name.lastIndexOf('.') + 1),
          min == positional ? "exactly" : nargs < min ? "at least" : "at most",
          bound, bound == 1 ? "" : "s", nargs);
    }
  }

  /** CPython's METH_O and {@code _PyArg_CheckPositional} messages for a wrong count. */
  private PyException tooMany(int nargs) {
    int min = minPositional();
    if (positional == 0 && names.length > 0 && varargsIndex < 0) {
      // only keyword-only parameters (list.sort)
      return PyErr.format(PyExc.TypeError, "%s() takes no positional arguments",
          name.substring(name.lastIndexOf('.') + 1));
    }
    if (positional == 0) {
      return PyErr.format(
          PyExc.TypeError, "%s() takes no arguments (%d given)", checkedName(), nargs);
    }
    if (names.length == 1 && positional == 1 && min == 1 && varargsIndex < 0) {
      return PyErr.format(
          PyExc.TypeError, "%s() takes exactly one argument (%d given)", checkedName(), nargs);
    }
    String bare = name.substring(name.lastIndexOf('.') + 1);
    if (posOnly < positional && nargs > positional) {
      return PyErr.format(
          PyExc.TypeError, "%s() takes at most %d argument%s (%d given)", bare, positional,
          positional == 1 ? "" : "s", nargs);
    }
    if (min == positional && varargsIndex < 0) {
      return PyErr.format(
          PyExc.TypeError, "%s expected %d argument%s, got %d", bare, positional,
          positional == 1 ? "" : "s", nargs);
    }
    if (nargs < min) {
      return PyErr.format(
          PyExc.TypeError, "%s expected at least %d argument%s, got %d", bare, min,
          min == 1 ? "" : "s", nargs);
    }
    return PyErr.format(
        PyExc.TypeError, "%s expected at most %d argument%s, got %d", bare, positional,
        positional == 1 ? "" : "s", nargs);
  }
}
