package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Collects the instructions of one code unit and assembles them, as CPython's {@code
 * Python/compile.c} assembler does: pseudo-instructions ({@code SETUP_FINALLY}, {@code POP_BLOCK},
 * direction-free jumps) are resolved, a flow analysis computes the stack depth and the exception
 * handler of every instruction, jump offsets and {@code EXTENDED_ARG}s are fixed, inline cache
 * entries are laid out, and the exception table and per-code-unit positions are produced.
 */
final class CodeBuilder {

  /** A jump target. */
  static final class Label {
    int index = -1;
  }

  static final class Instr {
    int op;
    int arg;
    Label target;
    int line;
    int endLine;
    int col;
    int endCol;
  }

  final List<Instr> instrs = new ArrayList<>();
  int line = 1;
  int endLine = 1;
  int col = -1;
  int endCol = -1;

  Label newLabel() {
    return new Label();
  }

  void bind(Label l) {
    l.index = instrs.size();
  }

  Instr emit(int op, int arg) {
    Instr i = new Instr();
    i.op = op;
    i.arg = arg;
    i.line = line;
    i.endLine = endLine;
    i.col = col;
    i.endCol = endCol;
    instrs.add(i);
    return i;
  }

  Instr emit(int op) {
    return emit(op, 0);
  }

  Instr emitJump(int op, Label target) {
    Instr i = emit(op, 0);
    i.target = target;
    return i;
  }

  /** Sets the location of following instructions. */
  void setLocation(int line, int endLine, int col, int endCol) {
    this.line = line;
    this.endLine = endLine;
    this.col = col;
    this.endCol = endCol;
  }

  /** Marks following instructions as artificial (no position of their own but the line). */
  void noLocation() {
    this.col = -1;
    this.endCol = -1;
  }

  // ---------------------------------------------------------------- stack effects

  private static boolean isJumpOp(int op) {
    return switch (op) {
      case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE,
          POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP,
          JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND, SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH -> true;
      default -> false;
    };
  }

  private static boolean isTerminal(int op) {
    return switch (op) {
      case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, RETURN_VALUE, RAISE_VARARGS,
          RERAISE -> true;
      default -> false;
    };
  }

  private static boolean isSetup(int op) {
    return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
  }

  static int stackEffect(int op, int arg, boolean jump) {
    switch (op) {
      case NOP, EXTENDED_ARG, RESUME, CACHE, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT,
          UNARY_INVERT, CHECK_EXC_MATCH, CHECK_EG_MATCH, GET_ITER, GET_YIELD_FROM_ITER,
          LIST_TO_TUPLE, SETUP_ANNOTATIONS, YIELD_VALUE, DELETE_NAME, SWAP, LOAD_ATTR,
          JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, DELETE_GLOBAL, DELETE_FAST,
          MAKE_CELL, DELETE_DEREF, COPY_FREE_VARS, KW_NAMES, POP_BLOCK, JUMP, JUMP_NO_INTERRUPT,
          GET_AWAITABLE, GET_AITER, ASYNC_GEN_WRAP:
        return 0;
      case END_ASYNC_FOR:
        return -2;
      case POP_TOP, BINARY_SUBSCR, PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, POP_EXCEPT, STORE_NAME,
          DELETE_ATTR, STORE_GLOBAL, COMPARE_OP, IMPORT_NAME, IS_OP, CONTAINS_OP, RERAISE,
          BINARY_OP, STORE_FAST, STORE_DEREF, LIST_APPEND, PREP_RERAISE_STAR, SET_ADD, LIST_EXTEND, SET_UPDATE,
          DICT_MERGE, DICT_UPDATE, CALL, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
          POP_JUMP_IF_NOT_NONE, POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE,
          POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
          POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE:
        return -1;
      case RETURN_GENERATOR:
        // the value sent by the first resumption, which the POP_TOP that follows discards
        return 1;
      case PUSH_NULL, GET_LEN, PUSH_EXC_INFO, WITH_EXCEPT_START, BEFORE_WITH, LOAD_BUILD_CLASS,
          GET_ANEXT, BEFORE_ASYNC_WITH,
          LOAD_ASSERTION_ERROR, LOAD_CONST, LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST, LOAD_CLOSURE,
          LOAD_DEREF, LOAD_CLASSDEREF, LOAD_METHOD, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS:
        return 1;
      case STORE_SUBSCR:
        return -3;
      case DELETE_SUBSCR, STORE_ATTR, MAP_ADD:
        return -2;
      case UNPACK_SEQUENCE:
        return arg - 1;
      case UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
      case FOR_ITER:
        return jump ? -1 : 1;
      case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
        return 1 - arg;
      case BUILD_MAP:
        return 1 - 2 * arg;
      case BUILD_CONST_KEY_MAP:
        return -arg;
      case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
      case LOAD_GLOBAL:
        return (arg & 1) + 1;
      case SEND:
        return jump ? -1 : 0;
      case RAISE_VARARGS:
        return -arg;
      case MAKE_FUNCTION:
        return -Integer.bitCount(arg & 0xf);
      case BUILD_SLICE:
        return arg == 3 ? -2 : -1;
      case CALL_FUNCTION_EX:
        return -2 - (arg & 1);
      case FORMAT_VALUE:
        return (arg & 0x4) != 0 ? -1 : 0;
      case PRECALL:
        return -arg;
      case SETUP_FINALLY, SETUP_WITH:
        return jump ? 1 : 0;
      case SETUP_CLEANUP:
        return jump ? 2 : 0;
      case MATCH_CLASS:
        return -2;
      default:
        throw new IllegalStateException("no stack effect for " + Opcode.name(op));
    }
  }

