package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
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
import org.taipan.parser.ast.Pattern;

/**
 * Compiles {@code match} statements (CPython's {@code compiler_match} and {@code
 * compiler_pattern} in {@code Python/compile.c}) with the 3.11 pattern instructions ({@code
 * MATCH_SEQUENCE}, {@code MATCH_MAPPING}, {@code MATCH_KEYS}, {@code MATCH_CLASS}, {@code
 * GET_LEN}). A pattern consumes the subject on top of the stack when it matches; on failure it
 * jumps to a label that pops what the pattern left on the stack. Captured names are stored as soon
 * as they match.
 */
final class PatternCompiler {
  private final Compiler c;

  PatternCompiler(Compiler c) {
    this.c = c;
  }

  /** Failure handling: labels that pop n items, then go on to {@code target}. */
  private final class Fail {
    final CodeBuilder.Label target;
    final Map<Integer, CodeBuilder.Label> pops = new HashMap<>();

    Fail(CodeBuilder.Label target) {
      this.target = target;
    }

    CodeBuilder.Label pop(int n) {
      return pops.computeIfAbsent(n, k -> c.label());
    }

    void emitChain() {
      if (pops.isEmpty()) {
        return;
      }
      int max = pops.keySet().stream().mapToInt(Integer::intValue).max().getAsInt();
      for (int n = max; n >= 1; n--) {
        CodeBuilder.Label l = pops.get(n);
        if (l != null) {
          c.bind(l);
        }
        c.emit(POP_TOP);
      }
      CodeBuilder.Label zero = pops.get(0);
      if (zero != null) {
        c.bind(zero);
      }
      c.jump(JUMP, target);
    }
  }

  void compile(Match m) {
    checkNames(m);
    c.visit(m.subject());
    CodeBuilder.Label end = c.label();
    List<MatchCase> cases = m.cases();
    for (int i = 0; i < cases.size(); i++) {
      MatchCase mc = cases.get(i);
      boolean last = i == cases.size() - 1;
      CodeBuilder.Label next = c.label();
      Fail fail = new Fail(next);
      c.setLoc(mc.pattern());
      if (!last) {
        c.emit(COPY, 1);
      }
      pattern(mc.pattern(), fail, 1);
      if (mc.guard() != null) {
        c.jumpIf(mc.guard(), fail.pop(0), false);
      }
      if (!last) {
        c.emit(POP_TOP);
      }
      c.visitBody(mc.body());
      c.jump(JUMP, end);
      fail.emitChain();
      c.bind(next);
      if (last) {
        break;
      }
    }
    if (cases.isEmpty()) {
      c.emit(POP_TOP);
    }
    c.bind(end);
  }

  /** The pattern CPython's compiler last visited: where it reports a pattern's errors. */
  private Pattern lastVisited;

  /**
   * The errors CPython's compiler raises about the names of a match statement's patterns
   * (irrefutable patterns before the last case, a name bound twice, alternatives that bind
   * different names), found in the order CPython visits the patterns and reported at the pattern
   * it visited last, as {@code compiler_pattern} does.
   */
  private void checkNames(Match m) {
    List<MatchCase> cases = m.cases();
    for (int i = 0; i < cases.size(); i++) {
      MatchCase mc = cases.get(i);
      boolean lastCase = i == cases.size() - 1;
      checkPattern(mc.pattern(), new ArrayList<>(), mc.guard() != null || lastCase);
    }
  }

  private void checkStore(String name, List<String> stores) {
    if (name == null) {
      return;
    }
    if (name.equals("__debug__")) {
      throw c.error("cannot assign to __debug__", lastVisited);
    }
    if (stores.contains(name)) {
      throw c.error("multiple assignments to name '" + name + "' in pattern", lastVisited);
    }
    stores.add(name);
  }

  private void checkPattern(Pattern p, List<String> stores, boolean allowIrrefutable) {
    lastVisited = p;
    if (p instanceof MatchAs a) {
      if (a.pattern() == null) {
        if (!allowIrrefutable) {
          throw c.error(
              a.name() != null
                  ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                  : "wildcard makes remaining patterns unreachable",
              p);
        }
      } else {
        checkPattern(a.pattern(), stores, true);
      }
      checkStore(a.name(), stores);
    } else if (p instanceof MatchStar s) {
      checkStore(s.name(), stores);
    } else if (p instanceof MatchSequence s) {
      for (Pattern sub : s.patterns()) {
        checkPattern(sub, stores, true);
      }
    } else if (p instanceof MatchMapping mm) {
      for (Pattern sub : mm.patterns()) {
        checkPattern(sub, stores, true);
      }
      checkStore(mm.rest(), stores);
    } else if (p instanceof MatchClass k) {
      for (Pattern sub : k.patterns()) {
        checkPattern(sub, stores, true);
      }
      for (Pattern sub : k.kwdPatterns()) {
        checkPattern(sub, stores, true);
      }
    } else if (p instanceof MatchOr o) {
      List<String> control = null;
      List<Pattern> alts = o.patterns();
      for (int i = 0; i < alts.size(); i++) {
        List<String> altStores = new ArrayList<>();
        checkPattern(alts.get(i), altStores, allowIrrefutable && i == alts.size() - 1);
        if (control == null) {
          control = altStores;
        } else if (control.size() != altStores.size() || !altStores.containsAll(control)) {
          throw c.error("alternative patterns bind different names", lastVisited);
        }
      }
      for (String name : control) {
        checkStore(name, stores);
      }
    }
  }

  private void store(String name) {
    c.nameOp(name, ExprContext.Store);
  }

