package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.object.Abstract;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyTuple;
import org.taipan.object.PyUnicode;
import org.taipan.parser.ast.Attribute;
import org.taipan.parser.ast.BinOp;
import org.taipan.parser.ast.Constant;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Located;
import org.taipan.parser.ast.Match;
import org.taipan.parser.ast.MatchAs;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.MatchClass;
import org.taipan.parser.ast.MatchMapping;
import org.taipan.parser.ast.MatchOr;
import org.taipan.parser.ast.MatchSequence;
import org.taipan.parser.ast.MatchSingleton;
import org.taipan.parser.ast.MatchStar;
import org.taipan.parser.ast.MatchValue;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.Pattern;
import org.taipan.parser.ast.UnaryOp;
import org.taipan.parser.ast.UnaryOperator;

/**
 * Compiles {@code match} statements (CPython's {@code compiler_match} and {@code
 * compiler_pattern} in {@code Python/compile.c}) with the 3.11 pattern instructions ({@code
 * MATCH_SEQUENCE}, {@code MATCH_MAPPING}, {@code MATCH_KEYS}, {@code MATCH_CLASS}, {@code
 * GET_LEN}).
 *
 * <p>A pattern consumes the subject on top of the stack. The values it captures are not stored
 * as they match: they are kept on the stack, below the {@link #onTop} items the pattern machinery
 * still needs, in the order of {@link #stores} (the first name's value on top), and stored only
 * once the whole pattern of a case has matched, so a failed case binds nothing. On failure a
 * pattern jumps to the label of {@link #failPop} that pops everything above the subject's copy
 * (captures included).
 */
final class PatternCompiler {
  private final Compiler c;

  /** The names captured so far, their values on the stack (CPython's {@code pc->stores}). */
  private List<String> stores = new ArrayList<>();

  /** Whether an irrefutable pattern is allowed here. */
  private boolean allowIrrefutable;

  /** Labels that pop {@code n} items (index {@code n}) and fall through to the next case. */
  private List<CodeBuilder.Label> failPop = new ArrayList<>();

  /** Items on the stack above the captures that a failure must pop. */
  private int onTop;

  /** The pattern last visited: where errors are reported, as CPython's {@code SET_LOC}. */
  private Located loc;

  PatternCompiler(Compiler c) {
    this.c = c;
  }

  private void setLoc(Located n) {
    loc = n;
    c.setLoc(n);
  }

  private RuntimeException error(String msg) {
    return c.error(msg, loc);
  }

  private static boolean isWildcard(Pattern p) {
    return p instanceof MatchAs a && a.pattern() == null && a.name() == null;
  }

  private static boolean isWildcardStar(Pattern p) {
    return p instanceof MatchStar s && s.name() == null;
  }

  void compile(Match m) {
    c.visit(m.subject());
    CodeBuilder.Label end = c.label();
    List<MatchCase> cases = m.cases();
    int n = cases.size();
    int hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1 ? 1 : 0;
    for (int i = 0; i < n - hasDefault; i++) {
      MatchCase mc = cases.get(i);
      setLoc(mc.pattern());
      // only copy the subject when a later case still needs it
      boolean copy = i != n - hasDefault - 1;
      if (copy) {
        c.emit(COPY, 1);
      }
      stores = new ArrayList<>();
      allowIrrefutable = mc.guard() != null || i == n - 1;
      failPop = new ArrayList<>();
      onTop = 0;
      pattern(mc.pattern());
      // it's a match: store the captured names, their values are on the stack
      for (String name : stores) {
        c.nameOp(name, ExprContext.Store);
      }
      if (mc.guard() != null) {
        ensureFailPop(0);
        c.jumpIf(mc.guard(), failPop.get(0), false);
      }
      if (copy) {
        c.emit(POP_TOP);
      }
      c.visitBody(mc.body());
      c.jump(JUMP, end);
      setLoc(mc.pattern());
      emitAndResetFailPop();
    }
    if (hasDefault == 1) {
      // a trailing "case _": the subject is already gone
      MatchCase mc = cases.get(n - 1);
      setLoc(mc.pattern());
      c.emit(NOP);
      if (mc.guard() != null) {
        c.jumpIf(mc.guard(), end, false);
      }
      c.visitBody(mc.body());
    }
    c.bind(end);
  }

  // ---------------------------------------------------------------- failure and the stack

  private void ensureFailPop(int n) {
    while (failPop.size() <= n) {
      failPop.add(c.label());
    }
  }

