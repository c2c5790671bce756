package org.taipan.parser.impl;

import static org.taipan.parser.tokenize.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.*;
import org.taipan.parser.tokenize.Token;
import org.taipan.parser.tokenize.Tokenizer;

/**
 * The expression rules of the Python 3.11 grammar, from {@code expressions} down to
 * {@code atom}, mirroring the expression part of CPython's {@code Grammar/python.gram} (written
 * here by hand as recursive descent, one method per rule, with precedence climbing for the
 * left-associative binary operators).
 */
abstract class ExpressionParser extends ParserBase {

  ExpressionParser(Tokenizer tz) {
    super(tz);
  }

  abstract Expr strings();

  // expressions: expression (',' expression)* [',']
  final Expr expressions() {
    Token st = cur();
    Expr e = expression();
    if (kind() != COMMA) {
      return e;
    }
    ArrayList<Expr> elts = newList();
    elts.add(e);
    while (accept(COMMA)) {
      if (!startsExpression(kind())) {
        break;
      }
      elts.add(expression());
    }
    Token en = prev();
    return new Tuple(list(elts), ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
  }

  /** True for tokens that can begin an expression. */
  static boolean startsExpression(int k) {
    switch (k) {
      case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS, KW_NOT,
          KW_LAMBDA, KW_AWAIT, KW_NONE, KW_TRUE, KW_FALSE:
        return true;
      default:
        return false;
    }
  }

  static boolean startsStarExpression(int k) {
    return k == STAR || startsExpression(k);
  }

  /** While positive, the checks for CPython's {@code invalid_*} rules are off (as in {@code expression_without_invalid}). */
  int noInvalid;

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  final Expr expression() {
    if (kind() == KW_LAMBDA) {
      return lambdef();
    }
    int i0 = p;
    Token st = cur();
    enter();
    Expr body = disjunction();
    if (kind() == KW_IF) {
      int afterBody = p;
      p++;
      Expr test;
      try {
        test = disjunction();
      } catch (Fail f) {
        // Not a conditional expression: the expression is the disjunction alone.
        p = afterBody;
        leave();
        return body;
      }
      if (kind() != KW_ELSE) {
        if (kind() != COLON && noInvalid == 0) {
          throw errorNode("expected 'else' after 'if' expression", body, test);
        }
        p = afterBody;
        leave();
        return body;
      }
      p++;
      Expr orelse = expression();
      Token en = prev();
      leave();
      return new IfExp(test, body, orelse, ln(st), col(st), eln(en), ecol(en));
    }
    if (noInvalid == 0 && startsExpression(kind())) {
      invalidExpression(i0, body);
    }
    leave();
    return body;
  }

  /**
   * CPython's {@code SOFT_KEYWORD} test in {@code invalid_expression}, which compares only the
   * token's length of characters, so any prefix of a soft keyword ({@code c}, {@code ma}) counts.
   */
  static boolean isSoftKeyword(String s) {
    return !s.isEmpty() && ("match".startsWith(s) || "case".startsWith(s) || "_".startsWith(s));
  }

  /**
   * An expression directly followed by another: CPython's {@code invalid_expression} ("Perhaps
   * you forgot a comma?") and {@code invalid_legacy_expression} ({@code print x}).
   */
  private void invalidExpression(int i0, Expr a) {
    Token first = toks[i0];
    if (a instanceof Name n && (n.id().equals("print") || n.id().equals("exec"))) {
      if (kind() == LPAR) {
        return;
      }
      int mark = p;
      int savedSeen = seen;
      Expr b;
      try {
        b = starExpressions();
      } catch (Fail f) {
        p = mark;
        seen = savedSeen;
        return;
      }
      throw errorNode(
          "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?", a, b);
    }
    if (first.kind == NAME && tok(i0 + 1).kind == STRING && p == i0 + 1) {
      // The rule does not start at NAME STRING, but it does at the STRING that follows.
      int mark = p;
      int savedSeen = seen;
      noInvalid++;
      try {
        Expr a2 = disjunction();
        if (startsExpression(kind())) {
          Expr b = expression();
          if (toks[p - 1].level > 0) {
            throw errorNode("invalid syntax. Perhaps you forgot a comma?", a2, b);
          }
        }
      } catch (Fail f) {
        // not this rule
      } finally {
        noInvalid--;
      }
      p = mark;
      seen = savedSeen;
      return;
    }
    if (first.kind == NAME && (tok(i0 + 1).kind == STRING || isSoftKeyword(first.text))) {
      return;
    }
    int mark = p;
    int savedSeen = seen;
    Expr b;
    noInvalid++;
    try {
      b = expression();
    } catch (Fail f) {
      p = mark;
      seen = savedSeen;
      invalidLegacyExpression(i0);
      return;
    } finally {
      noInvalid--;
    }
    // CPython parses the second expression before looking at the bracket level.
    if (toks[p - 1].level == 0) {
      p = mark;
      seen = savedSeen;
      invalidLegacyExpression(i0);
      return;
    }
    throw errorNode("invalid syntax. Perhaps you forgot a comma?", a, b);
  }

  /** Nesting of {@link #invalidLegacyExpression}, bounded so that long runs of names stay cheap. */
  private int legacyDepth;

  /**
   * CPython's {@code invalid_legacy_expression} after a NAME that is not {@code print} or {@code
   * exec}: it parses {@code star_expressions} after the name, with the error rules on, so that a
   * {@code print x} further on is reported ({@code a print x}).
   */
  private void invalidLegacyExpression(int i0) {
    if (toks[i0].kind != NAME || tok(i0 + 1).kind == LPAR || legacyDepth >= 50) {
      return;
    }
    int mark = p;
    int savedSeen = seen;
    p = i0 + 1;
    legacyDepth++;
    try {
      starExpressions();
    } catch (Fail f) {
      // not this rule
    } finally {
      legacyDepth--;
    }
    p = mark;
    seen = savedSeen;
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  final Expr yieldExpr() {
    Token st = expect(KW_YIELD);
    if (accept(KW_FROM)) {
      Expr v = expression();
      Token en = prev();
      return new YieldFrom(v, ln(st), col(st), eln(en), ecol(en));
    }
    Expr v = null;
    if (startsStarExpression(kind())) {
      v = starExpressions();
    }
    Token en = prev();
    return new Yield(v, ln(st), col(st), eln(en), ecol(en));
  }

  // star_expressions: star_expression (',' star_expression)* [',']
  final Expr starExpressions() {
    Token st = cur();
    Expr e = starExpression();
    if (kind() != COMMA) {
      return e;
    }
    ArrayList<Expr> elts = newList();
    elts.add(e);
    while (accept(COMMA)) {
      if (!startsStarExpression(kind())) {
        break;
      }
      elts.add(starExpression());
    }
    Token en = prev();
    return new Tuple(list(elts), ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
  }

  // star_expression: '*' bitwise_or | expression
  final Expr starExpression() {
    if (kind() == STAR) {
      Token st = cur();
      p++;
      Expr v = bitwiseOr();
      Token en = prev();
      return new Starred(v, ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
    }
    return expression();
  }

  // star_named_expression: '*' bitwise_or | named_expression
  final Expr starNamedExpression() {
    if (kind() == STAR) {
      Token st = cur();
      p++;
      Expr v = bitwiseOr();
      Token en = prev();
      return new Starred(v, ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
    }
    return namedExpression();
  }

  final Expr namedExpression() {
    return namedExpression(true);
  }

  // named_expression: NAME ':=' expression | expression !':='
  final Expr namedExpression(boolean checkAssign) {
    Token st = cur();
    if (st.kind == NAME && kindAt(1) == COLONEQUAL) {
      p += 2;
      Expr value = expression();
      Token en = prev();
      Name target = new Name(st.text, ExprContext.Store, ln(st), col(st), eln(st), ecol(st));
      return new NamedExpr(target, value, ln(st), col(st), eln(en), ecol(en));
    }
    Expr e = expression();
    if (checkAssign && kind() == COLONEQUAL && noInvalid == 0) {
      int mark = p;
      int savedSeen = seen;
      p++;
      try {
        expression();
        throw errorNode("cannot use assignment expressions with " + describe(e), e, e);
      } catch (Fail f) {
        p = mark;
        seen = savedSeen;
      }
    }
    if (checkAssign && kind() == EQUAL && noInvalid == 0) {
      invalidNamedAssignment(e);
    }
    return e;
  }

  /** CPython's {@code invalid_named_expression}: {@code x = 1} where an expression is expected. */
  private void invalidNamedAssignment(Expr a) {
    int mark = p;
    int savedSeen = seen;
    p++;
    Expr b = null;
    boolean ok = false;
    try {
      b = bitwiseOr();
      ok = kind() != EQUAL && kind() != COLONEQUAL;
    } catch (Fail f) {
      // not this rule
    }
    p = mark;
    if (!ok) {
      seen = savedSeen;
      return;
    }
    if (a instanceof Name) {
      throw errorNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
    }
    if (assignableHere(a)) {
      throw errorNode("cannot assign to " + describe(a) + " here. Maybe you meant '==' instead of '='?", a, a);
    }
    seen = savedSeen;
  }

  /**
   * Whether a failed target gets the "here. Maybe you meant '=='" message: a bitwise_or-level
   * expression other than a list, tuple, generator expression, True, None or False.
   */
  static boolean assignableHere(Expr a) {
    if (a instanceof org.taipan.parser.ast.List || a instanceof Tuple || a instanceof GeneratorExp) {
      return false;
    }
    if (a instanceof Constant c
        && (c.value() == NoneConstant.NONE || c.value() instanceof Boolean)) {
      return false;
    }
    return !(a instanceof Compare
        || a instanceof BoolOp
        || (a instanceof UnaryOp u && u.op() == UnaryOperator.Not)
        || a instanceof IfExp
        || a instanceof Lambda
        || a instanceof NamedExpr
        || a instanceof Starred);
  }

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  final Expr disjunction() {
    Token st = cur();
    Expr e = conjunction();
    if (kind() != KW_OR) {
      return e;
    }
    ArrayList<Expr> values = newList();
    values.add(e);
    while (accept(KW_OR)) {
      values.add(conjunction());
    }
    Token en = prev();
    return new BoolOp(BoolOperator.Or, list(values), ln(st), col(st), eln(en), ecol(en));
  }

  final Expr conjunction() {
    Token st = cur();
    Expr e = inversion();
    if (kind() != KW_AND) {
      return e;
    }
    ArrayList<Expr> values = newList();
    values.add(e);
    while (accept(KW_AND)) {
      values.add(inversion());
    }
    Token en = prev();
    return new BoolOp(BoolOperator.And, list(values), ln(st), col(st), eln(en), ecol(en));
  }

  final Expr inversion() {
    if (kind() == KW_NOT) {
      Token st = cur();
      p++;
      enter();
      Expr operand = inversion();
      leave();
      Token en = prev();
      return new UnaryOp(UnaryOperator.Not, operand, ln(st), col(st), eln(en), ecol(en));
    }
    return comparison();
  }

  final Expr comparison() {
    Token st = cur();
    Expr left = bitwiseOr();
    CmpOperator op = compareOp();
    if (op == null) {
      return left;
    }
    ArrayList<CmpOperator> ops = newList();
    ArrayList<Expr> comparators = newList();
    while (op != null) {
      ops.add(op);
      comparators.add(bitwiseOr());
      op = compareOp();
    }
    Token en = prev();
    return new Compare(left, list(ops), list(comparators), ln(st), col(st), eln(en), ecol(en));
  }

  private CmpOperator compareOp() {
    CmpOperator op;
    switch (kind()) {
      case EQEQUAL -> op = CmpOperator.Eq;
      case NOTEQUAL -> {
        if (cur().text.equals("<>")) {
          // Only valid under "from __future__ import barry_as_FLUFL".
          throw errorAt(cur(), "invalid syntax");
        }
        op = CmpOperator.NotEq;
      }
      case LESS -> op = CmpOperator.Lt;
      case LESSEQUAL -> op = CmpOperator.LtE;
      case GREATER -> op = CmpOperator.Gt;
      case GREATEREQUAL -> op = CmpOperator.GtE;
      case KW_IN -> op = CmpOperator.In;
      case KW_NOT -> {
        if (kindAt(1) != KW_IN) {
          return null;
        }
        p += 2;
        return CmpOperator.NotIn;
      }
      case KW_IS -> {
        if (kindAt(1) == KW_NOT) {
          p += 2;
          return CmpOperator.IsNot;
        }
        op = CmpOperator.Is;
      }
      default -> {
        return null;
      }
    }
    p++;
    return op;
  }

  final Expr bitwiseOr() {
    Token st = cur();
    Expr e = bitwiseXor();
    while (kind() == VBAR) {
      p++;
      Expr r = bitwiseXor();
      Token en = prev();
      e = new BinOp(e, Operator.BitOr, r, ln(st), col(st), eln(en), ecol(en));
    }
    return e;
  }

  final Expr bitwiseXor() {
    Token st = cur();
    Expr e = bitwiseAnd();
    while (kind() == CIRCUMFLEX) {
      p++;
      Expr r = bitwiseAnd();
      Token en = prev();
      e = new BinOp(e, Operator.BitXor, r, ln(st), col(st), eln(en), ecol(en));
    }
    return e;
  }

  final Expr bitwiseAnd() {
    Token st = cur();
    Expr e = shiftExpr();
    while (kind() == AMPER) {
      p++;
      Expr r = shiftExpr();
      Token en = prev();
      e = new BinOp(e, Operator.BitAnd, r, ln(st), col(st), eln(en), ecol(en));
    }
    return e;
  }

  final Expr shiftExpr() {
    Token st = cur();
    Expr e = sum();
    while (true) {
      Operator op;
      int k = kind();
      if (k == LEFTSHIFT) {
        op = Operator.LShift;
      } else if (k == RIGHTSHIFT) {
        op = Operator.RShift;
      } else {
        return e;
      }
      p++;
      Expr r = sum();
      Token en = prev();
      e = new BinOp(e, op, r, ln(st), col(st), eln(en), ecol(en));
    }
  }

  final Expr sum() {
    Token st = cur();
    Expr e = term();
    while (true) {
      Operator op;
      int k = kind();
      if (k == PLUS) {
        op = Operator.Add;
      } else if (k == MINUS) {
        op = Operator.Sub;
      } else {
        return e;
      }
      p++;
      Expr r = term();
      Token en = prev();
      e = new BinOp(e, op, r, ln(st), col(st), eln(en), ecol(en));
    }
  }

  final Expr term() {
    Token st = cur();
    Expr e = factor();
    while (true) {
      Operator op;
      switch (kind()) {
        case STAR -> op = Operator.Mult;
        case SLASH -> op = Operator.Div;
        case DOUBLESLASH -> op = Operator.FloorDiv;
        case PERCENT -> op = Operator.Mod;
        case AT -> op = Operator.MatMult;
        default -> {
          return e;
        }
      }
      p++;
      Expr r = factor();
      Token en = prev();
      e = new BinOp(e, op, r, ln(st), col(st), eln(en), ecol(en));
    }
  }

  final Expr factor() {
    UnaryOperator op;
    switch (kind()) {
      case PLUS -> op = UnaryOperator.UAdd;
      case MINUS -> op = UnaryOperator.USub;
      case TILDE -> op = UnaryOperator.Invert;
      default -> {
        return power();
      }
    }
    Token st = cur();
    p++;
    enter();
    Expr operand = factor();
    leave();
    Token en = prev();
    return new UnaryOp(op, operand, ln(st), col(st), eln(en), ecol(en));
  }

  final Expr power() {
    Token st = cur();
    Expr e = awaitPrimary();
    if (kind() == DOUBLESTAR) {
      p++;
      enter();
      Expr r = factor();
      leave();
      Token en = prev();
      return new BinOp(e, Operator.Pow, r, ln(st), col(st), eln(en), ecol(en));
    }
    return e;
  }

  final Expr awaitPrimary() {
    if (kind() == KW_AWAIT) {
      Token st = cur();
      p++;
      Expr v = primary();
      Token en = prev();
      return new Await(v, ln(st), col(st), eln(en), ecol(en));
    }
    return primary();
  }

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  final Expr primary() {
    Token st = cur();
    Expr e = atom();
    while (true) {
      switch (kind()) {
        case DOT -> {
          if (kindAt(1) != NAME) {
            // PEG backtracking: the primary ends before a '.' that is not followed by a name.
            return e;
          }
          p++;
          Token name = expect(NAME);
          e = new Attribute(e, name.text, ExprContext.Load, ln(st), col(st), eln(name), ecol(name));
        }
        case LPAR -> {
          int mark = p;
          try {
            e = call(st, e);
          } catch (Fail f) {
            // As a PEG parser does: the primary ends before the '(' that did not parse.
            p = mark;
            return e;
          }
        }
        case LSQB -> {
          int mark = p;
          try {
            p++;
            Expr slice = slices();
            Token en = expect(RSQB);
            e = new Subscript(e, slice, ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
          } catch (Fail f) {
            p = mark;
            return e;
          }
        }
        default -> {
          return e;
        }
      }
    }
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  final Expr slices() {
    Token st = cur();
    Expr first = sliceOrStarred();
    if (kind() != COMMA && !(first instanceof Starred)) {
      return first;
    }
    ArrayList<Expr> elts = newList();
    elts.add(first);
    while (accept(COMMA)) {
      if (kind() == RSQB) {
        break;
      }
      elts.add(sliceOrStarred());
    }
    Token en = prev();
    return new Tuple(list(elts), ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
  }

  private Expr sliceOrStarred() {
    if (kind() == STAR) {
      Token st = cur();
      p++;
      Expr v = expression();
      Token en = prev();
      return new Starred(v, ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
    }
    return slice();
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  final Expr slice() {
    Token st = cur();
    Expr lower = null;
    if (kind() != COLON) {
      lower = namedExpression();
      if (kind() != COLON) {
        return lower;
      }
      if (lower instanceof NamedExpr) {
        throw FAIL;
      }
    }
    p++;
    Expr upper = null;
    Expr step = null;
    if (startsExpression(kind())) {
      upper = expression();
    }
    if (accept(COLON)) {
      if (startsExpression(kind())) {
        step = expression();
      }
    }
    Token en = prev();
    return new Slice(lower, upper, step, ln(st), col(st), eln(en), ecol(en));
  }

  final Expr atom() {
    Token t = cur();
    switch (t.kind) {
      case NAME -> {
        p++;
        return new Name(t.text, ExprContext.Load, ln(t), col(t), eln(t), ecol(t));
      }
      case NUMBER -> {
        p++;
        return new Constant(Numbers.parse(t.text), null, ln(t), col(t), eln(t), ecol(t));
      }
      case STRING -> {
        return strings();
      }
      case KW_TRUE -> {
        p++;
        return new Constant(Boolean.TRUE, null, ln(t), col(t), eln(t), ecol(t));
      }
      case KW_FALSE -> {
        p++;
        return new Constant(Boolean.FALSE, null, ln(t), col(t), eln(t), ecol(t));
      }
      case KW_NONE -> {
        p++;
        return new Constant(NoneConstant.NONE, null, ln(t), col(t), eln(t), ecol(t));
      }
      case ELLIPSIS -> {
        p++;
        return new Constant(EllipsisConstant.ELLIPSIS, null, ln(t), col(t), eln(t), ecol(t));
      }
      case LPAR -> {
        return parenthesized();
      }
      case LSQB -> {
        return listDisplay();
      }
      case LBRACE -> {
        return braceDisplay();
      }
      default -> throw FAIL;
    }
  }

  // tuple | group | genexp
  private Expr parenthesized() {
    Token st = cur();
    p++;
    enter();
    try {
      if (kind() == RPAR) {
        p++;
        Token en = prev();
        return new Tuple(List.of(), ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
      }
      if (kind() == KW_YIELD) {
        Expr y = yieldExpr();
        expect(RPAR);
        return y;
      }
      Expr first = starNamedExpression();
      if (kind() == RPAR) {
        p++;
        if (first instanceof Starred) {
          throw errorNode("cannot use starred expression here", first, first);
        }
        return first;
      }
      if (kind() == KW_FOR || kind() == KW_ASYNC) {
        List<Comprehension> gens = forIfClauses();
        starredComprehension(first);
        Token en = expect(RPAR);
        return new GeneratorExp(first, gens, ln(st), col(st), eln(en), ecol(en));
      }
      if (kind() != COMMA) {
        throw FAIL;
      }
      ArrayList<Expr> elts = newList();
      elts.add(first);
      while (accept(COMMA)) {
        if (kind() == RPAR) {
          break;
        }
        elts.add(starNamedExpression());
      }
      Token en = expect(RPAR);
      return new Tuple(list(elts), ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
    } finally {
      leave();
    }
  }

  private Expr listDisplay() {
    Token st = cur();
    p++;
    enter();
    try {
      if (kind() == RSQB) {
        p++;
        Token en = prev();
        return new org.taipan.parser.ast.List(
            List.of(), ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
      }
      Expr first = starNamedExpression();
      if (kind() == KW_FOR || kind() == KW_ASYNC) {
        List<Comprehension> gens = forIfClauses();
        starredComprehension(first);
        Token en = expect(RSQB);
        return new ListComp(first, gens, ln(st), col(st), eln(en), ecol(en));
      }
      ArrayList<Expr> elts = newList();
      elts.add(first);
      while (accept(COMMA)) {
        if (kind() == RSQB) {
          break;
        }
        unparenthesizedTarget(elts, prev());
        elts.add(starNamedExpression());
      }
      unparenthesizedTarget(elts, null);
      Token en = expect(RSQB);
      return new org.taipan.parser.ast.List(
          list(elts), ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
    } finally {
      leave();
    }
  }

  private Expr braceDisplay() {
    Token st = cur();
    p++;
    enter();
    try {
      if (kind() == RBRACE) {
        p++;
        Token en = prev();
        return new Dict(List.of(), List.of(), ln(st), col(st), eln(en), ecol(en));
      }
      if (kind() == DOUBLESTAR) {
        return dictRest(st, null, null);
      }
      Expr first = starNamedExpression();
      if (kind() == COLON && !(first instanceof Starred)) {
        Token colon = cur();
        p++;
        Expr value = dictValue(colon);
        if (kind() == KW_FOR || kind() == KW_ASYNC) {
          List<Comprehension> gens = forIfClauses();
          Token en = expect(RBRACE);
          return new DictComp(first, value, gens, ln(st), col(st), eln(en), ecol(en));
        }
        return dictRest(st, first, value);
      }
      if (kind() == KW_FOR || kind() == KW_ASYNC) {
        List<Comprehension> gens = forIfClauses();
        starredComprehension(first);
        Token en = expect(RBRACE);
        return new SetComp(first, gens, ln(st), col(st), eln(en), ecol(en));
      }
      ArrayList<Expr> elts = newList();
      elts.add(first);
      while (accept(COMMA)) {
        if (kind() == RBRACE) {
          break;
        }
        unparenthesizedTarget(elts, prev());
        elts.add(starNamedExpression());
      }
      unparenthesizedTarget(elts, null);
      Token en = expect(RBRACE);
      return new Set(list(elts), ln(st), col(st), eln(en), ecol(en));
    } finally {
      leave();
    }
  }

  /** The rest of a dict display after an optional first key/value pair. */
  private Expr dictRest(Token st, Expr firstKey, Expr firstValue) {
    ArrayList<Expr> keys = newList();
    ArrayList<Expr> values = newList();
    boolean needItem = firstKey == null;
    if (firstKey != null) {
      keys.add(firstKey);
      values.add(firstValue);
    }
    while (true) {
      if (needItem) {
        if (accept(DOUBLESTAR)) {
          Token stars = prev();
          keys.add(null);
          values.add(bitwiseOr());
          if (keys.size() == 1 && noInvalid == 0 && startsForIfClauses()) {
            // CPython's invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
            forIfClauses();
            if (kind() == RBRACE) {
              throw errorAt(stars, "dict unpacking cannot be used in dict comprehension");
            }
          }
        } else {
          Expr k;
          noInvalid++;
          try {
            k = expression();
          } finally {
            noInvalid--;
          }
          if (kind() != COLON) {
            throw errorAfter(k, "':' expected after dictionary key");
          }
          Token colon = cur();
          p++;
          keys.add(k);
          values.add(dictValue(colon));
        }
      }
      if (!accept(COMMA)) {
        break;
      }
      if (kind() == RBRACE) {
        break;
      }
      needItem = true;
    }
    Token en = expect(RBRACE);
    return new Dict(
        java.util.Collections.unmodifiableList(keys), list(values), ln(st), col(st), eln(en), ecol(en));
  }

  private Expr dictValue(Token colon) {
    if (kind() == RBRACE || kind() == COMMA) {
      throw errorAt(colon, "expression expected after dictionary key and ':'");
    }
    if (kind() == STAR) {
      throw errorAt(cur(), "cannot use a starred expression in a dictionary value");
    }
    return expression();
  }

  private boolean startsForIfClauses() {
    return kind() == KW_FOR || (kind() == KW_ASYNC && kindAt(1) == KW_FOR);
  }

  /**
   * CPython's {@code invalid_comprehension} for a starred element: {@code [*a for a in b]}, once
   * the {@code for_if_clauses} have parsed.
   */
  private void starredComprehension(Expr elt) {
    if (elt instanceof Starred && noInvalid == 0) {
      throw errorNode("iterable unpacking cannot be used in comprehension", elt, elt);
    }
  }

  /**
   * CPython's {@code invalid_comprehension} for a display of several items followed by {@code
   * for_if_clauses} ({@code [a, b for ...]}, {@code [a, for ...]}): the range runs over the items,
   * or from the only item to its comma ({@code comma}, null after the last item).
   */
  private void unparenthesizedTarget(List<Expr> elts, Token comma) {
    if (noInvalid > 0 || !startsForIfClauses()) {
      return;
    }
    forIfClauses();
    String msg = "did you forget parentheses around the comprehension target?";
    if (comma != null && elts.size() == 1) {
      throw errorNode(msg, elts.get(0), located(comma));
    }
    throw errorNode(msg, elts.get(0), elts.get(elts.size() - 1));
  }

  /** An error at the last character of a node, as CPython's {@code invalid_kvpair}. */
  final org.taipan.parser.PythonSyntaxError errorAfter(Expr a, String msg) {
    org.taipan.parser.PythonSyntaxError e = errorNode(msg, a, a);
    int off = e.endOffset() - 1;
    return new org.taipan.parser.PythonSyntaxError(
        e.pythonClass(), e.msg(), e.filename(), e.lineno(), off, e.text(), e.endLineno(), -1);
  }

  // for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+
  final List<Comprehension> forIfClauses() {
    ArrayList<Comprehension> gens = newList();
    while (kind() == KW_FOR || (kind() == KW_ASYNC && kindAt(1) == KW_FOR)) {
      int isAsync = 0;
      if (accept(KW_ASYNC)) {
        isAsync = 1;
      }
      expect(KW_FOR);
      int afterFor = p;
      Expr target = starTargets();
      if (kind() != KW_IN) {
        invalidForTarget(afterFor);
      }
      expect(KW_IN);
      Expr iter = disjunction();
      ArrayList<Expr> ifs = newList();
      while (accept(KW_IF)) {
        ifs.add(disjunction());
      }
      gens.add(new Comprehension(target, iter, list(ifs), isAsync));
    }
    return list(gens);
  }

  /**
   * CPython's {@code invalid_for_target} in a comprehension whose targets are not followed by
   * {@code in}: the text after {@code for} is parsed again as {@code star_expressions}, where
   * {@code invalid_expression} may find an expression directly followed by another ("Perhaps you
   * forgot a comma?"). Otherwise the clause simply fails.
   */
  private void invalidForTarget(int afterFor) {
    if (noInvalid > 0) {
      return;
    }
    int mark = p;
    int savedSeen = seen;
    p = afterFor;
    try {
      starExpressions();
    } catch (Fail f) {
      // no specific error here
    }
    p = mark;
    seen = savedSeen;
  }

  // star_targets: star_target (',' star_target)* [','], in Store context.
  final Expr starTargets() {
    Token st = cur();
    Expr first = starTarget();
    if (kind() != COMMA) {
      return first;
    }
    ArrayList<Expr> elts = newList();
    elts.add(first);
    while (accept(COMMA)) {
      if (!startsStarExpression(kind())) {
        break;
      }
      elts.add(starTarget());
    }
    Token en = prev();
    return new Tuple(list(elts), ExprContext.Store, ln(st), col(st), eln(en), ecol(en));
  }

  private Expr starTarget() {
    if (kind() == STAR) {
      Token st = cur();
      p++;
      if (kind() == STAR) {
        throw FAIL;
      }
      Expr v = starTarget();
      Token en = prev();
      return new Starred(
          Targets.check(this, v, ExprContext.Store), ExprContext.Store, ln(st), col(st), eln(en), ecol(en));
    }
    Expr e = primary();
    return Targets.check(this, e, ExprContext.Store);
  }

  // Calls: primary '(' [arguments] ')' and primary genexp.
  private Expr call(Token st, Expr func) {
    Token open = cur();
    p++;
    enter();
    ArrayList<Expr> args = newList();
    ArrayList<Keyword> keywords = newList();
    arguments(args, keywords, open, true);
    Token en = expect(RPAR);
    leave();
    return new Call(func, list(args), list(keywords), ln(st), col(st), eln(en), ecol(en));
  }

  /**
   * Parses call or class arguments up to (not including) the closing parenthesis. A lone
   * generator expression argument takes the parentheses as its own, as CPython does.
   */
  final void arguments(ArrayList<Expr> args, ArrayList<Keyword> keywords, Token open, boolean allowGenexp) {
    boolean sawKeyword = false;
    boolean sawDoubleStar = false;
    String pending = null;
    Token firstArg = cur();
    while (kind() != RPAR) {
      Token st = cur();
      if (st.kind == STAR && p > 1 && toks[p - 1].kind == COMMA) {
        // CPython's invalid_arguments "args ',' '*'": a '*' not followed by an expression.
        int mark = p;
        int savedSeen = seen;
        p++;
        boolean ok;
        try {
          expression();
          ok = true;
        } catch (Fail f) {
          ok = false;
        }
        p = mark;
        if (!ok) {
          throw errorSpan(
              org.taipan.parser.PythonSyntaxError.SYNTAX_ERROR,
              "iterable argument unpacking follows keyword argument unpacking",
              firstArg,
              toks[p - 2]);
        }
        seen = savedSeen;
      }
      if (st.kind == STAR) {
        if (sawDoubleStar) {
          throw errorSpan(
              org.taipan.parser.PythonSyntaxError.SYNTAX_ERROR,
              "iterable argument unpacking follows keyword argument unpacking",
              firstArg,
              toks[p - 2]);
        }
        p++;
        Expr v = expression();
        Token en = prev();
        args.add(new Starred(v, ExprContext.Load, ln(st), col(st), eln(en), ecol(en)));
      } else if (st.kind == DOUBLESTAR) {
        p++;
        Expr v = expression();
        Token en = prev();
        keywords.add(new Keyword(null, v, ln(st), col(st), eln(en), ecol(en)));
        sawDoubleStar = true;
      } else if ((st.kind == KW_TRUE || st.kind == KW_FALSE || st.kind == KW_NONE) && kindAt(1) == EQUAL) {
        throw errorSpan(
            org.taipan.parser.PythonSyntaxError.SYNTAX_ERROR, "cannot assign to " + st.text, st, tok(p + 1));
      } else if (st.kind == NAME && kindAt(1) == EQUAL) {
        Token eq = tok(p + 1);
        p += 2;
        Expr v = expression();
        Token en = prev();
        if (kind() == KW_FOR || kind() == KW_ASYNC) {
          // invalid_kwarg: NAME '=' expression for_if_clauses
          throw errorSpan(org.taipan.parser.PythonSyntaxError.SYNTAX_ERROR,
              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", st, eq);
        }
        keywords.add(new Keyword(st.text, v, ln(st), col(st), eln(en), ecol(en)));
        sawKeyword = true;
      } else {
        Expr e;
        if (sawKeyword || sawDoubleStar) {
          // After keywords CPython's first pass only tries NAME '=' and starred arguments here, so
          // a positional argument that does not parse leaves the generic error at its first token.
          int at = p;
          int savedSeen = seen;
          try {
            e = namedExpression(false);
          } catch (Fail f) {
            seen = Math.max(savedSeen, at + 1);
            throw f;
          }
        } else {
          e = namedExpression(false);
        }
        if (kind() == KW_FOR || kind() == KW_ASYNC) {
          if (!allowGenexp && args.isEmpty() && keywords.isEmpty()) {
            throw FAIL;
          }
          List<Comprehension> gens = forIfClauses();
          if (args.isEmpty() && keywords.isEmpty() && kind() != COMMA && kind() != RPAR) {
            throw FAIL;
          }
          if (allowGenexp && args.isEmpty() && keywords.isEmpty() && kind() == RPAR) {
            Token close = cur();
            e = new GeneratorExp(e, gens, ln(open), col(open), eln(close), ecol(close));
          } else {
            Token en = prev();
            if (kind() == COMMA) {
              // CPython's invalid_arguments reads on after the comma ([args | ...]), so a
              // tokenizer error there is raised first
              tok(p + 1);
            }
            throw errorSpan(
                org.taipan.parser.PythonSyntaxError.SYNTAX_ERROR,
                "Generator expression must be parenthesized",
                st,
                en);
          }
        } else if (kind() == EQUAL) {
          throw invalidKeywordArgument(e);
        }
        if (pending == null && sawDoubleStar) {
          pending = "positional argument follows keyword argument unpacking";
        } else if (pending == null && sawKeyword) {
          pending = "positional argument follows keyword argument";
        }
        args.add(e);
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    if (pending != null) {
      throw errorAt(cur(), pending);
    }
  }

  RuntimeException invalidKeywordArgument(Expr e) {
    // invalid_kwarg: the range runs from the expression to the '=' after it
    return errorNode(
        "expression cannot contain assignment, perhaps you meant \"==\"?", e, located(cur()));
  }

  // lambdef: 'lambda' [lambda_params] ':' expression
  final Expr lambdef() {
    Token st = expect(KW_LAMBDA);
    enter();
    Arguments params = parameters(false, COLON);
    expect(COLON);
    Expr body = expression();
    leave();
    Token en = prev();
    return new Lambda(params, body, ln(st), col(st), eln(en), ecol(en));
  }

  /** An optional TYPE_COMMENT token's text (only present when type comments are requested). */
  final String typeComment() {
    if (kind() == TYPE_COMMENT) {
      return toks[p++].text;
    }
    return null;
  }

  /** The parameter with its trailing type comment ({@code param ',' TYPE_COMMENT?}). */
  private Arg withTypeComment(Arg a, int close) {
    if (kind() == TYPE_COMMENT && (toks[p - 1].kind == COMMA || kindAt(1) == close)) {
      String tc = toks[p++].text;
      return new Arg(a.arg(), a.annotation(), tc, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
    }
    return a;
  }

  static final Arguments NO_ARGUMENTS =
      new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

  /**
   * A parameter list, for {@code def} (with annotations) or {@code lambda}, up to the closing
   * token {@code close}.
   */
  final Arguments parameters(boolean annotations, int close) {
    if (kind() == close) {
      return NO_ARGUMENTS;
    }
    ArrayList<Arg> posonly = newList();
    ArrayList<Arg> args = newList();
    ArrayList<Expr> defaults = newList();
    Arg vararg = null;
    ArrayList<Arg> kwonly = newList();
    ArrayList<Expr> kwDefaults = newList();
    Arg kwarg = null;
    boolean star = false;
    boolean slash = false;
    while (kind() != close) {
      Token st = cur();
      if (st.kind == SLASH) {
        if (slash) {
          throw errorAt(st, "/ may appear only once");
        }
        if (star) {
          throw errorAt(st, "/ must be ahead of *");
        }
        if (args.isEmpty()) {
          throw errorAt(st, "at least one argument must precede /");
        }
        p++;
        slash = true;
        posonly.addAll(args);
        args.clear();
      } else if (st.kind == STAR) {
        if (star) {
          throw errorAt(st, "* argument may appear only once");
        }
        p++;
        star = true;
        if (kind() == COMMA) {
          if (kindAt(1) == close || kindAt(1) == DOUBLESTAR) {
            throw errorAt(st, "named arguments must follow bare *");
          }
        } else if (kind() == close) {
          throw errorAt(st, "named arguments must follow bare *");
        } else {
          vararg = param(annotations, true);
          if (kind() == EQUAL) {
            throw errorAt(cur(), "var-positional argument cannot have default value");
          }
        }
      } else if (st.kind == DOUBLESTAR) {
        p++;
        kwarg = param(annotations, false);
        if (kind() == EQUAL) {
          throw errorAt(cur(), "var-keyword argument cannot have default value");
        }
        boolean comma = accept(COMMA);
        kwarg = withTypeComment(kwarg, close);
        if (kind() != close) {
          // CPython's invalid_kwds / invalid_lambda_kwds: only a parameter or '*', '**', '/'
          // after the comma is "arguments cannot follow"; anything else is a plain failure.
          int k = kind();
          if (comma && (k == NAME || k == STAR || k == DOUBLESTAR || k == SLASH)) {
            throw errorAt(cur(), "arguments cannot follow var-keyword argument");
          }
          throw FAIL;
        }
        break;
      } else if (st.kind == LPAR) {
        throw parenthesizedParameters(annotations);
      } else {
        Arg a = param(annotations, false);
        Expr dflt = null;
        if (kind() == EQUAL) {
          Token eq = cur();
          p++;
          if (kind() == COMMA || kind() == close) {
            throw errorAt(eq, "expected default value expression");
          }
          dflt = expression();
        }
        if (star) {
          kwonly.add(a);
          kwDefaults.add(dflt);
        } else {
          args.add(a);
          if (dflt != null) {
            defaults.add(dflt);
          } else if (!defaults.isEmpty()) {
            if (kind() != COMMA && kind() != close) {
              throw FAIL;
            }
            throw errorNode("non-default argument follows default argument", a, a);
          }
        }
      }
      boolean comma = accept(COMMA);
      if (kind() == TYPE_COMMENT) {
        if (st.kind == STAR && vararg != null) {
          vararg = withTypeComment(vararg, close);
        } else if (st.kind != STAR && st.kind != SLASH) {
          ArrayList<Arg> last = star ? kwonly : args;
          if (!last.isEmpty()) {
            last.set(last.size() - 1, withTypeComment(last.get(last.size() - 1), close));
          }
        }
      }
      if (!comma) {
        break;
      }
    }
    if (kind() != close) {
      throw FAIL;
    }
    return new Arguments(
        list(posonly),
        list(args),
        vararg,
        list(kwonly),
        java.util.Collections.unmodifiableList(kwDefaults),
        kwarg,
        list(defaults));
  }

  /** CPython's "Function parameters cannot be parenthesized" (and the lambda form). */
  private RuntimeException parenthesizedParameters(boolean function) {
    Token open = cur();
    int savedSeen = seen;
    int mark = p;
    p++;
    boolean ok = kind() == NAME;
    try {
      while (ok && kind() == NAME) {
        param(function, false);
        if (!accept(COMMA)) {
          break;
        }
      }
      ok = ok && kind() == RPAR;
    } catch (Fail f) {
      ok = false;
    }
    int i = p;
    p = mark;
    if (!ok) {
      seen = savedSeen;
      return FAIL;
    }
    return errorSpan(
        org.taipan.parser.PythonSyntaxError.SYNTAX_ERROR,
        function
            ? "Function parameters cannot be parenthesized"
            : "Lambda expression parameters cannot be parenthesized",
        open,
        tok(i));
  }

  private Arg param(boolean annotations, boolean starAllowed) {
    Token name = expect(NAME);
    Expr annotation = null;
    if (annotations && accept(COLON)) {
      annotation = starAllowed && kind() == STAR ? starExpression() : expression();
    }
    Token en = prev();
    return new Arg(name.text, annotation, null, ln(name), col(name), eln(en), ecol(en));
  }
}
