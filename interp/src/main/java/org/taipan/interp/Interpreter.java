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

  /** Runs a new frame: links it into the thread's frame chain and checks the recursion limit. */
  static Object run(PyFrame f) {
    ThreadState ts = ThreadState.get();
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
   * entry ({@code exception_unwind}).
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
        int depth = table[i + 3];
        while (f.sp > depth) {
          f.pop();
        }
        if (table[i + 4] != 0) {
          f.push((long) f.lasti);
        }
        f.push(exc);
        f.ip = table[i + 2];
        return;
      }
    }
    while (f.sp > 0) {
      f.pop();
    }
    throw e;
  }

  private static Object loop(PyFrame f, ThreadState ts) {
    final byte[] code = f.code.code;
    final Object[] consts = f.code.consts;
    final Object[] fast = f.fast;
    int ip = f.ip;
    int ext = 0;
    while (true) {
      f.lasti = ip;
      int op = code[2 * ip] & 0xff;
      int arg = (code[2 * ip + 1] & 0xff) | ext;
      ip++;
      ext = 0;
      f.ip = ip + Opcode.caches(op);
      switch (op) {
        case NOP, PRECALL, CACHE:
          break;
        case RESUME:
          if (PendingCalls.pending()) {
            PendingCalls.run(f);
          }
          break;
        case EXTENDED_ARG:
          ext = arg << 8;
          continue;
        case LOAD_FAST: {
          Object v = fast[arg];
          if (v == null) {
            throw OpsNames.unboundLocal(f, arg);
          }
          f.push(v);
          break;
        }
        case STORE_FAST:
          fast[arg] = f.pop();
          break;
        case DELETE_FAST:
          if (fast[arg] == null) {
            throw OpsNames.unboundLocal(f, arg);
          }
          fast[arg] = null;
          break;
        case LOAD_CONST:
          f.push(consts[arg]);
          break;
        case POP_TOP:
          f.pop();
          break;
        case PUSH_NULL:
          f.push(null);
          break;
        case COPY:
          f.push(f.peek(arg));
          break;
        case SWAP: {
          Object t = f.stack[f.sp - 1];
          f.stack[f.sp - 1] = f.stack[f.sp - arg];
          f.stack[f.sp - arg] = t;
          break;
        }
        case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
            LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, MAKE_CELL,
            COPY_FREE_VARS, LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, BINARY_SUBSCR,
            STORE_SUBSCR, DELETE_SUBSCR:
          OpsNames.execute(f, op, arg);
          break;
        case BINARY_OP: {
          Object w = f.pop();
          Object v = f.pop();
          if (v instanceof Long a && w instanceof Long b) {
            if (arg == 0 || arg == 13) {
              f.push(PyLong.add(a, b));
              break;
            } else if (arg == 10 || arg == 23) {
              f.push(PyLong.sub(a, b));
              break;
            }
          }
          f.push(PyNumber.binaryOp(arg, v, w));
          break;
        }
        case COMPARE_OP: {
          Object w = f.pop();
          Object v = f.pop();
          if (v instanceof Long a && w instanceof Long b) {
            long x = a;
            long y = b;
            f.push(switch (arg) {
              case 0 -> x < y;
              case 1 -> x <= y;
              case 2 -> x == y;
              case 3 -> x != y;
              case 4 -> x > y;
              default -> x >= y;
            });
            break;
          }
          f.push(Abstract.richCompare(v, w, arg));
          break;
        }
        case IS_OP: {
          Object w = f.pop();
          Object v = f.pop();
          f.push((v == w || sameSingleton(v, w)) ^ (arg != 0));
          break;
        }
        case CONTAINS_OP: {
          Object container = f.pop();
          Object item = f.pop();
          f.push(Abstract.contains(container, item) ^ (arg != 0));
          break;
        }
        case UNARY_NOT:
          f.push(!Abstract.isTrue(f.pop()));
          break;
        case UNARY_NEGATIVE:
          f.push(PyNumber.negative(f.pop()));
          break;
        case UNARY_POSITIVE:
          f.push(PyNumber.positive(f.pop()));
          break;
        case UNARY_INVERT:
          f.push(PyNumber.invert(f.pop()));
          break;
        case JUMP_FORWARD:
          f.ip = ip + arg;
          break;
        case JUMP_BACKWARD:
          f.ip = ip - arg;
          if (PendingCalls.pending()) {
            PendingCalls.run(f);
          }
          break;
        case JUMP_BACKWARD_NO_INTERRUPT:
          f.ip = ip - arg;
          break;
        case POP_JUMP_FORWARD_IF_FALSE:
          if (!truth(f.pop())) {
            f.ip = ip + arg;
          }
          break;
        case POP_JUMP_FORWARD_IF_TRUE:
          if (truth(f.pop())) {
            f.ip = ip + arg;
          }
          break;
        case POP_JUMP_BACKWARD_IF_FALSE:
          if (!truth(f.pop())) {
            f.ip = ip - arg;
          }
          break;
        case POP_JUMP_BACKWARD_IF_TRUE:
          if (truth(f.pop())) {
            f.ip = ip - arg;
          }
          break;
        case POP_JUMP_FORWARD_IF_NONE:
          if (f.pop() == PyNone.NONE) {
            f.ip = ip + arg;
          }
          break;
        case POP_JUMP_FORWARD_IF_NOT_NONE:
          if (f.pop() != PyNone.NONE) {
            f.ip = ip + arg;
          }
          break;
        case POP_JUMP_BACKWARD_IF_NONE:
          if (f.pop() == PyNone.NONE) {
            f.ip = ip - arg;
          }
          break;
        case POP_JUMP_BACKWARD_IF_NOT_NONE:
          if (f.pop() != PyNone.NONE) {
            f.ip = ip - arg;
          }
          break;
        case JUMP_IF_FALSE_OR_POP:
          if (!truth(f.top())) {
            f.ip = ip + arg;
          } else {
            f.pop();
          }
          break;
        case JUMP_IF_TRUE_OR_POP:
          if (truth(f.top())) {
            f.ip = ip + arg;
          } else {
            f.pop();
          }
          break;
        case GET_ITER:
          f.push(Abstract.iter(f.pop()));
          break;
        case FOR_ITER: {
          Object it = f.top();
          Object v = Abstract.next(it);
          if (v == null) {
            f.pop();
            f.ip = ip + arg;
          } else {
            f.push(v);
          }
          break;
        }
        case RETURN_VALUE:
          return f.pop();
        case KW_NAMES:
          f.kwnames = (PyTuple) consts[arg];
          break;
        case CALL, CALL_FUNCTION_EX, MAKE_FUNCTION, LOAD_BUILD_CLASS:
          OpsCalls.execute(f, op, arg);
          break;
        case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, LIST_APPEND,
            SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
            UNPACK_SEQUENCE, UNPACK_EX, BUILD_SLICE, FORMAT_VALUE, BUILD_STRING, PRINT_EXPR,
            SETUP_ANNOTATIONS, GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS:
          OpsBuild.execute(f, op, arg);
          break;
        case RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH,
            BEFORE_WITH, WITH_EXCEPT_START, LOAD_ASSERTION_ERROR:
          OpsExceptions.execute(f, ts, op, arg);
          break;
        case IMPORT_NAME, IMPORT_FROM, IMPORT_STAR:
          OpsImport.execute(f, ts, op, arg);
          break;
        case RETURN_GENERATOR:
          return OpsGenerators.returnGenerator(f);
        case YIELD_VALUE: {
          Object v = f.pop();
          f.yielded = true;
          return v;
        }
        case GET_YIELD_FROM_ITER, SEND, GET_AWAITABLE, ASYNC_GEN_WRAP, GET_AITER, GET_ANEXT,
            END_ASYNC_FOR, BEFORE_ASYNC_WITH:
          if (OpsGenerators.execute(f, op, arg, ip)) {
            break;
          }
          break;
        default:
          throw PyErr.format(
              PyExc.SystemError, "unknown opcode %d (%s)", op, Opcode.name(op));
      }
      ip = f.ip;
    }
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
