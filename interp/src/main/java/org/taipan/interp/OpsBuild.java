package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PySet;
import org.taipan.object.PySlice;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.SpecialMethod;

/**
 * The instructions that build and take apart containers and strings: {@code BUILD_*}, the
 * comprehension appends, {@code LIST_EXTEND}/{@code DICT_MERGE} for star arguments, {@code
 * UNPACK_SEQUENCE}/{@code UNPACK_EX}, {@code FORMAT_VALUE} and {@code BUILD_STRING}.
 */
final class OpsBuild {
  private OpsBuild() {}

  private static Object[] popN(PyFrame f, int n) {
    Object[] r = new Object[n];
    for (int i = n - 1; i >= 0; i--) {
      r[i] = f.pop();
    }
    return r;
  }

  static void execute(PyFrame f, int op, int arg) {
    switch (op) {
      case BUILD_TUPLE:
        f.push(arg == 0 ? PyTuple.EMPTY : new PyTuple(popN(f, arg)));
        break;
      case BUILD_LIST:
        f.push(PyList.wrap(popN(f, arg)));
        break;
      case BUILD_SET: {
        Object[] items = popN(f, arg);
        PySet s = new PySet(false);
        for (Object o : items) {
          s.add(o);
        }
        f.push(s);
        break;
      }
      case BUILD_MAP: {
        Object[] items = popN(f, 2 * arg);
        PyDict d = new PyDict();
        for (int i = 0; i < items.length; i += 2) {
          d.put(items[i], items[i + 1]);
        }
        f.push(d);
        break;
      }
      case BUILD_CONST_KEY_MAP: {
        PyTuple keys = (PyTuple) f.pop();
        Object[] vals = popN(f, arg);
        PyDict d = new PyDict();
        for (int i = 0; i < arg; i++) {
          d.put(keys.get(i), vals[i]);
        }
        f.push(d);
        break;
      }
      case LIST_APPEND: {
        Object v = f.pop();
        ((PyList) f.peek(arg)).append(v);
        break;
      }
      case SET_ADD: {
        Object v = f.pop();
        ((PySet) f.peek(arg)).add(v);
        break;
      }
      case MAP_ADD: {
        Object v = f.pop();
        Object k = f.pop();
        ((PyDict) f.peek(arg)).put(k, v);
        break;
      }
      case LIST_EXTEND: {
        Object it = f.pop();
        PyList l = (PyList) f.peek(arg);
        try {
          l.extend(it);
        } catch (PyException e) {
          if (e.matches(PyExc.TypeError)
              && !PyType.of(it).hasSlot(SpecialMethod.op_iter)
              && !PyType.of(it).hasSlot(SpecialMethod.op_getitem)) {
            throw PyErr.format(
                PyExc.TypeError,
                "Value after * must be an iterable, not %s",
                PyType.of(it).getName());
          }
          throw e;
        }
        break;
      }
      case SET_UPDATE: {
        Object it = f.pop();
        ((PySet) f.peek(arg)).update(it);
        break;
      }
      case DICT_UPDATE: {
        Object m = f.pop();
        PyDict d = (PyDict) f.peek(arg);
        if (!(m instanceof PyDict) && Abstract.lookupAttr(m, "keys") == null) {
          throw PyErr.format(
              PyExc.TypeError, "'%s' object is not a mapping", PyType.of(m).getName());
        }
        d.update(m);
        break;
      }
      case DICT_MERGE: {
        Object m = f.pop();
        PyDict d = (PyDict) f.peek(arg);
        Object func = f.peek(arg + 2);
        if (!(m instanceof PyDict) && Abstract.lookupAttr(m, "keys") == null) {
          throw PyErr.format(
              PyExc.TypeError,
              "%s argument after ** must be a mapping, not %s",
              OpsCalls.funcDesc(func),
              PyType.of(m).getName());
        }
        if (m instanceof PyDict) {
          PyDict src = new PyDict();
          src.update(m);
          for (Map.Entry<Object, Object> e : src.entries()) {
            mergeKeyword(d, func, e.getKey(), e.getValue());
          }
        } else {
          // another mapping: its keys() as they come, so a key it gives twice is an error
          Object keys = Abstract.iter(Abstract.callMethod(m, "keys"));
          for (Object k; (k = Abstract.next(keys)) != null; ) {
            if (d.get(k) != null) {
              throw duplicateKeyword(func, k);
            }
            d.put(k, Abstract.getItem(m, k));
          }
        }
        break;
      }
      case LIST_TO_TUPLE:
        f.push(new PyTuple(((PyList) f.pop()).toArray()));
        break;
      case UNPACK_SEQUENCE: {
        Object seq = f.pop();
        Object[] items;
        if (seq instanceof PyTuple t && t.size() == arg) {
          items = t.toArray();
        } else if (seq instanceof PyList l && l.size() == arg) {
          items = l.toArray();
        } else {
          items = unpack(seq, arg, -1);
        }
        for (int i = items.length - 1; i >= 0; i--) {
          f.push(items[i]);
        }
        break;
      }
      case UNPACK_EX: {
        int before = arg & 0xff;
        int after = arg >> 8;
        Object seq = f.pop();
        Object[] items = unpack(seq, before, after);
        for (int i = items.length - 1; i >= 0; i--) {
          f.push(items[i]);
        }
        break;
      }
      case BUILD_SLICE: {
        Object step = arg == 3 ? f.pop() : PyNone.NONE;
        Object stop = f.pop();
        Object start = f.pop();
        f.push(new PySlice(start, stop, step));
        break;
      }
      case FORMAT_VALUE: {
        Object spec = (arg & 4) != 0 ? f.pop() : "";
        Object v = f.pop();
        switch (arg & 3) {
          case 1 -> v = Abstract.str(v);
          case 2 -> v = Abstract.repr(v);
          case 3 -> v = Builtins.ascii(v);
          default -> { }
        }
        if (PyUnicode.isStr(v) && PyUnicode.asJavaString(spec).isEmpty()) {
          f.push(v);
        } else {
          f.push(Abstract.format(v, spec));
        }
        break;
      }
      case BUILD_STRING: {
        Object[] parts = popN(f, arg);
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
          sb.append(PyUnicode.asJavaString(p));
        }
        f.push(PyUnicode.wrap(sb.toString()));
        break;
      }
      case PRINT_EXPR: {
        Object v = f.pop();
        ThreadState ts = ThreadState.get();
        Object hook = ts.interp.sys.getDict().get("displayhook");
        if (hook == null) {
          throw PyErr.format(PyExc.RuntimeError, "lost sys.displayhook");
        }
        Abstract.call(hook, v);
        break;
      }
      case SETUP_ANNOTATIONS: {
        Object locals = f.locals;
        if (locals == null) {
          throw PyErr.format(PyExc.SystemError, "no locals found when setting up annotations");
        }
        if (locals instanceof PyDict d && d.getClass() == PyDict.class) {
          if (d.get("__annotations__") == null) {
            d.put("__annotations__", new PyDict());
          }
        } else {
          // a mapping of another type is asked with its own item methods
          try {
            Abstract.getItem(locals, "__annotations__");
          } catch (PyException e) {
            if (!e.matches(PyExc.KeyError)) {
              throw e;
            }
            Abstract.setItem(locals, "__annotations__", new PyDict());
          }
        }
        break;
      }
      case GET_LEN:
        f.push((long) Abstract.size(f.top()));
        break;
      case MATCH_SEQUENCE: {
        Object o = f.top();
        f.push(PyType.of(o).isSequenceType());
        break;
      }
      case MATCH_MAPPING:
        f.push(PyType.of(f.top()).isMappingType());
        break;
      case MATCH_KEYS:
        f.push(matchKeys(f.peek(2), (PyTuple) f.top()));
        break;
      case MATCH_CLASS: {
        PyTuple names = (PyTuple) f.pop();
        Object cls = f.pop();
        Object subject = f.pop();
        f.push(matchClass(subject, cls, arg, names));
        break;
      }
      default:
        throw new IllegalStateException(Opcode.name(op));
    }
  }

  /** Adds one keyword argument of a {@code **} mapping; one given already is an error. */
  private static void mergeKeyword(PyDict d, Object func, Object key, Object value) {
    if (d.get(key) != null) {
      throw duplicateKeyword(func, key);
    }
    d.put(key, value);
  }

  private static PyException duplicateKeyword(Object func, Object key) {
    return PyErr.format(
        PyExc.TypeError,
        "%s got multiple values for keyword argument '%s'",
        OpsCalls.funcDesc(func),
        Abstract.strJava(key));
  }

  private static final java.util.Set<String> MATCH_SELF =
      java.util.Set.of(
          "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str",
          "tuple");

  /**
   * {@code MATCH_KEYS} ({@code match_keys}): the values of {@code keys} in the mapping {@code
   * subject}, looked up with its {@code get}, or None when one is missing.
   */
  private static Object matchKeys(Object subject, PyTuple keys) {
    if (keys.size() == 0) {
      return PyTuple.EMPTY;
    }
    Object get = Abstract.getAttr(subject, "get");
    Object missing = new Object();
    PySet seen = new PySet(false);
    Object[] vals = new Object[keys.size()];
    for (int i = 0; i < vals.length; i++) {
      Object key = keys.get(i);
      if (seen.contains(key)) {
        throw PyErr.format(
            PyExc.ValueError, "mapping pattern checks duplicate key (%s)", Abstract.reprJava(key));
      }
      seen.add(key);
      Object v = Abstract.call(get, key, missing);
      if (v == missing) {
        return PyNone.NONE;
      }
      vals[i] = v;
    }
    return new PyTuple(vals);
  }

  /** {@code MATCH_CLASS}: the attributes a class pattern names, or None ({@code match_class}). */
  private static Object matchClass(Object subject, Object cls, int npos, PyTuple names) {
    if (!(cls instanceof PyType t)) {
      throw PyErr.format(PyExc.TypeError, "called match pattern must be a type");
    }
    if (!Abstract.isInstance(subject, t)) {
      return PyNone.NONE;
    }
    List<Object> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    if (npos > 0) {
      Object matchArgs = Abstract.lookupAttr(t, "__match_args__");
      boolean matchSelf = false;
      int allowed;
      if (matchArgs == null) {
        matchSelf = matchesSelf(t);
        allowed = matchSelf ? 1 : 0;
      } else if (!(matchArgs instanceof PyTuple ma) || PyType.of(matchArgs) != PyType.of(PyTuple.EMPTY)) {
        throw PyErr.format(
            PyExc.TypeError,
            "%s.__match_args__ must be a tuple (got %s)",
            t.getName(),
            PyType.of(matchArgs).getName());
      } else {
        allowed = ma.size();
      }
      if (allowed < npos) {
        throw PyErr.format(
            PyExc.TypeError,
            "%s() accepts %d positional sub-pattern%s (%d given)",
            t.getName(),
            allowed,
            allowed == 1 ? "" : "s",
            npos);
      }
      for (int i = 0; i < npos; i++) {
        Object v;
        if (matchSelf) {
          v = subject;
        } else {
          Object name = ((PyTuple) matchArgs).get(i);
          if (PyType.of(name) != PyType.of("")) {
            throw PyErr.format(
                PyExc.TypeError,
                "__match_args__ elements must be strings (got %s)",
                PyType.of(name).getName());
          }
          v = matchClassAttr(subject, t, PyUnicode.asJavaString(name), seen);
        }
        if (v == null) {
          return PyNone.NONE;
        }
        out.add(v);
      }
    }
    for (int i = 0; i < names.size(); i++) {
      Object v = matchClassAttr(subject, t, PyUnicode.asJavaString(names.get(i)), seen);
      if (v == null) {
        return PyNone.NONE;
      }
      out.add(v);
    }
    return PyTuple.of(out);
  }

  /** Whether a class pattern of {@code t} matches the subject itself ({@code _Py_TPFLAGS_MATCH_SELF}). */
  private static boolean matchesSelf(PyType t) {
    for (PyType m : t.getMro()) {
      if (!m.isHeapType() && MATCH_SELF.contains(m.getName())) {
        return true;
      }
    }
    return false;
  }

  /** {@code match_class_attr}: one attribute a class pattern names, or null when it is missing. */
  private static Object matchClassAttr(
      Object subject, PyType t, String name, java.util.Set<String> seen) {
    if (!seen.add(name)) {
      throw PyErr.format(
          PyExc.TypeError,
          "%s() got multiple sub-patterns for attribute %s",
          t.getName(),
          Abstract.repr(PyUnicode.wrap(name)));
    }
    return Abstract.lookupAttr(subject, name);
  }

  /** Unpacks {@code before} items, a starred list (if {@code after >= 0}) and {@code after}. */
  private static Object[] unpack(Object seq, int before, int after) {
    Object it;
    try {
      it = Abstract.iter(seq);
    } catch (PyException e) {
      if (e.matches(PyExc.TypeError)) {
        throw PyErr.format(
            PyExc.TypeError, "cannot unpack non-iterable %s object", PyType.of(seq).getName());
      }
      throw e;
    }
    List<Object> got = new ArrayList<>();
    for (int i = 0; i < before; i++) {
      Object x = Abstract.next(it);
      if (x == null) {
        if (after < 0) {
          throw PyErr.format(
              PyExc.ValueError,
              "not enough values to unpack (expected %d, got %d)",
              before,
              i);
        }
        throw PyErr.format(
            PyExc.ValueError,
            "not enough values to unpack (expected at least %d, got %d)",
            before + after,
            i);
      }
      got.add(x);
    }
    if (after < 0) {
      if (Abstract.next(it) != null) {
        throw PyErr.format(
            PyExc.ValueError, "too many values to unpack (expected %d)", before);
      }
      return got.toArray();
    }
    List<Object> rest = new ArrayList<>();
    for (Object x; (x = Abstract.next(it)) != null; ) {
      rest.add(x);
    }
    if (rest.size() < after) {
      throw PyErr.format(
          PyExc.ValueError,
          "not enough values to unpack (expected at least %d, got %d)",
          before + after,
          before + rest.size());
    }
    int nstar = rest.size() - after;
    got.add(new PyList(rest.subList(0, nstar)));
    got.addAll(rest.subList(nstar, rest.size()));
    return got.toArray();
  }
}
