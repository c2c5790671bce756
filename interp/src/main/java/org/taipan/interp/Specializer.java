package org.taipan.interp;

import org.taipan.object.MethodLike;
import org.taipan.object.PyBuiltinFunction;
import org.taipan.object.PyDict;
import org.taipan.object.PyList;
import org.taipan.object.PyMemberDescr;
import org.taipan.object.PyModule;
import org.taipan.object.PyNumber;
import org.taipan.object.PyObjectInstance;
import org.taipan.object.PyProperty;
import org.taipan.object.PyRange;
import org.taipan.object.PySeqIterator;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.SpecialMethod;
import org.taipan.object.WithDict;

/**
 * PEP 659's specializer, CPython 3.11's {@code Python/specialize.c}: when an adaptive instruction's
 * counter runs out, looks at its operands and rewrites the instruction word in place to a form
 * specialized for them, with an inline cache ({@link Quickened#caches}). A specialized form is a
 * run of guards and then a branch-free body; when a guard fails it counts a miss and does what the
 * generic instruction does, and when its misses are spent it goes back to the adaptive form with an
 * exponential backoff before the next attempt.
 *
 * <p>Options: {@code -Dtaipan.specialize=off} runs only the generic forms; {@code
 * -Dtaipan.specialize.stats=true} prints hits, misses and deoptimizations per family at exit;
 * {@code -Dtaipan.specialize.forceMiss=true} (a test option) makes every specialized form miss and
 * deoptimize on its first use: caches are written with keys no operand can match, and forms that
 * guard only on operand types are written for another type of the same family.
 */
final class Specializer {
  private Specializer() {}

  /** Whether adaptive instructions specialize at all. */
  static final boolean ENABLED = !"off".equals(System.getProperty("taipan.specialize"));
  /** Whether to keep and print {@link SpecStats}. */
  static final boolean STATS = Boolean.getBoolean("taipan.specialize.stats");
  /** The force-miss test mode; read only when specializing and deoptimizing. */
  static boolean forceMiss = Boolean.getBoolean("taipan.specialize.forceMiss");

  /** Executions of an adaptive instruction before its first attempt to specialize. */
  static final int WARMUP = 1;
  /** Misses a specialized form takes before it is deoptimized. */
  static final int MISS_BUDGET = 52;
  private static final int MAX_BACKOFF = 12;

  static {
    if (STATS) {
      SpecStats.printAtExit();
    }
  }

  // The specialized forms, numbered in opcodes CPython 3.11 leaves unused.
  static final int LOAD_GLOBAL_MODULE = 180;
  static final int LOAD_GLOBAL_BUILTIN = 181;
  static final int LOAD_ATTR_INSTANCE = 182;
  static final int LOAD_ATTR_MODULE = 183;
  static final int LOAD_ATTR_CLASS = 184;
  static final int LOAD_ATTR_TYPE = 185;
  static final int LOAD_METHOD_INSTANCE = 186;
  static final int LOAD_METHOD_NO_DICT = 187;
  static final int LOAD_METHOD_MODULE = 188;
  static final int STORE_ATTR_INSTANCE = 189;
  static final int BINARY_OP_ADD_INT = 190;
  static final int BINARY_OP_SUB_INT = 191;
  static final int BINARY_OP_MUL_INT = 192;
  static final int BINARY_OP_ADD_FLOAT = 193;
  static final int BINARY_OP_SUB_FLOAT = 194;
  static final int BINARY_OP_MUL_FLOAT = 195;
  static final int BINARY_OP_ADD_UNICODE = 196;
  static final int COMPARE_OP_INT = 197;
  static final int COMPARE_OP_FLOAT = 198;
  static final int COMPARE_OP_STR = 199;
  static final int BINARY_SUBSCR_LIST_INT = 200;
  static final int BINARY_SUBSCR_TUPLE_INT = 201;
  static final int BINARY_SUBSCR_DICT = 202;
  static final int CALL_PY_EXACT_ARGS = 203;
  static final int CALL_BUILTIN = 204;
  static final int FOR_ITER_RANGE = 205;
  static final int FOR_ITER_SEQ = 206;
  static final int UNPACK_SEQUENCE_TWO_TUPLE = 207;
  static final int UNPACK_SEQUENCE_TUPLE = 208;
  static final int UNPACK_SEQUENCE_LIST = 209;
  static final int LOAD_ATTR_PROPERTY = 210;
  static final int BINARY_OP_ARITHMETIC = 211;
  static final int LOAD_ATTR_SLOT = 212;
  static final int STORE_ATTR_SLOT = 213;

