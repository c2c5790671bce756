package org.taipan.stdlib.core.data;

import java.util.Arrays;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;

/**
 * The vectorcall arguments of a constructor or function that parses them itself, as CPython's
 * {@code PyArg_ParseTupleAndKeywords} callers do: positional values, then keyword values bound by
 * name, with CPython's messages for the mistakes.
 */
final class CallArgs {
  final Object[] positional;
  final String[] kwnames;
  final Object[] kwvalues;

  CallArgs(Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    this.positional = nk == 0 ? args : Arrays.copyOf(args, args.length - nk);
    this.kwnames = nk == 0 ? new String[0] : kwnames;
    this.kwvalues = nk == 0 ? new Object[0] : Arrays.copyOfRange(args, args.length - nk, args.length);
  }

  int count() {
    return positional.length;
  }

  boolean hasKeywords() {
    return kwnames.length > 0;
  }

  /** {@code _PyArg_NoKeywords}: "name() takes no keyword arguments". */
  CallArgs noKeywords(String name) {
    if (kwnames.length > 0) {
      throw PyErr.format(PyExc.TypeError, "%s() takes no keyword arguments", name);
    }
    return this;
  }

  /** {@code _PyArg_CheckPositional}. */
  CallArgs positional(String name, int min, int max) {
    int n = positional.length;
    if (n < min) {
      throw PyErr.format(PyExc.TypeError, "%s expected %s%d argument%s, got %d", name,
          min == max ? "" : "at least ", min, min == 1 ? "" : "s", n);
    }
    if (n > max) {
      throw PyErr.format(PyExc.TypeError, "%s expected %s%d argument%s, got %d", name,
          min == max ? "" : "at most ", max, max == 1 ? "" : "s", n);
    }
    return this;
  }

  /**
   * Binds the arguments to {@code names} as {@code PyArg_ParseTupleAndKeywords} with a format of
   * optional objects ({@code "|OO:name"}) does; unbound slots are null.
   *
   * @param required how many leading parameters are required
   */
  Object[] bind(String name, int required, String... names) {
    Object[] out = new Object[names.length];
    int n = positional.length;
    if (n > names.length) {
      throw PyErr.format(PyExc.TypeError, "%s() takes at most %d argument%s (%d given)", name,
          names.length, names.length == 1 ? "" : "s", n + kwnames.length);
    }
    System.arraycopy(positional, 0, out, 0, n);
    for (int k = 0; k < kwnames.length; k++) {
      int i = Arrays.asList(names).indexOf(kwnames[k]);
      if (i < 0) {
        throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for %s()",
            kwnames[k], name);
      }
      if (i < n) {
        throw PyErr.format(PyExc.TypeError,
            "argument for %s() given by name ('%s') and position (%d)", name, kwnames[k], i + 1);
      }
      out[i] = kwvalues[k];
    }
    for (int i = 0; i < required; i++) {
      if (out[i] == null) {
        if (i < n) {
          continue;
        }
        throw PyErr.format(PyExc.TypeError,
            "%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
      }
    }
    return out;
  }
}
