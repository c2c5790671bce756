package org.taipan.parser.impl;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.*;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target, as CPython's
 * {@code _PyPegen_set_expr_context} does, and reports targets that cannot be assigned to (the
 * checks of {@code _PyPegen_get_invalid_target}).
 */
final class Targets {
  private Targets() {}

  /** The expression in context {@code ctx}, or a SyntaxError naming the first invalid part. */
  static Expr check(ParserBase p, Expr e, ExprContext ctx) {
    Expr bad = invalid(e, ctx);
    if (bad != null) {
      String verb = ctx == ExprContext.Del ? "delete" : "assign to";
      throw p.errorNode("cannot " + verb + " " + ParserBase.describe(bad), bad, bad);
    }
    return with(e, ctx);
  }

  /** The first sub-expression that cannot take the context, or null if all can. */
  static Expr invalid(Expr e, ExprContext ctx) {
    if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
      return null;
    }
    if (e instanceof Starred s) {
      if (ctx == ExprContext.Del) {
        return e;
      }
      return invalid(s.value(), ctx);
    }
    List<Expr> elts;
    if (e instanceof Tuple t) {
      elts = t.elts();
    } else if (e instanceof org.taipan.parser.ast.List l) {
      elts = l.elts();
    } else {
      return e;
    }
    for (Expr x : elts) {
      Expr bad = invalid(x, ctx);
      if (bad != null) {
        return bad;
      }
    }
    return null;
  }

  /** The same expression with context {@code ctx}, recursively through tuples, lists, starred. */
  static Expr with(Expr e, ExprContext ctx) {
    if (e instanceof Name n) {
      return n.ctx() == ctx
          ? n
          : new Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
    } else if (e instanceof Attribute a) {
      return new Attribute(
          a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
    } else if (e instanceof Subscript s) {
      return new Subscript(
          s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
    } else if (e instanceof Starred s) {
      return new Starred(
          with(s.value(), ctx), ctx, s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
    } else if (e instanceof Tuple t) {
      return new Tuple(
          withAll(t.elts(), ctx), ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
    } else if (e instanceof org.taipan.parser.ast.List l) {
      return new org.taipan.parser.ast.List(
          withAll(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
    }
    return e;
  }

  private static List<Expr> withAll(List<Expr> elts, ExprContext ctx) {
    ArrayList<Expr> out = new ArrayList<>(elts.size());
    for (Expr x : elts) {
      out.add(with(x, ctx));
    }
    return ParserBase.list(out);
  }
}
