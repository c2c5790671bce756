package org.taipan.interp;

import java.util.ArrayList;
import java.util.List;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyTuple;

/**
 * Binds call arguments to a function's parameters in a new frame, with CPython's error messages
 * ({@code initialize_locals} in {@code Python/ceval.c}).
 */
final class ArgBinder {
  private ArgBinder() {}

  static void bind(PyFunction fn, Object[] fast, Object[] args, String[] kwnames) {
    PyCode co = fn.code;
    int nk = kwnames == null ? 0 : kwnames.length;
    int nargs = args.length - nk;
    int argcount = co.argcount;
    int kwonly = co.kwonlyargcount;
    int total = argcount + kwonly;
    boolean varargs = (co.flags & PyCode.CO_VARARGS) != 0;
    boolean varkw = (co.flags & PyCode.CO_VARKEYWORDS) != 0;
    PyDict kwdict = null;
    if (varkw) {
      kwdict = new PyDict();
      fast[total + (varargs ? 1 : 0)] = kwdict;
    }
    int n = Math.min(nargs, argcount);
    System.arraycopy(args, 0, fast, 0, n);
    if (varargs) {
      Object[] rest = new Object[Math.max(0, nargs - argcount)];
      if (rest.length > 0) {
        System.arraycopy(args, argcount, rest, 0, rest.length);
      }
      fast[total] = rest.length == 0 ? PyTuple.EMPTY : new PyTuple(rest);
    }
    String[] names = co.localsplusnames;
    List<String> posonlyAsKw = null;
    for (int k = 0; k < nk; k++) {
      String kn = kwnames[k];
      Object v = args[nargs + k];
      int idx = -1;
      for (int i = co.posonlyargcount; i < total; i++) {
        if (names[i].equals(kn)) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict != null) {
          kwdict.put(kn, v);
          continue;
        }
        for (int i = 0; i < co.posonlyargcount; i++) {
          if (names[i].equals(kn)) {
            if (posonlyAsKw == null) {
              posonlyAsKw = new ArrayList<>();
            }
            posonlyAsKw.add(kn);
            idx = -2;
            break;
          }
        }
        if (idx == -2) {
          continue;
        }
        throw PyErr.format(
            PyExc.TypeError, "%s() got an unexpected keyword argument '%s'", fn.qualname, kn);
      }
      if (fast[idx] != null) {
        throw PyErr.format(
            PyExc.TypeError, "%s() got multiple values for argument '%s'", fn.qualname, kn);
      }
      fast[idx] = v;
    }
    if (posonlyAsKw != null) {
      throw PyErr.format(
          PyExc.TypeError,
          "%s() got some positional-only arguments passed as keyword arguments: '%s'",
          fn.qualname,
          String.join(", ", posonlyAsKw));
    }
    if (nargs > argcount && !varargs) {
      tooManyPositional(fn, nargs, fast);
    }
    Object[] defaults = fn.defaults;
    int ndef = defaults == null ? 0 : defaults.length;
    if (nargs < argcount) {
      int firstDefault = argcount - ndef;
      List<String> missing = new ArrayList<>();
      for (int i = nargs; i < argcount; i++) {
        if (fast[i] == null) {
          if (i >= firstDefault) {
            fast[i] = defaults[i - firstDefault];
          } else {
            missing.add(names[i]);
          }
        }
      }
      if (!missing.isEmpty()) {
        throw missing(fn, missing, "positional");
      }
    }
    if (kwonly > 0) {
      List<String> missing = new ArrayList<>();
      for (int i = argcount; i < total; i++) {
        if (fast[i] == null) {
          Object d = fn.kwdefaults == null ? null : fn.kwdefaults.get(names[i]);
          if (d != null) {
            fast[i] = d;
          } else {
            missing.add(names[i]);
          }
        }
      }
      if (!missing.isEmpty()) {
        throw missing(fn, missing, "keyword-only");
      }
    }
  }

  private static org.taipan.object.PyException missing(
      PyFunction fn, List<String> names, String kind) {
    StringBuilder sb = new StringBuilder();
    int n = names.size();
    for (int i = 0; i < n; i++) {
      sb.append('\'').append(names.get(i)).append('\'');
      if (n == 2 && i == 0) {
        sb.append(" and ");
      } else if (n > 2 && i < n - 2) {
        sb.append(", ");
      } else if (n > 2 && i == n - 2) {
        sb.append(", and ");
      }
    }
    return PyErr.format(
        PyExc.TypeError,
        "%s() missing %d required %s argument%s: %s",
        fn.qualname,
        n,
        kind,
        n == 1 ? "" : "s",
        sb);
  }

  private static void tooManyPositional(PyFunction fn, int given, Object[] fast) {
    PyCode co = fn.code;
    int ndef = fn.defaults == null ? 0 : fn.defaults.length;
    int kwonlyGiven = 0;
    for (int i = co.argcount; i < co.argcount + co.kwonlyargcount; i++) {
      if (fast[i] != null) {
        kwonlyGiven++;
      }
    }
    String sig;
    boolean plural;
    if (ndef > 0) {
      sig = "from " + (co.argcount - ndef) + " to " + co.argcount;
      plural = true;
    } else {
      sig = Integer.toString(co.argcount);
      plural = co.argcount != 1;
    }
    String kwSig = "";
    if (kwonlyGiven > 0) {
      kwSig =
          String.format(
              " positional argument%s (and %d keyword-only argument%s)",
              given != 1 ? "s" : "",
              kwonlyGiven,
              kwonlyGiven != 1 ? "s" : "");
    }
    throw PyErr.format(
        PyExc.TypeError,
        "%s() takes %s positional argument%s but %d%s %s given",
        fn.qualname,
        sig,
        plural ? "s" : "",
        given,
        kwSig,
        given == 1 && kwonlyGiven == 0 ? "was" : "were");
  }
}
