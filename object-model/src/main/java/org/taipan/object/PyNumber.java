package org.taipan.object;

import java.math.BigInteger;

/**
 * The numeric part of the abstract object layer, CPython's {@code PyNumber_*} functions ({@code
 * Objects/abstract.c}): binary operators with reflected operands and {@code NotImplemented},
 * in-place operators, unary operators and conversions ({@code __index__}).
 */
public final class PyNumber {
  private PyNumber() {}

  /** Operator codes as {@code BINARY_OP}'s argument ({@code NB_ADD} …). */
  public static final int ADD = 0,
      AND = 1,
      FLOOR_DIVIDE = 2,
      LSHIFT = 3,
      MATRIX_MULTIPLY = 4,
      MULTIPLY = 5,
      REMAINDER = 6,
      OR = 7,
      POWER = 8,
      RSHIFT = 9,
      SUBTRACT = 10,
      TRUE_DIVIDE = 11,
      XOR = 12,
      INPLACE = 13;

  private static final String[] SYMBOL = {
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"
  };
  private static final SpecialMethod[] OP = {
    SpecialMethod.op_add,
    SpecialMethod.op_and,
    SpecialMethod.op_floordiv,
    SpecialMethod.op_lshift,
    SpecialMethod.op_matmul,
    SpecialMethod.op_mul,
    SpecialMethod.op_mod,
    SpecialMethod.op_or,
    SpecialMethod.op_pow,
    SpecialMethod.op_rshift,
    SpecialMethod.op_sub,
    SpecialMethod.op_truediv,
    SpecialMethod.op_xor
  };
  private static final SpecialMethod[] ROP = {
    SpecialMethod.op_radd,
    SpecialMethod.op_rand,
    SpecialMethod.op_rfloordiv,
    SpecialMethod.op_rlshift,
    SpecialMethod.op_rmatmul,
    SpecialMethod.op_rmul,
    SpecialMethod.op_rmod,
    SpecialMethod.op_ror,
    SpecialMethod.op_rpow,
    SpecialMethod.op_rrshift,
    SpecialMethod.op_rsub,
    SpecialMethod.op_rtruediv,
    SpecialMethod.op_rxor
  };
  private static final SpecialMethod[] IOP = {
    SpecialMethod.op_iadd,
    SpecialMethod.op_iand,
    SpecialMethod.op_ifloordiv,
    SpecialMethod.op_ilshift,
    SpecialMethod.op_imatmul,
    SpecialMethod.op_imul,
    SpecialMethod.op_imod,
    SpecialMethod.op_ior,
    SpecialMethod.op_ipow,
    SpecialMethod.op_irshift,
    SpecialMethod.op_isub,
    SpecialMethod.op_itruediv,
    SpecialMethod.op_ixor
  };

  /** The source symbol of an operator code (in-place codes give {@code +=} …). */
  public static String symbol(int op) {
    return op >= INPLACE ? SYMBOL[op - INPLACE] + "=" : SYMBOL[op];
  }

  /** {@code v op w} for a {@code BINARY_OP} code, in-place codes included. */
  public static Object binaryOp(int op, Object v, Object w) {
    Object r = arithmetic(op, v, w);
    if (r != null) {
      return r;
    }
    return binaryOpSlots(op, v, w);
  }

