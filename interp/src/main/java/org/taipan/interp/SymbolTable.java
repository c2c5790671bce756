package org.taipan.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Alias;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.ClassDef;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.DictComp;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.FunctionDef;
import org.taipan.parser.ast.AsyncFunctionDef;
import org.taipan.parser.ast.GeneratorExp;
import org.taipan.parser.ast.Global;
import org.taipan.parser.ast.Import;
import org.taipan.parser.ast.ImportFrom;
import org.taipan.parser.ast.Lambda;
import org.taipan.parser.ast.ListComp;
import org.taipan.parser.ast.Located;
import org.taipan.parser.ast.MatchAs;
import org.taipan.parser.ast.MatchMapping;
import org.taipan.parser.ast.MatchStar;
import org.taipan.parser.ast.Name;
import org.taipan.parser.ast.NamedExpr;
import org.taipan.parser.ast.Node;
import org.taipan.parser.ast.Nonlocal;
import org.taipan.parser.ast.SetComp;
import org.taipan.parser.ast.Await;
import org.taipan.parser.ast.Yield;
import org.taipan.parser.ast.YieldFrom;

/**
 * Scope analysis, CPython's {@code Python/symtable.c}: which names of each function, class and
 * module block are local, global (explicit or implicit), free or cell variables.
 */
final class SymbolTable {

  /** How a name is resolved in a scope. */
  enum Kind {
    LOCAL,
    GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT,
    FREE,
    CELL
  }

  /** The kind of a block. */
  enum BlockType {
    MODULE,
    CLASS,
    FUNCTION
  }

  /** One block's symbols. */
  static final class Scope {
    final BlockType type;
    final String name;
    final Scope parent;
    final Node node;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final Map<String, Kind> kinds = new HashMap<>();
    boolean generator;
    boolean coroutine;
    boolean isComprehension;
    boolean needsClassClosure;
    boolean hasVarargs;
    boolean hasVarkw;
    /** Names of free variables in order of first appearance. */
    final Set<String> frees = new LinkedHashSet<>();
    final Set<String> cells = new LinkedHashSet<>();
    /** Where each nonlocal name was declared, for errors. */
    final Map<String, Node> nonlocalNodes = new HashMap<>();

    Scope(BlockType type, String name, Scope parent, Node node) {
      this.type = type;
      this.name = name;
      this.parent = parent;
      this.node = node;
    }

    /** The resolution of {@code name} here. */
    Kind kind(String n) {
      Kind k = kinds.get(n);
      if (k != null) {
        return k;
      }
      return type == BlockType.FUNCTION ? Kind.GLOBAL_IMPLICIT : Kind.GLOBAL_IMPLICIT;
    }

    boolean isFunction() {
      return type == BlockType.FUNCTION;
    }
  }

  static final int DEF_LOCAL = 1;
  static final int DEF_PARAM = 2;
  static final int DEF_GLOBAL = 4;
  static final int DEF_NONLOCAL = 8;
  static final int USE = 16;
  static final int DEF_IMPORT = 32;

  final Map<Node, Scope> scopes = new IdentityHashMap<>();
  final Scope top;
  private final String filename;
  private Scope cur;

  private SymbolTable(Node module, String filename) {
    this.filename = filename;
    top = new Scope(BlockType.MODULE, "top", null, module);
    scopes.put(module, top);
    cur = top;
  }

  /** Builds and analyses the symbol table of a module (or expression). */
  static SymbolTable build(Node module, List<? extends Node> body, String filename) {
    SymbolTable st = new SymbolTable(module, filename);
    for (Node n : body) {
      st.visit(n);
    }
    st.analyze(st.top, new LinkedHashSet<>(), new LinkedHashSet<>());
    return st;
  }

  Scope scopeOf(Node n) {
    return scopes.get(n);
  }

  private PythonSyntaxError error(String msg, Node n) {
    int line = n instanceof Located l ? l.lineno() : 1;
    int col = n instanceof Located l ? l.colOffset() + 1 : 0;
    return new PythonSyntaxError(
        PythonSyntaxError.SYNTAX_ERROR, msg, filename, line, col, null, line, col);
  }

