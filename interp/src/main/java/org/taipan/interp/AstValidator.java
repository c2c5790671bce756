package org.taipan.interp;

import java.util.List;
import org.taipan.object.Abstract;
import org.taipan.object.PyEllipsis;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;
import org.taipan.parser.ast.*;
import org.taipan.parser.ast.Module;

/**
 * Checks a tree that came from Python objects before it is compiled, CPython's {@code
 * _PyAST_Validate} ({@code Python/ast.c}): positions that form a range, expression contexts that
 * fit where the expression stands, non-empty bodies and target lists, arities that agree,
 * constants of the types a constant may have, and the shapes of match patterns. Each failure is
 * CPython's exception and message.
 */
final class AstValidator {
  private AstValidator() {}

  /** {@code _PyAST_Validate}. */
  static void validate(Mod mod) {
    if (mod instanceof Module m) {
      stmts(m.body());
    } else if (mod instanceof Interactive i) {
      stmts(i.body());
    } else if (mod instanceof Expression e) {
      expr(e.body(), ExprContext.Load);
    } else if (mod instanceof FunctionType f) {
      exprs(f.argtypes(), ExprContext.Load, false);
      expr(f.returns(), ExprContext.Load);
    }
  }

  /** Raises ValueError (always throws). */
  private static void fail(String fmt, Object... args) {
    throw PyErr.format(PyExc.ValueError, fmt, args);
  }

  private static void positions(Located n) {
    int l = n.lineno(), el = n.endLineno(), c = n.colOffset(), ec = n.endColOffset();
    if (l > el) {
      fail("AST node line range (%d, %d) is not valid", l, el);
    }
    if ((l < 0 && el != l) || (c < 0 && c != ec)) {
      fail("AST node column range (%d, %d) for line range (%d, %d) is not valid", c, ec, l, el);
    }
    if (l == el && c > ec) {
      fail("line %d, column %d-%d is not a valid range", l, c, ec);
    }
  }

  private static void nonEmpty(List<?> seq, String what, String owner) {
    if (seq.isEmpty()) {
      fail("empty %s on %s", what, owner);
    }
  }

  private static void body(List<Stmt> body, String owner) {
    nonEmpty(body, "body", owner);
    stmts(body);
  }

  private static void stmts(List<Stmt> seq) {
    for (Stmt s : seq) {
      if (s == null) {
        fail("None disallowed in statement list");
      }
      stmt(s);
    }
  }

  private static void exprs(List<Expr> seq, ExprContext ctx, boolean nullOk) {
    for (Expr e : seq) {
      if (e != null) {
        expr(e, ctx);
      } else if (!nullOk) {
        fail("None disallowed in expression list");
      }
    }
  }

  private static void optional(Expr e) {
    if (e != null) {
      expr(e, ExprContext.Load);
    }
  }

  // ---------------------------------------------------------------- statements