  /**
   * The fast path of {@link #binaryOp} for exact {@code int} and {@code float} operands (Java
   * {@code Long} and {@code Double}; never {@code bool} nor a subclass): the result of the
   * arithmetic and bitwise operators as {@code int.__op__}/{@code float.__op__} would give it, or
   * null when the operands or the operator are not of that kind, or the result needs the general
   * path (big ints, division by zero, negative shifts), which then raises or computes it.
   */
  public static Object arithmetic(int op, Object v, Object w) {
    int base = op >= INPLACE ? op - INPLACE : op;
    if (v instanceof Long a) {
      if (w instanceof Long b) {
        long x = a;
        long y = b;
        switch (base) {
          case ADD:
            return PyLong.add(x, y);
          case SUBTRACT:
            return PyLong.sub(x, y);
          case MULTIPLY:
            return PyLong.mul(x, y);
          case FLOOR_DIVIDE:
            return y == 0 || (x == Long.MIN_VALUE && y == -1) ? null : (Object) Math.floorDiv(x, y);
          case REMAINDER:
            return y == 0 ? null : (Object) Math.floorMod(x, y);
          case AND:
            return x & y;
          case OR:
            return x | y;
          case XOR:
            return x ^ y;
          case RSHIFT:
            return y < 0 ? null : (Object) (y > 63 ? x >> 63 : x >> y);
          case LSHIFT:
            if (y >= 0 && y < 63) {
              long r = x << y;
              if (r >> y == x) {
                return r;
              }
            }
            return null;
          case TRUE_DIVIDE:
            return y == 0 ? null : PyLong.truediv(a, b);
          default:
            return null;
        }
      } else if (w instanceof Double b) {
        return floatArithmetic(base, (double) (long) a, b);
      }
    } else if (v instanceof Double a) {
      if (w instanceof Double b) {
        return floatArithmetic(base, a, b);
      } else if (w instanceof Long b) {
        return floatArithmetic(base, a, (double) (long) b);
      }
    }
    return null;
  }

  /** {@link #arithmetic} on two floats (an int operand converted as {@code float.__op__} does). */
  private static Object floatArithmetic(int base, double x, double y) {
    switch (base) {
      case ADD:
        return x + y;
      case SUBTRACT:
        return x - y;
      case MULTIPLY:
        return x * y;
      case TRUE_DIVIDE:
        return y == 0.0 ? null : (Object) (x / y);
      default:
        return null;
    }
  }

  private static Object binaryOpSlots(int op, Object v, Object w) {
    if (op >= INPLACE) {
      return inplaceOp(op - INPLACE, v, w);
    }
    Object r = binaryOp1(op, v, w);
    if (r == PyNotImplemented.NOT_IMPLEMENTED) {
      throw binopTypeError(op, symbol(op), v, w);
    }
    return r;
  }

  /**
   * Whether a right operand's subclass {@code wt} gives the reflected method {@code rsm} a
   * meaning of its own (a different slot, or for classes {@code method_is_overloaded}: another
   * {@code __rop__} than {@code vt}'s), so it is tried first.
   */
  private static boolean reflectedOverloaded(PyType vt, PyType wt, SpecialMethod rsm) {
    java.lang.invoke.MethodHandle ws = wt.slot(rsm);
    if (ws != vt.slot(rsm)) {
      return true;
    }
    return ws == Slots.generic(rsm) && wt.lookup(rsm.methodName) != vt.lookup(rsm.methodName);
  }

