package org.taipan.interp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.taipan.object.Abstract;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyDict;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyException;
import org.taipan.object.PyTraceback;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The "Did you mean" of a printed NameError or AttributeError, CPython 3.11's {@code
 * Python/suggestions.c}: the nearest name by a Levenshtein distance where a case change costs
 * less than another change, among the attributes of the object, or the names of the frame the
 * name was looked up in (its locals, then its globals, then its builtins).
 */
final class Suggestions {
  private Suggestions() {}

  private static final int MAX_CANDIDATE_ITEMS = 750;
  private static final int MAX_STRING_SIZE = 40;
  private static final int MOVE_COST = 2;
  private static final int CASE_COST = 1;

  /** {@code _Py_Offer_Suggestions}: the suggested name, or null. */
  static String offer(Object exc) {
    try {
      PyType t = PyType.of(exc);
      if (t == PyExc.AttributeError) {
        return forAttribute((PyBaseException) exc);
      } else if (t == PyExc.NameError) {
        return forName((PyBaseException) exc);
      }
    } catch (PyException e) {
      // as CPython, a failure while looking for a suggestion just means none
    }
    return null;
  }

  private static String forAttribute(PyBaseException e) {
    Object name = e.attr("name");
    Object obj = e.attr("obj");
    if (!(name instanceof String n) || obj == null || obj == PyNone.NONE) {
      return null;
    }
    Object dirFunc = Abstract.lookupSpecial(obj, "__dir__");
    if (dirFunc == null) {
      return null;
    }
    // PyObject_Dir: the object's __dir__, sorted
    PyList dir = new PyList();
    dir.extend(Abstract.call(dirFunc));
    PyList.sortArray(dir, PyNone.NONE, false);
    List<Object> names = new ArrayList<>();
    for (int i = 0; i < dir.size(); i++) {
      names.add(dir.get(i));
    }
    return nearest(names, n);
  }

  private static String forName(PyBaseException e) {
    Object name = e.attr("name");
    if (!(name instanceof String n) || e.traceback == null) {
      return null;
    }
    PyTraceback tb = e.traceback;
    while (tb.next != null) {
      tb = tb.next;
    }
    if (!(tb.frame instanceof PyFrame f)) {
      return null;
    }
    List<Object> varnames = new ArrayList<>();
    for (int i = 0; i < f.code.nlocals; i++) {
      varnames.add(f.code.localsplusnames[i]);
    }
    String s = nearest(varnames, n);
    if (s == null) {
      s = nearest(keys(f.globals), n);
    }
    if (s == null) {
      s = f.builtins instanceof PyDict b ? nearest(keys(b), n) : null;
    }
    return s;
  }

  private static List<Object> keys(PyDict d) {
    return d.keyList();
  }

  /** {@code calculate_suggestions}. */
  private static String nearest(List<Object> dir, String name) {
    if (dir.size() >= MAX_CANDIDATE_ITEMS) {
      return null;
    }
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    int best = Integer.MAX_VALUE;
    String suggestion = null;
    for (Object item : dir) {
      if (!PyUnicode.isStr(item)) {
        return null; // PyUnicode_AsUTF8AndSize fails, and the search with it
      }
      String s = PyUnicode.asJavaString(item);
      if (s.equals(name)) {
        continue;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      // no more than a third of the characters involved should need changing
      int max = (nameBytes.length + b.length + 3) * MOVE_COST / 6;
      max = Math.min(max, best - 1);
      int d = distance(nameBytes, b, max);
      if (d > max) {
        continue;
      }
      if (suggestion == null || d < best) {
        suggestion = s;
        best = d;
      }
    }
    return suggestion;
  }

  private static int substitutionCost(byte a, byte b) {
    if ((a & 31) != (b & 31)) {
      return MOVE_COST;
    }
    if (a == b) {
      return 0;
    }
    return Character.toLowerCase((char) (a & 0xff)) == Character.toLowerCase((char) (b & 0xff))
        && isAsciiLetter(a) && isAsciiLetter(b) ? CASE_COST : MOVE_COST;
  }

  private static boolean isAsciiLetter(byte c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /** {@code levenshtein_distance}, giving up above {@code maxCost}. */
  private static int distance(byte[] a, byte[] b, int maxCost) {
    int aStart = 0;
    int bStart = 0;
    int aEnd = a.length;
    int bEnd = b.length;
    while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) {
      aStart++;
      bStart++;
    }
    while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) {
      aEnd--;
      bEnd--;
    }
    int aSize = aEnd - aStart;
    int bSize = bEnd - bStart;
    if (aSize == 0 || bSize == 0) {
      return (aSize + bSize) * MOVE_COST;
    }
    if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
      return maxCost + 1;
    }
    if (bSize < aSize) {
      byte[] t = a;
      a = b;
      b = t;
      int s = aStart;
      aStart = bStart;
      bStart = s;
      s = aSize;
      aSize = bSize;
      bSize = s;
    }
    if ((bSize - aSize) * MOVE_COST > maxCost) {
      return maxCost + 1;
    }
    int[] row = new int[aSize];
    for (int i = 0; i < aSize; i++) {
      row[i] = (i + 1) * MOVE_COST;
    }
    int result = 0;
    for (int bi = 0; bi < bSize; bi++) {
      byte code = b[bStart + bi];
      int dist = result = bi * MOVE_COST;
      int minimum = Integer.MAX_VALUE;
      for (int ai = 0; ai < aSize; ai++) {
        int substitute = dist + substitutionCost(code, a[aStart + ai]);
        dist = row[ai];
        int insertDelete = Math.min(result, dist) + MOVE_COST;
        result = Math.min(insertDelete, substitute);
        row[ai] = result;
        minimum = Math.min(minimum, result);
      }
      if (minimum > maxCost) {
        return maxCost + 1;
      }
    }
    return result;
  }
}