  // ---------------------------------------------------------------- assembly

  /** A handler: target label, table depth, lasti flag; plus the enclosing handler. */
  private record Handler(Label target, int depth, boolean lasti, Handler outer) {}

  private Handler[] handlerOf;
  private int[] depthAt;
  int maxDepth;

  /** Flow analysis: the stack depth and exception handler at each instruction. */
  private void analyse() {
    int n = instrs.size();
    handlerOf = new Handler[n];
    depthAt = new int[n];
    Arrays.fill(depthAt, -1);
    boolean[] seen = new boolean[n + 1];
    Handler[] stateAt = new Handler[n + 1];
    Deque<int[]> work = new ArrayDeque<>();
    List<Handler> handlerStates = new ArrayList<>();
    handlerStates.add(null);
    // work items: {index, depth, handlerStateIndex}
    work.push(new int[] {0, 0, 0});
    maxDepth = 0;
    while (!work.isEmpty()) {
      int[] w = work.pop();
      int i = w[0];
      int depth = w[1];
      Handler h = handlerStates.get(w[2]);
      while (i < n) {
        if (seen[i]) {
          break;
        }
        seen[i] = true;
        Instr in = instrs.get(i);
        depthAt[i] = depth;
        handlerOf[i] = h;
        if (isSetup(in.op)) {
          int tableDepth = in.op == SETUP_WITH ? depth - 1 : depth;
          boolean lasti = in.op != SETUP_FINALLY;
          int startDepth = tableDepth + (lasti ? 1 : 0) + 1;
          maxDepth = Math.max(maxDepth, startDepth);
          handlerStates.add(h);
          work.push(new int[] {in.target.index, startDepth, handlerStates.size() - 1});
          h = new Handler(in.target, tableDepth, lasti, h);
          i++;
          continue;
        }
        if (in.op == POP_BLOCK) {
          h = h == null ? null : h.outer;
          i++;
          continue;
        }
        if (in.target != null) {
          int jd = depth + stackEffect(in.op, in.arg, true);
          maxDepth = Math.max(maxDepth, jd);
          handlerStates.add(h);
          work.push(new int[] {in.target.index, jd, handlerStates.size() - 1});
        }
        if (isTerminal(in.op)) {
          break;
        }
        depth += stackEffect(in.op, in.arg, false);
        if (depth < 0) {
          throw new IllegalStateException("negative stack depth at " + i + " " + name(in.op));
        }
        maxDepth = Math.max(maxDepth, depth);
        i++;
      }
    }
  }

  private static int extendedArgs(int arg) {
    if (arg < 0) {
      throw new IllegalStateException("negative argument");
    }
    return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
  }

  private boolean isPseudoNoop(int op) {
    return isSetup(op) || op == POP_BLOCK;
  }

  /** The result of assembly. */
  static final class Assembled {
    byte[] code;
    int[] positions;
    int[] exceptionTable;
    int stacksize;
  }

