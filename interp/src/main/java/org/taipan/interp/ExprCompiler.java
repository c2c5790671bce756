package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.taipan.object.PyBytes;
import org.taipan.object.PyEllipsis;
import org.taipan.object.PyNone;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyTuple;
import org.taipan.object.PyUnicode;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.*;

/**
 * The expression half of the compiler, CPython's {@code compiler_visit_expr} and its helpers in
 * {@code Python/compile.c}: names, constants, operators, calls (with 3.11's {@code PRECALL}/{@code
 * CALL} and {@code KW_NAMES}), displays, comprehensions (as nested functions), lambdas, f-strings
 * and conditional jumps. {@link Compiler} adds statements.
 */
abstract class ExprCompiler implements Expr.Visitor<Void> {

  final String filename;
  SymbolTable symtable;
  /** The module's future imports ({@code c_future}), null outside a module. */
  FutureFeatures future;
  CompilerUnit u;
  final Deque<CompilerUnit> stack = new ArrayDeque<>();

  ExprCompiler(String filename) {
    this.filename = filename;
  }

  /**
   * The optimisation level ({@code c_optimize}): 1 and up make {@code __debug__} false and drop
   * {@code assert} statements, 2 also drops docstrings.
   */
  int optimize;

  /**
   * {@code compiler_warn}: a SyntaxWarning at {@code n}'s line; one that the warning filters
   * turn into an error becomes a SyntaxError there.
   */
  void warn(String msg, Located n) {
    try {
      Warnings.warnExplicit(PyExc.SyntaxWarning, msg, filename, n.lineno());
    } catch (PyException e) {
      if (e.matches(PyExc.SyntaxWarning)) {
        throw error(msg, n);
      }
      throw e;
    }
  }

  PythonSyntaxError error(String msg, Located n) {
    return new PythonSyntaxError(
        PythonSyntaxError.SYNTAX_ERROR,
        msg,
        filename,
        n.lineno(),
        n.colOffset() + 1,
        null,
        n.endLineno(),
        n.endColOffset() + 1);
  }

  // ---------------------------------------------------------------- units

  /** Starts compiling a new code unit for {@code node}'s scope. */
  void enterUnit(Node node, String name, int firstlineno) {
    SymbolTable.Scope scope = symtable.scopeOf(node);
    String qualname = name;
    if (u != null && u.scope.type != SymbolTable.BlockType.MODULE) {
      boolean global =
          (scope.type == SymbolTable.BlockType.FUNCTION || scope.type == SymbolTable.BlockType.CLASS)
              && u.scope.kind(name) == SymbolTable.Kind.GLOBAL_EXPLICIT;
      if (!global) {
        qualname =
            u.qualname
                + (u.scope.type == SymbolTable.BlockType.FUNCTION && !u.scope.isComprehension
                    ? ".<locals>."
                    : ".")
                + name;
      }
    }
    if (u != null) {
      stack.push(u);
    }
    u = new CompilerUnit(scope, name, qualname, firstlineno);
    if (scope.type == SymbolTable.BlockType.FUNCTION) {
      // as in CPython, the other locals join co_varnames in the order the compiler meets them
      u.varnames.addAll(scope.params);
    }
    List<String> cells = new ArrayList<>(scope.cells);
    if (scope.needsClassClosure) {
      cells.add("__class__");
    }
    cells.sort(null);
    u.cellvars.addAll(cells);
    List<String> frees = new ArrayList<>(scope.frees);
    frees.sort(null);
    u.freevars.addAll(frees);
    u.b.setLocation(firstlineno, firstlineno, 0, 0);
  }

  /** Finishes the current unit and returns its code object. */
  PyCode leaveUnit() {
    CompilerUnit done = u;
    done.resolveDerefIndexes();
    CodeBuilder.Assembled a = done.b.assemble();
    int ncellsNotArgs = 0;
    List<String> lp = new ArrayList<>(done.varnames);
    int[] cell2arg = new int[done.cellvars.size()];
    for (int i = 0; i < done.cellvars.size(); i++) {
      String c = done.cellvars.get(i);
      cell2arg[i] = done.varnames.indexOf(c);
      if (cell2arg[i] < 0) {
        lp.add(c);
        ncellsNotArgs++;
      }
    }
    lp.addAll(done.freevars);
    SymbolTable.Scope s = done.scope;
    int flags = 0;
    if (s.type == SymbolTable.BlockType.MODULE && s.coroutine && !s.generator) {
      // top-level await (only allowed with PyCF_ALLOW_TOP_LEVEL_AWAIT) makes a coroutine
      flags |= PyCode.CO_COROUTINE;
    }
    if (s.type == SymbolTable.BlockType.FUNCTION) {
      flags |= PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS;
      if (s.hasVarargs) {
        flags |= PyCode.CO_VARARGS;
      }
      if (s.hasVarkw) {
        flags |= PyCode.CO_VARKEYWORDS;
      }
      if (s.coroutine && s.generator) {
        flags |= PyCode.CO_ASYNC_GENERATOR;
      } else if (s.coroutine) {
        flags |= PyCode.CO_COROUTINE;
      } else if (s.generator) {
        flags |= PyCode.CO_GENERATOR;
      }
      // ste_nested: some enclosing block, not only the parent, is a function
      for (SymbolTable.Scope p = s.parent; p != null; p = p.parent) {
        if (p.type == SymbolTable.BlockType.FUNCTION) {
          flags |= PyCode.CO_NESTED;
          break;
        }
      }
    }
    PyCode code =
        new PyCode(
            a.code,
            done.consts.toArray(),
            done.names.toArray(new String[0]),
            lp.toArray(new String[0]),
            done.varnames.size(),
            ncellsNotArgs,
            done.freevars.size(),
            cell2arg,
            done.argcount,
            done.posonlyargcount,
            done.kwonlyargcount,
            flags,
            done.name,
            done.qualname,
            filename,
            done.firstlineno,
            a.stacksize,
            a.exceptionTable,
            a.positions);
    u = stack.isEmpty() ? null : stack.pop();
    return code;
  }