  // ---------------------------------------------------------------- inline caches

  /** {@code LOAD_GLOBAL_*}: the dicts by identity and version, and the entry index. */
  static final class GlobalCache {
    final PyDict globals;
    final int globalsVersion;
    final PyDict builtins;
    final int builtinsVersion;
    final int index;

    GlobalCache(PyDict globals, PyDict builtins, int index) {
      this.globals = key(globals);
      this.globalsVersion = globals.version();
      this.builtins = builtins;
      this.builtinsVersion = builtins == null ? 0 : builtins.version();
      this.index = index;
    }
  }

  /**
   * {@code LOAD_ATTR_*}, {@code LOAD_METHOD_*}, {@code STORE_ATTR_*}: the type by identity and
   * version, the name, and an entry index (instance dicts) or the value found on the type.
   */
  static final class AttrCache {
    final PyType type;
    final int typeVersion;
    final String name;
    final int index;
    final Object value;

    AttrCache(PyType type, String name, int index, Object value) {
      this.type = key(type);
      this.typeVersion = type.version();
      this.name = name;
      this.index = index;
      this.value = value;
    }
  }

  /** {@code LOAD_ATTR_MODULE}, {@code LOAD_METHOD_MODULE}: the module's dict, version, index. */
  static final class DictCache {
    final PyDict dict;
    final int version;
    final int index;

    DictCache(PyDict dict, int index) {
      this.dict = key(dict);
      this.version = dict.version();
      this.index = index;
    }
  }

  /** {@code CALL_PY_EXACT_ARGS}: the code, the argument count, the defaults that fill in. */
  static final class CallCache {
    final PyCode code;
    final int nargs;
    final Object[] defaults;

    CallCache(PyCode code, int nargs, Object[] defaults) {
      this.code = key(code);
      this.nargs = nargs;
      this.defaults = defaults;
    }
  }

  /** A guard key, or null (which no operand matches) in the force-miss mode. */
  private static <T> T key(T k) {
    return forceMiss ? null : k;
  }

  // ---------------------------------------------------------------- counters

  /** Counts an execution of an adaptive instruction: true when it should try to specialize. */
  static boolean tick(Quickened q, int at) {
    return ENABLED && (q.counters[at] -= 16) < 0;
  }

  private static void specialized(Quickened q, int at, int op, Object cache, int family) {
    if (forceMiss) {
      op = poisoned(op);
    }
    q.caches[at] = cache;
    q.insns[at] = op | (q.insns[at] & ~0xff);
    q.counters[at] = ((forceMiss ? 0 : MISS_BUDGET) << 4) | (q.counters[at] & 15);
    if (STATS) {
      SpecStats.success(family);
    }
  }

  private static void failed(Quickened q, int at, int family) {
    backoff(q, at);
    if (STATS) {
      SpecStats.failure(family);
    }
  }

  private static void backoff(Quickened q, int at) {
    int exp = Math.min((q.counters[at] & 15) + 1, MAX_BACKOFF);
    q.counters[at] = (((1 << exp) - 1) << 4) | exp;
  }

  /**
   * A specialized form's guard failed: counts the miss, and when the budget is spent rewrites the
   * instruction back to its adaptive form {@code baseOp}.
   */
  static void miss(Quickened q, int at, int baseOp, int family) {
    if (STATS) {
      SpecStats.miss(family);
    }
    if ((q.counters[at] -= 16) < 0) {
      q.insns[at] = baseOp | (q.insns[at] & ~0xff);
      q.caches[at] = null;
      backoff(q, at);
      if (STATS) {
        SpecStats.deopt(family);
      }
    }
  }

