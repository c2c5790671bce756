package org.taipan.parser.impl;

import static org.taipan.parser.tokenize.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.*;
import org.taipan.parser.tokenize.Token;
import org.taipan.parser.tokenize.Tokenizer;

/**
 * The {@code match} statement and its patterns (PEP 634), as the {@code match_stmt} and
 * {@code *_pattern} rules of CPython's {@code Grammar/python.gram}. {@code match}, {@code case}
 * and {@code _} are soft keywords: a line starting with {@code match} is only a match statement
 * when it parses as one.
 */
abstract class PatternParser extends StringParser {

  PatternParser(Tokenizer tz) {
    super(tz);
  }

  abstract List<Stmt> block(Token owner, String what);

  abstract org.taipan.parser.PythonSyntaxError expectedIndentedBlock(Token owner, String what);

  /** CPython's forced token {@code &&':'}: anything else is "expected ':'" right there. */
  final void forcedColon() {
    if (kind() != COLON) {
      throw errorAt(cur(), "expected ':'");
    }
    p++;
  }

  /** A ':' whose absence before the end of the line is "expected ':'" (CPython's invalid_*_stmt rules). */
  final void colonOrNewline() {
    if (kind() == COLON) {
      p++;
      return;
    }
    if (kind() == NEWLINE && noInvalid == 0) {
      throw errorAt(cur(), "expected ':'");
    }
    throw FAIL;
  }

  /** Set when a line started like a match statement but lacked its ':' (reported if nothing else fits). */
  Token matchMissingColon;

  /** A match statement at the mark, or null (mark unchanged) if the line is not one. */
  final Stmt tryMatchStmt() {
    Token st = cur();
    int mark = p;
    Expr subject;
    try {
      p++;
      subject = subjectExpr();
      if (kind() == NEWLINE) {
        matchMissingColon = cur();
      }
      expect(COLON);
    } catch (Fail f) {
      p = mark;
      return null;
    }
    if (kind() != NEWLINE) {
      p = mark;
      return null;
    }
    p++;
    if (kind() != INDENT) {
      throw expectedIndentedBlock(st, "'match' statement");
    }
    p++;
    ArrayList<MatchCase> cases = newList();
    while (isName("case")) {
      cases.add(caseBlock());
    }
    if (cases.isEmpty()) {
      throw FAIL;
    }
    expect(DEDENT);
    Token en = lastNonWhitespace();
    return new Match(subject, list(cases), ln(st), col(st), eln(en), ecol(en));
  }

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private Expr subjectExpr() {
    Token st = cur();
    Expr first = starNamedExpression();
    if (kind() != COMMA) {
      if (first instanceof Starred) {
        throw FAIL;
      }
      return first;
    }
    ArrayList<Expr> elts = newList();
    elts.add(first);
    while (accept(COMMA)) {
      if (!startsStarExpression(kind())) {
        break;
      }
      elts.add(starNamedExpression());
    }
    Token en = prev();
    return new Tuple(list(elts), ExprContext.Load, ln(st), col(st), eln(en), ecol(en));
  }

  // case_block: "case" patterns guard? ':' block
  private MatchCase caseBlock() {
    Token c = cur();
    p++;
    Pattern pattern = patterns();
    Expr guard = null;
    if (accept(KW_IF)) {
      guard = namedExpression();
    }
    colonOrNewline();
    List<Stmt> body = block(c, "'case' statement");
    return new MatchCase(pattern, guard, body);
  }

  // patterns: open_sequence_pattern | pattern
  private Pattern patterns() {
    Token st = cur();
    Pattern first = maybeStarPattern();
    if (kind() != COMMA) {
      if (first instanceof MatchStar) {
        throw FAIL;
      }
      return first;
    }
    ArrayList<Pattern> items = newList();
    items.add(first);
    while (accept(COMMA)) {
      if (kind() == COLON || kind() == KW_IF) {
        break;
      }
      items.add(maybeStarPattern());
    }
    Token en = prev();
    return new MatchSequence(list(items), ln(st), col(st), eln(en), ecol(en));
  }