  /** The prologue of a function or class body: cells, free variables, generator, RESUME. */
  void prologue() {
    for (String c : u.cellvars) {
      emit(MAKE_CELL, u.derefIndex(c));
    }
    if (!u.freevars.isEmpty()) {
      emit(COPY_FREE_VARS, u.freevars.size());
    }
    if (u.scope.generator || u.scope.coroutine) {
      emit(RETURN_GENERATOR);
      emit(POP_TOP);
    }
    emit(RESUME, 0);
  }

  // ---------------------------------------------------------------- emission helpers

  void emit(int op, int arg) {
    u.b.emit(op, arg);
  }

  void emit(int op) {
    u.b.emit(op, 0);
  }

  void jump(int op, CodeBuilder.Label l) {
    u.b.emitJump(op, l);
  }

  CodeBuilder.Label label() {
    return u.b.newLabel();
  }

  void bind(CodeBuilder.Label l) {
    u.b.bind(l);
  }

  void loadConst(Object v) {
    emit(LOAD_CONST, u.addConst(v));
  }

  /** Sets the location of subsequent instructions to a node's. */
  void setLoc(Located n) {
    u.b.setLocation(n.lineno(), n.endLineno(), n.colOffset(), n.endColOffset());
  }

  /**
   * Sets the location to a node's, then, when the attribute {@code a} ends on another line than
   * that location starts, moves its start to the attribute's name, as CPython's {@code
   * update_start_location_to_match_attr} does (so a multi-line {@code obj\n .name} points at
   * {@code .name}).
   */
  void setLocMatchingAttr(Located n, Attribute a) {
    setLoc(n);
    CodeBuilder b = u.b;
    if (b.line == a.endLineno()) {
      return;
    }
    int line = a.endLineno();
    int len = a.attr().codePointCount(0, a.attr().length());
    int col = b.col;
    int endCol = b.endCol;
    if (len <= a.endColOffset()) {
      col = a.endColOffset() - len;
    } else {
      col = -1;
      endCol = -1;
    }
    int endLine = Math.max(line, b.endLine);
    if (line == endLine) {
      endCol = Math.max(col, endCol);
    }
    b.setLocation(line, endLine, col, endCol);
  }

  /** Compiles an expression, its instructions located at it. */
  void visit(Expr e) {
    CodeBuilder b = u.b;
    int l = b.line;
    int el = b.endLine;
    int c = b.col;
    int ec = b.endCol;
    setLoc(e);
    e.accept(this);
    b.setLocation(l, el, c, ec);
  }

  void visitAll(List<Expr> es) {
    for (Expr e : es) {
      visit(e);
    }
  }

  /** A Python constant from the parser's representation. */
  static Object constantValue(Object v) {
    if (v instanceof NoneConstant) {
      return PyNone.NONE;
    } else if (v instanceof EllipsisConstant) {
      return PyEllipsis.ELLIPSIS;
    } else if (v instanceof CodePointString s) {
      return PyUnicode.fromCodePoints(s.codePoints());
    } else if (v instanceof BytesConstant b) {
      return new PyBytes(b.value());
    } else if (v instanceof BigInteger b) {
      return org.taipan.object.PyLong.normalize(b);
    } else if (v instanceof String s) {
      return PyUnicode.wrap(s);
    } else if (v instanceof ImaginaryConstant i) {
      return new org.taipan.object.PyComplex(0.0, i.imag());
    }
    return v;
  }

