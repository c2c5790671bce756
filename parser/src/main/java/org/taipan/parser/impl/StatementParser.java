package org.taipan.parser.impl;

import static org.taipan.parser.tokenize.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.*;
import org.taipan.parser.tokenize.Token;
import org.taipan.parser.tokenize.Tokenizer;

/**
 * The statement rules of the Python 3.11 grammar (simple statements, compound statements, blocks
 * and the start rules for each {@link org.taipan.parser.Mode}), as in CPython's
 * {@code Grammar/python.gram}, written by hand. Match statements are in {@link PatternParser}.
 */
final class StatementParser extends PatternParser {

  StatementParser(Tokenizer tz) {
    super(tz);
  }

  @Override
  StringParser newSubParser(Tokenizer tz) {
    return new StatementParser(tz);
  }

  // file: [statements] ENDMARKER
  public Mod file() {
    ArrayList<Stmt> body = newList();
    while (kind() != ENDMARKER) {
      statement(body);
    }
    ArrayList<TypeIgnoreNode> ignores = newList();
    for (Object[] ti : tz.typeIgnores()) {
      ignores.add(new TypeIgnore((Integer) ti[0] + lineOffset, (String) ti[1]));
    }
    return new org.taipan.parser.ast.Module(list(body), list(ignores));
  }

  // eval: expressions NEWLINE* ENDMARKER
  public Mod eval() {
    Expr e = expressions();
    while (accept(NEWLINE)) {
      // trailing newlines are allowed
    }
    expect(ENDMARKER);
    return new Expression(e);
  }

  // interactive: statement_newline
  public Mod interactive() {
    ArrayList<Stmt> body = newList();
    if (kind() == NEWLINE || kind() == ENDMARKER) {
      // CPython refuses an interactive input without a statement.
      Token t = cur();
      int line = tz.source().length == 0 ? 0 : ln(t);
      throw new PythonSyntaxError(
          PythonSyntaxError.SYNTAX_ERROR, "invalid syntax", filename, line, 0, null, line, 0);
    }
    statement(body);
    if (badSingleStatement()) {
      throw errorAt(toks[seen - 1], "multiple statements found while compiling a single statement");
    }
    while (accept(NEWLINE)) {
      // blank lines after the statement
    }
    expect(ENDMARKER);
    return new Interactive(list(body));
  }

  /** As CPython's {@code bad_single_statement}: anything but blanks and comments after the statement. */
  private boolean badSingleStatement() {
    char[] s = tz.source();
    int i = tz.position();
    while (i < s.length) {
      char c = s[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f') {
        i++;
      } else if (c == '#') {
        while (i < s.length && s[i] != '\n') {
          i++;
        }
      } else {
        return true;
      }
    }
    return false;
  }

  // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
  public Mod funcType() {
    expect(LPAR);
    ArrayList<Expr> argtypes = newList();
    while (kind() != RPAR) {
      if (accept(STAR)) {
        Token st = prev();
        Expr v = expression();
        Token en = prev();
        argtypes.add(v);
      } else if (accept(DOUBLESTAR)) {
        Token st = prev();
        Expr v = expression();
        Token en = prev();
        argtypes.add(v);
      } else {
        argtypes.add(expression());
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    expect(RPAR);
    expect(RARROW);
    Expr returns = expression();
    while (accept(NEWLINE)) {
      // trailing newlines
    }
    expect(ENDMARKER);
    return new FunctionType(list(argtypes), returns);
  }

  // statement: compound_stmt | simple_stmts
  final void statement(List<Stmt> out) {
    switch (kind()) {
      case KW_DEF, KW_IF, KW_CLASS, KW_WITH, KW_FOR, KW_TRY, KW_WHILE, AT -> out.add(compoundStmt());
      case KW_ASYNC -> {
        int k = kindAt(1);
        if (k == KW_DEF || k == KW_WITH || k == KW_FOR) {
          out.add(compoundStmt());
        } else {
          simpleStmts(out);
        }
      }
      case NAME -> {
        if (cur().text.equals("match")) {
          matchMissingColon = null;
          Stmt m = tryMatchStmt();
          if (m != null) {
            out.add(m);
            return;
          }
          Token missing = matchMissingColon;
          if (missing != null) {
            try {
              simpleStmts(out);
            } catch (Fail f) {
              throw errorAt(missing, "expected ':'");
            }
            return;
          }
        }
        simpleStmtsOrElementError(out);
      }
      case INDENT -> throw FAIL;
      default -> simpleStmtsOrElementError(out);
    }
  }

  /** {@link #simpleStmts}, and if it fails, CPython's second-pass search for a misplaced {@code =}. */
  private void simpleStmtsOrElementError(List<Stmt> out) {
    try {
      simpleStmts(out);
    } catch (Fail f) {
      if (!simpleWasAssignment && simpleStart >= 0) {
        elementAssignmentError(simpleStart);
      }
      throw f;
    }
  }

  /** Where the last simple statement began, and whether it parsed as a complete assignment. */
  private int simpleStart = -1;

  private boolean simpleWasAssignment;

  /**
   * Emulates CPython's {@code invalid_assignment} alternative {@code star_named_expression ','
   * star_named_expressions* ':' expression}: in its second pass every element of the comma
   * list is tried as a named expression, so {@code a, b c = d} reports "Maybe you meant '=='"
   * at {@code c = d}.
   */
  private void elementAssignmentError(int start) {
    int mark = p;
    int savedSeen = seen;
    p = start;
    try {
      checkElement();
      starNamedExpression();
      if (!accept(COMMA)) {
        return;
      }
      while (true) {
        checkElement();
        int before = p;
        try {
          starNamedExpression();
        } catch (Fail f) {
          return;
        }
        if (p == before) {
          return;
        }
        accept(COMMA);
      }
    } catch (Fail f) {
      // no such element
    } finally {
      p = mark;
      seen = savedSeen;
    }
  }

  /** CPython's {@code invalid_named_expression} alternatives 2 and 3 at the mark. */
  private void checkElement() {
    Token t = cur();
    int mark = p;
    if (t.kind == NAME && kindAt(1) == EQUAL) {
      p += 2;
      try {
        Expr b = bitwiseOr();
        if (kind() != EQUAL && kind() != COLONEQUAL) {
          Name a = new Name(t.text, ExprContext.Load, ln(t), col(t), eln(t), ecol(t));
          throw errorNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
        }
      } catch (Fail f) {
        // not this rule
      }
      p = mark;
    }
  }

  private Stmt compoundStmt() {
    enter();
    try {
      switch (kind()) {
        case AT:
          return decorated();
        case KW_DEF:
          return functionDef(null, List.of());
        case KW_CLASS:
          return classDef(List.of());
        case KW_IF:
          return ifStmt();
        case KW_WHILE:
          return whileStmt();
        case KW_FOR:
          return forStmt(null);
        case KW_WITH:
          return withStmt(null);
        case KW_TRY:
          return tryStmt();
        case KW_ASYNC: {
          Token a = cur();
          p++;
          switch (kind()) {
            case KW_DEF:
              return functionDef(a, List.of());
            case KW_FOR:
              return forStmt(a);
            case KW_WITH:
              return withStmt(a);
            default:
              throw FAIL;
          }
        }
        default:
          throw FAIL;
      }
    } finally {
      leave();
    }
  }

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  final void simpleStmts(List<Stmt> out) {
    while (true) {
      out.add(simpleStmt());
      if (accept(SEMI)) {
        if (kind() == NEWLINE) {
          p++;
          return;
        }
        continue;
      }
      if (kind() == NEWLINE) {
        p++;
        return;
      }
      throw FAIL;
    }
  }

  private Stmt simpleStmt() {
    Token st = cur();
    simpleStart = p;
    simpleWasAssignment = st.kind != NAME && !startsExpression(st.kind);
    switch (st.kind) {
      case KW_PASS -> {
        p++;
        return new Pass(ln(st), col(st), eln(st), ecol(st));
      }
      case KW_BREAK -> {
        p++;
        return new Break(ln(st), col(st), eln(st), ecol(st));
      }
      case KW_CONTINUE -> {
        p++;
        return new Continue(ln(st), col(st), eln(st), ecol(st));
      }
      case KW_RETURN -> {
        p++;
        Expr v = startsStarExpression(kind()) ? starExpressions() : null;
        Token en = prev();
        return new Return(v, ln(st), col(st), eln(en), ecol(en));
      }
      case KW_RAISE -> {
        p++;
        Expr exc = null;
        Expr cause = null;
        if (startsExpression(kind())) {
          exc = expression();
          if (accept(KW_FROM)) {
            cause = expression();
          }
        }
        Token en = prev();
        return new Raise(exc, cause, ln(st), col(st), eln(en), ecol(en));
      }
      case KW_GLOBAL, KW_NONLOCAL -> {
        p++;
        ArrayList<String> names = newList();
        do {
          names.add(expect(NAME).text);
        } while (accept(COMMA));
        Token en = prev();
        return st.kind == KW_GLOBAL
            ? new Global(list(names), ln(st), col(st), eln(en), ecol(en))
            : new Nonlocal(list(names), ln(st), col(st), eln(en), ecol(en));
      }
      case KW_DEL -> {
        p++;
        List<Expr> targets = delTargets();
        Token en = prev();
        return new Delete(targets, ln(st), col(st), eln(en), ecol(en));
      }
      case KW_ASSERT -> {
        p++;
        Expr test = expression();
        Expr msg = null;
        if (accept(COMMA)) {
          msg = expression();
        }
        Token en = prev();
        return new Assert(test, msg, ln(st), col(st), eln(en), ecol(en));
      }
      case KW_IMPORT -> {
        return importName();
      }
      case KW_FROM -> {
        return importFrom();
      }
      default -> {
        return exprOrAssignment();
      }
    }
  }

  // del_targets: ','.del_target+ [',']
  private List<Expr> delTargets() {
    ArrayList<Expr> elts = newList();
    while (true) {
      elts.add(Targets.check(this, starExpression(), ExprContext.Del));
      if (!accept(COMMA)) {
        break;
      }
      if (kind() == SEMI || kind() == NEWLINE) {
        break;
      }
    }
    if (kind() != SEMI && kind() != NEWLINE) {
      throw FAIL;
    }
    return list(elts);
  }

  // import_name: 'import' dotted_as_names
  private Stmt importName() {
    Token st = expect(KW_IMPORT);
    ArrayList<Alias> names = newList();
    do {
      Token a = cur();
      String name = dottedName();
      String as = null;
      if (accept(KW_AS)) {
        as = expect(NAME).text;
      }
      Token en = prev();
      names.add(new Alias(name, as, ln(a), col(a), eln(en), ecol(en)));
    } while (accept(COMMA));
    Token en = prev();
    return new Import(list(names), ln(st), col(st), eln(en), ecol(en));
  }

  private String dottedName() {
    String name = expect(NAME).text;
    if (kind() != DOT) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name);
    while (accept(DOT)) {
      sb.append('.').append(expect(NAME).text);
    }
    return sb.toString();
  }

  // import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets
  private Stmt importFrom() {
    Token st = expect(KW_FROM);
    int level = 0;
    while (true) {
      if (accept(DOT)) {
        level++;
      } else if (accept(ELLIPSIS)) {
        level += 3;
      } else {
        break;
      }
    }
    String module = null;
    if (kind() == NAME) {
      module = dottedName();
    } else if (level == 0) {
      throw FAIL;
    }
    expect(KW_IMPORT);
    ArrayList<Alias> names = newList();
    if (kind() == STAR) {
      Token a = cur();
      p++;
      names.add(new Alias("*", null, ln(a), col(a), eln(a), ecol(a)));
    } else {
      boolean paren = accept(LPAR);
      while (true) {
        Token a = expect(NAME);
        String as = null;
        if (accept(KW_AS)) {
          as = expect(NAME).text;
        }
        Token en = prev();
        names.add(new Alias(a.text, as, ln(a), col(a), eln(en), ecol(en)));
        if (!accept(COMMA)) {
          break;
        }
        if (paren && kind() == RPAR) {
          break;
        }
        if (!paren && kind() == NEWLINE) {
          throw errorAt(cur(), "trailing comma not allowed without surrounding parentheses");
        }
      }
      if (paren) {
        expect(RPAR);
      }
    }
    Token en = prev();
    return new ImportFrom(module, list(names), level, ln(st), col(st), eln(en), ecol(en));
  }

  /** Expression statements and every form of assignment. */
  private Stmt exprOrAssignment() {
    Token st = cur();
    Expr first = kind() == KW_YIELD ? yieldExpr() : starExpressions();
    int k = kind();
    if (k == COLON) {
      return annAssign(st, first);
    }
    if (k == COLONEQUAL && !(first instanceof Name) && noInvalid == 0) {
      // CPython's invalid_named_expression needs an expression after the ':='.
      int mark = p;
      int savedSeen = seen;
      p++;
      try {
        expression();
        throw errorNode("cannot use assignment expressions with " + describe(first), first, first);
      } catch (Fail f) {
        p = mark;
        seen = savedSeen;
      }
    }
    if (k == EQUAL) {
      ArrayList<Expr> targets = newList();
      Expr value = first;
      Token valueStart = st;
      stmtStart = indexOfStart(st);
      while (accept(EQUAL)) {
        targets.add(assignTarget(value, valueStart, targets.isEmpty()));
        valueStart = cur();
        value = kind() == KW_YIELD ? yieldExpr() : starExpressions();
      }
      String typeComment = typeComment();
      Token en = prev();
      simpleWasAssignment = true;
      return new Assign(list(targets), value, typeComment, ln(st), col(st), eln(en), ecol(en));
    }
    Operator aug = augOp(k);
    if (aug != null) {
      if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
        throw errorNode(
            "'" + describe(first) + "' is an illegal expression for augmented assignment", first, first);
      }
      p++;
      Expr value = kind() == KW_YIELD ? yieldExpr() : starExpressions();
      Token en = prev();
      simpleWasAssignment = true;
      return new AugAssign(
          Targets.with(first, ExprContext.Store), aug, value, ln(st), col(st), eln(en), ecol(en));
    }
    Token en = prev();
    return new ExprStmt(first, ln(st), col(st), eln(en), ecol(en));
  }

