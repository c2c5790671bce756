package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import java.util.List;
import org.taipan.interp.CompilerUnit.FBlock;
import org.taipan.interp.CompilerUnit.FBlockType;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.parser.ast.*;

/**
 * Compiles a parsed module, expression or interactive statement to a {@link PyCode}, CPython
 * 3.11's {@code Python/compile.c}: the statement half of the compiler (assignments, control flow,
 * exception handling with the 3.11 exception table, {@code with}, functions and classes, imports),
 * on top of {@link ExprCompiler}.
 */
public final class Compiler extends ExprCompiler implements Stmt.Visitor<Void> {

  private Compiler(String filename) {
    super(filename);
  }

  /** Compiles a module ({@code exec} mode). */
  public static PyCode compileModule(org.taipan.parser.ast.Module m, String filename) {
    return compileModule(m, filename, 0, false);
  }

  /** Compiles a module ({@code exec} mode) at an optimisation level ({@code compile(optimize=)}). */
  public static PyCode compileModule(
      org.taipan.parser.ast.Module m, String filename, int optimize, boolean topLevelAwait) {
    Compiler c = new Compiler(filename);
    c.optimize = optimize;
    c.future = FutureFeatures.of(m.body(), filename);
    c.symtable = SymbolTable.build(m, m.body(), filename, topLevelAwait);
    c.enterUnit(m, "<module>", 1);
    c.u.b.setLocation(0, 1, 0, 0);
    c.topLevelPrologue();
    List<Stmt> body = m.body();
    int start = 0;
    if (hasAnnotations(body)) {
      c.emit(SETUP_ANNOTATIONS);
    }
    if (!body.isEmpty() && c.optimize < 2 && docstring(body.get(0)) != null) {
      Stmt first = body.get(0);
      c.setLoc(first);
      c.loadConst(docstring(first));
      c.nameOp("__doc__", ExprContext.Store);
      start = 1;
    }
    for (int i = start; i < body.size(); i++) {
      c.visitStmt(body.get(i));
    }
    c.u.b.noLocation();
    c.loadConst(PyNone.NONE);
    c.emit(RETURN_VALUE);
    return c.leaveUnit();
  }

  /** Compiles an expression ({@code eval} mode). */
  public static PyCode compileExpression(Expression e, String filename) {
    return compileExpression(e, filename, 0);
  }

  /** Compiles an expression ({@code eval} mode) at an optimisation level. */
  public static PyCode compileExpression(Expression e, String filename, int optimize) {
    Compiler c = new Compiler(filename);
    c.optimize = optimize;
    c.symtable = SymbolTable.build(e, List.of(e.body()), filename);
    c.enterUnit(e, "<module>", 1);
    c.emit(RESUME, 0);
    c.visit(e.body());
    c.emit(RETURN_VALUE);
    return c.leaveUnit();
  }

  /** Compiles interactive input ({@code single} mode): expression values are printed. */
  public static PyCode compileInteractive(Interactive m, String filename) {
    return compileInteractive(m, filename, 0, false);
  }

  /** Compiles interactive input ({@code single} mode) at an optimisation level. */
  public static PyCode compileInteractive(
      Interactive m, String filename, int optimize, boolean topLevelAwait) {
    Compiler c = new Compiler(filename);
    c.optimize = optimize;
    c.future = FutureFeatures.of(m.body(), filename);
    c.symtable = SymbolTable.build(m, m.body(), filename, topLevelAwait);
    c.enterUnit(m, "<module>", 1);
    c.u.isInteractive = true;
    c.topLevelPrologue();
    for (Stmt s : m.body()) {
      c.visitStmt(s);
    }
    c.loadConst(PyNone.NONE);
    c.emit(RETURN_VALUE);
    return c.leaveUnit();
  }

  /** RESUME, after RETURN_GENERATOR when top-level await made the module a coroutine. */
  private void topLevelPrologue() {
    if (u.scope.coroutine) {
      emit(RETURN_GENERATOR);
      emit(POP_TOP);
    }
    emit(RESUME, 0);
  }