  /** Jumps (with {@code op}) to the label that pops everything the pattern left on the stack. */
  private void jumpToFailPop(int op) {
    int pops = onTop + stores.size();
    ensureFailPop(pops);
    c.jump(op, failPop.get(pops));
  }

  /** The chain of failure labels: each pops one item and falls through to the next. */
  private void emitAndResetFailPop() {
    if (failPop.isEmpty()) {
      return;
    }
    for (int n = failPop.size() - 1; n >= 1; n--) {
      c.bind(failPop.get(n));
      c.emit(POP_TOP);
    }
    c.bind(failPop.get(0));
    failPop = new ArrayList<>();
  }

  /** Moves the top of the stack down below the {@code count - 1} items under it. */
  private void rotate(int count) {
    while (count > 1) {
      c.emit(SWAP, count--);
    }
  }

  /** Keeps the value on top of the stack as the capture of {@code name} (or pops it). */
  private void storeName(String name) {
    if (name == null) {
      c.emit(POP_TOP);
      return;
    }
    if (name.equals("__debug__")) {
      throw error("cannot assign to __debug__");
    }
    if (stores.contains(name)) {
      throw error("multiple assignments to name '" + name + "' in pattern");
    }
    rotate(onTop + stores.size() + 1);
    stores.add(name);
  }

  // ---------------------------------------------------------------- patterns

  private void pattern(Pattern p) {
    setLoc(p);
    if (p instanceof MatchValue v) {
      c.visit(v.value());
      c.emit(COMPARE_OP, 2);
      jumpToFailPop(POP_JUMP_IF_FALSE);
    } else if (p instanceof MatchSingleton s) {
      c.loadConst(ExprCompiler.constantValue(s.value()));
      c.emit(IS_OP, 0);
      jumpToFailPop(POP_JUMP_IF_FALSE);
    } else if (p instanceof MatchSequence s) {
      sequence(s);
    } else if (p instanceof MatchMapping m) {
      mapping(m);
    } else if (p instanceof MatchClass k) {
      matchClass(k);
    } else if (p instanceof MatchStar s) {
      storeName(s.name());
    } else if (p instanceof MatchAs a) {
      matchAs(a);
    } else if (p instanceof MatchOr o) {
      matchOr(o);
    } else {
      throw error("unsupported pattern");
    }
  }

  /** A pattern inside another: irrefutable patterns are always allowed there. */
  private void subpattern(Pattern p) {
    boolean saved = allowIrrefutable;
    allowIrrefutable = true;
    pattern(p);
    allowIrrefutable = saved;
  }

  private void matchAs(MatchAs a) {
    if (a.pattern() == null) {
      if (!allowIrrefutable) {
        throw error(
            a.name() != null
                ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                : "wildcard makes remaining patterns unreachable");
      }
      storeName(a.name());
      return;
    }
    // a copy of the subject, to capture once the inner pattern matched
    onTop++;
    c.emit(COPY, 1);
    pattern(a.pattern());
    onTop--;
    storeName(a.name());
  }