  /**
   * {@code infer_type}: the type of the value a literal or display makes, or null when it
   * cannot be known at compile time.
   */
  private static org.taipan.object.PyType inferType(Expr e) {
    Object sample;
    if (e instanceof Constant k) {
      sample = constantValue(k.value());
    } else if (e instanceof Tuple) {
      sample = PyTuple.EMPTY;
    } else if (e instanceof org.taipan.parser.ast.List || e instanceof ListComp) {
      return org.taipan.object.PyType.of(new org.taipan.object.PyList());
    } else if (e instanceof Dict || e instanceof DictComp) {
      return org.taipan.object.PyType.of(new org.taipan.object.PyDict());
    } else if (e instanceof Set || e instanceof SetComp) {
      return org.taipan.object.PyType.of(new org.taipan.object.PySet(false));
    } else if (e instanceof GeneratorExp) {
      return PyGenerator.TYPE;
    } else if (e instanceof Lambda) {
      return PyFunction.TYPE;
    } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
      sample = "";
    } else {
      return null;
    }
    return org.taipan.object.PyType.of(sample);
  }

  /** {@code check_caller}: calling a literal or display is surely a missing comma. */
  private void checkCaller(Expr f, Located at) {
    if (f instanceof Constant || f instanceof Tuple || f instanceof org.taipan.parser.ast.List
        || f instanceof ListComp || f instanceof Dict || f instanceof DictComp
        || f instanceof Set || f instanceof SetComp || f instanceof GeneratorExp
        || f instanceof JoinedStr || f instanceof FormattedValue) {
      warn("'" + inferType(f).getName() + "' object is not callable; perhaps you missed a comma?",
          at);
    }
  }

  /** {@code check_subscripter}: subscripting a value that cannot be subscripted. */
  private void checkSubscripter(Expr e, Located at) {
    if (e instanceof Constant k) {
      Object v = constantValue(k.value());
      if (!(v == PyNone.NONE || v == PyEllipsis.ELLIPSIS || v instanceof Long
          || v instanceof java.math.BigInteger || v instanceof Boolean || v instanceof Double
          || v instanceof org.taipan.object.PyComplex)) {
        return;
      }
    } else if (!(e instanceof Set || e instanceof SetComp || e instanceof GeneratorExp
        || e instanceof Lambda)) {
      return;
    }
    warn("'" + inferType(e).getName()
        + "' object is not subscriptable; perhaps you missed a comma?", at);
  }

  /** {@code check_index}: a sequence literal indexed by something that is not an index. */
  private void checkIndex(Expr e, Expr s, Located at) {
    org.taipan.object.PyType indexType = inferType(s);
    if (indexType == null
        || s instanceof Constant k && (k.value() instanceof Boolean
            || k.value() instanceof Long || k.value() instanceof java.math.BigInteger
            || k.value() instanceof Integer)
        || s instanceof Slice) {
      return;
    }
    if (e instanceof Constant k) {
      Object v = constantValue(k.value());
      if (!(org.taipan.object.PyUnicode.isStr(v) || v instanceof PyBytes)) {
        return;
      }
    } else if (!(e instanceof Tuple || e instanceof org.taipan.parser.ast.List
        || e instanceof ListComp || e instanceof JoinedStr || e instanceof FormattedValue)) {
      return;
    }
    warn(inferType(e).getName() + " indices must be integers or slices, not "
        + indexType.getName() + "; perhaps you missed a comma?", at);
  }

  /** {@code check_compare}: "is" or "is not" with a literal other than the named singletons. */
  private void checkCompare(Compare c) {
    boolean left = isArgOfIs(c.left());
    for (int i = 0; i < c.ops().size(); i++) {
      boolean right = isArgOfIs(c.comparators().get(i));
      CmpOperator op = c.ops().get(i);
      if ((op == CmpOperator.Is || op == CmpOperator.IsNot) && !(left && right)) {
        warn(op == CmpOperator.Is
            ? "\"is\" with a literal. Did you mean \"==\"?"
            : "\"is not\" with a literal. Did you mean \"!=\"?", c);
        return;
      }
      left = right;
    }
  }

  /**
   * {@code check_is_arg}: anything but a constant (after folding, so also a tuple of constants)
   * other than None, True, False and Ellipsis.
   */
  private static boolean isArgOfIs(Expr e) {
    if (e instanceof Constant k) {
      Object v = k.value();
      return v instanceof NoneConstant || v instanceof EllipsisConstant || v instanceof Boolean;
    }
    if (e instanceof UnaryOp op && op.op() != UnaryOperator.Not && op.operand() instanceof Constant k
        && (k.value() instanceof Number || k.value() instanceof Boolean
            || k.value() instanceof ImaginaryConstant)) {
      return false; // -1 and the like, folded to a constant
    }
    return !isConstantTuple(e);
  }

  /** A tuple display the AST optimizer folds into a constant. */
  static boolean isConstantTuple(Expr e) {
    if (!(e instanceof Tuple t) || t.ctx() != ExprContext.Load) {
      return false;
    }
    for (Expr x : t.elts()) {
      if (!(x instanceof Constant) && !isConstantTuple(x)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- names

  /** Emits a load, store or delete of a name ({@code compiler_nameop}). */
  void nameOp(String name, ExprContext ctx) {
    String mangled = mangle(name);
    SymbolTable.Scope s = u.scope;
    SymbolTable.Kind k = s.kinds.get(mangled);
    if (k == null) {
      k = SymbolTable.Kind.GLOBAL_IMPLICIT;
    }
    if (mangled.equals("__class__") && u.cellvars.contains("__class__")
        && s.type != SymbolTable.BlockType.CLASS) {
      k = SymbolTable.Kind.CELL;
    }
    boolean function = s.type == SymbolTable.BlockType.FUNCTION;
    switch (k) {
      case FREE, CELL -> {
        // a class body's implicit __class__ cell is not the __class__ it may get from outside
        int i = k == SymbolTable.Kind.FREE && u.freevars.contains(mangled)
            ? u.freeIndex(mangled) : u.derefIndex(mangled);
        switch (ctx) {
          case Load -> emit(
              s.type == SymbolTable.BlockType.CLASS && k == SymbolTable.Kind.FREE
                  ? LOAD_CLASSDEREF : LOAD_DEREF, i);
          case Store -> emit(STORE_DEREF, i);
          default -> emit(DELETE_DEREF, i);
        }
      }
      case LOCAL -> {
        if (function) {
          int i = u.localIndex(mangled);
          emit(ctx == ExprContext.Load ? LOAD_FAST : ctx == ExprContext.Store ? STORE_FAST
              : DELETE_FAST, i);
        } else {
          int i = u.addName(mangled);
          emit(ctx == ExprContext.Load ? LOAD_NAME : ctx == ExprContext.Store ? STORE_NAME
              : DELETE_NAME, i);
        }
      }
      case GLOBAL_EXPLICIT -> {
        int i = u.addName(mangled);
        emit(ctx == ExprContext.Load ? LOAD_GLOBAL : ctx == ExprContext.Store ? STORE_GLOBAL
            : DELETE_GLOBAL, ctx == ExprContext.Load ? i << 1 : i);
      }
      default -> {
        int i = u.addName(mangled);
        if (function) {
          emit(ctx == ExprContext.Load ? LOAD_GLOBAL : ctx == ExprContext.Store ? STORE_GLOBAL
              : DELETE_GLOBAL, ctx == ExprContext.Load ? i << 1 : i);
        } else {
          emit(ctx == ExprContext.Load ? LOAD_NAME : ctx == ExprContext.Store ? STORE_NAME
              : DELETE_NAME, i);
        }
      }
    }
  }

  /** Private name mangling ({@code _Py_Mangle}): {@code __x} in class C becomes {@code _C__x}. */
  String mangle(String name) {
    if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
      return name;
    }
    String cls = null;
    for (CompilerUnit x = u; x != null; ) {
      if (x.scope.type == SymbolTable.BlockType.CLASS) {
        cls = x.name;
        break;
      }
      x = null;
    }
    if (cls == null) {
      SymbolTable.Scope sc = u.scope;
      while (sc != null && sc.type != SymbolTable.BlockType.CLASS) {
        sc = sc.parent;
      }
      cls = sc == null ? null : sc.name;
    }
    if (cls == null) {
      return name;
    }
    String stripped = cls.replaceAll("^_+", "");
    if (stripped.isEmpty()) {
      return name;
    }
    return "_" + stripped + name;
  }

  // ---------------------------------------------------------------- expressions

  @Override
  public Void visitName(Name n) {
    if (n.ctx() == ExprContext.Load && n.id().equals("__debug__")) {
      // CPython's AST optimizer makes __debug__ a constant: true unless optimizing
      loadConst(optimize == 0);
      return null;
    }
    nameOp(n.id(), n.ctx());
    return null;
  }

  @Override
  public Void visitConstant(Constant c) {
    loadConst(constantValue(c.value()));
    return null;
  }

  static int binop(Operator op) {
    return switch (op) {
      case Add -> 0;
      case BitAnd -> 1;
      case FloorDiv -> 2;
      case LShift -> 3;
      case MatMult -> 4;
      case Mult -> 5;
      case Mod -> 6;
      case BitOr -> 7;
      case Pow -> 8;
      case RShift -> 9;
      case Sub -> 10;
      case Div -> 11;
      case BitXor -> 12;
    };
  }

  @Override
  public Void visitBinOp(BinOp b) {
    visit(b.left());
    visit(b.right());
    emit(BINARY_OP, binop(b.op()));
    return null;
  }

  @Override
  public Void visitUnaryOp(UnaryOp o) {
    if (o.op() == UnaryOperator.Not && o.operand() instanceof Compare c
        && c.ops().size() == 1) {
      // as CPython's AST optimizer: "not (a is b)" is "a is not b", "not (a in b)" "a not in b"
      CmpOperator inverse = switch (c.ops().get(0)) {
        case Is -> CmpOperator.IsNot;
        case IsNot -> CmpOperator.Is;
        case In -> CmpOperator.NotIn;
        case NotIn -> CmpOperator.In;
        default -> null;
      };
      if (inverse != null) {
        visit(new Compare(c.left(), List.of(inverse), c.comparators(), c.lineno(),
            c.colOffset(), c.endLineno(), c.endColOffset()));
        return null;
      }
    }
    visit(o.operand());
    emit(switch (o.op()) {
      case Invert -> UNARY_INVERT;
      case Not -> UNARY_NOT;
      case UAdd -> UNARY_POSITIVE;
      case USub -> UNARY_NEGATIVE;
    });
    return null;
  }

  @Override
  public Void visitBoolOp(BoolOp b) {
    CodeBuilder.Label end = label();
    List<Expr> vs = b.values();
    for (int i = 0; i < vs.size() - 1; i++) {
      visit(vs.get(i));
      jump(b.op() == BoolOperator.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
    }
    visit(vs.get(vs.size() - 1));
    bind(end);
    return null;
  }

  void compareOp(CmpOperator op) {
    switch (op) {
      case Eq -> emit(COMPARE_OP, 2);
      case NotEq -> emit(COMPARE_OP, 3);
      case Lt -> emit(COMPARE_OP, 0);
      case LtE -> emit(COMPARE_OP, 1);
      case Gt -> emit(COMPARE_OP, 4);
      case GtE -> emit(COMPARE_OP, 5);
      case Is -> emit(IS_OP, 0);
      case IsNot -> emit(IS_OP, 1);
      case In -> emit(CONTAINS_OP, 0);
      case NotIn -> emit(CONTAINS_OP, 1);
    }
  }

  @Override
  public Void visitCompare(Compare c) {
    checkCompare(c);
    visit(c.left());
    int n = c.ops().size();
    if (n == 1) {
      visit(c.comparators().get(0));
      compareOp(c.ops().get(0));
      return null;
    }
    CodeBuilder.Label cleanup = label();
    for (int i = 0; i < n - 1; i++) {
      visit(c.comparators().get(i));
      emit(SWAP, 2);
      emit(COPY, 2);
      compareOp(c.ops().get(i));
      jump(JUMP_IF_FALSE_OR_POP, cleanup);
    }
    visit(c.comparators().get(n - 1));
    compareOp(c.ops().get(n - 1));
    CodeBuilder.Label end = label();
    jump(JUMP, end);
    bind(cleanup);
    emit(SWAP, 2);
    emit(POP_TOP);
    bind(end);
    return null;
  }

  /** Compiles a condition that jumps to {@code target} when its truth equals {@code cond}. */
  void jumpIf(Expr e, CodeBuilder.Label target, boolean cond) {
    if (e instanceof UnaryOp u1 && u1.op() == UnaryOperator.Not) {
      jumpIf(u1.operand(), target, !cond);
      return;
    }
    if (e instanceof BoolOp b) {
      boolean isOr = b.op() == BoolOperator.Or;
      CodeBuilder.Label next = cond == isOr ? target : label();
      List<Expr> vs = b.values();
      for (int i = 0; i < vs.size() - 1; i++) {
        jumpIf(vs.get(i), next, isOr);
      }
      jumpIf(vs.get(vs.size() - 1), target, cond);
      if (next != target) {
        bind(next);
      }
      return;
    }
    visit(e);
    jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, target);
  }

  @Override
  public Void visitIfExp(IfExp e) {
    CodeBuilder.Label orelse = label();
    CodeBuilder.Label end = label();
    jumpIf(e.test(), orelse, false);
    visit(e.body());
    jump(JUMP, end);
    bind(orelse);
    visit(e.orelse());
    bind(end);
    return null;
  }

  @Override
  public Void visitNamedExpr(NamedExpr e) {
    visit(e.value());
    emit(COPY, 1);
    visit(e.target());
    return null;
  }

  @Override
  public Void visitAttribute(Attribute a) {
    visit(a.value());
    int i = u.addName(mangle(a.attr()));
    setLocMatchingAttr(a, a);
    switch (a.ctx()) {
      case Load -> emit(LOAD_ATTR, i);
      case Store -> emit(STORE_ATTR, i);
      default -> emit(DELETE_ATTR, i);
    }
    return null;
  }

  @Override
  public Void visitSubscript(Subscript s) {
    if (s.ctx() == ExprContext.Load) {
      checkSubscripter(s.value(), s);
      checkIndex(s.value(), s.slice(), s);
    }
    visit(s.value());
    visit(s.slice());
    setLoc(s);
    switch (s.ctx()) {
      case Load -> emit(BINARY_SUBSCR);
      case Store -> emit(STORE_SUBSCR);
      default -> emit(DELETE_SUBSCR);
    }
    return null;
  }

  @Override
  public Void visitSlice(Slice s) {
    int n = 2;
    if (s.lower() != null) {
      visit(s.lower());
    } else {
      loadConst(PyNone.NONE);
    }
    if (s.upper() != null) {
      visit(s.upper());
    } else {
      loadConst(PyNone.NONE);
    }
    if (s.step() != null) {
      visit(s.step());
      n = 3;
    }
    emit(BUILD_SLICE, n);
    return null;
  }

  @Override
  public Void visitStarred(Starred s) {
    if (s.ctx() == ExprContext.Store) {
      throw error("starred assignment target must be in a list or tuple", s);
    }
    throw error("can't use starred expression here", s);
  }

  private boolean hasStarred(List<Expr> elts) {
    for (Expr e : elts) {
      if (e instanceof Starred) {
        return true;
      }
    }
    return false;
  }

  /** Builds a list, tuple or set display ({@code starunpack_helper}). */
  void starUnpack(List<Expr> elts, int build, int add, int extend, boolean tuple) {
    starUnpack(elts, 0, build, add, extend, tuple);
  }

  /**
   * {@link #starUnpack(List, int, int, int, boolean)} whose collection also takes the {@code
   * pushed} values already on the stack, first.
   */
  void starUnpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
    if (!hasStarred(elts)) {
      boolean allConst = pushed == 0 && elts.size() > 2;
      for (Expr e : elts) {
        if (!(e instanceof Constant c)) {
          allConst = false;
          break;
        }
      }
      if (allConst && tuple) {
        Object[] vals = new Object[elts.size()];
        for (int i = 0; i < vals.length; i++) {
          vals[i] = constantValue(((Constant) elts.get(i)).value());
        }
        loadConst(new PyTuple(vals));
        return;
      }
      visitAll(elts);
      emit(build, pushed + elts.size());
      return;
    }
    emit(build == BUILD_SET ? BUILD_SET : BUILD_LIST, pushed);
    for (Expr e : elts) {
      if (e instanceof Starred s) {
        visit(s.value());
        emit(extend, 1);
      } else {
        visit(e);
        emit(add, 1);
      }
    }
    if (tuple) {
      emit(LIST_TO_TUPLE);
    }
  }

  /** Unpacks the value on the stack into targets ({@code unpack_helper} and assignment). */
  void unpackInto(List<Expr> elts, Located where) {
    int star = -1;
    for (int i = 0; i < elts.size(); i++) {
      if (elts.get(i) instanceof Starred) {
        if (star >= 0) {
          throw error("multiple starred expressions in assignment", where);
        }
        star = i;
      }
    }
    if (star >= 1 << 8 || elts.size() - star - 1 >= Integer.MAX_VALUE >> 8) {
      // UNPACK_EX's argument holds the count before the star in 8 bits
      throw error("too many expressions in star-unpacking assignment", where);
    }
    if (star < 0) {
      emit(UNPACK_SEQUENCE, elts.size());
    } else {
      emit(UNPACK_EX, star | ((elts.size() - star - 1) << 8));
    }
    for (Expr e : elts) {
      if (e instanceof Starred s) {
        visit(s.value());
      } else {
        visit(e);
      }
    }
  }

  @Override
  public Void visitList(org.taipan.parser.ast.List l) {
    if (l.ctx() == ExprContext.Store) {
      unpackInto(l.elts(), l);
    } else if (l.ctx() == ExprContext.Del) {
      for (Expr e : l.elts()) {
        visit(e);
      }
    } else {
      starUnpack(l.elts(), BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
    }
    return null;
  }

  @Override
  public Void visitTuple(Tuple t) {
    if (t.ctx() == ExprContext.Store) {
      unpackInto(t.elts(), t);
    } else if (t.ctx() == ExprContext.Del) {
      for (Expr e : t.elts()) {
        visit(e);
      }
    } else {
      starUnpack(t.elts(), BUILD_TUPLE, LIST_APPEND, LIST_EXTEND, true);
    }
    return null;
  }

  @Override
  public Void visitSet(Set s) {
    starUnpack(s.elts(), BUILD_SET, SET_ADD, SET_UPDATE, false);
    return null;
  }

  @Override
  public Void visitDict(Dict d) {
    int n = d.keys().size();
    int pending = 0;
    boolean built = false;
    for (int i = 0; i < n; i++) {
      Expr k = d.keys().get(i);
      if (k == null) {
        if (pending > 0 || !built) {
          emit(BUILD_MAP, pending);
          if (built) {
            emit(DICT_UPDATE, 1);
          }
          built = true;
          pending = 0;
        }
        visit(d.values().get(i));
        emit(DICT_UPDATE, 1);
      } else {
        visit(k);
        visit(d.values().get(i));
        pending++;
      }
    }
    if (!built || pending > 0) {
      emit(BUILD_MAP, pending);
      if (built) {
        emit(DICT_UPDATE, 1);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- calls

  @Override
  public Void visitCall(Call c) {
    checkCaller(c.func(), c);
    if (c.func() instanceof Attribute a && a.ctx() == ExprContext.Load && simpleArgs(c)) {
      visit(a.value());
      setLocMatchingAttr(a, a);
      emit(LOAD_METHOD, u.addName(mangle(a.attr())));
      callHelper(c, 0, a);
      return null;
    }
    if (c.func() instanceof Name n && simpleArgs(c)) {
      emitPushNullAndLoad(n);
    } else {
      emit(PUSH_NULL);
      visit(c.func());
    }
    setLoc(c);
    callHelper(c, 0);
    return null;
  }

  private void emitPushNullAndLoad(Name n) {
    String mangled = mangle(n.id());
    SymbolTable.Kind k = u.scope.kinds.get(mangled);
    boolean global = (k == null || k == SymbolTable.Kind.GLOBAL_IMPLICIT
        || k == SymbolTable.Kind.GLOBAL_EXPLICIT)
        && (u.scope.type == SymbolTable.BlockType.FUNCTION
            || k == SymbolTable.Kind.GLOBAL_EXPLICIT);
    if (global) {
      setLoc(n);
      emit(LOAD_GLOBAL, (u.addName(mangled) << 1) | 1);
    } else {
      emit(PUSH_NULL);
      visit(n);
    }
  }

  private static boolean simpleArgs(Call c) {
    for (Expr a : c.args()) {
      if (a instanceof Starred) {
        return false;
      }
    }
    for (Keyword k : c.keywords()) {
      if (k.arg() == null) {
        return false;
      }
    }
    return true;
  }

  private void callLoc(Located call, Attribute meth) {
    if (meth == null) {
      setLoc(call);
    } else {
      setLocMatchingAttr(call, meth);
    }
  }

  /** {@code validate_keywords}: no keyword may be given twice, whatever comes between. */
  void checkRepeatedKeywords(List<Keyword> keywords) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Keyword k : keywords) {
      if (k.arg() != null && !seen.add(k.arg())) {
        throw error("keyword argument repeated: " + k.arg(), k);
      }
    }
  }

  /** Pushes the arguments and emits the call ({@code compiler_call_helper}). */
  void callHelper(Call c, int extra) {
    callHelper(c, extra, null);
  }

  /**
   * As {@link #callHelper(Call, int)}, for a method call on the attribute {@code meth} (or null):
   * the call is then located as {@link #setLocMatchingAttr} says.
   */
  void callHelper(Call c, int extra, Attribute meth) {
    Located loc = c;
    checkRepeatedKeywords(c.keywords());
    if (simpleArgs(c)) {
      visitAll(c.args());
      int nk = c.keywords().size();
      if (nk > 0) {
        Object[] names = new Object[nk];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < nk; i++) {
          Keyword k = c.keywords().get(i);
          if (!seen.add(k.arg())) {
            throw error("keyword argument repeated: " + k.arg(), k);
          }
          names[i] = k.arg();
          visit(k.value());
        }
        // a method call's KW_NAMES stays where its LOAD_METHOD is
        callLoc(meth == null ? loc : meth, meth);
        emit(KW_NAMES, u.addConst(new PyTuple(names)));
      }
      callLoc(loc, meth);
      int n = extra + c.args().size() + nk;
      emit(PRECALL, n);
      emit(CALL, n);
      return;
    }
    // CALL_FUNCTION_EX: positional arguments as a tuple
    List<Expr> args = c.args();
    if (args.size() == 1 && args.get(0) instanceof Starred s && extra == 0) {
      // passed as it is: CALL_FUNCTION_EX makes a tuple of it
      visit(s.value());
    } else {
      starUnpack(args, extra, BUILD_TUPLE, LIST_APPEND, LIST_EXTEND, true);
    }
    boolean haveKw = !c.keywords().isEmpty();
    if (haveKw) {
      int pending = 0;
      boolean built = false;
      for (Keyword k : c.keywords()) {
        if (k.arg() == null) {
          if (!built || pending > 0) {
            emit(BUILD_MAP, pending);
            if (built) {
              emit(DICT_MERGE, 1);
            }
            built = true;
            pending = 0;
          }
          visit(k.value());
          emit(DICT_MERGE, 1);
        } else {
          loadConst(k.arg());
          visit(k.value());
          pending++;
        }
      }
      if (!built || pending > 0) {
        emit(BUILD_MAP, pending);
        if (built) {
          emit(DICT_MERGE, 1);
        }
      }
    }
    setLoc(loc);
    emit(CALL_FUNCTION_EX, haveKw ? 1 : 0);
  }

  // ---------------------------------------------------------------- f-strings

  @Override
  public Void visitJoinedStr(JoinedStr j) {
    List<Expr> vs = j.values();
    if (vs.isEmpty()) {
      loadConst("");
      return null;
    }
    for (Expr e : vs) {
      visit(e);
    }
    if (vs.size() > 1) {
      emit(BUILD_STRING, vs.size());
    } else if (vs.get(0) instanceof Constant) {
      // a lone constant is already a str
    }
    return null;
  }

  @Override
  public Void visitFormattedValue(FormattedValue f) {
    visit(f.value());
    int flags = switch (f.conversion()) {
      case 's' -> 1;
      case 'r' -> 2;
      case 'a' -> 3;
      default -> 0;
    };
    if (f.formatSpec() != null) {
      visit(f.formatSpec());
      flags |= 4;
    }
    emit(FORMAT_VALUE, flags);
    return null;
  }

  // ---------------------------------------------------------------- functions and closures

  /** Pushes the closure tuple for a child code unit's free variables, if any. */
  boolean makeClosure(PyCode child) {
    int nfree = child.nfrees;
    if (nfree == 0) {
      return false;
    }
    String[] lp = child.localsplusnames;
    for (int i = lp.length - nfree; i < lp.length; i++) {
      String name = lp[i];
      int idx;
      if (u.cellvars.contains(name) || u.freevars.contains(name)) {
        idx = u.derefIndex(name);
      } else {
        throw new IllegalStateException("free variable " + name + " not found in " + u.name);
      }
      emit(LOAD_CLOSURE, idx);
    }
    emit(BUILD_TUPLE, nfree);
    return true;
  }

  /** Pushes defaults; returns the MAKE_FUNCTION flags they need. */
  int defaults(Arguments a) {
    int flags = 0;
    if (!a.defaults().isEmpty()) {
      visitAll(a.defaults());
      emit(BUILD_TUPLE, a.defaults().size());
      flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < a.kwonlyargs().size(); i++) {
      Expr d = a.kwDefaults().get(i);
      if (d != null) {
        loadConst(mangle(a.kwonlyargs().get(i).arg()));
        visit(d);
        nkw++;
      }
    }
    if (nkw > 0) {
      emit(BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  /** Pushes the annotations tuple (name, value, …); returns the MAKE_FUNCTION flag, or 0. */
  int annotations(Arguments a, Expr returns) {
    int n = 0;
    // compiler_visit_annotations takes the plain arguments before the positional-only ones
    java.util.List<Arg> all = new ArrayList<>(a.args());
    all.addAll(a.posonlyargs());
    if (a.vararg() != null) {
      all.add(a.vararg());
    }
    all.addAll(a.kwonlyargs());
    if (a.kwarg() != null) {
      all.add(a.kwarg());
    }
    for (Arg arg : all) {
      if (arg.annotation() != null) {
        loadConst(mangle(arg.arg()));
        if (arg.annotation() instanceof Starred st) {
          // *args: *Ts is [annotation] = [*Ts] (PEP 646)
          visit(st.value());
          emit(UNPACK_SEQUENCE, 1);
        } else {
          visit(arg.annotation());
        }
        n++;
      }
    }
    if (returns != null) {
      loadConst("return");
      visit(returns);
      n++;
    }
    if (n == 0) {
      return 0;
    }
    emit(BUILD_TUPLE, 2 * n);
    return 4;
  }

  void setArgCounts(Arguments a) {
    u.posonlyargcount = a.posonlyargs().size();
    u.argcount = a.posonlyargs().size() + a.args().size();
    u.kwonlyargcount = a.kwonlyargs().size();
  }

  @Override
  public Void visitLambda(Lambda l) {
    int flags = defaults(l.args());
    enterUnit(l, "<lambda>", l.lineno());
    setArgCounts(l.args());
    u.addConst(PyNone.NONE);
    prologue();
    setLoc(l.body());
    visit(l.body());
    emit(RETURN_VALUE);
    PyCode code = leaveUnit();
    setLoc(l);
    if (makeClosure(code)) {
      flags |= 8;
    }
    loadConst(code);
    emit(MAKE_FUNCTION, flags);
    return null;
  }

  // ---------------------------------------------------------------- comprehensions

  private void comprehension(Expr node, String name, List<Comprehension> gens, int kind,
      Expr elt, Expr value) {
    boolean generator = kind == 3;
    enterUnit(node, name, node.lineno());
    // an async comprehension is a coroutine (an async generator for a generator expression)
    boolean async = u.scope.coroutine;
    u.argcount = 1;
    prologue();
    setLoc(node);
    if (!generator) {
      emit(kind == 0 ? BUILD_LIST : kind == 1 ? BUILD_SET : BUILD_MAP, 0);
    }
    comprehensionGenerator(gens, 0, kind, elt, value, generator ? 0 : 1);
    if (generator) {
      loadConst(PyNone.NONE);
    }
    emit(RETURN_VALUE);
    PyCode code = leaveUnit();
    setLoc(node);
    int flags = makeClosure(code) ? 8 : 0;
    loadConst(code);
    emit(MAKE_FUNCTION, flags);
    if (gens.get(0).isAsync() != 0) {
      visitAsyncIterable(gens.get(0).iter());
      emit(GET_AITER);
    } else {
      visit(gens.get(0).iter());
      emit(GET_ITER);
    }
    setLoc(node);
    emit(PRECALL, 0);
    emit(CALL, 0);
    if (async && !generator) {
      awaitValue(0);
    }
  }

  private void comprehensionGenerator(
      List<Comprehension> gens, int gi, int kind, Expr elt, Expr value, int depth) {
    Comprehension g = gens.get(gi);
    CodeBuilder.Label start = label();
    CodeBuilder.Label anchor = label();
    CodeBuilder.Label ifCleanup = label();
    boolean async = g.isAsync() != 0;
    if (gi == 0) {
      emit(LOAD_FAST, 0);
    } else {
      if (async) {
        visitAsyncIterable(g.iter());
      } else {
        visit(g.iter());
      }
      emit(async ? GET_AITER : GET_ITER);
    }
    bind(start);
    if (async) {
      // as in 'async for': StopAsyncIteration from the awaited __anext__() goes to END_ASYNC_FOR
      jump(SETUP_FINALLY, anchor);
      emit(GET_ANEXT);
      awaitLoop();
      emit(POP_BLOCK);
    } else {
      jump(FOR_ITER, anchor);
    }
    visit(g.target());
    for (Expr cond : g.ifs()) {
      jumpIf(cond, ifCleanup, false);
    }
    if (gi + 1 < gens.size()) {
      comprehensionGenerator(gens, gi + 1, kind, elt, value, depth + 1);
    } else {
      switch (kind) {
        case 0 -> {
          visit(elt);
          emit(LIST_APPEND, depth + 1);
        }
        case 1 -> {
          visit(elt);
          emit(SET_ADD, depth + 1);
        }
        case 2 -> {
          visit(elt);
          visit(value);
          emit(MAP_ADD, depth + 1);
        }
        default -> {
          visit(elt);
          if (u.scope.coroutine) {
            emit(ASYNC_GEN_WRAP);
          }
          emit(YIELD_VALUE);
          emit(RESUME, 1);
          emit(POP_TOP);
        }
      }
    }
    bind(ifCleanup);
    jump(JUMP, start);
    bind(anchor);
    if (async) {
      emit(END_ASYNC_FOR);
    }
  }

  @Override
  public Void visitListComp(ListComp c) {
    comprehension(c, "<listcomp>", c.generators(), 0, c.elt(), null);
    return null;
  }

  @Override
  public Void visitSetComp(SetComp c) {
    comprehension(c, "<setcomp>", c.generators(), 1, c.elt(), null);
    return null;
  }

  @Override
  public Void visitDictComp(DictComp c) {
    comprehension(c, "<dictcomp>", c.generators(), 2, c.key(), c.value());
    return null;
  }

  @Override
  public Void visitGeneratorExp(GeneratorExp c) {
    comprehension(c, "<genexpr>", c.generators(), 3, c.elt(), null);
    return null;
  }

  // ---------------------------------------------------------------- generators

  @Override
  public Void visitYield(Yield y) {
    if (u.scope.type != SymbolTable.BlockType.FUNCTION) {
      throw error("'yield' outside function", y);
    }
    if (y.value() != null) {
      visit(y.value());
    } else {
      loadConst(PyNone.NONE);
    }
    if (u.scope.coroutine) {
      emit(ASYNC_GEN_WRAP);
    }
    emit(YIELD_VALUE);
    emit(RESUME, 1);
    return null;
  }

  @Override
  public Void visitYieldFrom(YieldFrom y) {
    if (u.scope.type != SymbolTable.BlockType.FUNCTION) {
      throw error("'yield' outside function", y);
    }
    visit(y.value());
    emit(GET_YIELD_FROM_ITER);
    loadConst(PyNone.NONE);
    CodeBuilder.Label send = label();
    CodeBuilder.Label exit = label();
    bind(send);
    jump(SEND, exit);
    emit(YIELD_VALUE);
    emit(RESUME, 2);
    jump(JUMP_NO_INTERRUPT, send);
    bind(exit);
    return null;
  }

  @Override
  public Void visitAwait(Await a) {
    visit(a.value());
    awaitValue(0);
    return null;
  }

  /**
   * The iterable of an {@code async for}: as CPython's AST optimizer does ({@code fold_iter}), a
   * list display there is built as a tuple, which shows in the error GET_AITER raises.
   */
  void visitAsyncIterable(Expr iter) {
    if (iter instanceof org.taipan.parser.ast.List l && !hasStarred(l.elts())) {
      visit(new Tuple(l.elts(), ExprContext.Load, l.lineno(), l.colOffset(), l.endLineno(),
          l.endColOffset()));
    } else {
      visit(iter);
    }
  }

  /**
   * Awaits the value on top of the stack: GET_AWAITABLE with {@code where} (0 for an {@code await}
   * expression, 1 after {@code __aenter__}, 2 after {@code __aexit__}), then {@link #awaitLoop}.
   */
  void awaitValue(int where) {
    emit(GET_AWAITABLE, where);
    awaitLoop();
  }

  /**
   * Drives the awaitable on top of the stack to its end: None is sent into it in CPython's SEND /
   * YIELD_VALUE loop, and its result is left in its place.
   */
  void awaitLoop() {
    loadConst(PyNone.NONE);
    CodeBuilder.Label send = label();
    CodeBuilder.Label exit = label();
    bind(send);
    jump(SEND, exit);
    emit(YIELD_VALUE);
    emit(RESUME, 3);
    jump(JUMP_NO_INTERRUPT, send);
    bind(exit);
  }
}