  /** In the force-miss mode, a form of the same family for other operand types. */
  private static int poisoned(int op) {
    return switch (op) {
      case BINARY_OP_ADD_INT -> BINARY_OP_ADD_FLOAT;
      case BINARY_OP_SUB_INT -> BINARY_OP_SUB_FLOAT;
      case BINARY_OP_MUL_INT -> BINARY_OP_MUL_FLOAT;
      case BINARY_OP_ADD_FLOAT, BINARY_OP_ADD_UNICODE -> BINARY_OP_ADD_INT;
      case BINARY_OP_ARITHMETIC -> BINARY_OP_ADD_UNICODE;
      case BINARY_OP_SUB_FLOAT -> BINARY_OP_SUB_INT;
      case BINARY_OP_MUL_FLOAT -> BINARY_OP_MUL_INT;
      case COMPARE_OP_INT -> COMPARE_OP_FLOAT;
      case COMPARE_OP_FLOAT, COMPARE_OP_STR -> COMPARE_OP_INT;
      case BINARY_SUBSCR_LIST_INT -> BINARY_SUBSCR_TUPLE_INT;
      case BINARY_SUBSCR_TUPLE_INT, BINARY_SUBSCR_DICT -> BINARY_SUBSCR_LIST_INT;
      case CALL_BUILTIN -> CALL_PY_EXACT_ARGS;
      case FOR_ITER_RANGE -> FOR_ITER_SEQ;
      case FOR_ITER_SEQ -> FOR_ITER_RANGE;
      case UNPACK_SEQUENCE_TWO_TUPLE, UNPACK_SEQUENCE_TUPLE -> UNPACK_SEQUENCE_LIST;
      case UNPACK_SEQUENCE_LIST -> UNPACK_SEQUENCE_TUPLE;
      default -> op;
    };
  }

  // ---------------------------------------------------------------- the families

  /** {@code LOAD_GLOBAL}: by the globals' (and builtins') version. */
  static void loadGlobal(PyFrame f, Quickened q, int at, int arg) {
    String name = f.code.names[arg >> 1];
    PyDict g = f.globals;
    if (g.getClass() == PyDict.class && f.builtins instanceof PyDict b
        && b.getClass() == PyDict.class) {
      int ix = g.indexOf(name);
      if (ix >= 0) {
        specialized(q, at, LOAD_GLOBAL_MODULE, new GlobalCache(g, null, ix),
            SpecStats.LOAD_GLOBAL);
        return;
      }
      ix = b.indexOf(name);
      if (ix >= 0) {
        specialized(q, at, LOAD_GLOBAL_BUILTIN, new GlobalCache(g, b, ix), SpecStats.LOAD_GLOBAL);
        return;
      }
    }
    failed(q, at, SpecStats.LOAD_GLOBAL);
  }

  /** Whether attribute access on instances of {@code t} is the generic one of {@code object}. */
  private static boolean genericAttributes(PyType t) {
    return t.slot(SpecialMethod.op_getattribute) == PyType.OBJECT.slot(SpecialMethod.op_getattribute)
        && !t.hasSlot(SpecialMethod.op_getattr);
  }

  private static boolean isDescriptor(Object v) {
    return PyType.of(v).hasSlot(SpecialMethod.op_get);
  }

  /** {@code LOAD_ATTR}: instance dict by type version and entry hint, module dict, class value. */
  static void loadAttr(PyFrame f, Quickened q, int at, int arg) {
    Object o = f.stack[f.sp - 1];
    String name = f.code.names[arg];
    if (o.getClass() == PyModule.class) {
      PyDict d = ((PyModule) o).getDict();
      int ix = d.indexOf(name);
      if (ix >= 0 && PyType.of(o).lookup(name) == null) {
        specialized(q, at, LOAD_ATTR_MODULE, new DictCache(d, ix), SpecStats.LOAD_ATTR);
        return;
      }
    } else if (o.getClass() == PyObjectInstance.class) {
      PyObjectInstance inst = (PyObjectInstance) o;
      PyType t = inst.getType();
      if (genericAttributes(t)) {
        Object descr = t.lookup(name);
        if (descr == null) {
          int ix = inst.getDict().indexOf(name);
          if (ix >= 0) {
            specialized(q, at, LOAD_ATTR_INSTANCE, new AttrCache(t, name, ix, null),
                SpecStats.LOAD_ATTR);
            return;
          }
        } else if (descr.getClass() == PyMemberDescr.class) {
          int ix = inst.slotIndex(name);
          if (ix >= 0) {
            specialized(q, at, LOAD_ATTR_SLOT, new AttrCache(t, name, ix, null),
                SpecStats.LOAD_ATTR);
            return;
          }
        } else if (descr.getClass() == PyProperty.class
            && ((PyProperty) descr).getter() instanceof PyFunction fget
            && OpsCalls.takesOnePositional(fget)) {
          specialized(q, at, LOAD_ATTR_PROPERTY, new AttrCache(t, name, -1, descr),
              SpecStats.LOAD_ATTR);
          return;
        } else if (!isDescriptor(descr) && inst.getDict().indexOf(name) < 0) {
          specialized(q, at, LOAD_ATTR_CLASS, new AttrCache(t, name, -1, descr),
              SpecStats.LOAD_ATTR);
          return;
        }
      }
    } else if (o instanceof PyType t && PyType.of(t) == PyType.TYPE
        && PyType.TYPE.lookup(name) == null) {
      Object v = t.lookup(name);
      if (v != null && !isDescriptor(v)) {
        specialized(q, at, LOAD_ATTR_TYPE, new AttrCache(t, name, -1, v), SpecStats.LOAD_ATTR);
        return;
      }
    }
    failed(q, at, SpecStats.LOAD_ATTR);
  }