  private Pattern maybeStarPattern() {
    if (kind() == STAR) {
      Token st = cur();
      p++;
      Token name = expect(NAME);
      String id = name.text.equals("_") ? null : name.text;
      return new MatchStar(id, ln(st), col(st), eln(name), ecol(name));
    }
    return pattern();
  }

  // pattern: or_pattern 'as' pattern_capture_target | or_pattern
  final Pattern pattern() {
    Token st = cur();
    enter();
    Pattern p0 = orPattern();
    if (accept(KW_AS)) {
      if (kind() != NAME && noInvalid == 0) {
        // CPython's invalid_as_pattern: or_pattern 'as' !NAME expression
        int save = p;
        Expr target;
        try {
          target = expression();
        } catch (Fail f) {
          p = save;
          throw FAIL;
        }
        throw errorNode("invalid pattern target", target, target);
      }
      Token name = expect(NAME);
      if (name.text.equals("_")) {
        throw errorAt(name, "cannot use '_' as a target");
      }
      leave();
      return new MatchAs(p0, name.text, ln(st), col(st), eln(name), ecol(name));
    }
    leave();
    return p0;
  }

  private Pattern orPattern() {
    Token st = cur();
    Pattern first = closedPattern();
    if (kind() != VBAR) {
      return first;
    }
    ArrayList<Pattern> alts = newList();
    alts.add(first);
    while (accept(VBAR)) {
      alts.add(closedPattern());
    }
    Token en = prev();
    return new MatchOr(list(alts), ln(st), col(st), eln(en), ecol(en));
  }

  private Pattern closedPattern() {
    Token st = cur();
    switch (st.kind) {
      case NUMBER, MINUS, STRING -> {
        Expr v = literalExpr();
        return new MatchValue(v, v.lineno(), v.colOffset(), v.endLineno(), v.endColOffset());
      }
      case KW_NONE, KW_TRUE, KW_FALSE -> {
        p++;
        Object v = st.kind == KW_NONE ? NoneConstant.NONE : st.kind == KW_TRUE ? Boolean.TRUE : Boolean.FALSE;
        return new MatchSingleton(v, ln(st), col(st), eln(st), ecol(st));
      }
      case NAME -> {
        Expr nameOrAttr = nameOrAttr();
        if (kind() == LPAR) {
          return classPattern(st, nameOrAttr);
        }
        if (nameOrAttr instanceof Name n) {
          if (n.id().equals("_")) {
            return new MatchAs(null, null, ln(st), col(st), eln(st), ecol(st));
          }
          return new MatchAs(null, n.id(), ln(st), col(st), eln(st), ecol(st));
        }
        return new MatchValue(
            nameOrAttr,
            nameOrAttr.lineno(),
            nameOrAttr.colOffset(),
            nameOrAttr.endLineno(),
            nameOrAttr.endColOffset());
      }
      case LPAR -> {
        p++;
        if (accept(RPAR)) {
          Token en = prev();
          return new MatchSequence(List.of(), ln(st), col(st), eln(en), ecol(en));
        }
        Pattern first = maybeStarPattern();
        if (kind() == RPAR && !(first instanceof MatchStar)) {
          p++;
          return first;
        }
        ArrayList<Pattern> items = newList();
        items.add(first);
        expect(COMMA);
        while (kind() != RPAR) {
          items.add(maybeStarPattern());
          if (!accept(COMMA)) {
            break;
          }
        }
        Token en = expect(RPAR);
        return new MatchSequence(list(items), ln(st), col(st), eln(en), ecol(en));
      }
      case LSQB -> {
        p++;
        ArrayList<Pattern> items = newList();
        while (kind() != RSQB) {
          items.add(maybeStarPattern());
          if (!accept(COMMA)) {
            break;
          }
        }
        Token en = expect(RSQB);
        return new MatchSequence(list(items), ln(st), col(st), eln(en), ecol(en));
      }
      case LBRACE -> {
        return mappingPattern();
      }
      default -> throw FAIL;
    }
  }

