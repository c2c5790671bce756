package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import org.taipan.object.Abstract;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyCell;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyList;
import org.taipan.object.PyLong;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PendingCalls;
import org.taipan.object.PyTraceback;
import org.taipan.object.PyTuple;

/**
 * The bytecode interpreter, CPython 3.11's {@code _PyEval_EvalFrameDefault} ({@code
 * Python/ceval.c}). The dispatch loop is small: simple instructions are inline and each family of
 * instructions (names, calls, building, exceptions, imports) is a class of its own, so that every
 * method stays small enough for HotSpot to compile. Exceptions unwind through the code object's
 * exception table; each frame an exception passes adds a traceback entry.
 */
final class Interpreter {
  private Interpreter() {}

  /** Runs a new frame on the current thread (see {@link #run(PyFrame, ThreadState)}). */
  static Object run(PyFrame f) {
    return run(f, ThreadState.get());
  }

  /** Runs a new frame: links it into the thread's frame chain and checks the recursion limit. */
  static Object run(PyFrame f, ThreadState ts) {
    if (ts.depth >= ts.interp.recursionLimit) {
      throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
    }
    ts.depth++;
    f.back = ts.frame;
    ts.frame = f;
    try {
      return eval(f, ts);
    } finally {
      ts.frame = f.back;
      ts.depth--;
    }
  }