  /**
   * {@code pow(v, w, z)} ({@code PyNumber_Power}, CPython's {@code ternary_op}): a class's
   * {@code __pow__(self, other, mod)} on {@code v} (three-argument power never uses {@code
   * __rpow__}), else the builtin numbers' own rules, tried for each operand's type in turn.
   */
  public static Object power(Object v, Object w, Object z) {
    if (z == PyNone.NONE) {
      return binaryOp(POWER, v, w);
    }
    PyType vt = PyType.of(v);
    if (vt.slot(SpecialMethod.op_pow) == Slots.generic(SpecialMethod.op_pow)) {
      Object r = Abstract.callAsMethod(vt.lookup("__pow__"), v, new Object[] {w, z}, null);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (PyLong.isInt(v) && PyLong.isInt(w) && PyLong.isInt(z)) {
      return PyLong.powMod(v, w, z);
    }
    for (Object o : new Object[] {v, w, z}) {
      if (PyLong.isInt(o)) {
        continue;
      } else if (o instanceof PyComplex) {
        throw PyErr.format(PyExc.ValueError, "complex modulo");
      } else if (PyType.of(o).isSubtypeOf(PyFloat.TYPE)) {
        throw PyErr.format(PyExc.TypeError,
            "pow() 3rd argument not allowed unless all arguments are integers");
      }
      break;
    }
    throw PyErr.format(PyExc.TypeError,
        "unsupported operand type(s) for ** or pow(): '%.100s', '%.100s', '%.100s'",
        vt.tpName(), PyType.of(w).tpName(), PyType.of(z).tpName());
  }

  /** Tries {@code v.__op__(w)} and {@code w.__rop__(v)} in Python's order. */
  static Object binaryOp1(int op, Object v, Object w) {
    PyType vt = PyType.of(v);
    PyType wt = PyType.of(w);
    SpecialMethod sm = OP[op];
    SpecialMethod rsm = ROP[op];
    boolean vHas = vt.hasSlot(sm);
    if (vt == wt) {
      if (vHas) {
        return Slots.call(vt.slot(sm), v, w);
      }
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    boolean wHas = wt.hasSlot(rsm);
    if (wHas && wt.isSubtypeOf(vt) && reflectedOverloaded(vt, wt, rsm)) {
      Object r = Slots.call(wt.slot(rsm), w, v);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
      wHas = false;
    }
    if (vHas) {
      Object r = Slots.call(vt.slot(sm), v, w);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (wHas) {
      return Slots.call(wt.slot(rsm), w, v);
    }
    return PyNotImplemented.NOT_IMPLEMENTED;
  }

  private static Object inplaceOp(int op, Object v, Object w) {
    PyType vt = PyType.of(v);
    SpecialMethod ism = IOP[op];
    if (vt.hasSlot(ism)) {
      Object r = Slots.call(vt.slot(ism), v, w);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    Object r = binaryOp1(op, v, w);
    if (r == PyNotImplemented.NOT_IMPLEMENTED) {
      throw binopTypeError(op, symbol(op) + "=", v, w);
    }
    return r;
  }

  private static PyException binopTypeError(int op, String sym, Object v, Object w) {
    PyType vt = PyType.of(v);
    PyType wt = PyType.of(w);
    if (op == ADD && (v instanceof PyBytes || v instanceof PyByteArray)) {
      // bytes_concat: the right operand does not support the buffer protocol
      return PyErr.format(
          PyExc.TypeError, "can't concat %.100s to %.100s", wt.tpName(), vt.tpName());
    }
    if (op == ADD && isSequence(v) && !(v instanceof PyRange)) {
      return PyErr.format(
          PyExc.TypeError,
          "can only concatenate %s (not \"%s\") to %s",
          vt.tpName(),
          wt.tpName(),
          vt.tpName());
    }
    if (op == MULTIPLY) {
      if (isSequence(v) && !(v instanceof PyRange)) {
        return PyErr.format(
            PyExc.TypeError, "can't multiply sequence by non-int of type '%s'", wt.tpName());
      } else if (isSequence(w) && !(w instanceof PyRange)) {
        return PyErr.format(
            PyExc.TypeError, "can't multiply sequence by non-int of type '%s'", vt.tpName());
      }
    }
    if (op == POWER) {
      sym = sym.endsWith("=") ? "**=" : "** or pow()";
    }
    if (op == RSHIFT && sym.equals(">>") && v instanceof PyBuiltinFunction f
        && f.getName().equals("print")) {
      // Python 2's 'print >>f, x', as CPython's binop_type_error hints
      return PyErr.format(
          PyExc.TypeError,
          "unsupported operand type(s) for >>: '%.100s' and '%.100s'. Did you mean"
              + " \"print(<message>, file=<output_stream>)\"?",
          vt.tpName(),
          wt.tpName());
    }
    return PyErr.format(
        PyExc.TypeError,
        "unsupported operand type(s) for %s: '%.100s' and '%.100s'",
        sym,
        vt.tpName(),
        wt.tpName());
  }

  private static boolean isSequence(Object o) {
    return o instanceof String
        || o instanceof PyCodePoints
        || o instanceof PyList
        || o instanceof PyTuple
        || o instanceof PyBytes
        || o instanceof PyByteArray;
  }

  /** {@code v + w}. */
  public static Object add(Object v, Object w) {
    return binaryOp(ADD, v, w);
  }

  /** {@code v - w}. */
  public static Object subtract(Object v, Object w) {
    return binaryOp(SUBTRACT, v, w);
  }

  /** {@code v * w}. */
  public static Object multiply(Object v, Object w) {
    return binaryOp(MULTIPLY, v, w);
  }

  /** {@code divmod(v, w)}. */
  public static Object divmod(Object v, Object w) {
    PyType vt = PyType.of(v);
    PyType wt = PyType.of(w);
    if (vt.hasSlot(SpecialMethod.op_divmod)) {
      Object r = Slots.call(vt.slot(SpecialMethod.op_divmod), v, w);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (vt != wt && wt.hasSlot(SpecialMethod.op_rdivmod)) {
      Object r = Slots.call(wt.slot(SpecialMethod.op_rdivmod), w, v);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    throw PyErr.format(
        PyExc.TypeError,
        "unsupported operand type(s) for divmod(): '%.100s' and '%.100s'",
        vt.getName(),
        wt.getName());
  }

  // ---------------------------------------------------------------- unary

  private static Object unary(SpecialMethod m, String what, Object v) {
    PyType t = PyType.of(v);
    try {
      return Slots.call(t.slot(m), v);
    } catch (EmptyException e) {
      throw PyErr.format(
          PyExc.TypeError, "bad operand type for %s: '%.200s'", what, t.getName());
    }
  }

  /** {@code -v}. */
  public static Object negative(Object v) {
    if (v instanceof Long l && l != Long.MIN_VALUE) {
      return -l;
    }
    return unary(SpecialMethod.op_neg, "unary -", v);
  }

  /** {@code +v}. */
  public static Object positive(Object v) {
    return unary(SpecialMethod.op_pos, "unary +", v);
  }

  /** {@code ~v}. */
  public static Object invert(Object v) {
    return unary(SpecialMethod.op_invert, "unary ~", v);
  }

  /** {@code abs(v)}. */
  public static Object absolute(Object v) {
    return unary(SpecialMethod.op_abs, "abs()", v);
  }

  // ---------------------------------------------------------------- conversions

  /** {@code PyNumber_Index}: an exact {@code int} (Long or BigInteger) from {@code __index__}. */
  public static Object index(Object v) {
    if (v instanceof Long || v instanceof BigInteger) {
      return v;
    } else if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    } else if (v instanceof PyLong.Derived) {
      // an int subclass is its own index, whatever its __index__ says
      return PyLong.normalize(PyLong.big(v));
    }
    PyType t = PyType.of(v);
    if (!t.hasSlot(SpecialMethod.op_index)) {
      throw PyErr.format(
          PyExc.TypeError,
          "'%.200s' object cannot be interpreted as an integer",
          t.getName());
    }
    return strictInt(Slots.call(t.slot(SpecialMethod.op_index), v), "__index__");
  }

  /**
   * The result of {@code __index__} or {@code __int__} as an exact int: an int subclass (bool
   * too) is accepted with CPython 3.11's DeprecationWarning, anything else refused.
   */
  private static Object strictInt(Object r, String method) {
    if (r instanceof Long || r instanceof BigInteger) {
      return r;
    }
    if (!PyLong.isInt(r)) {
      throw PyErr.format(PyExc.TypeError, "%s returned non-int (type %.200s)", method,
          PyType.of(r).getName());
    }
    PyWarnings.warn(PyExc.DeprecationWarning, String.format(
        "%s returned non-int (type %.200s).  The ability to return an instance of a strict "
            + "subclass of int is deprecated, and may be removed in a future version of Python.",
        method, PyType.of(r).getName()), 1);
    return PyLong.normalize(PyLong.big(r));
  }

  /** Whether {@code v} has {@code __index__}. */
  public static boolean isIndex(Object v) {
    return v instanceof Long
        || v instanceof BigInteger
        || v instanceof Boolean
        || PyType.of(v).hasSlot(SpecialMethod.op_index);
  }

  /**
   * {@code PyNumber_AsSsize_t} with {@code OverflowError}: an index as a Java int, for sizes and
   * indices.
   */
  public static int asSize(Object v) {
    Object i = index(v);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    throw PyErr.format(
        PyExc.IndexError,
        "cannot fit '%.200s' into an index-sized integer",
        PyType.of(v).getName());
  }

  /**
   * {@code PyLong_AsSsize_t} over {@code __index__}, as Argument Clinic converts a {@code
   * Py_ssize_t} argument: {@code OverflowError} beyond 64 bits.
   */
  public static long asSsize(Object v) {
    Object i = index(v);
    if (i instanceof Long l) {
      return l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
  }

  /**
   * A {@code Py_ssize_t} count or limit ({@code maxsplit}, {@code replace}'s count) as a Java
   * int: no Java string or array holds more than an int counts, so a larger limit means "no limit"
   * as it does in CPython.
   */
  public static int asLimit(Object v) {
    long n = asSsize(v);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
  }

  /**
   * A {@code Py_ssize_t} length to allocate ({@code str.center}'s width): {@code MemoryError} for
   * one no Java array can hold, where CPython fails to allocate it; negative lengths pass.
   */
  public static int asAllocSize(Object v) {
    long n = asSsize(v);
    if (n > Integer.MAX_VALUE - 8) {
      throw PyErr.format(PyExc.MemoryError, "");
    }
    return (int) Math.max(Integer.MIN_VALUE, n);
  }

  /** A C {@code int} argument: {@code OverflowError} beyond 32 bits, as {@code _PyLong_AsInt}. */
  public static int asCInt(Object v) {
    Object i = index(v);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
  }

  /**
   * An item index ({@code s[i]}) as {@code PyNumber_AsSsize_t(key, IndexError)} reads it: {@code
   * IndexError} beyond 64 bits.
   */
  public static long asItemIndex(Object key) {
    Object i = index(key);
    if (i instanceof Long l) {
      return l;
    }
    throw PyErr.format(
        PyExc.IndexError,
        "cannot fit '%.200s' into an index-sized integer",
        PyType.of(key).getName());
  }

  /** An index as a Java long, clamped to the long range (for slice bounds). */
  public static long asLongClamped(Object v) {
    Object i = index(v);
    if (i instanceof Long l) {
      return l;
    }
    return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
  }

  /** {@code PyNumber_Long}: {@code int(v)}. */
  public static Object asLong(Object v) {
    if (v instanceof Long || v instanceof BigInteger) {
      return v;
    }
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (v instanceof Double d) {
      return PyFloat.toInt(d);
    }
    PyType t = PyType.of(v);
    if (v instanceof PyComplex) {
      throw PyErr.format(
          PyExc.TypeError,
          "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
    }
    if (t.hasSlot(SpecialMethod.op_int)) {
      return strictInt(Slots.call(t.slot(SpecialMethod.op_int), v), "__int__");
    }
    if (t.hasSlot(SpecialMethod.op_index)) {
      return index(v);
    }
    Object trunc = t.lookup("__trunc__");
    if (trunc != null) {
      PyWarnings.warn(
          PyExc.DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1);
      Object r = Abstract.callAsMethod(trunc, v, new Object[0], null);
      if (PyLong.isInt(r)) {
        return PyLong.normalize(PyLong.big(r));
      } else if (!isIndex(r)) {
        throw PyErr.format(PyExc.TypeError, "__trunc__ returned non-Integral (type %.200s)",
            PyType.of(r).getName());
      }
      return index(r);
    }
    if (PyUnicode.isStr(v)) {
      return PyLong.parse(PyUnicode.asJavaString(v), 10, v);
    }
    throw PyErr.format(
        PyExc.TypeError,
        "int() argument must be a string, a bytes-like object or a real number, not '%.200s'",
        t.getName());
  }

  /** {@code PyFloat_AsDouble}: a Java double from a float, an int or {@code __float__}. */
  public static double asDouble(Object v) {
    if (v instanceof Double d) {
      return d;
    } else if (v instanceof Long l) {
      return l;
    } else if (v instanceof BigInteger b) {
      return PyLong.toDouble(b);
    } else if (v instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    PyType t = PyType.of(v);
    if (t.hasSlot(SpecialMethod.op_float)) {
      Object r = Slots.call(t.slot(SpecialMethod.op_float), v);
      if (r instanceof Double d) {
        return d;
      } else if (r instanceof PyFloat.Derived f) {
        PyWarnings.warn(PyExc.DeprecationWarning, String.format(
            "%.50s.__float__ returned non-float (type %.50s).  The ability to return an instance"
                + " of a strict subclass of float is deprecated, and may be removed in a future"
                + " version of Python.", t.getName(), f.getType().getName()), 1);
        return f.value;
      }
      throw PyErr.format(
          PyExc.TypeError,
          "%s.__float__ returned non-float (type %s)",
          t.getName(),
          PyType.of(r).getName());
    }
    if (t.hasSlot(SpecialMethod.op_index)) {
      Object i = index(v);
      return i instanceof Long l ? l : PyLong.toDouble((BigInteger) i);
    }
    throw PyErr.format(
        PyExc.TypeError, "must be real number, not %.200s", t.getName());
  }
}