  /**
   * Compiles a pattern; the subject is on top of the stack and {@code onTop} items (the subject
   * included) belong to the pattern machinery and are popped on failure.
   */
  private void pattern(Pattern p, Fail fail, int onTop) {
    c.setLoc(p);
    if (p instanceof MatchValue v) {
      c.visit(v.value());
      c.emit(COMPARE_OP, 2);
      c.jump(POP_JUMP_IF_FALSE, fail.pop(onTop - 1));
    } else if (p instanceof MatchSingleton s) {
      c.loadConst(ExprCompiler.constantValue(s.value()));
      c.emit(IS_OP, 0);
      c.jump(POP_JUMP_IF_FALSE, fail.pop(onTop - 1));
    } else if (p instanceof MatchAs a) {
      if (a.pattern() == null) {
        if (a.name() == null) {
          c.emit(POP_TOP);
        } else {
          store(a.name());
        }
      } else {
        c.emit(COPY, 1);
        pattern(a.pattern(), fail, onTop + 1);
        if (a.name() == null) {
          c.emit(POP_TOP);
        } else {
          store(a.name());
        }
      }
    } else if (p instanceof MatchOr o) {
      CodeBuilder.Label success = c.label();
      List<Pattern> alts = o.patterns();
      for (int i = 0; i < alts.size() - 1; i++) {
        CodeBuilder.Label nextAlt = c.label();
        Fail altFail = new Fail(nextAlt);
        c.emit(COPY, 1);
        pattern(alts.get(i), altFail, 1);
        c.emit(POP_TOP);
        c.jump(JUMP, success);
        altFail.emitChain();
        c.bind(nextAlt);
      }
      pattern(alts.get(alts.size() - 1), fail, onTop);
      c.bind(success);
    } else if (p instanceof MatchSequence s) {
      sequence(s.patterns(), fail, onTop);
    } else if (p instanceof MatchMapping m) {
      mapping(m, fail, onTop);
    } else if (p instanceof MatchClass k) {
      matchClass(k, fail, onTop);
    } else if (p instanceof MatchStar) {
      throw c.error("can't use starred name here", p);
    } else {
      throw c.error("unsupported pattern", p);
    }
  }

  private void sequence(List<Pattern> ps, Fail fail, int onTop) {
    int star = -1;
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i) instanceof MatchStar) {
        star = i;
      }
    }
    int n = ps.size();
    c.emit(MATCH_SEQUENCE);
    c.jump(POP_JUMP_IF_FALSE, fail.pop(onTop));
    c.emit(GET_LEN);
    c.loadConst((long) (star < 0 ? n : n - 1));
    c.emit(COMPARE_OP, star < 0 ? 2 : 5);
    c.jump(POP_JUMP_IF_FALSE, fail.pop(onTop));
    if (star < 0) {
      c.emit(UNPACK_SEQUENCE, n);
    } else {
      c.emit(UNPACK_EX, star | ((n - star - 1) << 8));
    }
    int items = onTop - 1 + n;
    for (Pattern sub : ps) {
      if (sub instanceof MatchStar ms) {
        if (ms.name() == null) {
          c.emit(POP_TOP);
        } else {
          store(ms.name());
        }
      } else {
        pattern(sub, fail, items);
      }
      items--;
    }
  }

  private void mapping(MatchMapping m, Fail fail, int onTop) {
    List<Expr> keys = m.keys();
    c.emit(MATCH_MAPPING);
    c.jump(POP_JUMP_IF_FALSE, fail.pop(onTop));
    if (!keys.isEmpty()) {
      c.emit(GET_LEN);
      c.loadConst((long) keys.size());
      c.emit(COMPARE_OP, 5);
      c.jump(POP_JUMP_IF_FALSE, fail.pop(onTop));
    }
    for (Expr k : keys) {
      c.visit(k);
    }
    c.emit(BUILD_TUPLE, keys.size());
    c.emit(MATCH_KEYS);
    c.emit(COPY, 1);
    c.loadConst(PyNone.NONE);
    c.emit(IS_OP, 1);
    c.jump(POP_JUMP_IF_FALSE, fail.pop(onTop + 2));
    c.emit(UNPACK_SEQUENCE, keys.size());
    int items = onTop + 1 + keys.size();
    for (Pattern sub : m.patterns()) {
      pattern(sub, fail, items);
      items--;
    }
    if (m.rest() != null) {
      c.emit(BUILD_MAP, 0);
      c.emit(SWAP, 3);
      c.emit(DICT_UPDATE, 2);
      c.emit(POP_TOP);
      for (Expr k : keys) {
        c.emit(COPY, 1);
        c.visit(k);
        c.emit(DELETE_SUBSCR);
      }
      store(m.rest());
    } else {
      c.emit(POP_TOP);
      c.emit(POP_TOP);
    }
  }

  private void matchClass(MatchClass k, Fail fail, int onTop) {
    c.visit(k.cls());
    List<Object> names = new ArrayList<>(k.kwdAttrs());
    c.loadConst(new PyTuple(names.toArray()));
    int npos = k.patterns().size();
    c.emit(MATCH_CLASS, npos);
    c.emit(COPY, 1);
    c.loadConst(PyNone.NONE);
    c.emit(IS_OP, 1);
    c.jump(POP_JUMP_IF_FALSE, fail.pop(onTop));
    int total = npos + names.size();
    c.emit(UNPACK_SEQUENCE, total);
    int items = onTop - 1 + total;
    List<Pattern> all = new ArrayList<>(k.patterns());
    all.addAll(k.kwdPatterns());
    for (Pattern sub : all) {
      pattern(sub, fail, items);
      items--;
    }
  }
}