  private Expr nameOrAttr() {
    Token st = expect(NAME);
    Expr e = new Name(st.text, ExprContext.Load, ln(st), col(st), eln(st), ecol(st));
    while (accept(DOT)) {
      Token n = expect(NAME);
      e = new Attribute(e, n.text, ExprContext.Load, ln(st), col(st), eln(n), ecol(n));
    }
    return e;
  }

  // literal_expr: signed_number | complex_number | strings | None | True | False
  private Expr literalExpr() {
    Token st = cur();
    if (st.kind == STRING) {
      Expr s = strings();
      if (s instanceof JoinedStr) {
        throw errorNode("patterns may only match literals and attribute lookups", s, s);
      }
      return s;
    }
    if (st.kind == KW_NONE || st.kind == KW_TRUE || st.kind == KW_FALSE) {
      return atom();
    }
    Expr real = signedNumber();
    if (kind() == PLUS || kind() == MINUS) {
      Expr number = real instanceof UnaryOp u ? u.operand() : real;
      if (((Constant) number).value() instanceof ImaginaryConstant) {
        throw errorNode("real number required in complex literal", number, number);
      }
      Operator op = kind() == PLUS ? Operator.Add : Operator.Sub;
      p++;
      Token it = expect(NUMBER);
      Expr imag = new Constant(Numbers.parse(it.text), null, ln(it), col(it), eln(it), ecol(it));
      if (!(((Constant) imag).value() instanceof ImaginaryConstant)) {
        throw errorNode("imaginary number required in complex literal", imag, imag);
      }
      return new BinOp(real, op, imag, ln(st), col(st), eln(it), ecol(it));
    }
    return real;
  }

  private Expr signedNumber() {
    Token st = cur();
    if (accept(MINUS)) {
      Token n = expect(NUMBER);
      Expr c = new Constant(Numbers.parse(n.text), null, ln(n), col(n), eln(n), ecol(n));
      return new UnaryOp(UnaryOperator.USub, c, ln(st), col(st), eln(n), ecol(n));
    }
    Token n = expect(NUMBER);
    return new Constant(Numbers.parse(n.text), null, ln(n), col(n), eln(n), ecol(n));
  }

  private Pattern mappingPattern() {
    Token st = expect(LBRACE);
    ArrayList<Expr> keys = newList();
    ArrayList<Pattern> values = newList();
    String rest = null;
    while (kind() != RBRACE) {
      if (accept(DOUBLESTAR)) {
        // pattern_capture_target: !"_" NAME
        if (isName("_")) {
          throw FAIL;
        }
        rest = expect(NAME).text;
        accept(COMMA);
        break;
      }
      Expr key;
      int k = kind();
      if (k == NAME) {
        key = nameOrAttr();
        if (key instanceof Name) {
          throw FAIL;
        }
      } else {
        key = literalExpr();
      }
      expect(COLON);
      keys.add(key);
      values.add(pattern());
      if (!accept(COMMA)) {
        break;
      }
    }
    Token en = expect(RBRACE);
    return new MatchMapping(list(keys), list(values), rest, ln(st), col(st), eln(en), ecol(en));
  }

  private Pattern classPattern(Token st, Expr cls) {
    expect(LPAR);
    ArrayList<Pattern> patterns = newList();
    ArrayList<String> kwdAttrs = newList();
    ArrayList<Pattern> kwdPatterns = newList();
    while (kind() != RPAR) {
      if (kind() == NAME && kindAt(1) == EQUAL) {
        Token n = cur();
        p += 2;
        kwdAttrs.add(n.text);
        kwdPatterns.add(pattern());
      } else {
        Pattern pat = pattern();
        if (!kwdAttrs.isEmpty()) {
          throw errorNode("positional patterns follow keyword patterns", pat, pat);
        }
        patterns.add(pat);
      }
      if (!accept(COMMA)) {
        break;
      }
    }
    Token en = expect(RPAR);
    return new MatchClass(
        cls, list(patterns), list(kwdAttrs), list(kwdPatterns), ln(st), col(st), eln(en), ecol(en));
  }
}