  private int stmtStart;

  private int indexOfStart(Token st) {
    for (int i = p - 1; i >= 0; i--) {
      if (toks[i] == st) {
        return i;
      }
    }
    return 0;
  }

  /**
   * CPython's {@code invalid_named_expression} at the start of a failing assignment statement:
   * {@code NAME = expr} not followed by another {@code =} reads as a misplaced comparison.
   */
  private void nameEqualsCheck() {
    int i0 = stmtStart;
    Token name = toks[i0];
    if (name.kind != NAME || tok(i0 + 1).kind != EQUAL) {
      return;
    }
    int mark = p;
    int savedSeen = seen;
    p = i0 + 2;
    try {
      Expr b = bitwiseOr();
      if (kind() != EQUAL && kind() != COLONEQUAL) {
        Name a = new Name(name.text, ExprContext.Load, ln(name), col(name), eln(name), ecol(name));
        throw errorNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
      }
    } catch (Fail f) {
      // not this rule
    }
    p = mark;
    seen = savedSeen;
  }

  /**
   * An assignment target, with CPython's messages for bad ones: {@code invalid_assignment} and,
   * for the first target of a statement, {@code invalid_named_expression}'s "here. Maybe you
   * meant '=='".
   */
  Expr assignTarget(Expr e, Token start, boolean first) {
    if ((e instanceof Yield || e instanceof YieldFrom) && start.kind == KW_YIELD) {
      throw errorNode("assignment to yield expression not possible", e, e);
    }
    Expr bad = Targets.invalid(e, ExprContext.Store);
    if (bad == null) {
      return Targets.with(e, ExprContext.Store);
    }
    nameEqualsCheck();
    if (first && assignableHere(e)) {
      int mark = p;
      int savedSeen = seen;
      boolean here = false;
      try {
        bitwiseOr();
        here = kind() != EQUAL && kind() != COLONEQUAL;
      } catch (Fail f) {
        // the right-hand side is not a plain expression
      }
      p = mark;
      if (here) {
        throw errorNode(
            "cannot assign to " + describe(e) + " here. Maybe you meant '==' instead of '='?", e, e);
      }
      seen = savedSeen;
    }
    throw errorNode("cannot assign to " + describe(bad), bad, bad);
  }