  private void addDef(String name, int flag, Node where) {
    Integer old = cur.flags.get(name);
    int f = old == null ? 0 : old;
    if ((flag & DEF_PARAM) != 0 && (f & DEF_PARAM) != 0) {
      throw error("duplicate argument '" + name + "' in function definition", where);
    }
    cur.flags.put(name, f | flag);
    if ((flag & DEF_PARAM) != 0) {
      cur.params.add(name);
    }
  }

  private Scope enter(BlockType t, String name, Node node) {
    Scope s = new Scope(t, name, cur, node);
    cur.children.add(s);
    scopes.put(node, s);
    cur = s;
    return s;
  }

  private void leave() {
    cur = cur.parent;
  }

  private void visitAll(List<? extends Node> nodes) {
    if (nodes != null) {
      for (Node n : nodes) {
        if (n != null) {
          visit(n);
        }
      }
    }
  }

  private void visitArgsDefaults(Arguments a) {
    visitAll(a.defaults());
    for (Expr e : a.kwDefaults()) {
      if (e != null) {
        visit(e);
      }
    }
    for (List<Arg> l : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
      for (Arg arg : l) {
        if (arg.annotation() != null) {
          visit(arg.annotation());
        }
      }
    }
    if (a.vararg() != null && a.vararg().annotation() != null) {
      visit(a.vararg().annotation());
    }
    if (a.kwarg() != null && a.kwarg().annotation() != null) {
      visit(a.kwarg().annotation());
    }
  }

  private void defineParams(Arguments a, Node where) {
    for (Arg arg : a.posonlyargs()) {
      addDef(arg.arg(), DEF_PARAM, arg);
    }
    for (Arg arg : a.args()) {
      addDef(arg.arg(), DEF_PARAM, arg);
    }
    for (Arg arg : a.kwonlyargs()) {
      addDef(arg.arg(), DEF_PARAM, arg);
    }
    if (a.vararg() != null) {
      addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
      cur.hasVarargs = true;
    }
    if (a.kwarg() != null) {
      addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
      cur.hasVarkw = true;
    }
  }

  private void visitComprehension(Node node, String name, List<Comprehension> gens, Node... elts) {
    Comprehension first = gens.get(0);
    visit(first.iter());
    Scope s = enter(BlockType.FUNCTION, name, node);
    s.isComprehension = true;
    if (node instanceof GeneratorExp) {
      s.generator = true;
    }
    addDef(".0", DEF_PARAM, node);
    for (int i = 0; i < gens.size(); i++) {
      Comprehension g = gens.get(i);
      visit(g.target());
      if (i > 0) {
        visit(g.iter());
      }
      visitAll(g.ifs());
      if (g.isAsync() != 0) {
        s.coroutine = true;
      }
    }
    for (Node e : elts) {
      visit(e);
    }
    leave();
  }