  private void sequence(MatchSequence s) {
    List<Pattern> ps = s.patterns();
    int size = ps.size();
    int star = -1;
    boolean onlyWildcard = true;
    boolean starWildcard = false;
    for (int i = 0; i < size; i++) {
      Pattern p = ps.get(i);
      if (p instanceof MatchStar) {
        if (star >= 0) {
          throw error("multiple starred names in sequence pattern");
        }
        starWildcard = isWildcardStar(p);
        onlyWildcard &= starWildcard;
        star = i;
        continue;
      }
      onlyWildcard &= isWildcard(p);
    }
    // the subject stays on top during the type and length checks
    onTop++;
    c.emit(MATCH_SEQUENCE);
    jumpToFailPop(POP_JUMP_IF_FALSE);
    if (star < 0) {
      c.emit(GET_LEN);
      c.loadConst((long) size);
      c.emit(COMPARE_OP, 2);
      jumpToFailPop(POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      c.emit(GET_LEN);
      c.loadConst((long) (size - 1));
      c.emit(COMPARE_OP, 5);
      jumpToFailPop(POP_JUMP_IF_FALSE);
    }
    onTop--;
    if (onlyWildcard) {
      c.emit(POP_TOP);
    } else if (starWildcard) {
      sequenceSubscr(ps, star);
    } else {
      sequenceUnpack(ps, star);
    }
  }

  /** Unpacks the whole subject and matches each item. */
  private void sequenceUnpack(List<Pattern> ps, int star) {
    int size = ps.size();
    if (star < 0) {
      c.emit(UNPACK_SEQUENCE, size);
    } else {
      c.emit(UNPACK_EX, star | ((size - star - 1) << 8));
    }
    onTop += size;
    for (Pattern p : ps) {
      onTop--;
      subpattern(p);
    }
  }

  /**
   * With a wildcard star ({@code [a, *_, b]}) only the items the other patterns need are taken,
   * by index from either end: the subject may be long or endless.
   */
  private void sequenceSubscr(List<Pattern> ps, int star) {
    int size = ps.size();
    onTop++;
    for (int i = 0; i < size; i++) {
      Pattern p = ps.get(i);
      if (isWildcard(p) || i == star) {
        continue;
      }
      c.emit(COPY, 1);
      if (i < star) {
        c.loadConst((long) i);
      } else {
        c.emit(GET_LEN);
        c.loadConst((long) (size - i));
        c.emit(BINARY_OP, 10);
      }
      c.emit(BINARY_SUBSCR);
      subpattern(p);
    }
    onTop--;
    c.emit(POP_TOP);
  }

  private void mapping(MatchMapping m) {
    List<Expr> keys = m.keys();
    List<Pattern> patterns = m.patterns();
    int size = keys.size();
    if (size != patterns.size()) {
      throw error(
          "keys (" + size + ") / patterns (" + patterns.size()
              + ") length mismatch in mapping pattern");
    }
    String rest = m.rest();
    onTop++;
    c.emit(MATCH_MAPPING);
    jumpToFailPop(POP_JUMP_IF_FALSE);
    if (size == 0 && rest == null) {
      // "{}" matches any mapping
      onTop--;
      c.emit(POP_TOP);
      return;
    }
    if (size > 0) {
      c.emit(GET_LEN);
      c.loadConst((long) size);
      c.emit(COMPARE_OP, 5);
      jumpToFailPop(POP_JUMP_IF_FALSE);
    }
    List<Object> seen = new ArrayList<>();
    for (Expr key : keys) {
      Object value = literalValue(key);
      if (value != null) {
        for (Object other : seen) {
          if (Abstract.richCompareBool(other, value, 2)) {
            throw error(
                "mapping pattern checks duplicate key ("
                    + PyUnicode.asJavaString(Abstract.repr(value)) + ")");
          }
        }
        seen.add(value);
      } else if (!(key instanceof Attribute)) {
        throw error("mapping pattern keys may only match literals and attribute lookups");
      }
      c.visit(key);
    }
    c.emit(BUILD_TUPLE, size);
    c.emit(MATCH_KEYS);
    // the tuple of keys and the tuple of values (or None) are on the subject
    onTop += 2;
    c.emit(COPY, 1);
    c.loadConst(PyNone.NONE);
    c.emit(IS_OP, 1);
    jumpToFailPop(POP_JUMP_IF_FALSE);
    c.emit(UNPACK_SEQUENCE, size);
    onTop += size - 1;
    for (Pattern p : patterns) {
      onTop--;
      subpattern(p);
    }
    // what follows consumes the tuple of keys and the subject
    onTop -= 2;
    if (rest != null) {
      // rest = dict(subject); del rest[key] for each key
      c.emit(BUILD_MAP, 0);
      c.emit(SWAP, 3);
      c.emit(DICT_UPDATE, 2);
      c.emit(UNPACK_SEQUENCE, size);
      for (int k = size; k > 0; k--) {
        c.emit(COPY, 1 + k);
        c.emit(SWAP, 2);
        c.emit(DELETE_SUBSCR);
      }
      storeName(rest);
    } else {
      c.emit(POP_TOP);
      c.emit(POP_TOP);
    }
  }

  /**
   * The value of a literal mapping key as CPython's AST optimizer folds it (a constant, a negated
   * number, a complex literal), or null for anything else.
   */
  private static Object literalValue(Expr e) {
    if (e instanceof Constant k) {
      return ExprCompiler.constantValue(k.value());
    }
    if (e instanceof UnaryOp u && u.op() == UnaryOperator.USub) {
      Object v = literalValue(u.operand());
      return v == null ? null : PyNumber.negative(v);
    }
    if (e instanceof BinOp b && (b.op() == Operator.Add || b.op() == Operator.Sub)) {
      Object l = literalValue(b.left());
      Object r = literalValue(b.right());
      if (l == null || r == null) {
        return null;
      }
      return b.op() == Operator.Add ? PyNumber.add(l, r) : PyNumber.subtract(l, r);
    }
    return null;
  }

  private void matchClass(MatchClass k) {
    List<Pattern> patterns = k.patterns();
    List<String> attrs = k.kwdAttrs();
    List<Pattern> kwdPatterns = k.kwdPatterns();
    int nargs = patterns.size();
    int nattrs = attrs.size();
    if (nattrs != kwdPatterns.size()) {
      throw error(
          "kwd_attrs (" + nattrs + ") / kwd_patterns (" + kwdPatterns.size()
              + ") length mismatch in class pattern");
    }
    for (int i = 0; i < nattrs; i++) {
      String attr = attrs.get(i);
      setLoc(kwdPatterns.get(i));
      if (attr.equals("__debug__")) {
        throw error("cannot assign to __debug__");
      }
      for (int j = i + 1; j < nattrs; j++) {
        if (attr.equals(attrs.get(j))) {
          setLoc(kwdPatterns.get(j));
          throw error("attribute name repeated in class pattern: " + attr);
        }
      }
    }
    c.visit(k.cls());
    c.loadConst(new PyTuple(new ArrayList<Object>(attrs).toArray()));
    c.emit(MATCH_CLASS, nargs);
    c.emit(COPY, 1);
    c.loadConst(PyNone.NONE);
    c.emit(IS_OP, 1);
    // the tuple of attributes (or None) replaced the subject
    onTop++;
    jumpToFailPop(POP_JUMP_IF_FALSE);
    c.emit(UNPACK_SEQUENCE, nargs + nattrs);
    onTop += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
      onTop--;
      Pattern p = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
      if (isWildcard(p)) {
        c.emit(POP_TOP);
        continue;
      }
      subpattern(p);
    }
  }