  private static void stmt(Stmt s) {
    positions(s);
    ExprContext load = ExprContext.Load;
    if (s instanceof FunctionDef f) {
      body(f.body(), "FunctionDef");
      arguments(f.args());
      exprs(f.decoratorList(), load, false);
      optional(f.returns());
    } else if (s instanceof AsyncFunctionDef f) {
      body(f.body(), "AsyncFunctionDef");
      arguments(f.args());
      exprs(f.decoratorList(), load, false);
      optional(f.returns());
    } else if (s instanceof ClassDef c) {
      body(c.body(), "ClassDef");
      exprs(c.bases(), load, false);
      keywords(c.keywords());
      exprs(c.decoratorList(), load, false);
    } else if (s instanceof Return r) {
      optional(r.value());
    } else if (s instanceof Delete d) {
      nonEmpty(d.targets(), "targets", "Delete");
      exprs(d.targets(), ExprContext.Del, false);
    } else if (s instanceof Assign a) {
      nonEmpty(a.targets(), "targets", "Assign");
      exprs(a.targets(), ExprContext.Store, false);
      expr(a.value(), load);
    } else if (s instanceof AugAssign a) {
      expr(a.target(), ExprContext.Store);
      expr(a.value(), load);
    } else if (s instanceof AnnAssign a) {
      if (a.simple() != 0 && !(a.target() instanceof Name)) {
        throw PyErr.format(PyExc.TypeError, "AnnAssign with simple non-Name target");
      }
      expr(a.target(), ExprContext.Store);
      optional(a.value());
      expr(a.annotation(), load);
    } else if (s instanceof For f) {
      expr(f.target(), ExprContext.Store);
      expr(f.iter(), load);
      body(f.body(), "For");
      stmts(f.orelse());
    } else if (s instanceof AsyncFor f) {
      expr(f.target(), ExprContext.Store);
      expr(f.iter(), load);
      body(f.body(), "AsyncFor");
      stmts(f.orelse());
    } else if (s instanceof While w) {
      expr(w.test(), load);
      body(w.body(), "While");
      stmts(w.orelse());
    } else if (s instanceof If i) {
      expr(i.test(), load);
      body(i.body(), "If");
      stmts(i.orelse());
    } else if (s instanceof With w) {
      withItems(w.items(), "With");
      body(w.body(), "With");
    } else if (s instanceof AsyncWith w) {
      withItems(w.items(), "AsyncWith");
      body(w.body(), "AsyncWith");
    } else if (s instanceof Match m) {
      expr(m.subject(), load);
      nonEmpty(m.cases(), "cases", "Match");
      for (MatchCase c : m.cases()) {
        pattern(c.pattern(), false);
        optional(c.guard());
        body(c.body(), "match_case");
      }
    } else if (s instanceof Raise r) {
      if (r.exc() != null) {
        expr(r.exc(), load);
        optional(r.cause());
      } else if (r.cause() != null) {
        fail("Raise with cause but no exception");
      }
    } else if (s instanceof Try t) {
      tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody(), "Try");
    } else if (s instanceof TryStar t) {
      tryParts(t.body(), t.handlers(), t.orelse(), t.finalbody(), "TryStar");
    } else if (s instanceof Assert a) {
      expr(a.test(), load);
      optional(a.msg());
    } else if (s instanceof Import i) {
      nonEmpty(i.names(), "names", "Import");
    } else if (s instanceof ImportFrom i) {
      if (i.level() != null && i.level() < 0) {
        fail("Negative ImportFrom level");
      }
      nonEmpty(i.names(), "names", "ImportFrom");
    } else if (s instanceof Global g) {
      nonEmpty(g.names(), "names", "Global");
    } else if (s instanceof Nonlocal n) {
      nonEmpty(n.names(), "names", "Nonlocal");
    } else if (s instanceof ExprStmt e) {
      expr(e.value(), load);
    }
  }

  private static void withItems(List<WithItem> items, String owner) {
    nonEmpty(items, "items", owner);
    for (WithItem w : items) {
      expr(w.contextExpr(), ExprContext.Load);
      if (w.optionalVars() != null) {
        expr(w.optionalVars(), ExprContext.Store);
      }
    }
  }

  private static void tryParts(
      List<Stmt> body,
      List<ExceptHandlerNode> handlers,
      List<Stmt> orelse,
      List<Stmt> finalbody,
      String owner) {
    body(body, owner);
    if (handlers.isEmpty() && finalbody.isEmpty()) {
      fail("%s has neither except handlers nor finalbody", owner);
    }
    if (handlers.isEmpty() && !orelse.isEmpty()) {
      fail("%s has orelse but no except handlers", owner);
    }
    for (ExceptHandlerNode h : handlers) {
      ExceptHandler e = (ExceptHandler) h;
      positions(e);
      optional(e.type());
      body(e.body(), "ExceptHandler");
    }
    stmts(finalbody);
    stmts(orelse);
  }

  private static void arguments(Arguments a) {
    args(a.posonlyargs());
    args(a.args());
    if (a.vararg() != null) {
      args(List.of(a.vararg()));
    }
    args(a.kwonlyargs());
    if (a.kwarg() != null) {
      args(List.of(a.kwarg()));
    }
    if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
      fail("more positional defaults than args on arguments");
    }
    if (a.kwDefaults().size() != a.kwonlyargs().size()) {
      fail("length of kwonlyargs is not the same as kw_defaults on arguments");
    }
    exprs(a.defaults(), ExprContext.Load, false);
    exprs(a.kwDefaults(), ExprContext.Load, true);
  }

  private static void args(List<Arg> args) {
    for (Arg a : args) {
      positions(a);
      optional(a.annotation());
    }
  }

  private static void keywords(List<Keyword> keywords) {
    for (Keyword k : keywords) {
      expr(k.value(), ExprContext.Load);
    }
  }

  // ---------------------------------------------------------------- expressions

  private static void expr(Expr e, ExprContext ctx) {
    positions(e);
    ExprContext actual = null;
    if (e instanceof Attribute a) {
      actual = a.ctx();
    } else if (e instanceof Subscript s) {
      actual = s.ctx();
    } else if (e instanceof Starred s) {
      actual = s.ctx();
    } else if (e instanceof Name n) {
      actual = n.ctx();
    } else if (e instanceof org.taipan.parser.ast.List l) {
      actual = l.ctx();
    } else if (e instanceof Tuple t) {
      actual = t.ctx();
    } else if (ctx != ExprContext.Load) {
      fail("expression which can't be assigned to in %s context", ctx.name());
    }
    if (actual != null && actual != ctx) {
      fail("expression must have %s context but has %s instead", ctx.name(), actual.name());
    }
    ExprContext load = ExprContext.Load;
    if (e instanceof BoolOp b) {
      if (b.values().size() < 2) {
        fail("BoolOp with less than 2 values");
      }
      exprs(b.values(), load, false);
    } else if (e instanceof BinOp b) {
      expr(b.left(), load);
      expr(b.right(), load);
    } else if (e instanceof UnaryOp u) {
      expr(u.operand(), load);
    } else if (e instanceof Lambda l) {
      arguments(l.args());
      expr(l.body(), load);
    } else if (e instanceof IfExp i) {
      expr(i.test(), load);
      expr(i.body(), load);
      expr(i.orelse(), load);
    } else if (e instanceof Dict d) {
      if (d.keys().size() != d.values().size()) {
        fail("Dict doesn't have the same number of keys as values");
      }
      exprs(d.keys(), load, true);
      exprs(d.values(), load, false);
    } else if (e instanceof org.taipan.parser.ast.Set s) {
      exprs(s.elts(), load, false);
    } else if (e instanceof ListComp c) {
      comprehension(c.generators());
      expr(c.elt(), load);
    } else if (e instanceof SetComp c) {
      comprehension(c.generators());
      expr(c.elt(), load);
    } else if (e instanceof GeneratorExp c) {
      comprehension(c.generators());
      expr(c.elt(), load);
    } else if (e instanceof DictComp c) {
      comprehension(c.generators());
      expr(c.key(), load);
      expr(c.value(), load);
    } else if (e instanceof Yield y) {
      optional(y.value());
    } else if (e instanceof YieldFrom y) {
      expr(y.value(), load);
    } else if (e instanceof Await a) {
      expr(a.value(), load);
    } else if (e instanceof Compare c) {
      if (c.comparators().isEmpty()) {
        fail("Compare with no comparators");
      }
      if (c.comparators().size() != c.ops().size()) {
        fail("Compare has a different number of comparators and operands");
      }
      exprs(c.comparators(), load, false);
      expr(c.left(), load);
    } else if (e instanceof Call c) {
      expr(c.func(), load);
      exprs(c.args(), load, false);
      keywords(c.keywords());
    } else if (e instanceof Constant c) {
      Object bad = invalidConstant(c.value());
      if (bad != null) {
        throw PyErr.format(
            PyExc.TypeError, "got an invalid type in Constant: %s", PyType.of(bad).getName());
      }
    } else if (e instanceof JoinedStr j) {
      exprs(j.values(), load, false);
    } else if (e instanceof FormattedValue f) {
      expr(f.value(), load);
      optional(f.formatSpec());
    } else if (e instanceof Attribute a) {
      expr(a.value(), load);
    } else if (e instanceof Subscript s) {
      expr(s.slice(), load);
      expr(s.value(), load);
    } else if (e instanceof Starred s) {
      expr(s.value(), ctx);
    } else if (e instanceof Slice s) {
      optional(s.lower());
      optional(s.upper());
      optional(s.step());
    } else if (e instanceof org.taipan.parser.ast.List l) {
      exprs(l.elts(), ctx, false);
    } else if (e instanceof Tuple t) {
      exprs(t.elts(), ctx, false);
    } else if (e instanceof NamedExpr n) {
      expr(n.value(), load);
    } else if (e instanceof Name n) {
      name(n.id());
    }
  }

  private static void comprehension(List<Comprehension> gens) {
    if (gens.isEmpty()) {
      fail("comprehension with no generators");
    }
    for (Comprehension c : gens) {
      expr(c.target(), ExprContext.Store);
      expr(c.iter(), ExprContext.Load);
      exprs(c.ifs(), ExprContext.Load, false);
    }
  }

  /** {@code validate_name}: a name may not spell one of the keyword constants. */
  private static void name(String id) {
    if (id.equals("None") || id.equals("True") || id.equals("False")) {
      fail("identifier field can't represent '%s' constant", id);
    }
  }

  /**
   * {@code validate_constant}: the parser's constant forms, or the Python values a constant
   * may hold (None, Ellipsis, exact int, float, complex, bool, str, bytes, and tuples and
   * frozensets of those). Returns the innermost value of another type, or null.
   */
  private static Object invalidConstant(Object v) {
    if (v instanceof NoneConstant
        || v instanceof EllipsisConstant
        || v instanceof String
        || v instanceof CodePointString
        || v instanceof BytesConstant
        || v instanceof ImaginaryConstant
        || v instanceof Boolean
        || v == PyNone.NONE
        || v == PyEllipsis.ELLIPSIS) {
      return null;
    }
    for (String exact : new String[] {"int", "float", "complex", "str", "bytes"}) {
      if (PythonToAst.exact(v, exact)) {
        return null;
      }
    }
    if (PythonToAst.exact(v, "tuple") || PythonToAst.exact(v, "frozenset")) {
      Object it = Abstract.iter(v);
      for (Object x; (x = Abstract.next(it)) != null; ) {
        Object bad = invalidConstant(x);
        if (bad != null) {
          return bad;
        }
      }
      return null;
    }
    return v;
  }

  // ---------------------------------------------------------------- patterns

  private static void pattern(Pattern p, boolean starOk) {
    positions((Located) p);
    if (p instanceof MatchValue v) {
      matchValue(v.value());
    } else if (p instanceof MatchSingleton s) {
      Object v = s.value();
      if (!(v instanceof NoneConstant || v instanceof Boolean)) {
        fail("MatchSingleton can only contain True, False and None");
      }
    } else if (p instanceof MatchSequence s) {
      patterns(s.patterns(), true);
    } else if (p instanceof MatchMapping m) {
      if (m.keys().size() != m.patterns().size()) {
        fail("MatchMapping doesn't have the same number of keys as patterns");
      }
      if (m.rest() != null) {
        capture(m.rest());
      }
      for (Expr k : m.keys()) {
        if (k instanceof Constant c
            && (c.value() instanceof NoneConstant || c.value() instanceof Boolean)) {
          continue;
        }
        matchValue(k);
      }
      patterns(m.patterns(), false);
    } else if (p instanceof MatchClass c) {
      Expr cls = c.cls();
      while (cls instanceof Attribute a) {
        cls = a.value();
      }
      if (!(cls instanceof Name)) {
        fail("MatchClass cls field can only contain Name or Attribute nodes.");
      }
      expr(c.cls(), ExprContext.Load);
      if (c.kwdAttrs().size() != c.kwdPatterns().size()) {
        fail("MatchClass doesn't have the same number of keyword attributes as patterns");
      }
      for (String a : c.kwdAttrs()) {
        name(a);
      }
      patterns(c.patterns(), false);
      patterns(c.kwdPatterns(), false);
    } else if (p instanceof MatchStar s) {
      if (!starOk) {
        fail("can't use MatchStar here");
      }
      if (s.name() != null) {
        capture(s.name());
      }
    } else if (p instanceof MatchAs a) {
      if (a.name() != null) {
        capture(a.name());
      }
      if (a.pattern() != null) {
        if (a.name() == null) {
          fail("MatchAs must specify a target name if a pattern is given");
        }
        pattern(a.pattern(), false);
      }
    } else if (p instanceof MatchOr o) {
      if (o.patterns().size() < 2) {
        fail("MatchOr requires at least 2 patterns");
      }
      patterns(o.patterns(), false);
    }
  }

  private static void patterns(List<Pattern> ps, boolean starOk) {
    for (Pattern p : ps) {
      pattern(p, starOk);
    }
  }

  private static void capture(String name) {
    if (name.equals("_")) {
      fail("can't capture name '_' in patterns");
    }
    name(name);
  }

  /** {@code validate_pattern_match_value}: literals and attribute lookups only. */
  private static void matchValue(Expr e) {
    if (e instanceof Constant c) {
      expr(e, ExprContext.Load);
      Object v = c.value();
      boolean literal = v instanceof String || v instanceof CodePointString
          || v instanceof BytesConstant || v instanceof ImaginaryConstant;
      for (String exact : new String[] {"int", "float", "complex", "str", "bytes"}) {
        literal |= !(v instanceof Boolean) && PythonToAst.exact(v, exact);
      }
      if (!literal) {
        fail("unexpected constant inside of a literal pattern");
      }
      return;
    } else if (e instanceof Attribute || e instanceof JoinedStr) {
      return;
    } else if (e instanceof UnaryOp u && u.op() == UnaryOperator.USub) {
      expr(e, ExprContext.Load);
      return;
    } else if (e instanceof BinOp b && (b.op() == Operator.Add || b.op() == Operator.Sub)) {
      expr(e, ExprContext.Load);
      return;
    }
    fail("patterns may only match literals and attribute lookups");
  }
}
