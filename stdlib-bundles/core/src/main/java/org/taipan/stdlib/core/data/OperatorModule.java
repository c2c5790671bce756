package org.taipan.stdlib.core.data;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyByteArray;
import org.taipan.object.PyBytes;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNotImplemented;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code _operator} module, CPython's {@code Modules/_operator.c}: the operators as functions
 * over the abstract object layer, {@code itemgetter}/{@code attrgetter}/{@code methodcaller}
 * ({@link OperatorGetters}) and {@code _compare_digest}.
 */
@PythonModule(value = "_operator", doc = "Operator interface.\n\n"
    + "This module exports a set of functions implemented in C corresponding\n"
    + "to the intrinsic operators of Python.  For example, operator.add(x, y)\n"
    + "is equivalent to the expression x+y.  The function names are those\n"
    + "used for special methods; variants without leading and trailing\n"
    + "'__' are also provided for convenience.")
public final class OperatorModule {
  private OperatorModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("itemgetter", OperatorGetters.ItemGetter.TYPE);
    m.put("attrgetter", OperatorGetters.AttrGetter.TYPE);
    m.put("methodcaller", OperatorGetters.MethodCaller.TYPE);
  }

  // ---------------------------------------------------------------- truth and identity

  @PythonMethod public static Object truth(Object a) {
    return Abstract.isTrue(a);
  }

  @PythonMethod public static Object not_(Object a) {
    return !Abstract.isTrue(a);
  }

  /** {@code a is b}; small ints and bools are one object each, as in CPython. */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.booleanValue() == y.booleanValue();
    }
    return a instanceof Long x && b instanceof Long y && x.longValue() == y.longValue()
        && x >= -5 && x <= 256;
  }

  @PythonMethod public static Object is_(Object a, Object b) {
    return same(a, b);
  }

  @PythonMethod public static Object is_not(Object a, Object b) {
    return !same(a, b);
  }

  // ---------------------------------------------------------------- comparisons

  @PythonMethod public static Object lt(Object a, Object b) {
    return Abstract.richCompare(a, b, Abstract.LT);
  }

  @PythonMethod public static Object le(Object a, Object b) {
    return Abstract.richCompare(a, b, Abstract.LE);
  }

  @PythonMethod public static Object eq(Object a, Object b) {
    return Abstract.richCompare(a, b, Abstract.EQ);
  }

  @PythonMethod public static Object ne(Object a, Object b) {
    return Abstract.richCompare(a, b, Abstract.NE);
  }

  @PythonMethod public static Object gt(Object a, Object b) {
    return Abstract.richCompare(a, b, Abstract.GT);
  }

  @PythonMethod public static Object ge(Object a, Object b) {
    return Abstract.richCompare(a, b, Abstract.GE);
  }

  // ---------------------------------------------------------------- unary

  @PythonMethod public static Object abs(Object a) {
    return PyNumber.absolute(a);
  }

  @PythonMethod public static Object index(Object a) {
    return PyNumber.index(a);
  }

  @PythonMethod public static Object inv(Object a) {
    return PyNumber.invert(a);
  }

  @PythonMethod public static Object invert(Object a) {
    return PyNumber.invert(a);
  }

  @PythonMethod public static Object neg(Object a) {
    return PyNumber.negative(a);
  }

  @PythonMethod public static Object pos(Object a) {
    return PyNumber.positive(a);
  }

  // ---------------------------------------------------------------- binary

  private static Object op(int op, Object a, Object b) {
    return PyNumber.binaryOp(op, a, b);
  }

  private static Object iop(int op, Object a, Object b) {
    return PyNumber.binaryOp(op + PyNumber.INPLACE, a, b);
  }

  @PythonMethod public static Object add(Object a, Object b) {
    return op(PyNumber.ADD, a, b);
  }

  @PythonMethod public static Object and_(Object a, Object b) {
    return op(PyNumber.AND, a, b);
  }

  @PythonMethod public static Object floordiv(Object a, Object b) {
    return op(PyNumber.FLOOR_DIVIDE, a, b);
  }

  @PythonMethod public static Object lshift(Object a, Object b) {
    return op(PyNumber.LSHIFT, a, b);
  }

  @PythonMethod public static Object matmul(Object a, Object b) {
    return op(PyNumber.MATRIX_MULTIPLY, a, b);
  }

  @PythonMethod public static Object mod(Object a, Object b) {
    return op(PyNumber.REMAINDER, a, b);
  }

  @PythonMethod public static Object mul(Object a, Object b) {
    return op(PyNumber.MULTIPLY, a, b);
  }

  @PythonMethod public static Object or_(Object a, Object b) {
    return op(PyNumber.OR, a, b);
  }

  @PythonMethod public static Object pow(Object a, Object b) {
    return op(PyNumber.POWER, a, b);
  }

  @PythonMethod public static Object rshift(Object a, Object b) {
    return op(PyNumber.RSHIFT, a, b);
  }

  @PythonMethod public static Object sub(Object a, Object b) {
    return op(PyNumber.SUBTRACT, a, b);
  }

  @PythonMethod public static Object truediv(Object a, Object b) {
    return op(PyNumber.TRUE_DIVIDE, a, b);
  }

  @PythonMethod public static Object xor(Object a, Object b) {
    return op(PyNumber.XOR, a, b);
  }

  @PythonMethod public static Object iadd(Object a, Object b) {
    return iop(PyNumber.ADD, a, b);
  }

  @PythonMethod public static Object iand(Object a, Object b) {
    return iop(PyNumber.AND, a, b);
  }

  @PythonMethod public static Object ifloordiv(Object a, Object b) {
    return iop(PyNumber.FLOOR_DIVIDE, a, b);
  }

  @PythonMethod public static Object ilshift(Object a, Object b) {
    return iop(PyNumber.LSHIFT, a, b);
  }

  @PythonMethod public static Object imatmul(Object a, Object b) {
    return iop(PyNumber.MATRIX_MULTIPLY, a, b);
  }

  @PythonMethod public static Object imod(Object a, Object b) {
    return iop(PyNumber.REMAINDER, a, b);
  }

  @PythonMethod public static Object imul(Object a, Object b) {
    return iop(PyNumber.MULTIPLY, a, b);
  }

  @PythonMethod public static Object ior(Object a, Object b) {
    return iop(PyNumber.OR, a, b);
  }

  @PythonMethod public static Object ipow(Object a, Object b) {
    return iop(PyNumber.POWER, a, b);
  }

  @PythonMethod public static Object irshift(Object a, Object b) {
    return iop(PyNumber.RSHIFT, a, b);
  }

  @PythonMethod public static Object isub(Object a, Object b) {
    return iop(PyNumber.SUBTRACT, a, b);
  }

  @PythonMethod public static Object itruediv(Object a, Object b) {
    return iop(PyNumber.TRUE_DIVIDE, a, b);
  }

  @PythonMethod public static Object ixor(Object a, Object b) {
    return iop(PyNumber.XOR, a, b);
  }

  // ---------------------------------------------------------------- sequences

  /** Whether the type has CPython's {@code sq_concat} (the builtin sequences and subclasses). */
  private static boolean hasConcat(Object s) {
    return PyUnicode.isStr(s) || s instanceof PyList || s instanceof PyTuple
        || s instanceof PyBytes || s instanceof PyByteArray || s instanceof PyDeque;
  }

  /** {@code PySequence_Check}: not a dict, and has {@code __getitem__}. */
  static boolean isSequence(Object s) {
    return !(s instanceof PyDict) && PyType.of(s).lookup("__getitem__") != null;
  }

  /** {@code a.name(b)} if the type defines it, else NotImplemented. */
  private static Object trySlot(Object a, String name, Object b) {
    Object f = PyType.of(a).lookup(name);
    if (f == null || f == PyNone.NONE) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return Abstract.callAsMethod(f, a, new Object[] {b}, null);
  }

  /** {@code BINARY_OP1(a, b, nb_add)} for sequences that only have {@code __add__}. */
  private static Object addSequences(Object a, Object b, boolean inplace) {
    Object r = PyNotImplemented.NOT_IMPLEMENTED;
    if (inplace) {
      r = trySlot(a, "__iadd__", b);
    }
    if (r == PyNotImplemented.NOT_IMPLEMENTED) {
      r = trySlot(a, "__add__", b);
    }
    if (r == PyNotImplemented.NOT_IMPLEMENTED && PyType.of(a) != PyType.of(b)) {
      r = trySlot(b, "__radd__", a);
    }
    return r;
  }

  private static PyException cannotConcat(Object a) {
    return PyErr.format(PyExc.TypeError, "'%.200s' object can't be concatenated",
        DataSupport.typeName(a));
  }

  /** {@code PySequence_Concat}. */
  @PythonMethod public static Object concat(Object a, Object b) {
    if (hasConcat(a)) {
      return PyNumber.add(a, b);
    }
    if (isSequence(a) && isSequence(b)) {
      Object r = addSequences(a, b, false);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    throw cannotConcat(a);
  }

  /** {@code PySequence_InPlaceConcat}. */
  @PythonMethod public static Object iconcat(Object a, Object b) {
    if (hasConcat(a)) {
      return PyNumber.binaryOp(PyNumber.ADD + PyNumber.INPLACE, a, b);
    }
    if (isSequence(a) && isSequence(b)) {
      Object r = addSequences(a, b, true);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    throw cannotConcat(a);
  }

  @PythonMethod public static Object contains(Object a, Object b) {
    return Abstract.contains(a, b);
  }

  /** {@code _PySequence_IterSearch}: iterates {@code seq} comparing each item with {@code obj}. */
  private static long search(Object seq, Object obj, boolean index) {
    Object it;
    try {
      it = Abstract.iter(seq);
    } catch (PyException e) {
      if (e.matches(PyExc.TypeError)) {
        throw PyErr.format(PyExc.TypeError, "argument of type '%.200s' is not iterable",
            DataSupport.typeName(seq));
      }
      throw e;
    }
    long n = 0;
    long i = 0;
    for (Object x; (x = Abstract.next(it)) != null; i++) {
      if (Abstract.richCompareBool(x, obj, Abstract.EQ)) {
        if (index) {
          return i;
        }
        n++;
      }
    }
    if (index) {
      throw PyErr.format(PyExc.ValueError, "sequence.index(x): x not in sequence");
    }
    return n;
  }

  @PythonMethod public static Object countOf(Object a, Object b) {
    return search(a, b, false);
  }

  @PythonMethod public static Object indexOf(Object a, Object b) {
    return search(a, b, true);
  }

  @PythonMethod public static Object getitem(Object a, Object b) {
    return Abstract.getItem(a, b);
  }

  @PythonMethod public static Object setitem(Object a, Object b, Object c) {
    Abstract.setItem(a, b, c);
    return PyNone.NONE;
  }

  @PythonMethod public static Object delitem(Object a, Object b) {
    Abstract.delItem(a, b);
    return PyNone.NONE;
  }

  /** {@code length_hint(obj, default=0, /)}: {@code PyObject_LengthHint}. */
  @PythonMethod public static Object length_hint(Object obj, @Default("0") Object dflt) {
    long d = DataSupport.asSsize(dflt);
    PyType t = PyType.of(obj);
    if (t.lookup("__len__") != null) {
      try {
        return (long) Abstract.size(obj);
      } catch (PyException e) {
        if (!e.matches(PyExc.TypeError)) {
          throw e;
        }
      }
    }
    Object hint = t.lookup("__length_hint__");
    if (hint == null) {
      return d;
    }
    Object r;
    try {
      r = Abstract.callAsMethod(hint, obj, new Object[0], null);
    } catch (PyException e) {
      if (e.matches(PyExc.TypeError)) {
        return d;
      }
      throw e;
    }
    if (r == PyNotImplemented.NOT_IMPLEMENTED) {
      return d;
    }
    if (!org.taipan.object.PyLong.isInt(r)) {
      throw PyErr.format(PyExc.TypeError, "__length_hint__ must be an integer, not %.100s",
          DataSupport.typeName(r));
    }
    long n = DataSupport.asSsize(r);
    if (n < 0) {
      throw PyErr.format(PyExc.ValueError, "__length_hint__() should return >= 0");
    }
    return n;
  }

  /** {@code call(obj, /, *args, **kwargs)}. */
  @PythonMethod public static Object call(Object[] args, PyDict kwargs) {
    if (args.length < 1) {
      throw PyErr.format(PyExc.TypeError, "call expected at least 1 argument, got %d",
          args.length);
    }
    CallArgs rest = CallArgs.of(java.util.Arrays.copyOfRange(args, 1, args.length), kwargs);
    Object[] all = java.util.Arrays.copyOf(rest.positional,
        rest.positional.length + rest.kwvalues.length);
    System.arraycopy(rest.kwvalues, 0, all, rest.positional.length, rest.kwvalues.length);
    return Abstract.call(args[0], all, rest.kwnames.length == 0 ? null : rest.kwnames);
  }

  // ---------------------------------------------------------------- _compare_digest

  /**
   * {@code _compare_digest(a, b, /)}: equality of two ASCII strs or two bytes-likes, in time that
   * depends on the length of {@code b} only.
   */
  @PythonMethod public static Object _compare_digest(Object a, Object b) {
    byte[] x;
    byte[] y;
    if (PyUnicode.isStr(a) && PyUnicode.isStr(b)) {
      x = ascii(a);
      y = ascii(b);
    } else if (!PyBuffer.check(a) && !PyBuffer.check(b)) {
      throw PyErr.format(PyExc.TypeError,
          "unsupported operand types(s) or combination of types: '%.100s' and '%.100s'",
          DataSupport.typeName(a), DataSupport.typeName(b));
    } else {
      x = PyBuffer.bytes(a);
      y = PyBuffer.bytes(b);
    }
    // compare every byte of b whatever the lengths, as tscmp does
    byte[] left = x.length == y.length ? x : y;
    int result = x.length == y.length ? 0 : 1;
    for (int i = 0; i < y.length; i++) {
      result |= left[i] ^ y[i];
    }
    return result == 0;
  }

  private static byte[] ascii(Object s) {
    String j = PyUnicode.asJavaString(s);
    byte[] r = new byte[j.length()];
    for (int i = 0; i < j.length(); i++) {
      char c = j.charAt(i);
      if (c > 127) {
        throw PyErr.format(PyExc.TypeError,
            "comparing strings with non-ASCII characters is not supported");
      }
      r[i] = (byte) c;
    }
    return r;
  }
}