  /** {@code LOAD_METHOD}: a method found on the type, or a module attribute. */
  static void loadMethod(PyFrame f, Quickened q, int at, int arg) {
    Object o = f.stack[f.sp - 1];
    String name = f.code.names[arg];
    if (o.getClass() == PyModule.class) {
      PyDict d = ((PyModule) o).getDict();
      int ix = d.indexOf(name);
      if (ix >= 0 && PyType.of(o).lookup(name) == null) {
        specialized(q, at, LOAD_METHOD_MODULE, new DictCache(d, ix), SpecStats.LOAD_METHOD);
        return;
      }
    } else {
      PyType t = PyType.of(o);
      if (genericAttributes(t)) {
        Object descr = t.lookup(name);
        if (descr instanceof MethodLike) {
          if (o.getClass() == PyObjectInstance.class) {
            if (((PyObjectInstance) o).getDict().indexOf(name) < 0) {
              specialized(q, at, LOAD_METHOD_INSTANCE, new AttrCache(t, name, -1, descr),
                  SpecStats.LOAD_METHOD);
              return;
            }
          } else if (!(o instanceof WithDict)) {
            specialized(q, at, LOAD_METHOD_NO_DICT, new AttrCache(t, name, -1, descr),
                SpecStats.LOAD_METHOD);
            return;
          }
        }
      }
    }
    failed(q, at, SpecStats.LOAD_METHOD);
  }

  /**
   * {@code STORE_ATTR}: a key of an instance dict (by type version, which says the type has no
   * descriptor of that name, and an entry hint; a key not at the hint is put), or an assigned
   * {@code __slots__} member.
   */
  static void storeAttr(PyFrame f, Quickened q, int at, int arg) {
    Object o = f.stack[f.sp - 1];
    String name = f.code.names[arg];
    if (o.getClass() == PyObjectInstance.class) {
      PyObjectInstance inst = (PyObjectInstance) o;
      PyType t = inst.getType();
      if (t.slot(SpecialMethod.op_setattr) == PyType.OBJECT.slot(SpecialMethod.op_setattr)) {
        Object descr = t.lookup(name);
        if (descr == null && t.lookup("__dict__") != null) {
          // the instances have a dict (the class is not one of __slots__ only); a new attribute
          // (as in __init__) is put, and the hint is where the next instance will likely have it
          PyDict d = inst.getDict();
          int ix = d.indexOf(name);
          specialized(q, at, STORE_ATTR_INSTANCE,
              new AttrCache(t, name, ix >= 0 ? ix : d.size(), null), SpecStats.STORE_ATTR);
          return;
        } else if (descr != null && descr.getClass() == PyMemberDescr.class) {
          int ix = inst.slotIndex(name);
          if (ix >= 0) {
            specialized(q, at, STORE_ATTR_SLOT, new AttrCache(t, name, ix, null),
                SpecStats.STORE_ATTR);
            return;
          }
        }
      }
    }
    failed(q, at, SpecStats.STORE_ATTR);
  }

  /**
   * {@code BINARY_OP}: int and float add, subtract and multiply; str concatenation; the other
   * operators on ints and floats, and mixed int and float operands, through {@link
   * PyNumber#arithmetic}.
   */
  static void binaryOp(Quickened q, int at, int arg, Object v, Object w) {
    int op = -1;
    boolean add = arg == 0 || arg == 13;
    boolean sub = arg == 10 || arg == 23;
    boolean mul = arg == 5 || arg == 18;
    if (v instanceof Long && w instanceof Long) {
      op = add ? BINARY_OP_ADD_INT : sub ? BINARY_OP_SUB_INT : mul ? BINARY_OP_MUL_INT : -1;
    } else if (v instanceof Double && w instanceof Double) {
      op = add ? BINARY_OP_ADD_FLOAT : sub ? BINARY_OP_SUB_FLOAT : mul ? BINARY_OP_MUL_FLOAT : -1;
    } else if (v instanceof String && w instanceof String && add) {
      op = BINARY_OP_ADD_UNICODE;
    }
    if (op < 0 && PyNumber.arithmetic(arg, v, w) != null) {
      op = BINARY_OP_ARITHMETIC;
    }
    if (op < 0) {
      failed(q, at, SpecStats.BINARY_OP);
    } else {
      specialized(q, at, op, null, SpecStats.BINARY_OP);
    }
  }

