package org.taipan.stdlib.core.data;

import java.util.Arrays;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyUnicode;

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

  /** The arguments a {@code (Object[] args, PyDict kwargs)} method received, as a vectorcall. */
  static CallArgs of(Object[] positional, PyDict kwargs) {
    int nk = kwargs == null ? 0 : kwargs.size();
    if (nk == 0) {
      return new CallArgs(positional, null);
    }
    Object[] all = Arrays.copyOf(positional, positional.length + nk);
    String[] names = new String[nk];
    int k = 0;
    for (java.util.Map.Entry<Object, Object> e : kwargs.entries()) {
      names[k] = PyUnicode.asJavaString(e.getKey());
      all[positional.length + k++] = e.getValue();
    }
    return new CallArgs(all, names);
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
   * optional objects ({@code "|OO:name"}) and Argument Clinic's {@code _PyArg_UnpackKeywords} do;
   * unbound slots are null. The mistakes are reported in their order: too many arguments, a
   * missing required one, one given by name and position, an unknown keyword.
   *
   * @param required how many leading parameters are required
   */
  Object[] bind(String name, int required, String... names) {
    return bind(name, required, names.length, names);
  }

  /**
   * As {@link #bind(String, int, String...)}, where the parameters from {@code maxPositional} on
   * are keyword-only ("takes at most 4 positional arguments (5 given)").
   */
  Object[] bind(String name, int required, int maxPositional, String... names) {
    Object[] out = new Object[names.length];
    int n = positional.length;
    int total = n + kwnames.length;
    if (total > names.length) {
      throw PyErr.format(PyExc.TypeError, "%s() takes at most %d %sargument%s (%d given)", name,
          names.length, n == 0 ? "keyword " : "", names.length == 1 ? "" : "s", total);
    }
    if (n > maxPositional) {
      throw PyErr.format(PyExc.TypeError, "%s() takes %s %d positional argument%s (%d given)",
          name, required < maxPositional ? "at most" : "exactly", maxPositional,
          maxPositional == 1 ? "" : "s", n);
    }
    System.arraycopy(positional, 0, out, 0, n);
    int used = 0;
    for (int i = n; i < names.length; i++) {
      int k = Arrays.asList(kwnames).indexOf(names[i]);
      if (k >= 0) {
        out[i] = kwvalues[k];
        used++;
      } else if (i < required) {
        throw PyErr.format(PyExc.TypeError,
            "%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
      }
    }
    if (used < kwnames.length) {
      for (int i = 0; i < n; i++) {
        if (Arrays.asList(kwnames).contains(names[i])) {
          throw PyErr.format(PyExc.TypeError,
              "argument for %s() given by name ('%s') and position (%d)", name, names[i], i + 1);
        }
      }
      for (String k : kwnames) {
        if (!Arrays.asList(names).contains(k)) {
          throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for %s()", k,
              name);
        }
      }
    }
    return out;
  }
}