  /** Runs (or resumes) a frame until it returns or yields. */
  static Object eval(PyFrame f, ThreadState ts) {
    while (true) {
      try {
        return loop(f, ts);
      } catch (PyException e) {
        handle(f, ts, e);
      } catch (StackOverflowError e) {
        handle(f, ts, PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded"));
      } catch (OutOfMemoryError e) {
        handle(f, ts, PyErr.newException(PyExc.MemoryError));
      } catch (RuntimeException e) {
        handle(f, ts, PyErr.format(PyExc.SystemError, "internal error: %s", e));
      }
    }
  }

  /** Raises {@code e} at a suspended frame's current instruction, then resumes it. */
  static Object resumeWithException(PyFrame f, ThreadState ts, PyException e) {
    handle(f, ts, e);
    return eval(f, ts);
  }

  /**
   * Unwinds to this frame's handler for the exception, or rethrows it after adding the traceback
   * entry ({@code exception_unwind}). The loop keeps its stack pointer in a local, so {@code f.sp}
   * may be stale here: the stack is cut to the handler's depth and everything above is cleared.
   */
  private static void handle(PyFrame f, ThreadState ts, PyException e) {
    PyBaseException exc = e.value;
    if (f.reraising) {
      f.reraising = false;
    } else {
      exc.traceback = new PyTraceback(f, f.lasti, f.lineno(), exc.traceback);
    }
    if (ts.handled != null && ts.handled != exc && exc.context == null) {
      exc.context = ts.handled;
    }
    int[] table = f.code.exceptionTable;
    int at = f.lasti;
    for (int i = 0; i + 4 < table.length; i += 5) {
      if (table[i] <= at && at < table[i + 1]) {
        cutStack(f, f.stackBase + table[i + 3]);
        if (table[i + 4] != 0) {
          f.push((long) f.lasti);
        }
        f.push(exc);
        f.ip = table[i + 2];
        return;
      }
    }
    cutStack(f, f.stackBase);
    throw e;
  }

  private static void cutStack(PyFrame f, int sp) {
    java.util.Arrays.fill(f.stack, sp, f.stack.length, null);
    f.sp = sp;
  }

  /**
   * The dispatch loop. The instruction and stack pointers live in locals; {@code f.lasti} is
   * stored before each instruction (tracebacks and callee introspection read it), while {@code
   * f.sp} and {@code f.ip} are written back only around instructions run out of line, at a yield
   * and at a return.
   */
  private static Object loop(PyFrame f, ThreadState ts) {
    final int[] code = Quickened.of(f.code);
    final Object[] consts = f.code.consts;
    final Object[] stack = f.stack;
    int ip = f.ip;
    int sp = f.sp;
    while (true) {
      f.lasti = ip;
      int insn = code[ip];
      int op = insn & 0xff;
      int arg = insn >>> 8;
      ip++;
      switch (op) {
        case NOP, PRECALL, CACHE, EXTENDED_ARG:
          break;
        case RESUME:
          if (PendingCalls.pending()) {
            PendingCalls.run(f);
          }
          break;
        case LOAD_FAST: {
          Object v = stack[arg];
          if (v == null) {
            throw OpsNames.unboundLocal(f, arg);
          }
          stack[sp++] = v;
          break;
        }
        case STORE_FAST:
          stack[arg] = stack[--sp];
          stack[sp] = null;
          break;
        case DELETE_FAST:
          if (stack[arg] == null) {
            throw OpsNames.unboundLocal(f, arg);
          }
          stack[arg] = null;
          break;
        case LOAD_CONST:
          stack[sp++] = consts[arg];
          break;
        case POP_TOP:
          stack[--sp] = null;
          break;
        case PUSH_NULL:
          stack[sp++] = null;
          break;
        case COPY: {
          Object v = stack[sp - arg];
          stack[sp++] = v;
          break;
        }
        case SWAP: {
          Object t = stack[sp - 1];
          stack[sp - 1] = stack[sp - arg];
          stack[sp - arg] = t;
          break;
        }
        case LOAD_GLOBAL: {
          if ((arg & 1) != 0) {
            stack[sp++] = null;
          }
          stack[sp++] = loadGlobal(f, f.code.names[arg >> 1]);
          ip += 5;
          break;
        }
        case LOAD_NAME, STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL,
            LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, MAKE_CELL,
            COPY_FREE_VARS, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, BINARY_SUBSCR,
            STORE_SUBSCR, DELETE_SUBSCR:
          f.sp = sp;
          OpsNames.execute(f, op, arg);
          sp = f.sp;
          ip += Opcode.caches(op);
          break;
        case BINARY_OP: {
          Object w = stack[--sp];
          Object v = stack[sp - 1];
          stack[sp] = null;
          stack[sp - 1] = binaryOp(arg, v, w);
          ip++;
          break;
        }
        case COMPARE_OP: {
          Object w = stack[--sp];
          Object v = stack[sp - 1];
          stack[sp] = null;
          stack[sp - 1] = compareOp(arg, v, w);
          ip += 2;
          break;
        }
        case IS_OP: {
          Object w = stack[--sp];
          Object v = stack[sp - 1];
          stack[sp] = null;
          stack[sp - 1] = (v == w || sameSingleton(v, w)) ^ (arg != 0);
          break;
        }
        case CONTAINS_OP: {
          Object container = stack[--sp];
          Object item = stack[sp - 1];
          stack[sp] = null;
          stack[sp - 1] = Abstract.contains(container, item) ^ (arg != 0);
          break;
        }
        case UNARY_NOT:
          stack[sp - 1] = !truth(stack[sp - 1]);
          break;
        case UNARY_NEGATIVE:
          stack[sp - 1] = PyNumber.negative(stack[sp - 1]);
          break;
        case UNARY_POSITIVE:
          stack[sp - 1] = PyNumber.positive(stack[sp - 1]);
          break;
        case UNARY_INVERT:
          stack[sp - 1] = PyNumber.invert(stack[sp - 1]);
          break;
        case JUMP_FORWARD:
          ip += arg;
          break;
        case JUMP_BACKWARD:
          ip -= arg;
          if (PendingCalls.pending()) {
            f.sp = sp;
            PendingCalls.run(f);
          }
          break;
        case JUMP_BACKWARD_NO_INTERRUPT:
          ip -= arg;
          break;
        case POP_JUMP_FORWARD_IF_FALSE: {
          Object v = stack[--sp];
          stack[sp] = null;
          if (!truth(v)) {
            ip += arg;
          }
          break;
        }
        case POP_JUMP_FORWARD_IF_TRUE: {
          Object v = stack[--sp];
          stack[sp] = null;
          if (truth(v)) {
            ip += arg;
          }
          break;
        }
        case POP_JUMP_BACKWARD_IF_FALSE: {
          Object v = stack[--sp];
          stack[sp] = null;
          if (!truth(v)) {
            ip -= arg;
          }
          break;
        }
        case POP_JUMP_BACKWARD_IF_TRUE: {
          Object v = stack[--sp];
          stack[sp] = null;
          if (truth(v)) {
            ip -= arg;
          }
          break;
        }
        case POP_JUMP_FORWARD_IF_NONE: {
          Object v = stack[--sp];
          stack[sp] = null;
          if (v == PyNone.NONE) {
            ip += arg;
          }
          break;
        }
        case POP_JUMP_FORWARD_IF_NOT_NONE: {
          Object v = stack[--sp];
          stack[sp] = null;
          if (v != PyNone.NONE) {
            ip += arg;
          }
          break;
        }
        case POP_JUMP_BACKWARD_IF_NONE: {
          Object v = stack[--sp];
          stack[sp] = null;
          if (v == PyNone.NONE) {
            ip -= arg;
          }
          break;
        }
        case POP_JUMP_BACKWARD_IF_NOT_NONE: {
          Object v = stack[--sp];
          stack[sp] = null;
          if (v != PyNone.NONE) {
            ip -= arg;
          }
          break;
        }
        case JUMP_IF_FALSE_OR_POP:
          if (!truth(stack[sp - 1])) {
            ip += arg;
          } else {
            stack[--sp] = null;
          }
          break;
        case JUMP_IF_TRUE_OR_POP:
          if (truth(stack[sp - 1])) {
            ip += arg;
          } else {
            stack[--sp] = null;
          }
          break;
        case GET_ITER:
          stack[sp - 1] = Abstract.iter(stack[sp - 1]);
          break;
        case FOR_ITER: {
          Object v = Abstract.next(stack[sp - 1]);
          if (v == null) {
            stack[--sp] = null;
            ip += arg;
          } else {
            stack[sp++] = v;
          }
          break;
        }
        case RETURN_VALUE: {
          Object v = stack[--sp];
          stack[sp] = null;
          f.sp = sp;
          return v;
        }
        case KW_NAMES:
          f.kwnames = (PyTuple) consts[arg];
          break;
        case CALL: {
          ip += 4;
          Object r = OpsCalls.callPythonExact(f, ts, stack, sp, arg);
          if (r != null) {
            sp -= arg + 2;
            stack[sp++] = r;
            break;
          }
          f.sp = sp;
          OpsCalls.execute(f, ts, op, arg);
          sp = f.sp;
          break;
        }
        case CALL_FUNCTION_EX, MAKE_FUNCTION, LOAD_BUILD_CLASS:
          f.sp = sp;
          OpsCalls.execute(f, ts, op, arg);
          sp = f.sp;
          break;
        case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, LIST_APPEND,
            SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
            UNPACK_SEQUENCE, UNPACK_EX, BUILD_SLICE, FORMAT_VALUE, BUILD_STRING, PRINT_EXPR,
            SETUP_ANNOTATIONS, GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS:
          f.sp = sp;
          OpsBuild.execute(f, op, arg);
          sp = f.sp;
          ip += Opcode.caches(op);
          break;
        case RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH,
            BEFORE_WITH, WITH_EXCEPT_START, LOAD_ASSERTION_ERROR:
          f.sp = sp;
          OpsExceptions.execute(f, ts, op, arg);
          sp = f.sp;
          break;
        case IMPORT_NAME, IMPORT_FROM, IMPORT_STAR:
          f.sp = sp;
          OpsImport.execute(f, ts, op, arg);
          sp = f.sp;
          break;
        case RETURN_GENERATOR:
          f.sp = sp;
          f.ip = ip;
          return OpsGenerators.returnGenerator(f);
        case YIELD_VALUE: {
          Object v = stack[--sp];
          stack[sp] = null;
          f.sp = sp;
          f.ip = ip;
          f.yielded = true;
          return v;
        }
        case GET_YIELD_FROM_ITER, SEND, GET_AWAITABLE, ASYNC_GEN_WRAP, GET_AITER, GET_ANEXT,
            END_ASYNC_FOR, BEFORE_ASYNC_WITH:
          f.sp = sp;
          f.ip = ip;
          OpsGenerators.execute(f, op, arg, ip);
          sp = f.sp;
          ip = f.ip;
          break;
        default:
          throw PyErr.format(
              PyExc.SystemError, "unknown opcode %d (%s)", op, Opcode.name(op));
      }
    }
  }

  /** {@code BINARY_OP} with a fast path for int addition and subtraction. */
  private static Object binaryOp(int arg, Object v, Object w) {
    if (v instanceof Long a && w instanceof Long b) {
      if (arg == 0 || arg == 13) {
        return PyLong.add(a, b);
      } else if (arg == 10 || arg == 23) {
        return PyLong.sub(a, b);
      }
    }
    return PyNumber.binaryOp(arg, v, w);
  }

  /** {@code COMPARE_OP} with a fast path for ints. */
  private static Object compareOp(int arg, Object v, Object w) {
    if (v instanceof Long a && w instanceof Long b) {
      long x = a;
      long y = b;
      switch (arg) {
        case 0: return x < y;
        case 1: return x <= y;
        case 2: return x == y;
        case 3: return x != y;
        case 4: return x > y;
        default: return x >= y;
      }
    }
    return Abstract.richCompare(v, w, arg);
  }

  private static boolean truth(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    return Abstract.isTrue(v);
  }

  /** {@code is} for values whose identity Java boxing may not preserve (small ints, floats). */
  private static boolean sameSingleton(Object v, Object w) {
    if (v instanceof Boolean a && w instanceof Boolean b) {
      return a.booleanValue() == b.booleanValue();
    }
    if (v instanceof Long a && w instanceof Long b) {
      return a.longValue() == b.longValue() && a >= -5 && a <= 256;
    }
    return false;
  }

  /** Looks up a name in globals then builtins ({@code LOAD_GLOBAL}). */
  static Object loadGlobal(PyFrame f, String name) {
    Object v = f.globals.get(name);
    if (v == null) {
      v = f.builtins.get(name);
      if (v == null) {
        throw PyErr.nameError(name);
      }
    }
    return v;
  }

  /** A cell of the frame ({@code LOAD_DEREF}'s slot). */
  static PyCell cell(PyFrame f, int i) {
    return (PyCell) f.fast[i];
  }

  static PyList newList() {
    return new PyList();
  }

  static PyDict newDict() {
    return new PyDict();
  }
}