  Assembled assemble() {
    analyse();
    int n = instrs.size();
    // resolve opcodes whose form depends on direction; sizes by fixed point
    int[] offset = new int[n + 1];
    int[] realOp = new int[n];
    int[] realArg = new int[n];
    boolean changed = true;
    for (int i = 0; i < n; i++) {
      realOp[i] = instrs.get(i).op;
      realArg[i] = instrs.get(i).arg;
    }
    for (int iter = 0; changed && iter < 20; iter++) {
      changed = false;
      int off = 0;
      for (int i = 0; i < n; i++) {
        offset[i] = off;
        Instr in = instrs.get(i);
        if (isPseudoNoop(in.op)) {
          continue;
        }
        int op = realOp[i];
        off += 1 + extendedArgs(realArg[i]) + caches(op);
      }
      offset[n] = off;
      for (int i = 0; i < n; i++) {
        Instr in = instrs.get(i);
        if (in.target == null || isSetup(in.op)) {
          continue;
        }
        int ti = in.target.index;
        int targetOff = offset[ti];
        int op = in.op;
        int size = 1 + extendedArgs(realArg[i]) + caches(directional(op, true));
        int next = offset[i] + size;
        boolean forward = targetOff >= next;
        int newOp = directional(op, forward);
        int newArg = forward ? targetOff - next : next - targetOff;
        if (newOp != realOp[i] || newArg != realArg[i]) {
          realOp[i] = newOp;
          realArg[i] = newArg;
          changed = true;
        }
      }
    }
    int total = offset[n];
    byte[] code = new byte[total * 2];
    int[] positions = new int[total * 4];
    Arrays.fill(positions, -1);
    for (int i = 0; i < n; i++) {
      Instr in = instrs.get(i);
      if (isPseudoNoop(in.op)) {
        continue;
      }
      int pos = offset[i];
      int arg = realArg[i];
      int ext = extendedArgs(arg);
      for (int k = ext; k > 0; k--) {
        code[pos * 2] = (byte) EXTENDED_ARG;
        code[pos * 2 + 1] = (byte) (arg >>> (8 * k));
        setPos(positions, pos, in);
        pos++;
      }
      code[pos * 2] = (byte) realOp[i];
      code[pos * 2 + 1] = (byte) arg;
      setPos(positions, pos, in);
      pos++;
      for (int c = 0; c < caches(realOp[i]); c++) {
        setPos(positions, pos, in);
        pos++;
      }
    }
    // exception table
    List<Integer> table = new ArrayList<>();
    Handler cur = null;
    int start = 0;
    for (int i = 0; i <= n; i++) {
      Handler h = i < n ? handlerOf[i] : null;
      if (i < n && isPseudoNoop(instrs.get(i).op)) {
        continue;
      }
      int off = offset[i];
      if (h != cur) {
        if (cur != null && off > start) {
          table.add(start);
          table.add(off);
          table.add(offset[cur.target.index]);
          table.add(cur.depth);
          table.add(cur.lasti ? 1 : 0);
        }
        cur = h;
        start = off;
      }
    }
    Assembled a = new Assembled();
    a.code = code;
    a.positions = positions;
    a.exceptionTable = table.stream().mapToInt(Integer::intValue).toArray();
    a.stacksize = maxDepth;
    return a;
  }

  private static void setPos(int[] positions, int unit, Instr in) {
    positions[unit * 4] = in.line;
    if (debugRanges()) {
      positions[unit * 4 + 1] = in.endLine;
      positions[unit * 4 + 2] = in.col;
      positions[unit * 4 + 3] = in.endCol;
    } else {
      // -X no_debug_ranges: lines only, as CPython's location table without columns
      positions[unit * 4 + 1] = in.line;
      positions[unit * 4 + 2] = -1;
      positions[unit * 4 + 3] = -1;
    }
  }

  /** The interpreter's {@code code_debug_ranges} (false under {@code -X no_debug_ranges}). */
  private static boolean debugRanges() {
    ThreadState ts = ThreadState.getOrNull();
    return ts == null || ts.interp.codeDebugRanges;
  }

  private static int directional(int op, boolean forward) {
    switch (op) {
      case JUMP:
        return forward ? JUMP_FORWARD : JUMP_BACKWARD;
      case JUMP_NO_INTERRUPT:
        return forward ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
      case POP_JUMP_IF_FALSE:
        return forward ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
      case POP_JUMP_IF_TRUE:
        return forward ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
      case POP_JUMP_IF_NONE:
        return forward ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
      case POP_JUMP_IF_NOT_NONE:
        return forward ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
      default:
        return op;
    }
  }

  /** A listing of the instructions, for debugging the compiler. */
  String listing() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < instrs.size(); i++) {
      Instr in = instrs.get(i);
      sb.append(i).append(' ').append(name(in.op)).append(' ').append(in.arg);
      if (in.target != null) {
        sb.append(" -> ").append(in.target.index);
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
