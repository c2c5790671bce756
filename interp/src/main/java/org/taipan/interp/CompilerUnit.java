package org.taipan.interp;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.object.PyNone;

/**
 * The state of compiling one code object (CPython's {@code struct compiler_unit}): its scope,
 * instruction builder, constant and name tables, variable layout and the stack of frame blocks
 * (loops, handlers) that {@code break}, {@code continue} and {@code return} must unwind.
 */
final class CompilerUnit {

  /** Kinds of frame block ({@code enum fblocktype}). */
  enum FBlockType {
    WHILE_LOOP,
    FOR_LOOP,
    TRY_EXCEPT,
    FINALLY_TRY,
    FINALLY_END,
    WITH,
    ASYNC_WITH,
    HANDLER_CLEANUP,
    POP_VALUE,
    EXCEPTION_HANDLER,
    EXCEPTION_GROUP_HANDLER
  }

  /** A frame block ({@code struct fblockinfo}). */
  static final class FBlock {
    final FBlockType type;
    final CodeBuilder.Label block;
    final CodeBuilder.Label exit;
    /** The finally body, or the handler's bound name, or the with statement. */
    final Object datum;

    FBlock(FBlockType type, CodeBuilder.Label block, CodeBuilder.Label exit, Object datum) {
      this.type = type;
      this.block = block;
      this.exit = exit;
      this.datum = datum;
    }
  }

  final SymbolTable.Scope scope;
  final CodeBuilder b = new CodeBuilder();
  final String name;
  final String qualname;
  final List<Object> consts = new ArrayList<>();
  private final Map<Object, Integer> constIndex = new HashMap<>();
  final List<String> names = new ArrayList<>();
  private final Map<String, Integer> nameIndex = new HashMap<>();
  final List<String> varnames = new ArrayList<>();
  final List<String> cellvars = new ArrayList<>();
  final List<String> freevars = new ArrayList<>();
  final Deque<FBlock> fblocks = new ArrayDeque<>();
  int argcount;
  int posonlyargcount;
  int kwonlyargcount;
  int firstlineno;
  boolean isInteractive;

  CompilerUnit(SymbolTable.Scope scope, String name, String qualname, int firstlineno) {
    this.scope = scope;
    this.name = name;
    this.qualname = qualname;
    this.firstlineno = firstlineno;
  }

  private static Object constKey(Object v) {
    if (v instanceof Double d) {
      return "d:" + Double.doubleToRawLongBits(d);
    } else if (v instanceof Long || v instanceof BigInteger) {
      return "i:" + v;
    } else if (v instanceof Boolean) {
      return "b:" + v;
    } else if (v instanceof String) {
      return "s:" + v;
    } else if (v == PyNone.NONE) {
      return "None";
    } else if (v instanceof org.taipan.object.PyComplex c) {
      return "c:" + Double.doubleToRawLongBits(c.real) + ":" + Double.doubleToRawLongBits(c.imag);
    }
    return v;
  }

  /** The index of a constant, added if new. */
  int addConst(Object v) {
    Object k = constKey(v);
    Integer i = constIndex.get(k);
    if (i == null) {
      i = consts.size();
      consts.add(v);
      constIndex.put(k, i);
    }
    return i;
  }

  /** The index of a name in {@code co_names}, added if new. */
  int addName(String n) {
    Integer i = nameIndex.get(n);
    if (i == null) {
      i = names.size();
      names.add(n);
      nameIndex.put(n, i);
    }
    return i;
  }

  /** The localsplus index of a local variable (added if new). */
  int localIndex(String n) {
    int i = varnames.indexOf(n);
    if (i < 0) {
      varnames.add(n);
      i = varnames.size() - 1;
    }
    return i;
  }

  /**
   * Marks the argument of an instruction that names a cell (not an argument) or a free variable
   * by its position after the local variables: locals join {@code varnames} as the compiler meets
   * them, so the final index is known only when the unit is finished ({@link
   * #resolveDerefIndexes}).
   */
  static final int AFTER_LOCALS = 1 << 24;

  /**
   * The localsplus index of a cell or free variable (an argument's own slot if it is an argument,
   * otherwise {@link #AFTER_LOCALS} plus its position after the locals).
   */
  int derefIndex(String n) {
    int i = cellvars.indexOf(n);
    if (i >= 0) {
      int v = varnames.indexOf(n);
      if (v >= 0) {
        return v;
      }
      return AFTER_LOCALS + cellIndexWithoutArgs(n);
    }
    i = freevars.indexOf(n);
    if (i >= 0) {
      return AFTER_LOCALS + cellsWithoutArgs() + i;
    }
    throw new IllegalStateException("no deref slot for " + n + " in " + name);
  }

  /** The localsplus index of a free variable, marked as {@link #derefIndex} marks it. */
  int freeIndex(String n) {
    return AFTER_LOCALS + cellsWithoutArgs() + freevars.indexOf(n);
  }

  /** Turns the arguments marked by {@link #derefIndex} into localsplus indexes. */
  void resolveDerefIndexes() {
    for (CodeBuilder.Instr in : b.instrs) {
      switch (in.op) {
        case Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.DELETE_DEREF, Opcode.LOAD_CLASSDEREF,
            Opcode.LOAD_CLOSURE, Opcode.MAKE_CELL -> {
          if (in.arg >= AFTER_LOCALS) {
            in.arg = varnames.size() + in.arg - AFTER_LOCALS;
          }
        }
        default -> { }
      }
    }
  }

  private int cellsWithoutArgs() {
    int c = 0;
    for (String s : cellvars) {
      if (!varnames.contains(s)) {
        c++;
      }
    }
    return c;
  }

  private int cellIndexWithoutArgs(String n) {
    int c = 0;
    for (String s : cellvars) {
      if (s.equals(n)) {
        return c;
      }
      if (!varnames.contains(s)) {
        c++;
      }
    }
    throw new IllegalStateException(n);
  }
}