  /** {@code COMPARE_OP}: ints, floats and strs. */
  static void compareOp(Quickened q, int at, Object v, Object w) {
    if (v instanceof Long && w instanceof Long) {
      specialized(q, at, COMPARE_OP_INT, null, SpecStats.COMPARE_OP);
    } else if (v instanceof Double && w instanceof Double) {
      specialized(q, at, COMPARE_OP_FLOAT, null, SpecStats.COMPARE_OP);
    } else if (v instanceof String && w instanceof String) {
      specialized(q, at, COMPARE_OP_STR, null, SpecStats.COMPARE_OP);
    } else {
      failed(q, at, SpecStats.COMPARE_OP);
    }
  }

  /** {@code BINARY_SUBSCR}: list and tuple by int, dict. */
  static void binarySubscr(Quickened q, int at, Object c, Object k) {
    if (c.getClass() == PyList.class && k instanceof Long) {
      specialized(q, at, BINARY_SUBSCR_LIST_INT, null, SpecStats.BINARY_SUBSCR);
    } else if (c.getClass() == PyTuple.class && k instanceof Long) {
      specialized(q, at, BINARY_SUBSCR_TUPLE_INT, null, SpecStats.BINARY_SUBSCR);
    } else if (c.getClass() == PyDict.class && (k instanceof String || k instanceof Long)) {
      specialized(q, at, BINARY_SUBSCR_DICT, null, SpecStats.BINARY_SUBSCR);
    } else {
      failed(q, at, SpecStats.BINARY_SUBSCR);
    }
  }

  /** {@code CALL}: Python functions with positional arguments that fit, builtin functions. */
  static void call(PyFrame f, Quickened q, int at, int arg) {
    Object[] stack = f.stack;
    int bottom = f.sp - arg - 2;
    Object callable = stack[bottom];
    int nargs = arg + 1;
    if (callable == null) {
      callable = stack[bottom + 1];
      nargs = arg;
    }
    if (f.kwnames == null) {
      if (callable instanceof PyFunction fn) {
        PyCode co = fn.code;
        Object[] defaults = fn.defaults;
        int argc = co.argcount;
        if ((co.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS | PyCode.CO_OPTIMIZED))
                == PyCode.CO_OPTIMIZED
            && co.kwonlyargcount == 0
            && (nargs == argc
                || (nargs < argc && defaults != null && nargs >= argc - defaults.length))) {
          specialized(q, at, CALL_PY_EXACT_ARGS,
              new CallCache(co, nargs, nargs == argc ? null : defaults), SpecStats.CALL);
          return;
        }
      } else if (callable.getClass() == PyBuiltinFunction.class) {
        specialized(q, at, CALL_BUILTIN, forceMiss ? new CallCache(null, -1, null) : null,
            SpecStats.CALL);
        return;
      }
    }
    failed(q, at, SpecStats.CALL);
  }

  /** {@code FOR_ITER}: range, list and tuple iterators. */
  static void forIter(Quickened q, int at, Object it) {
    if (it.getClass() == PyRange.RangeIterator.class) {
      specialized(q, at, FOR_ITER_RANGE, null, SpecStats.FOR_ITER);
    } else if (it.getClass() == PySeqIterator.class) {
      specialized(q, at, FOR_ITER_SEQ, null, SpecStats.FOR_ITER);
    } else {
      failed(q, at, SpecStats.FOR_ITER);
    }
  }

  /** {@code UNPACK_SEQUENCE}: tuples (two items, or any number) and lists of the right length. */
  static void unpackSequence(Quickened q, int at, int arg, Object s) {
    if (s.getClass() == PyTuple.class && ((PyTuple) s).size() == arg) {
      specialized(q, at, arg == 2 ? UNPACK_SEQUENCE_TWO_TUPLE : UNPACK_SEQUENCE_TUPLE, null,
          SpecStats.UNPACK_SEQUENCE);
    } else if (s.getClass() == PyList.class && ((PyList) s).size() == arg) {
      specialized(q, at, UNPACK_SEQUENCE_LIST, null, SpecStats.UNPACK_SEQUENCE);
    } else {
      failed(q, at, SpecStats.UNPACK_SEQUENCE);
    }
  }
}