  /**
   * {@code find_ann}: whether a module or class body holds an annotated assignment, also inside
   * its compound statements (not inside nested functions and classes).
   */
  private static boolean hasAnnotations(List<Stmt> body) {
    for (Stmt s : body) {
      boolean found;
      if (s instanceof AnnAssign) {
        found = true;
      } else if (s instanceof For f) {
        found = hasAnnotations(f.body()) || hasAnnotations(f.orelse());
      } else if (s instanceof AsyncFor f) {
        found = hasAnnotations(f.body()) || hasAnnotations(f.orelse());
      } else if (s instanceof While w) {
        found = hasAnnotations(w.body()) || hasAnnotations(w.orelse());
      } else if (s instanceof If i) {
        found = hasAnnotations(i.body()) || hasAnnotations(i.orelse());
      } else if (s instanceof With w) {
        found = hasAnnotations(w.body());
      } else if (s instanceof AsyncWith w) {
        found = hasAnnotations(w.body());
      } else if (s instanceof Try t) {
        found = handlersHaveAnnotations(t.handlers()) || hasAnnotations(t.body())
            || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody());
      } else if (s instanceof TryStar t) {
        found = handlersHaveAnnotations(t.handlers()) || hasAnnotations(t.body())
            || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody());
      } else if (s instanceof Match m) {
        found = false;
        for (MatchCase mc : m.cases()) {
          found |= hasAnnotations(mc.body());
        }
      } else {
        found = false;
      }
      if (found) {
        return true;
      }
    }
    return false;
  }

  private static boolean handlersHaveAnnotations(List<ExceptHandlerNode> handlers) {
    for (ExceptHandlerNode h : handlers) {
      if (h instanceof ExceptHandler eh && hasAnnotations(eh.body())) {
        return true;
      }
    }
    return false;
  }

  private static Object docstring(Stmt s) {
    if (s instanceof ExprStmt e && e.value() instanceof Constant c) {
      Object v = constantValue(c.value());
      if (org.taipan.object.PyUnicode.isStr(v)) {
        return v;
      }
    }
    return null;
  }

  void visitStmt(Stmt s) {
    setLoc(s);
    s.accept(this);
  }

  void visitBody(List<Stmt> body) {
    for (Stmt s : body) {
      visitStmt(s);
    }
  }

  // ---------------------------------------------------------------- simple statements

  @Override
  public Void visitExprStmt(ExprStmt s) {
    if (u.isInteractive && stack.isEmpty()) {
      visit(s.value());
      emit(PRINT_EXPR);
      return null;
    }
    if (s.value() instanceof Constant) {
      emit(NOP);
      return null;
    }
    visit(s.value());
    setLoc(s);
    emit(POP_TOP);
    return null;
  }

  @Override
  public Void visitPass(Pass p) {
    emit(NOP);
    return null;
  }

  @Override
  public Void visitAssign(Assign a) {
    visit(a.value());
    List<Expr> ts = a.targets();
    for (int i = 0; i < ts.size(); i++) {
      if (i < ts.size() - 1) {
        emit(COPY, 1);
      }
      visit(ts.get(i));
    }
    return null;
  }

  @Override
  public Void visitAugAssign(AugAssign a) {
    Expr t = a.target();
    int op = binop(a.op()) + 13;
    if (t instanceof Name n) {
      nameOp(n.id(), ExprContext.Load);
      visit(a.value());
      setLoc(a);
      emit(BINARY_OP, op);
      nameOp(n.id(), ExprContext.Store);
    } else if (t instanceof Attribute at) {
      visit(at.value());
      emit(COPY, 1);
      int ni = u.addName(mangle(at.attr()));
      setLocMatchingAttr(at, at);
      emit(LOAD_ATTR, ni);
      visit(a.value());
      setLoc(a);
      emit(BINARY_OP, op);
      emit(SWAP, 2);
      setLocMatchingAttr(at, at);
      emit(STORE_ATTR, ni);
    } else if (t instanceof Subscript sb) {
      visit(sb.value());
      visit(sb.slice());
      emit(COPY, 2);
      emit(COPY, 2);
      setLoc(sb);
      emit(BINARY_SUBSCR);
      visit(a.value());
      setLoc(a);
      emit(BINARY_OP, op);
      emit(SWAP, 3);
      emit(SWAP, 2);
      emit(STORE_SUBSCR);
    } else {
      throw error("'" + t.pythonName() + "' is an illegal expression for augmented assignment", t);
    }
    return null;
  }

  @Override
  public Void visitAnnAssign(AnnAssign a) {
    // compiler_annassign: the assignment first, then what the annotation needs
    if (a.value() != null) {
      visit(a.value());
      visit(a.target());
    }
    boolean evaluated = u.scope.type != SymbolTable.BlockType.FUNCTION;
    Expr t = a.target();
    if (t instanceof Name n) {
      if (a.simple() != 0 && evaluated) {
        visit(a.annotation());
        nameOp("__annotations__", ExprContext.Load);
        loadConst(mangle(n.id()));
        emit(STORE_SUBSCR);
      }
    } else if (t instanceof Attribute at) {
      if (a.value() == null) {
        evaluateAndPop(at.value());
      }
    } else if (t instanceof Subscript sub) {
      if (a.value() == null) {
        evaluateAndPop(sub.value());
        checkAnnotatedSubscript(sub.slice());
      }
    }
    // the annotation of a complex target is evaluated last, in a module or class
    if (a.simple() == 0 && evaluated) {
      evaluateAndPop(a.annotation());
    }
    return null;
  }

  /** {@code check_ann_expr}: evaluates an expression for its errors only. */
  private void evaluateAndPop(Expr e) {
    visit(e);
    emit(POP_TOP);
  }

  /** {@code check_ann_subscr}: evaluates what a subscript target's slice needs at run time. */
  private void checkAnnotatedSubscript(Expr e) {
    if (e instanceof Slice sl) {
      for (Expr part : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
        if (part != null) {
          evaluateAndPop(part);
        }
      }
    } else if (e instanceof Tuple tu) {
      for (Expr elt : tu.elts()) {
        checkAnnotatedSubscript(elt);
      }
    } else {
      evaluateAndPop(e);
    }
  }

  @Override
  public Void visitDelete(Delete d) {
    for (Expr t : d.targets()) {
      visit(t);
    }
    return null;
  }

  @Override
  public Void visitGlobal(Global g) {
    emit(NOP);
    return null;
  }

  @Override
  public Void visitNonlocal(Nonlocal n) {
    emit(NOP);
    return null;
  }

  @Override
  public Void visitAssert(Assert a) {
    if (a.test() instanceof Tuple t && !t.elts().isEmpty()) {
      warn("assertion is always true, perhaps remove parentheses?", a);
    }
    if (optimize > 0) {
      return null;
    }
    CodeBuilder.Label end = label();
    jumpIf(a.test(), end, true);
    setLoc(a.test());
    emit(LOAD_ASSERTION_ERROR);
    if (a.msg() != null) {
      visit(a.msg());
      setLoc(a.test());
      emit(PRECALL, 0);
      emit(CALL, 0);
    }
    emit(RAISE_VARARGS, 1);
    bind(end);
    return null;
  }

  @Override
  public Void visitRaise(Raise r) {
    int n = 0;
    if (r.exc() != null) {
      visit(r.exc());
      n++;
      if (r.cause() != null) {
        visit(r.cause());
        n++;
      }
    }
    setLoc(r);
    emit(RAISE_VARARGS, n);
    return null;
  }

  @Override
  public Void visitReturn(Return r) {
    if (u.scope.type != SymbolTable.BlockType.FUNCTION) {
      throw error("'return' outside function", r);
    }
    boolean preserve = r.value() != null;
    if (preserve) {
      visit(r.value());
    } else {
      loadConst(PyNone.NONE);
    }
    Expr v = r.value();
    refuseLeavingExceptStar(
        v instanceof Constant && v.lineno() == r.lineno() ? v : r, false);
    setLoc(r);
    unwindAll(true);
    setLoc(r);
    emit(RETURN_VALUE);
    return null;
  }

  @Override
  public Void visitBreak(Break b) {
    refuseLeavingExceptStar(b, true);
    FBlock loop = unwindToLoop(b, true);
    jump(JUMP, loop.exit);
    return null;
  }

  @Override
  public Void visitContinue(Continue c) {
    refuseLeavingExceptStar(c, true);
    FBlock loop = unwindToLoop(c, false);
    jump(JUMP, loop.block);
    return null;
  }

  // ---------------------------------------------------------------- block unwinding

  /** The most frame blocks a code unit may nest ({@code CO_MAXBLOCKS}). */
  private static final int MAX_BLOCKS = 20;

  /**
   * Pushes a frame block ({@code compiler_push_fblock}); like CPython, refuses to nest more than
   * {@link #MAX_BLOCKS}, reporting the error where the compiler is.
   */
  private void pushFBlock(FBlock f) {
    if (u.fblocks.size() >= MAX_BLOCKS) {
      CodeBuilder b = u.b;
      throw new org.taipan.parser.PythonSyntaxError(
          org.taipan.parser.PythonSyntaxError.SYNTAX_ERROR, "too many statically nested blocks",
          filename, b.line, b.col + 1, null, b.endLine, b.endCol + 1);
    }
    u.fblocks.push(f);
  }

  private void unwindBlock(FBlock f, boolean preserveTos) {
    switch (f.type) {
      case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER -> { }
      case FOR_LOOP -> {
        if (preserveTos) {
          emit(SWAP, 2);
        }
        emit(POP_TOP);
      }
      case TRY_EXCEPT -> emit(POP_BLOCK);
      case FINALLY_TRY -> {
        emit(POP_BLOCK);
        if (preserveTos) {
          pushFBlock(new FBlock(FBlockType.POP_VALUE, null, null, null));
        }
        @SuppressWarnings("unchecked")
        List<Stmt> body = (List<Stmt>) f.datum;
        visitBody(body);
        if (preserveTos) {
          u.fblocks.pop();
        }
      }
      case FINALLY_END -> {
        if (preserveTos) {
          emit(SWAP, 2);
        }
        emit(POP_TOP);
        if (preserveTos) {
          emit(SWAP, 2);
        }
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
      }
      case WITH, ASYNC_WITH -> {
        emit(POP_BLOCK);
        if (preserveTos) {
          emit(SWAP, 2);
        }
        callExitWithNones();
        if (f.type == FBlockType.ASYNC_WITH) {
          awaitValue(2);
        }
        emit(POP_TOP);
      }
      case HANDLER_CLEANUP -> {
        if (f.datum != null) {
          emit(POP_BLOCK);
        }
        if (preserveTos) {
          emit(SWAP, 2);
        }
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        if (f.datum != null) {
          loadConst(PyNone.NONE);
          nameOp((String) f.datum, ExprContext.Store);
          nameOp((String) f.datum, ExprContext.Del);
        }
      }
      case POP_VALUE -> {
        if (preserveTos) {
          emit(SWAP, 2);
        }
        emit(POP_TOP);
      }
    }
  }

  private void unwindAll(boolean preserveTos) {
    if (u.fblocks.isEmpty()) {
      return;
    }
    FBlock top = u.fblocks.pop();
    try {
      unwindBlock(top, preserveTos);
      unwindAll(preserveTos);
    } finally {
      pushFBlock(top);
    }
  }

  private FBlock unwindToLoop(Located where, boolean isBreak) {
    if (u.fblocks.isEmpty()) {
      throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", where);
    }
    FBlock top = u.fblocks.peek();
    if (top.type == FBlockType.WHILE_LOOP || top.type == FBlockType.FOR_LOOP) {
      if (isBreak) {
        unwindBlock(top, false);
      }
      return top;
    }
    u.fblocks.pop();
    try {
      unwindBlock(top, false);
      return unwindToLoop(where, isBreak);
    } finally {
      pushFBlock(top);
    }
  }

  /**
   * Refuses a break, continue or return that would leave an except* clause, as {@code
   * compiler_unwind_fblock_stack} does on meeting its block. The error is where unwinding the
   * blocks inside the clause leaves the compiler: at {@code where}, or nowhere (line -1) after
   * unwinding a finally body or a with block, whose code CPython marks artificial.
   */
  private void refuseLeavingExceptStar(Located where, boolean toLoop) {
    boolean artificial = false;
    for (FBlock f : u.fblocks) {
      switch (f.type) {
        case EXCEPTION_GROUP_HANDLER -> {
          String msg = "'break', 'continue' and 'return' cannot appear in an except* block";
          if (artificial) {
            throw new org.taipan.parser.PythonSyntaxError(
                org.taipan.parser.PythonSyntaxError.SYNTAX_ERROR, msg, filename, -1, 0, null,
                -1, 0);
          }
          throw error(msg, where);
        }
        case WHILE_LOOP, FOR_LOOP -> {
          if (toLoop) {
            return;
          }
        }
        case FINALLY_TRY, WITH, ASYNC_WITH -> artificial = true;
        default -> { }
      }
    }
  }

  private void callExitWithNones() {
    loadConst(PyNone.NONE);
    loadConst(PyNone.NONE);
    loadConst(PyNone.NONE);
    emit(PRECALL, 2);
    emit(CALL, 2);
  }

  // ---------------------------------------------------------------- control flow

  @Override
  public Void visitIf(If s) {
    CodeBuilder.Label end = label();
    CodeBuilder.Label orelse = s.orelse().isEmpty() ? end : label();
    jumpIf(s.test(), orelse, false);
    visitBody(s.body());
    if (!s.orelse().isEmpty()) {
      u.b.noLocation();
      jump(JUMP, end);
      bind(orelse);
      visitBody(s.orelse());
    }
    bind(end);
    return null;
  }

  @Override
  public Void visitWhile(While s) {
    CodeBuilder.Label loop = label();
    CodeBuilder.Label body = label();
    CodeBuilder.Label anchor = label();
    CodeBuilder.Label exit = label();
    bind(loop);
    jumpIf(s.test(), anchor, false);
    bind(body);
    pushFBlock(new FBlock(FBlockType.WHILE_LOOP, loop, exit, null));
    visitBody(s.body());
    u.fblocks.pop();
    setLoc(s.test());
    jump(JUMP, loop);
    bind(anchor);
    visitBody(s.orelse());
    bind(exit);
    return null;
  }

  @Override
  public Void visitFor(For s) {
    CodeBuilder.Label start = label();
    CodeBuilder.Label cleanup = label();
    CodeBuilder.Label end = label();
    visit(s.iter());
    setLoc(s);
    emit(GET_ITER);
    bind(start);
    pushFBlock(new FBlock(FBlockType.FOR_LOOP, start, end, null));
    setLoc(s);
    jump(FOR_ITER, cleanup);
    visit(s.target());
    visitBody(s.body());
    u.b.noLocation();
    jump(JUMP, start);
    u.fblocks.pop();
    bind(cleanup);
    visitBody(s.orelse());
    bind(end);
    return null;
  }

  @Override
  public Void visitAsyncFor(AsyncFor s) {
    CodeBuilder.Label start = label();
    CodeBuilder.Label except = label();
    CodeBuilder.Label end = label();
    visitAsyncIterable(s.iter());
    setLoc(s);
    emit(GET_AITER);
    bind(start);
    pushFBlock(new FBlock(FBlockType.FOR_LOOP, start, end, null));
    // StopAsyncIteration from the awaited __anext__() ends the loop (END_ASYNC_FOR)
    jump(SETUP_FINALLY, except);
    emit(GET_ANEXT);
    awaitLoop();
    emit(POP_BLOCK);
    visit(s.target());
    visitBody(s.body());
    u.b.noLocation();
    jump(JUMP, start);
    u.fblocks.pop();
    bind(except);
    setLoc(s);
    emit(END_ASYNC_FOR);
    visitBody(s.orelse());
    bind(end);
    return null;
  }

  @Override
  public Void visitAsyncWith(AsyncWith s) {
    withItem(s, s.items(), s.body(), 0, true);
    return null;
  }

  @Override
  public Void visitMatch(Match s) {
    new PatternCompiler(this).compile(s);
    return null;
  }

  @Override
  public Void visitTryStar(TryStar s) {
    if (!s.finalbody().isEmpty()) {
      tryFinally(s.finalbody(), () -> tryStarExcept(s));
    } else {
      tryStarExcept(s);
    }
    return null;
  }

  // ---------------------------------------------------------------- exceptions

  @Override
  public Void visitTry(Try t) {
    if (!t.finalbody().isEmpty()) {
      tryFinally(
          t.finalbody(),
          () -> {
            if (t.handlers().isEmpty()) {
              visitBody(t.body());
            } else {
              tryExcept(t);
            }
          });
    } else {
      tryExcept(t);
    }
    return null;
  }

  private void popExceptAndReraise() {
    emit(COPY, 3);
    emit(POP_EXCEPT);
    emit(RERAISE, 1);
  }

  /** A try statement with a finally clause; {@code inner} compiles the rest of the statement. */
  private void tryFinally(List<Stmt> finalbody, Runnable inner) {
    CodeBuilder.Label body = label();
    CodeBuilder.Label end = label();
    CodeBuilder.Label exit = label();
    CodeBuilder.Label cleanup = label();
    jump(SETUP_FINALLY, end);
    bind(body);
    pushFBlock(new FBlock(FBlockType.FINALLY_TRY, body, end, finalbody));
    inner.run();
    emit(POP_BLOCK);
    u.fblocks.pop();
    visitBody(finalbody);
    u.b.noLocation();
    jump(JUMP, exit);
    bind(end);
    u.b.noLocation();
    jump(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
    pushFBlock(new FBlock(FBlockType.FINALLY_END, end, null, null));
    visitBody(finalbody);
    u.fblocks.pop();
    u.b.noLocation();
    emit(RERAISE, 0);
    bind(cleanup);
    popExceptAndReraise();
    bind(exit);
  }

  private void tryExcept(Try t) {
    CodeBuilder.Label body = label();
    CodeBuilder.Label except = label();
    CodeBuilder.Label end = label();
    CodeBuilder.Label cleanup = label();
    jump(SETUP_FINALLY, except);
    bind(body);
    pushFBlock(new FBlock(FBlockType.TRY_EXCEPT, body, null, null));
    visitBody(t.body());
    u.fblocks.pop();
    u.b.noLocation();
    emit(POP_BLOCK);
    visitBody(t.orelse());
    u.b.noLocation();
    jump(JUMP, end);
    bind(except);
    jump(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
    pushFBlock(new FBlock(FBlockType.EXCEPTION_HANDLER, null, null, null));
    List<ExceptHandlerNode> hs = t.handlers();
    for (int i = 0; i < hs.size(); i++) {
      ExceptHandler h = (ExceptHandler) hs.get(i);
      setLoc(h);
      if (h.type() == null && i < hs.size() - 1) {
        throw error("default 'except:' must be last", h);
      }
      CodeBuilder.Label next = label();
      if (h.type() != null) {
        visit(h.type());
        setLoc(h);
        emit(CHECK_EXC_MATCH);
        jump(POP_JUMP_IF_FALSE, next);
      }
      if (h.name() != null) {
        CodeBuilder.Label cleanupEnd = label();
        CodeBuilder.Label cleanupBody = label();
        nameOp(h.name(), ExprContext.Store);
        jump(SETUP_CLEANUP, cleanupEnd);
        bind(cleanupBody);
        pushFBlock(new FBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name()));
        visitBody(h.body());
        u.fblocks.pop();
        u.b.noLocation();
        emit(POP_BLOCK);
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        loadConst(PyNone.NONE);
        nameOp(h.name(), ExprContext.Store);
        nameOp(h.name(), ExprContext.Del);
        jump(JUMP, end);
        bind(cleanupEnd);
        loadConst(PyNone.NONE);
        nameOp(h.name(), ExprContext.Store);
        nameOp(h.name(), ExprContext.Del);
        emit(RERAISE, 1);
      } else {
        CodeBuilder.Label cleanupBody = label();
        emit(POP_TOP);
        bind(cleanupBody);
        pushFBlock(new FBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null));
        visitBody(h.body());
        u.fblocks.pop();
        u.b.noLocation();
        emit(POP_BLOCK);
        emit(POP_EXCEPT);
        jump(JUMP, end);
      }
      bind(next);
    }
    u.fblocks.pop();
    // reached only from the last clause's failed match, whose location CPython propagates here
    setLoc((ExceptHandler) hs.get(hs.size() - 1));
    emit(RERAISE, 0);
    bind(cleanup);
    popExceptAndReraise();
    bind(end);
  }

  /**
   * try/except* ({@code compiler_try_star_except}). The handler keeps, under the previous
   * exception, the exception raised in the body ({@code orig}), a list of what the clauses raise
   * and the part of {@code orig} no clause has matched yet ({@code rest}). Each clause splits
   * {@code rest} with {@code CHECK_EG_MATCH}; what its body raises goes into the list; the
   * unmatched rest joins the list after the last clause, and {@code PREP_RERAISE_STAR} makes of
   * list and {@code orig} the exception to re-raise, or None.
   */
  private void tryStarExcept(TryStar t) {
    CodeBuilder.Label body = label();
    CodeBuilder.Label except = label();
    CodeBuilder.Label orelse = label();
    CodeBuilder.Label end = label();
    CodeBuilder.Label cleanup = label();
    jump(SETUP_FINALLY, except);
    bind(body);
    pushFBlock(new FBlock(FBlockType.TRY_EXCEPT, body, null, null));
    visitBody(t.body());
    u.fblocks.pop();
    u.b.noLocation();
    emit(POP_BLOCK);
    jump(JUMP, orelse);
    bind(except);
    jump(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
    pushFBlock(new FBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, null));
    List<ExceptHandlerNode> hs = t.handlers();
    for (int i = 0; i < hs.size(); i++) {
      ExceptHandler h = (ExceptHandler) hs.get(i);
      setLoc(h);
      if (i == 0) {
        // [prev, exc] -> [prev, orig, [], rest]
        emit(COPY, 1);
        emit(BUILD_LIST, 0);
        emit(SWAP, 2);
      }
      CodeBuilder.Label noMatch = label();
      CodeBuilder.Label next = label();
      visit(h.type());
      setLoc(h);
      emit(CHECK_EG_MATCH);
      emit(COPY, 1);
      jump(POP_JUMP_IF_NONE, noMatch);
      if (h.name() != null) {
        nameOp(h.name(), ExprContext.Store);
      } else {
        emit(POP_TOP);
      }
      CodeBuilder.Label cleanupEnd = label();
      CodeBuilder.Label cleanupBody = label();
      jump(SETUP_CLEANUP, cleanupEnd);
      bind(cleanupBody);
      pushFBlock(new FBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name()));
      visitBody(h.body());
      u.fblocks.pop();
      u.b.noLocation();
      emit(POP_BLOCK);
      clearHandlerName(h);
      jump(JUMP, next);
      bind(cleanupEnd);
      u.b.noLocation();
      clearHandlerName(h);
      // what the clause raised joins the list; the lasti under it goes
      emit(LIST_APPEND, 3);
      emit(POP_TOP);
      jump(JUMP, next);
      bind(noMatch);
      emit(POP_TOP);
      bind(next);
      if (i == hs.size() - 1) {
        emit(LIST_APPEND, 1);
      }
    }
    u.fblocks.pop();
    u.b.noLocation();
    CodeBuilder.Label reraise = label();
    emit(PREP_RERAISE_STAR);
    emit(COPY, 1);
    jump(POP_JUMP_IF_NOT_NONE, reraise);
    emit(POP_TOP);
    emit(POP_BLOCK);
    emit(POP_EXCEPT);
    jump(JUMP, end);
    bind(reraise);
    emit(POP_BLOCK);
    emit(SWAP, 2);
    emit(POP_EXCEPT);
    emit(RERAISE, 0);
    bind(cleanup);
    popExceptAndReraise();
    bind(orelse);
    visitBody(t.orelse());
    bind(end);
  }

  /** {@code name = None; del name} after an except clause that bound one. */
  private void clearHandlerName(ExceptHandler h) {
    if (h.name() != null) {
      loadConst(PyNone.NONE);
      nameOp(h.name(), ExprContext.Store);
      nameOp(h.name(), ExprContext.Del);
    }
  }

  @Override
  public Void visitWith(With w) {
    withItem(w, w.items(), w.body(), 0, false);
    return null;
  }

  /**
   * One item of a {@code with} or {@code async with} statement {@code w}, the later items nested
   * inside it; an async one awaits its {@code __aenter__} and {@code __aexit__} calls.
   */
  private void withItem(Stmt w, List<WithItem> items, List<Stmt> body, int pos, boolean async) {
    WithItem item = items.get(pos);
    CodeBuilder.Label block = label();
    CodeBuilder.Label fin = label();
    CodeBuilder.Label exit = label();
    CodeBuilder.Label cleanup = label();
    visit(item.contextExpr());
    setLoc(w);
    if (async) {
      emit(BEFORE_ASYNC_WITH);
      awaitValue(1);
    } else {
      emit(BEFORE_WITH);
    }
    jump(SETUP_WITH, fin);
    bind(block);
    pushFBlock(new FBlock(async ? FBlockType.ASYNC_WITH : FBlockType.WITH, block, fin, w));
    if (item.optionalVars() != null) {
      visit(item.optionalVars());
    } else {
      emit(POP_TOP);
    }
    if (pos + 1 < items.size()) {
      withItem(w, items, body, pos + 1, async);
    } else {
      visitBody(body);
    }
    u.fblocks.pop();
    setLoc(w);
    emit(POP_BLOCK);
    callExitWithNones();
    if (async) {
      awaitValue(2);
    }
    emit(POP_TOP);
    jump(JUMP, exit);
    bind(fin);
    jump(SETUP_CLEANUP, cleanup);
    emit(PUSH_EXC_INFO);
    emit(WITH_EXCEPT_START);
    if (async) {
      awaitValue(2);
    }
    CodeBuilder.Label suppress = label();
    jump(POP_JUMP_IF_TRUE, suppress);
    emit(RERAISE, 2);
    bind(cleanup);
    popExceptAndReraise();
    bind(suppress);
    emit(POP_TOP);
    emit(POP_BLOCK);
    emit(POP_EXCEPT);
    emit(POP_TOP);
    emit(POP_TOP);
    bind(exit);
  }

  // ---------------------------------------------------------------- imports

  @Override
  public Void visitImport(Import im) {
    for (Alias a : im.names()) {
      setLoc(im);
      loadConst(0L);
      loadConst(PyNone.NONE);
      emit(IMPORT_NAME, u.addName(a.name()));
      if (a.asname() != null) {
        String[] parts = a.name().split("\\.");
        if (parts.length > 1) {
          for (int i = 1; i < parts.length; i++) {
            emit(IMPORT_FROM, u.addName(parts[i]));
            emit(SWAP, 2);
            emit(POP_TOP);
          }
        }
        nameOp(a.asname(), ExprContext.Store);
      } else {
        nameOp(a.name().split("\\.")[0], ExprContext.Store);
      }
    }
    return null;
  }

  @Override
  public Void visitImportFrom(ImportFrom im) {
    if ("__future__".equals(im.module()) && future != null && im.lineno() > future.lineno) {
      throw error("from __future__ imports must occur at the beginning of the file", im);
    }
    int level = im.level() == null ? 0 : im.level();
    loadConst((long) level);
    Object[] names = new Object[im.names().size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = im.names().get(i).name();
    }
    loadConst(new PyTuple(names));
    emit(IMPORT_NAME, u.addName(im.module() == null ? "" : im.module()));
    for (Alias a : im.names()) {
      if (a.name().equals("*")) {
        emit(IMPORT_STAR);
        return null;
      }
      emit(IMPORT_FROM, u.addName(a.name()));
      nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
    }
    emit(POP_TOP);
    return null;
  }

  // ---------------------------------------------------------------- functions and classes

  @Override
  public Void visitFunctionDef(FunctionDef f) {
    functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns());
    return null;
  }

  @Override
  public Void visitAsyncFunctionDef(AsyncFunctionDef f) {
    functionDef(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns());
    return null;
  }

  private void functionDef(Stmt f, String name, Arguments args, List<Stmt> body,
      List<Expr> decorators, Expr returns) {
    for (Expr d : decorators) {
      visit(d);
    }
    setLoc(f);
    int flags = defaults(args);
    flags |= annotations(args, returns);
    int firstLine = f.lineno();
    if (!decorators.isEmpty()) {
      firstLine = decorators.get(0).lineno();
    }
    enterUnit(f, name, firstLine);
    setArgCounts(args);
    Object doc = body.isEmpty() || optimize >= 2 ? null : docstring(body.get(0));
    u.addConst(doc == null ? PyNone.NONE : doc);
    prologue();
    int start = doc != null ? 1 : 0;
    for (int i = start; i < body.size(); i++) {
      visitStmt(body.get(i));
    }
    Stmt last = body.get(body.size() - 1);
    if (!(last instanceof Return)) {
      u.b.noLocation();
      loadConst(PyNone.NONE);
      emit(RETURN_VALUE);
    }
    PyCode code = leaveUnit();
    setLoc(f);
    if (makeClosure(code)) {
      flags |= 8;
    }
    loadConst(code);
    emit(MAKE_FUNCTION, flags);
    applyDecorators(decorators);
    nameOp(name, ExprContext.Store);
  }

  /** Calls the decorators, innermost first, each call located at its decorator expression. */
  private void applyDecorators(List<Expr> decorators) {
    CodeBuilder b = u.b;
    int l = b.line;
    int el = b.endLine;
    int c = b.col;
    int ec = b.endCol;
    for (int i = decorators.size() - 1; i >= 0; i--) {
      setLoc(decorators.get(i));
      emit(PRECALL, 0);
      emit(CALL, 0);
    }
    b.setLocation(l, el, c, ec);
  }

  @Override
  public Void visitClassDef(ClassDef c) {
    for (Expr d : c.decoratorList()) {
      visit(d);
    }
    setLoc(c);
    int firstLine = c.decoratorList().isEmpty() ? c.lineno() : c.decoratorList().get(0).lineno();
    enterUnit(c, c.name(), firstLine);
    prologue();
    setLoc(c);
    nameOp("__name__", ExprContext.Load);
    nameOp("__module__", ExprContext.Store);
    loadConst(u.qualname);
    nameOp("__qualname__", ExprContext.Store);
    List<Stmt> body = c.body();
    int start = 0;
    if (hasAnnotations(body)) {
      emit(SETUP_ANNOTATIONS);
    }
    Object doc = body.isEmpty() || optimize >= 2 ? null : docstring(body.get(0));
    if (doc != null) {
      setLoc(body.get(0));
      loadConst(doc);
      nameOp("__doc__", ExprContext.Store);
      start = 1;
    }
    for (int i = start; i < body.size(); i++) {
      visitStmt(body.get(i));
    }
    u.b.noLocation();
    if (u.scope.needsClassClosure) {
      emit(LOAD_CLOSURE, u.derefIndex("__class__"));
      emit(COPY, 1);
      nameOp("__classcell__", ExprContext.Store);
    } else {
      loadConst(PyNone.NONE);
    }
    emit(RETURN_VALUE);
    PyCode code = leaveUnit();
    setLoc(c);
    emit(PUSH_NULL);
    emit(LOAD_BUILD_CLASS);
    int flags = makeClosure(code) ? 8 : 0;
    loadConst(code);
    emit(MAKE_FUNCTION, flags);
    loadConst(c.name());
    Call call =
        new Call(
            new Name("__build_class__", ExprContext.Load, c.lineno(), c.colOffset(),
                c.endLineno(), c.endColOffset()),
            c.bases(),
            c.keywords(),
            c.lineno(),
            c.colOffset(),
            c.endLineno(),
            c.endColOffset());
    callHelper(call, 2);
    applyDecorators(c.decoratorList());
    nameOp(c.name(), ExprContext.Store);
    return null;
  }
}