  private Stmt annAssign(Token st, Expr target) {
    boolean validTarget =
        target instanceof Name || target instanceof Attribute || target instanceof Subscript;
    int savedSeen = seen;
    p++;
    Expr annotation;
    try {
      annotation = expression();
    } catch (Fail f) {
      if (!validTarget) {
        seen = savedSeen;
      }
      throw f;
    }
    int simple;
    if (target instanceof Name) {
      simple = st.kind == LPAR ? 0 : 1;
    } else if (target instanceof Attribute || target instanceof Subscript) {
      simple = 0;
    } else if (target instanceof Tuple || target instanceof org.taipan.parser.ast.List) {
      throw errorNode(
          "only single target (not " + describe(target) + ") can be annotated", target, target);
    } else {
      throw errorNode("illegal target for annotation", target, target);
    }
    Expr value = null;
    if (accept(EQUAL)) {
      value = kind() == KW_YIELD ? yieldExpr() : starExpressions();
    }
    Token en = prev();
    simpleWasAssignment = true;
    return new AnnAssign(
        Targets.with(target, ExprContext.Store), annotation, value, simple, ln(st), col(st), eln(en), ecol(en));
  }

  private static Operator augOp(int k) {
    return switch (k) {
      case PLUSEQUAL -> Operator.Add;
      case MINEQUAL -> Operator.Sub;
      case STAREQUAL -> Operator.Mult;
      case ATEQUAL -> Operator.MatMult;
      case SLASHEQUAL -> Operator.Div;
      case PERCENTEQUAL -> Operator.Mod;
      case AMPEREQUAL -> Operator.BitAnd;
      case VBAREQUAL -> Operator.BitOr;
      case CIRCUMFLEXEQUAL -> Operator.BitXor;
      case LEFTSHIFTEQUAL -> Operator.LShift;
      case RIGHTSHIFTEQUAL -> Operator.RShift;
      case DOUBLESTAREQUAL -> Operator.Pow;
      case DOUBLESLASHEQUAL -> Operator.FloorDiv;
      default -> null;
    };
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  final List<Stmt> block(Token owner, String what) {
    ArrayList<Stmt> body = newList();
    if (kind() == NEWLINE) {
      p++;
      if (kind() != INDENT) {
        throw expectedIndentedBlock(owner, what);
      }
      p++;
      do {
        statement(body);
      } while (kind() != DEDENT && kind() != ENDMARKER);
      expect(DEDENT);
    } else {
      simpleStmts(body);
    }
    return list(body);
  }

  PythonSyntaxError expectedIndentedBlock(Token owner, String what) {
    Token t = cur();
    return errorSpan(
        PythonSyntaxError.INDENTATION_ERROR,
        "expected an indented block after " + what + " on line " + ln(owner),
        t,
        t);
  }



  private Stmt decorated() {
    ArrayList<Expr> decorators = newList();
    while (accept(AT)) {
      decorators.add(namedExpression());
      expect(NEWLINE);
    }
    Token t = cur();
    if (t.kind == KW_DEF) {
      return functionDef(null, list(decorators));
    }
    if (t.kind == KW_ASYNC && kindAt(1) == KW_DEF) {
      p++;
      return functionDef(t, list(decorators));
    }
    if (t.kind == KW_CLASS) {
      return classDef(list(decorators));
    }
    throw FAIL;
  }

  // function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block
  private Stmt functionDef(Token async, List<Expr> decorators) {
    Token def = expect(KW_DEF);
    Token st = async != null ? async : def;
    Token name = expect(NAME);
    if (kind() != LPAR) {
      throw errorAt(cur(), "expected '('");
    }
    p++;
    Arguments args = parameters(true, RPAR);
    expect(RPAR);
    Expr returns = null;
    if (kind() == RARROW) {
      int mark = p;
      p++;
      // CPython's first pass (no invalid_* rules) meets the forced ':' before any second pass.
      noInvalid++;
      try {
        returns = expression();
      } catch (Fail f) {
        // ['->' expression] is optional: without an expression, ':' is expected at the arrow.
        p = mark;
      } finally {
        noInvalid--;
      }
    }
    forcedColon();
    String typeComment = null;
    if (kind() == NEWLINE && kindAt(1) == TYPE_COMMENT && kindAt(2) == NEWLINE && kindAt(3) == INDENT) {
      p++;
      typeComment = typeComment();
    } else {
      typeComment = typeComment();
    }
    List<Stmt> body = block(def, "function definition");
    Token en = prev();
    if (async != null) {
      return new AsyncFunctionDef(
          name.text, args, body, decorators, returns, typeComment, ln(st), col(st), endLine(), endCol());
    }
    return new FunctionDef(
        name.text, args, body, decorators, returns, typeComment, ln(st), col(st), endLine(), endCol());
  }

  /** The end line of the last consumed token that is not NEWLINE, INDENT or DEDENT. */
  final int endLine() {
    return eln(lastNonWhitespace());
  }

  final int endCol() {
    return ecol(lastNonWhitespace());
  }

  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  private Stmt classDef(List<Expr> decorators) {
    Token st = expect(KW_CLASS);
    Token name = expect(NAME);
    ArrayList<Expr> bases = newList();
    ArrayList<Keyword> keywords = newList();
    if (kind() == LPAR) {
      Token open = cur();
      p++;
      arguments(bases, keywords, open, false);
      expect(RPAR);
    }
    colonOrNewline();
    List<Stmt> body = block(st, "class definition");
    return new ClassDef(
        name.text, list(bases), list(keywords), body, decorators, ln(st), col(st), endLine(), endCol());
  }

  // if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
  private Stmt ifStmt() {
    Token st = cur();
    p++;
    Expr test = namedExpression();
    colonOrNewline();
    List<Stmt> body = block(st, st.kind == KW_IF ? "'if' statement" : "'elif' statement");
    List<Stmt> orelse = List.of();
    if (kind() == KW_ELIF) {
      orelse = single(ifStmt());
    } else if (kind() == KW_ELSE) {
      Token e = cur();
      p++;
      forcedColon();
      orelse = block(e, "'else' statement");
    }
    List<Stmt> last = orelse.isEmpty() ? body : orelse;
    return new If(test, body, orelse, ln(st), col(st), endLine(), endCol());
  }

  private Stmt whileStmt() {
    Token st = expect(KW_WHILE);
    Expr test = namedExpression();
    colonOrNewline();
    List<Stmt> body = block(st, "'while' statement");
    List<Stmt> orelse = elseBlock();
    List<Stmt> last = orelse.isEmpty() ? body : orelse;
    return new While(test, body, orelse, ln(st), col(st), endLine(), endCol());
  }

  private List<Stmt> elseBlock() {
    if (kind() == KW_ELSE) {
      Token e = cur();
      p++;
      forcedColon();
      return block(e, "'else' statement");
    }
    return List.of();
  }

  // for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
  private Stmt forStmt(Token async) {
    Token f = expect(KW_FOR);
    Token st = async != null ? async : f;
    Expr target = starTargets();
    expect(KW_IN);
    Expr iter = starExpressions();
    colonOrNewline();
    String typeComment = typeComment();
    List<Stmt> body = block(f, "'for' statement");
    List<Stmt> orelse = elseBlock();
    List<Stmt> last = orelse.isEmpty() ? body : orelse;
    if (async != null) {
      return new AsyncFor(target, iter, body, orelse, typeComment, ln(st), col(st), endLine(), endCol());
    }
    return new For(target, iter, body, orelse, typeComment, ln(st), col(st), endLine(), endCol());
  }

  // with_stmt: ['async'] 'with' ('(' ','.with_item+ ','? ')' | ','.with_item+) ':' block
  private Stmt withStmt(Token async) {
    Token w = expect(KW_WITH);
    Token st = async != null ? async : w;
    List<WithItem> items = null;
    boolean parenthesized = false;
    if (kind() == LPAR) {
      int mark = p;
      try {
        p++;
        ArrayList<WithItem> its = newList();
        while (true) {
          its.add(withItem());
          if (!accept(COMMA)) {
            break;
          }
          if (kind() == RPAR) {
            break;
          }
        }
        expect(RPAR);
        if (kind() != COLON) {
          throw FAIL;
        }
        items = list(its);
        parenthesized = true;
      } catch (Fail e) {
        p = mark;
      }
    }
    if (items == null) {
      ArrayList<WithItem> its = newList();
      do {
        its.add(withItem());
      } while (accept(COMMA));
      items = list(its);
    }
    colonOrNewline();
    String typeComment = parenthesized ? null : typeComment();
    List<Stmt> body = block(w, "'with' statement");
    if (async != null) {
      return new AsyncWith(items, body, typeComment, ln(st), col(st), endLine(), endCol());
    }
    return new With(items, body, typeComment, ln(st), col(st), endLine(), endCol());
  }

  private WithItem withItem() {
    Expr e = expression();
    Expr vars = null;
    if (accept(KW_AS)) {
      vars = starTarget1();
      int k = kind();
      if (k != COMMA && k != RPAR && k != COLON && k != NEWLINE) {
        throw FAIL;
      }
    }
    return new WithItem(e, vars);
  }

  private Expr starTarget1() {
    // A single star_target: no bare tuple without parentheses.
    Token st = cur();
    if (st.kind == STAR) {
      p++;
      Expr v = primary();
      Token en = prev();
      return new Starred(Targets.check(this, v, ExprContext.Store), ExprContext.Store, ln(st), col(st), eln(en), ecol(en));
    }
    return Targets.check(this, primary(), ExprContext.Store);
  }

  // try_stmt
  private Stmt tryStmt() {
    Token st = expect(KW_TRY);
    forcedColon();
    List<Stmt> body = block(st, "'try' statement");
    ArrayList<ExceptHandlerNode> handlers = newList();
    boolean star = false;
    while (kind() == KW_EXCEPT) {
      Token ex = cur();
      p++;
      boolean thisStar = accept(STAR);
      if (thisStar && (kind() == COLON || kind() == NEWLINE)) {
        throw errorAt(cur(), "expected one or more exception types");
      }
      if (!handlers.isEmpty() && thisStar != star) {
        String msg = "cannot have both 'except' and 'except*' on the same 'try'";
        // CPython marks 'except *' whole, a plain 'except' by its keyword
        throw thisStar
            ? errorSpan(PythonSyntaxError.SYNTAX_ERROR, msg, ex, prev())
            : errorAt(ex, msg);
      }
      star = thisStar;
      Expr type = null;
      String name = null;
      if (kind() != COLON && kind() != NEWLINE) {
        Token ts = cur();
        type = expression();
        if (kind() == COMMA) {
          p++;
          expressions();
          if (accept(KW_AS)) {
            expect(NAME);
          }
          throw errorSpan(PythonSyntaxError.SYNTAX_ERROR, "multiple exception types must be parenthesized", ts, prev());
        }
        if (accept(KW_AS)) {
          name = expect(NAME).text;
        }
      }
      colonOrNewline();
      List<Stmt> hbody = block(ex, star ? "'except*' statement" : "'except' statement");
      handlers.add(new ExceptHandler(type, name, hbody, ln(ex), col(ex), endLine(), endCol()));
    }
    List<Stmt> orelse = List.of();
    if (!handlers.isEmpty() && kind() == KW_ELSE) {
      orelse = elseBlock();
    }
    List<Stmt> finalbody = List.of();
    if (kind() == KW_FINALLY) {
      Token f = cur();
      p++;
      forcedColon();
      finalbody = block(f, "'finally' statement");
    }
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      throw errorAt(cur(), "expected 'except' or 'finally' block");
    }
    int el = endLine();
    int ec = endCol();
    if (star) {
      return new TryStar(body, list(handlers), orelse, finalbody, ln(st), col(st), el, ec);
    }
    return new Try(body, list(handlers), orelse, finalbody, ln(st), col(st), el, ec);
  }
}