  private void visit(Node n) {
    if (n instanceof FunctionDef f) {
      visitAll(f.decoratorList());
      visitArgsDefaults(f.args());
      if (f.returns() != null) {
        visit(f.returns());
      }
      addDef(f.name(), DEF_LOCAL, f);
      enter(BlockType.FUNCTION, f.name(), f);
      defineParams(f.args(), f);
      visitAll(f.body());
      leave();
    } else if (n instanceof AsyncFunctionDef f) {
      visitAll(f.decoratorList());
      visitArgsDefaults(f.args());
      addDef(f.name(), DEF_LOCAL, f);
      Scope s = enter(BlockType.FUNCTION, f.name(), f);
      s.coroutine = true;
      defineParams(f.args(), f);
      visitAll(f.body());
      leave();
    } else if (n instanceof Lambda l) {
      visitArgsDefaults(l.args());
      enter(BlockType.FUNCTION, "lambda", l);
      defineParams(l.args(), l);
      visit(l.body());
      leave();
    } else if (n instanceof ClassDef c) {
      visitAll(c.decoratorList());
      visitAll(c.bases());
      for (var k : c.keywords()) {
        visit(k.value());
      }
      addDef(c.name(), DEF_LOCAL, c);
      enter(BlockType.CLASS, c.name(), c);
      visitAll(c.body());
      leave();
    } else if (n instanceof ListComp c) {
      visitComprehension(c, "listcomp", c.generators(), c.elt());
    } else if (n instanceof SetComp c) {
      visitComprehension(c, "setcomp", c.generators(), c.elt());
    } else if (n instanceof GeneratorExp c) {
      visitComprehension(c, "genexpr", c.generators(), c.elt());
    } else if (n instanceof DictComp c) {
      visitComprehension(c, "dictcomp", c.generators(), c.key(), c.value());
    } else if (n instanceof Name nm) {
      if (nm.ctx() == ExprContext.Load) {
        addDef(nm.id(), USE, nm);
        if (cur.type == BlockType.FUNCTION && nm.id().equals("super")) {
          addDef("__class__", USE, nm);
        }
      } else {
        addDef(nm.id(), DEF_LOCAL, nm);
      }
    } else if (n instanceof NamedExpr ne) {
      visit(ne.value());
      Scope target = cur;
      while (target.isComprehension) {
        target = target.parent;
      }
      Scope saved = cur;
      String id = ((Name) ne.target()).id();
      if (target != cur) {
        cur = target;
        addDef(id, DEF_LOCAL, ne);
        cur = saved;
        Integer f = cur.flags.get(id);
        cur.flags.put(id, (f == null ? 0 : f) | USE);
        cur.kinds.put(id, null);
        nonlocalFromComprehension.computeIfAbsent(saved, k -> new LinkedHashSet<>()).add(id);
      } else {
        visit(ne.target());
      }
    } else if (n instanceof Global g) {
      for (String name : g.names()) {
        Integer f = cur.flags.get(name);
        if (f != null && (f & (DEF_LOCAL | USE | DEF_PARAM)) != 0) {
          String what = (f & DEF_PARAM) != 0 ? "is parameter and global"
              : (f & DEF_LOCAL) != 0 ? "is assigned to before global declaration"
              : "is used prior to global declaration";
          throw error("name '" + name + "' " + what, g);
        }
        addDef(name, DEF_GLOBAL, g);
      }
    } else if (n instanceof Nonlocal nl) {
      if (cur.type == BlockType.MODULE) {
        throw error("nonlocal declaration not allowed at module level", nl);
      }
      for (String name : nl.names()) {
        Integer f = cur.flags.get(name);
        if (f != null && (f & (DEF_LOCAL | USE | DEF_PARAM)) != 0) {
          String what = (f & DEF_PARAM) != 0 ? "is parameter and nonlocal"
              : (f & DEF_LOCAL) != 0 ? "is assigned to before nonlocal declaration"
              : "is used prior to nonlocal declaration";
          throw error("name '" + name + "' " + what, nl);
        }
        addDef(name, DEF_NONLOCAL, nl);
        cur.nonlocalNodes.put(name, nl);
      }
    } else if (n instanceof Import im) {
      for (Alias a : im.names()) {
        String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
        addDef(bound, DEF_LOCAL | DEF_IMPORT, im);
      }
    } else if (n instanceof ImportFrom im) {
      for (Alias a : im.names()) {
        if (a.name().equals("*")) {
          if (cur.type != BlockType.MODULE) {
            throw error("import * only allowed at module level", im);
          }
          continue;
        }
        addDef(a.asname() != null ? a.asname() : a.name(), DEF_LOCAL | DEF_IMPORT, im);
      }
    } else if (n instanceof ExceptHandler h) {
      if (h.type() != null) {
        visit(h.type());
      }
      if (h.name() != null) {
        addDef(h.name(), DEF_LOCAL, h);
      }
      visitAll(h.body());
    } else if (n instanceof MatchAs m) {
      if (m.pattern() != null) {
        visit(m.pattern());
      }
      if (m.name() != null) {
        addDef(m.name(), DEF_LOCAL, m);
      }
    } else if (n instanceof MatchStar m) {
      if (m.name() != null) {
        addDef(m.name(), DEF_LOCAL, m);
      }
    } else if (n instanceof MatchMapping m) {
      visitAll(m.keys());
      visitAll(m.patterns());
      if (m.rest() != null) {
        addDef(m.rest(), DEF_LOCAL, m);
      }
    } else {
      if (n instanceof Yield || n instanceof YieldFrom) {
        if (cur.type != BlockType.FUNCTION) {
          throw error("'yield' outside function", n);
        }
        cur.generator = true;
      } else if (n instanceof Await) {
        cur.coroutine = true;
      }
      for (Object v : n.fieldValues()) {
        if (v instanceof Node child) {
          visit(child);
        } else if (v instanceof List<?> l) {
          for (Object o : l) {
            if (o instanceof Node child) {
              visit(child);
            }
          }
        }
      }
    }
  }