  private void matchOr(MatchOr o) {
    CodeBuilder.Label end = c.label();
    List<Pattern> alts = o.patterns();
    List<String> outerStores = stores;
    boolean outerAllow = allowIrrefutable;
    List<CodeBuilder.Label> outerFailPop = failPop;
    int outerOnTop = onTop;
    // the names the first alternative binds, in its order: the others must bind the same
    List<String> control = null;
    for (int i = 0; i < alts.size(); i++) {
      Pattern alt = alts.get(i);
      setLoc(alt);
      stores = new ArrayList<>();
      allowIrrefutable = i == alts.size() - 1 && outerAllow;
      failPop = new ArrayList<>();
      onTop = 0;
      c.emit(COPY, 1);
      pattern(alt);
      if (i == 0) {
        control = stores;
      } else if (stores.size() != control.size() || !stores.containsAll(control)) {
        throw error("alternative patterns bind different names");
      } else {
        reorder(stores, control);
      }
      c.jump(JUMP, end);
      emitAndResetFailPop();
    }
    stores = outerStores;
    allowIrrefutable = outerAllow;
    failPop = outerFailPop;
    onTop = outerOnTop;
    // no alternative matched: pop the subject and fail
    c.emit(POP_TOP);
    jumpToFailPop(JUMP);
    c.bind(end);
    // move the captures below the subject, what is on top, and the earlier captures
    int nstores = control.size();
    int nrots = nstores + 1 + onTop + stores.size();
    for (String name : control) {
      rotate(nrots);
      if (stores.contains(name)) {
        throw error("multiple assignments to name '" + name + "' in pattern");
      }
      stores.add(name);
    }
    // pop the copy of the subject
    c.emit(POP_TOP);
  }

  /**
   * Permutes the captures on top of the stack (the value of {@code have[0]} on top) into the
   * order of {@code want}, with swaps; {@code have} is updated to match.
   */
  private void reorder(List<String> have, List<String> want) {
    for (int depth = 0; depth < want.size(); depth++) {
      int at = have.indexOf(want.get(depth));
      if (at == depth) {
        continue;
      }
      // exchange the items at depths `depth` and `at` through the top of the stack
      if (depth == 0) {
        c.emit(SWAP, at + 1);
      } else {
        c.emit(SWAP, depth + 1);
        c.emit(SWAP, at + 1);
        c.emit(SWAP, depth + 1);
      }
      String t = have.get(depth);
      have.set(depth, have.get(at));
      have.set(at, t);
    }
  }
}
