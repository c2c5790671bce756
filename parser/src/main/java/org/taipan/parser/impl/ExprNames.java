package org.taipan.parser.impl;

import org.taipan.parser.ast.*;

/**
 * The names CPython uses for expression kinds in "cannot assign to ..." style messages, as
 * {@code _PyPegen_get_expr_name} in CPython's {@code Parser/pegen.c}.
 */
final class ExprNames {
  private ExprNames() {}

  static String describe(Expr e) {
    if (e instanceof Attribute) {
      return "attribute";
    } else if (e instanceof Subscript) {
      return "subscript";
    } else if (e instanceof Starred) {
      return "starred";
    } else if (e instanceof Name) {
      return "name";
    } else if (e instanceof org.taipan.parser.ast.List) {
      return "list";
    } else if (e instanceof Tuple) {
      return "tuple";
    } else if (e instanceof Lambda) {
      return "lambda";
    } else if (e instanceof Call) {
      return "function call";
    } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
      return "expression";
    } else if (e instanceof GeneratorExp) {
      return "generator expression";
    } else if (e instanceof Yield || e instanceof YieldFrom) {
      return "yield expression";
    } else if (e instanceof Await) {
      return "await expression";
    } else if (e instanceof ListComp) {
      return "list comprehension";
    } else if (e instanceof SetComp) {
      return "set comprehension";
    } else if (e instanceof DictComp) {
      return "dict comprehension";
    } else if (e instanceof Dict) {
      return "dict literal";
    } else if (e instanceof Set) {
      return "set display";
    } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
      return "f-string expression";
    } else if (e instanceof Constant c) {
      Object v = c.value();
      if (v == NoneConstant.NONE) {
        return "None";
      } else if (Boolean.FALSE.equals(v)) {
        return "False";
      } else if (Boolean.TRUE.equals(v)) {
        return "True";
      } else if (v == EllipsisConstant.ELLIPSIS) {
        return "ellipsis";
      }
      return "literal";
    } else if (e instanceof Compare) {
      return "comparison";
    } else if (e instanceof IfExp) {
      return "conditional expression";
    } else if (e instanceof NamedExpr) {
      return "named expression";
    }
    return "expression";
  }
}