  private final Map<Scope, Set<String>> nonlocalFromComprehension = new HashMap<>();

  /**
   * Resolves names ({@code analyze_block}).
   *
   * @param bound names bound in enclosing function scopes
   * @param globals names declared global in enclosing scopes
   * @return the free variables of this block
   */
  private Set<String> analyze(Scope s, Set<String> bound, Set<String> globals) {
    Set<String> local = new LinkedHashSet<>();
    Set<String> newGlobals = new LinkedHashSet<>(globals);
    Set<String> comprehensionNonlocals = nonlocalFromComprehension.getOrDefault(s, Set.of());
    for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
      String name = e.getKey();
      int f = e.getValue();
      Kind k;
      if ((f & DEF_GLOBAL) != 0) {
        k = Kind.GLOBAL_EXPLICIT;
        newGlobals.add(name);
      } else if ((f & DEF_NONLOCAL) != 0) {
        if (!bound.contains(name)) {
          throw error(
              "no binding for nonlocal '" + name + "' found",
              s.nonlocalNodes.getOrDefault(name, s.node));
        }
        k = Kind.FREE;
        s.frees.add(name);
      } else if (comprehensionNonlocals.contains(name)) {
        k = bound.contains(name) ? Kind.FREE : Kind.GLOBAL_IMPLICIT;
        if (k == Kind.FREE) {
          s.frees.add(name);
        }
      } else if ((f & (DEF_LOCAL | DEF_PARAM)) != 0) {
        k = Kind.LOCAL;
        local.add(name);
        newGlobals.remove(name);
      } else if (s.type != BlockType.MODULE && bound.contains(name)) {
        k = Kind.FREE;
        s.frees.add(name);
      } else if (globals.contains(name)) {
        k = Kind.GLOBAL_EXPLICIT;
      } else {
        k = Kind.GLOBAL_IMPLICIT;
      }
      s.kinds.put(name, k);
    }
    Set<String> childBound = new LinkedHashSet<>(bound);
    if (s.type == BlockType.FUNCTION) {
      childBound.addAll(local);
    }
    if (s.type == BlockType.CLASS) {
      childBound.add("__class__");
    }
    Set<String> childFree = new LinkedHashSet<>();
    for (Scope c : s.children) {
      childFree.addAll(analyze(c, childBound, newGlobals));
    }
    if (s.type == BlockType.CLASS && childFree.remove("__class__")) {
      s.needsClassClosure = true;
    }
    for (String name : childFree) {
      Kind k = s.kinds.get(name);
      if (s.type == BlockType.FUNCTION && local.contains(name)) {
        s.kinds.put(name, Kind.CELL);
        s.cells.add(name);
      } else if (k == Kind.GLOBAL_EXPLICIT) {
        continue;
      } else if (s.type != BlockType.MODULE) {
        if (k == null || k == Kind.GLOBAL_IMPLICIT) {
          s.kinds.put(name, Kind.FREE);
        }
        s.frees.add(name);
      }
    }
    if (s.type == BlockType.CLASS) {
      Set<String> r = new LinkedHashSet<>(s.frees);
      if (s.needsClassClosure) {
        r.remove("__class__");
      }
      return r;
    }
    return s.type == BlockType.MODULE ? Set.of() : new LinkedHashSet<>(s.frees);
  }
}
