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
import org.taipan.object.PyModule;
import org.taipan.object.PyObjectInstance;
import org.taipan.object.PyProperty;
import org.taipan.object.PyRange;
import org.taipan.object.PySeqIterator;
import org.taipan.object.PyType;
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
      if (f.generator != null) {
        f.back = null; // a generator's frame suspended at its start has no caller
      }
    }
  }

  /** Runs (or resumes) a frame until it returns or yields. */
  static Object eval(PyFrame f, ThreadState ts) {
    // An exception that left a callee and was swallowed by Java code (a generator's close(),
    // hasattr) is no longer unwinding; holding it would keep it and its frames alive.
    ts.unwinding = null;
    while (true) {
      try {
        return loop(f, ts);
      } catch (PyException e) {
        handle(f, ts, e);
      } catch (StackOverflowError e) {
        handle(f, ts, PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded"));
      } catch (OutOfMemoryError e) {
        handle(f, ts, PyErr.newException(PyExc.MemoryError));
      } catch (org.taipan.parser.PythonSyntaxError e) {
        // the parser or compiler ran for an import or exec: a SyntaxError like any other
        handle(f, ts, Execution.syntaxError(e));
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
  /**
   * Cuts the context chain from {@code handled} where it reaches {@code exc}, which is about to
   * get {@code handled} as its context, so no new cycle forms; a cycle already in the chain is
   * left alone ({@code _PyErr_SetObject}, with Floyd's cycle detection).
   */
  private static void breakContextCycle(PyBaseException handled, PyBaseException exc) {
    Object o = handled;
    Object slow = o;
    boolean moveSlow = false;
    while (o instanceof PyBaseException be && be.context != null) {
      if (be.context == exc) {
        be.context = null;
        return;
      }
      o = be.context;
      if (o == slow) {
        return;
      }
      if (moveSlow) {
        slow = ((PyBaseException) slow).context;
      }
      moveSlow = !moveSlow;
    }
  }

  private static void handle(PyFrame f, ThreadState ts, PyException e) {
    PyBaseException exc = e.value;
    boolean raisedHere = !f.reraising && ts.unwinding != e;
    ts.unwinding = null;
    int at = f.lasti;
    if (f.reraising) {
      f.reraising = false;
      at = f.reraiseAt;
    } else {
      exc.traceback = new PyTraceback(f, f.lasti, f.lineno(), exc.traceback);
    }
    if (raisedHere && ts.handled != null && ts.handled != exc && exc.context == null) {
      breakContextCycle(ts.handled, exc);
      exc.context = ts.handled;
    }
    int[] table = f.code.exceptionTable;
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
    ts.unwinding = e;
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
    // Quickened.of only when not yet made: its decoding then stays out of this method's
    // inlining budget (see outOfLine)
    Quickened quickened = f.code.quickened;
    final Quickened q = quickened != null ? quickened : Quickened.of(f.code);
    final int[] code = q.insns;
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
        case NOP, CACHE, EXTENDED_ARG:
          break;
        case PRECALL:
          ip++;
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
        case LOAD_CONST:
          stack[sp++] = consts[arg];
          break;
        case POP_TOP:
          stack[--sp] = null;
          break;
        case PUSH_NULL:
          stack[sp++] = null;
          break;
        case LOAD_GLOBAL:
          f.sp = sp;
          OpsAdaptive.loadGlobal(f, q, ip - 1, arg);
          sp = f.sp;
          ip += 5;
          break;
        case Specializer.LOAD_GLOBAL_MODULE: {
          Specializer.GlobalCache c = (Specializer.GlobalCache) q.caches[ip - 1];
          PyDict g = f.globals;
          if (g == c.globals && g.version() == c.globalsVersion) {
            if ((arg & 1) != 0) {
              stack[sp++] = null;
            }
            stack[sp++] = g.valueAtIndex(c.index);
            if (Specializer.STATS) {
              SpecStats.hit(SpecStats.LOAD_GLOBAL);
            }
          } else {
            f.sp = sp;
            OpsAdaptive.loadGlobalMiss(f, q, ip - 1, arg);
            sp = f.sp;
          }
          ip += 5;
          break;
        }
        case Specializer.LOAD_GLOBAL_BUILTIN: {
          Specializer.GlobalCache c = (Specializer.GlobalCache) q.caches[ip - 1];
          PyDict g = f.globals;
          PyDict b = c.builtins;
          if (g == c.globals && g.version() == c.globalsVersion && f.builtins == b
              && b.version() == c.builtinsVersion) {
            if ((arg & 1) != 0) {
              stack[sp++] = null;
            }
            stack[sp++] = b.valueAtIndex(c.index);
            if (Specializer.STATS) {
              SpecStats.hit(SpecStats.LOAD_GLOBAL);
            }
          } else {
            f.sp = sp;
            OpsAdaptive.loadGlobalMiss(f, q, ip - 1, arg);
            sp = f.sp;
          }
          ip += 5;
          break;
        }
        case LOAD_ATTR:
          f.sp = sp;
          OpsAdaptive.loadAttr(f, q, ip - 1, arg);
          sp = f.sp;
          ip += 4;
          break;
        case Specializer.LOAD_ATTR_INSTANCE, Specializer.LOAD_ATTR_SLOT: {
          Specializer.AttrCache c = (Specializer.AttrCache) q.caches[ip - 1];
          Object o = stack[sp - 1];
          Object v;
          if (o instanceof PyObjectInstance inst && inst.getType() == c.type
              && c.type.version() == c.typeVersion
              && (v = op == Specializer.LOAD_ATTR_INSTANCE
                  ? inst.getDict().valueIfKeyAt(c.index, c.name)
                  : inst.slotValueIfKeyAt(c.index, c.name)) != null) {
            stack[sp - 1] = v;
            if (Specializer.STATS) {
              SpecStats.hit(SpecStats.LOAD_ATTR);
            }
          } else {
            f.sp = sp;
            OpsAdaptive.loadAttrMiss(f, q, ip - 1, arg);
            sp = f.sp;
          }
          ip += 4;
          break;
        }
        case LOAD_METHOD:
          f.sp = sp;
          OpsAdaptive.loadMethod(f, q, ip - 1, arg);
          sp = f.sp;
          ip += 10;
          break;
        case STORE_ATTR:
          f.sp = sp;
          OpsAdaptive.storeAttr(f, q, ip - 1, arg);
          sp = f.sp;
          ip += 4;
          break;
        case BINARY_OP: {
          Object w = stack[--sp];
          Object v = stack[sp - 1];
          stack[sp] = null;
          stack[sp - 1] = OpsAdaptive.binaryOp(q, ip - 1, arg, v, w);
          ip++;
          break;
        }
        case Specializer.BINARY_OP_ADD_INT, Specializer.BINARY_OP_SUB_INT,
            Specializer.BINARY_OP_MUL_INT: {
          Object w = stack[--sp];
          Object v = stack[sp - 1];
          stack[sp] = null;
          if (v instanceof Long a && w instanceof Long b) {
            stack[sp - 1] = op == Specializer.BINARY_OP_ADD_INT ? PyLong.add(a, b)
                : op == Specializer.BINARY_OP_SUB_INT ? PyLong.sub(a, b) : PyLong.mul(a, b);
            if (Specializer.STATS) {
              SpecStats.hit(SpecStats.BINARY_OP);
            }
          } else {
            stack[sp - 1] = OpsAdaptive.binaryOpMiss(q, ip - 1, arg, v, w);
          }
          ip++;
          break;
        }
        case Specializer.BINARY_OP_ADD_FLOAT, Specializer.BINARY_OP_SUB_FLOAT,
            Specializer.BINARY_OP_MUL_FLOAT: {
          Object w = stack[--sp];
          Object v = stack[sp - 1];
          stack[sp] = null;
          if (v instanceof Double a && w instanceof Double b) {
            double x = a;
            double y = b;
            stack[sp - 1] = op == Specializer.BINARY_OP_ADD_FLOAT ? x + y
                : op == Specializer.BINARY_OP_SUB_FLOAT ? x - y : x * y;
            if (Specializer.STATS) {
              SpecStats.hit(SpecStats.BINARY_OP);
            }
          } else {
            stack[sp - 1] = OpsAdaptive.binaryOpMiss(q, ip - 1, arg, v, w);
          }
          ip++;
          break;
        }
        case COMPARE_OP: {
          Object w = stack[--sp];
          Object v = stack[sp - 1];
          stack[sp] = null;
          stack[sp - 1] = OpsAdaptive.compareOp(q, ip - 1, arg, v, w);
          ip += 2;
          break;
        }
        case Specializer.COMPARE_OP_INT, Specializer.COMPARE_OP_FLOAT,
            Specializer.COMPARE_OP_STR: {
          Object w = stack[--sp];
          Object v = stack[sp - 1];
          stack[sp] = null;
          int cmp;
          if (op == Specializer.COMPARE_OP_INT && v instanceof Long a && w instanceof Long b) {
            cmp = Long.compare(a, b);
          } else if (op == Specializer.COMPARE_OP_FLOAT
              && v instanceof Double a && w instanceof Double b) {
            cmp = floatCompare(a, b);
          } else if (op == Specializer.COMPARE_OP_STR
              && v instanceof String a && w instanceof String b) {
            cmp = arg == Abstract.EQ || arg == Abstract.NE
                ? (a.equals(b) ? 0 : 1) : Integer.signum(a.compareTo(b));
          } else {
            stack[sp - 1] = OpsAdaptive.compareOpMiss(q, ip - 1, arg, v, w);
            ip += 2;
            break;
          }
          stack[sp - 1] = compareResult(arg, cmp);
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.COMPARE_OP);
          }
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
        case FOR_ITER, Specializer.FOR_ITER_RANGE, Specializer.FOR_ITER_SEQ: {
          Object it = stack[sp - 1];
          Object v;
          if (op == Specializer.FOR_ITER_RANGE && it.getClass() == PyRange.RangeIterator.class) {
            v = ((PyRange.RangeIterator) it).next();
            if (Specializer.STATS) {
              SpecStats.hit(SpecStats.FOR_ITER);
            }
          } else if (op == Specializer.FOR_ITER_SEQ && it.getClass() == PySeqIterator.class) {
            v = ((PySeqIterator) it).next();
            if (Specializer.STATS) {
              SpecStats.hit(SpecStats.FOR_ITER);
            }
          } else if (op == FOR_ITER) {
            v = OpsAdaptive.forIter(q, ip - 1, it);
          } else {
            v = OpsAdaptive.forIterMiss(q, ip - 1, it);
          }
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
        case CALL:
          ip += 4;
          f.sp = sp;
          OpsAdaptive.call(f, ts, q, ip - 5, arg);
          sp = f.sp;
          break;
        case Specializer.CALL_PY_EXACT_ARGS: {
          ip += 4;
          Object r = OpsCalls.callPyExactArgs(
              f, ts, (Specializer.CallCache) q.caches[ip - 5], stack, sp, arg);
          if (r != null) {
            sp -= arg + 2;
            stack[sp++] = r;
            if (Specializer.STATS) {
              SpecStats.hit(SpecStats.CALL);
            }
          } else {
            f.sp = sp;
            OpsAdaptive.callMiss(f, ts, q, ip - 5, arg);
            sp = f.sp;
          }
          break;
        }
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
        default:
          // everything else: out of line, so that this method stays small enough for C2 to
          // inline the simple calls of the instructions above (see outOfLine)
          f.sp = sp;
          ip = outOfLine(f, ts, q, op, arg, ip);
          sp = f.sp;
          break;
      }
    }
  }

  /**
   * The instructions {@link #loop} does not run itself: the less frequent ones and the families
   * already run by a class of their own. HotSpot's C2 stops inlining into a method once it and
   * what it has inlined reach 8,000 bytes of bytecode ({@code DesiredMethodLimit}); with every
   * instruction in the loop that budget was gone before {@code Long.longValue}, {@code
   * PyLong.add} or the truth test were reached, so each of those was a call. Takes the stack
   * pointer in {@code f.sp} and leaves it there; returns the next instruction's index.
   */
  private static int outOfLine(PyFrame f, ThreadState ts, Quickened q, int op, int arg, int ip) {
    final Object[] consts = f.code.consts;
    final Object[] stack = f.stack;
    int sp = f.sp;
    switch (op) {
      case Specializer.LOAD_METHOD_INSTANCE, Specializer.LOAD_METHOD_NO_DICT: {
        Specializer.AttrCache c = (Specializer.AttrCache) q.caches[ip - 1];
        Object o = stack[sp - 1];
        if (op == Specializer.LOAD_METHOD_NO_DICT
            ? PyType.of(o) == c.type && c.type.version() == c.typeVersion
            : o instanceof PyObjectInstance inst && inst.getType() == c.type
                && c.type.version() == c.typeVersion
                && inst.getDict().indexOf(c.name) < 0) {
          stack[sp - 1] = c.value;
          stack[sp++] = o;
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.LOAD_METHOD);
          }
        } else {
          f.sp = sp;
          OpsAdaptive.loadMethodMiss(f, q, ip - 1, arg);
          sp = f.sp;
        }
        ip += 10;
        break;
      }
      case Specializer.STORE_ATTR_INSTANCE, Specializer.STORE_ATTR_SLOT: {
        Specializer.AttrCache c = (Specializer.AttrCache) q.caches[ip - 1];
        Object o = stack[sp - 1];
        if (o instanceof PyObjectInstance inst && inst.getType() == c.type
            && c.type.version() == c.typeVersion
            && (op == Specializer.STORE_ATTR_INSTANCE
                ? OpsAdaptive.storeInstanceAttr(inst.getDict(), c, stack[sp - 2])
                : inst.storeSlotIfKeyAt(c.index, c.name, stack[sp - 2]))) {
          stack[--sp] = null;
          stack[--sp] = null;
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.STORE_ATTR);
          }
        } else {
          f.sp = sp;
          OpsAdaptive.storeAttrMiss(f, q, ip - 1, arg);
          sp = f.sp;
        }
        ip += 4;
        break;
      }
      case Specializer.BINARY_SUBSCR_LIST_INT, Specializer.BINARY_SUBSCR_TUPLE_INT,
          Specializer.BINARY_SUBSCR_DICT: {
        Object k = stack[--sp];
        stack[sp] = null;
        Object c = stack[sp - 1];
        Object v = null;
        if (op == Specializer.BINARY_SUBSCR_LIST_INT) {
          if (c.getClass() == PyList.class && k instanceof Long i) {
            v = ((PyList) c).getItem(i);
          }
        } else if (op == Specializer.BINARY_SUBSCR_TUPLE_INT) {
          if (c.getClass() == PyTuple.class && k instanceof Long i) {
            PyTuple t = (PyTuple) c;
            long j = i < 0 ? i + t.size() : i;
            if (j >= 0 && j < t.size()) {
              v = t.get((int) j);
            }
          }
        } else if (c.getClass() == PyDict.class && (k instanceof String || k instanceof Long)) {
          v = ((PyDict) c).get(k);
          if (v == null) {
            throw PyErr.newException(PyExc.KeyError, k);
          }
        }
        if (v != null) {
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.BINARY_SUBSCR);
          }
        } else {
          v = OpsAdaptive.binarySubscrMiss(q, ip - 1, c, k);
        }
        stack[sp - 1] = v;
        ip += 4;
        break;
      }
      case Specializer.CALL_BUILTIN: {
        ip += 4;
        Object r = OpsCalls.callBuiltin(f, stack, sp, arg);
        if (r != null) {
          sp -= arg + 2;
          stack[sp++] = r;
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.CALL);
          }
        } else {
          f.sp = sp;
          OpsAdaptive.callMiss(f, ts, q, ip - 5, arg);
          sp = f.sp;
        }
        break;
      }
      case DELETE_FAST:
        if (stack[arg] == null) {
          throw OpsNames.unboundLocal(f, arg);
        }
        stack[arg] = null;
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
      case Specializer.LOAD_ATTR_MODULE: {
        Specializer.DictCache c = (Specializer.DictCache) q.caches[ip - 1];
        Object o = stack[sp - 1];
        if (o instanceof PyModule m && m.getDict() == c.dict && c.dict.version() == c.version) {
          stack[sp - 1] = c.dict.valueAtIndex(c.index);
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.LOAD_ATTR);
          }
        } else {
          f.sp = sp;
          OpsAdaptive.loadAttrMiss(f, q, ip - 1, arg);
          sp = f.sp;
        }
        ip += 4;
        break;
      }
      case Specializer.LOAD_ATTR_CLASS, Specializer.LOAD_ATTR_TYPE: {
        Specializer.AttrCache c = (Specializer.AttrCache) q.caches[ip - 1];
        Object o = stack[sp - 1];
        if (op == Specializer.LOAD_ATTR_TYPE
            ? o == c.type && c.type.version() == c.typeVersion
            : o instanceof PyObjectInstance inst && inst.getType() == c.type
                && c.type.version() == c.typeVersion
                && inst.getDict().indexOf(c.name) < 0) {
          stack[sp - 1] = c.value;
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.LOAD_ATTR);
          }
        } else {
          f.sp = sp;
          OpsAdaptive.loadAttrMiss(f, q, ip - 1, arg);
          sp = f.sp;
        }
        ip += 4;
        break;
      }
      case Specializer.LOAD_ATTR_PROPERTY: {
        Specializer.AttrCache c = (Specializer.AttrCache) q.caches[ip - 1];
        Object o = stack[sp - 1];
        Object r = null;
        if (o instanceof PyObjectInstance inst && inst.getType() == c.type
            && c.type.version() == c.typeVersion) {
          r = OpsCalls.callGetter(ts, (PyProperty) c.value, o);
        }
        if (r != null) {
          stack[sp - 1] = r;
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.LOAD_ATTR);
          }
        } else {
          f.sp = sp;
          OpsAdaptive.loadAttrMiss(f, q, ip - 1, arg);
          sp = f.sp;
        }
        ip += 4;
        break;
      }
      case Specializer.LOAD_METHOD_MODULE: {
        Specializer.DictCache c = (Specializer.DictCache) q.caches[ip - 1];
        Object o = stack[sp - 1];
        if (o instanceof PyModule m && m.getDict() == c.dict && c.dict.version() == c.version) {
          stack[sp - 1] = null;
          stack[sp++] = c.dict.valueAtIndex(c.index);
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.LOAD_METHOD);
          }
        } else {
          f.sp = sp;
          OpsAdaptive.loadMethodMiss(f, q, ip - 1, arg);
          sp = f.sp;
        }
        ip += 10;
        break;
      }
      case BINARY_SUBSCR: {
        Object k = stack[--sp];
        stack[sp] = null;
        stack[sp - 1] = OpsAdaptive.binarySubscr(q, ip - 1, stack[sp - 1], k);
        ip += 4;
        break;
      }
      case UNPACK_SEQUENCE:
        f.sp = sp;
        OpsAdaptive.unpackSequence(f, q, ip - 1, arg);
        sp = f.sp;
        ip += 1;
        break;
      case Specializer.UNPACK_SEQUENCE_TWO_TUPLE, Specializer.UNPACK_SEQUENCE_TUPLE,
          Specializer.UNPACK_SEQUENCE_LIST: {
        Object s = stack[sp - 1];
        if (op != Specializer.UNPACK_SEQUENCE_LIST
            ? s.getClass() == PyTuple.class && ((PyTuple) s).size() == arg
            : s.getClass() == PyList.class && ((PyList) s).size() == arg) {
          sp--;
          if (op == Specializer.UNPACK_SEQUENCE_TWO_TUPLE) {
            PyTuple t = (PyTuple) s;
            stack[sp++] = t.get(1);
            stack[sp++] = t.get(0);
          } else if (s instanceof PyTuple t) {
            sp = OpsAdaptive.pushReversed(stack, sp, t, arg);
          } else {
            sp = OpsAdaptive.pushReversed(stack, sp, (PyList) s, arg);
          }
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.UNPACK_SEQUENCE);
          }
        } else {
          f.sp = sp;
          OpsAdaptive.unpackSequenceMiss(f, q, ip - 1, arg);
          sp = f.sp;
        }
        ip += 1;
        break;
      }
      case LOAD_NAME, STORE_NAME, DELETE_NAME, STORE_GLOBAL, DELETE_GLOBAL,
          LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, MAKE_CELL,
          COPY_FREE_VARS, DELETE_ATTR, STORE_SUBSCR, DELETE_SUBSCR:
        f.sp = sp;
        OpsNames.execute(f, op, arg);
        sp = f.sp;
        ip += Opcode.caches(op);
        break;
      case Specializer.BINARY_OP_ARITHMETIC: {
        Object w = stack[--sp];
        Object v = stack[sp - 1];
        stack[sp] = null;
        Object r = PyNumber.arithmetic(arg, v, w);
        if (r != null) {
          stack[sp - 1] = r;
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.BINARY_OP);
          }
        } else {
          stack[sp - 1] = OpsAdaptive.binaryOpMiss(q, ip - 1, arg, v, w);
        }
        ip++;
        break;
      }
      case Specializer.BINARY_OP_ADD_UNICODE: {
        Object w = stack[--sp];
        Object v = stack[sp - 1];
        stack[sp] = null;
        if (v instanceof String a && w instanceof String b) {
          stack[sp - 1] = a.concat(b);
          if (Specializer.STATS) {
            SpecStats.hit(SpecStats.BINARY_OP);
          }
        } else {
          stack[sp - 1] = OpsAdaptive.binaryOpMiss(q, ip - 1, arg, v, w);
        }
        ip++;
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
      case JUMP_BACKWARD_NO_INTERRUPT:
        ip -= arg;
        break;
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
      case KW_NAMES:
        f.kwnames = (PyTuple) consts[arg];
        break;
      case CALL_FUNCTION_EX, MAKE_FUNCTION, LOAD_BUILD_CLASS:
        f.sp = sp;
        OpsCalls.execute(f, ts, op, arg);
        sp = f.sp;
        break;
      case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, LIST_APPEND,
          SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, LIST_TO_TUPLE,
          UNPACK_EX, BUILD_SLICE, FORMAT_VALUE, BUILD_STRING, PRINT_EXPR,
          SETUP_ANNOTATIONS, GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS:
        f.sp = sp;
        OpsBuild.execute(f, op, arg);
        sp = f.sp;
        ip += Opcode.caches(op);
        break;
      case RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT, CHECK_EXC_MATCH,
          CHECK_EG_MATCH, PREP_RERAISE_STAR, BEFORE_WITH, WITH_EXCEPT_START, LOAD_ASSERTION_ERROR:
        f.sp = sp;
        OpsExceptions.execute(f, ts, op, arg);
        sp = f.sp;
        break;
      case IMPORT_NAME, IMPORT_FROM, IMPORT_STAR:
        f.sp = sp;
        OpsImport.execute(f, ts, op, arg);
        sp = f.sp;
        break;
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
    f.sp = sp;
    return ip;
  }

  /** Python's float comparison as a sign, NaN making every ordering and equality false. */
  private static int floatCompare(double a, double b) {
    if (a < b) {
      return -1;
    } else if (a > b) {
      return 1;
    } else if (a == b) {
      return 0;
    }
    return 2;
  }

  /** The result of {@code COMPARE_OP arg} from a comparison sign (2: unordered, for NaN). */
  private static Boolean compareResult(int arg, int cmp) {
    if (cmp == 2) {
      return arg == Abstract.NE;
    }
    switch (arg) {
      case 0: return cmp < 0;
      case 1: return cmp <= 0;
      case 2: return cmp == 0;
      case 3: return cmp != 0;
      case 4: return cmp > 0;
      default: return cmp >= 0;
    }
  }

  /** {@code BINARY_OP} with a fast path for int addition and subtraction. */
  static Object binaryOp(int arg, Object v, Object w) {
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
  static Object compareOp(int arg, Object v, Object w) {
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

  /**
   * Looks up a name in globals then builtins ({@code LOAD_GLOBAL}): in the dicts themselves when
   * both are exactly dicts, else by item, so a subclass's {@code __getitem__} runs and a
   * non-mapping builtins namespace raises as subscripting it does.
   */
  static Object loadGlobal(PyFrame f, String name) {
    PyDict g = f.globals;
    if (g.getClass() == PyDict.class && f.builtins instanceof PyDict b
        && b.getClass() == PyDict.class) {
      Object v = g.get(name);
      if (v == null) {
        v = b.get(name);
        if (v == null) {
          throw PyErr.nameError(name);
        }
      }
      return v;
    }
    Object v = mappingGet(g, name);
    if (v == null) {
      v = mappingGet(f.builtins, name);
      if (v == null) {
        throw PyErr.nameError(name);
      }
    }
    return v;
  }

  /**
   * A name in a builtins namespace: the dict itself when exactly a dict, else by item ({@code
   * LOAD_NAME}'s and {@code LOAD_BUILD_CLASS}'s lookup); null when absent.
   */
  static Object builtinsGet(Object builtins, String name) {
    if (builtins instanceof PyDict b && b.getClass() == PyDict.class) {
      return b.get(name);
    }
    return mappingGet(builtins, name);
  }

  /** {@code PyObject_GetItem} with a KeyError turned into null. */
  static Object mappingGet(Object mapping, String name) {
    try {
      return Abstract.getItem(mapping, name);
    } catch (PyException e) {
      if (e.matches(PyExc.KeyError)) {
        return null;
      }
      throw e;
    }
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
