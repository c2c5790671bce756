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
import org.taipan.parser.ast.AnnAssign;
import org.taipan.parser.ast.Attribute;
import org.taipan.parser.ast.AugAssign;
import org.taipan.parser.ast.Call;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.Return;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.ClassDef;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.DictComp;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.FunctionDef;
import org.taipan.parser.ast.AsyncFor;
import org.taipan.parser.ast.AsyncFunctionDef;
import org.taipan.parser.ast.AsyncWith;
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
    /** The first global or nonlocal statement naming each name, for errors. */
    final Map<String, Node> directives = new HashMap<>();
    /** For a comprehension, the words CPython's errors use for it ("list comprehension"...). */
    String comprehensionKind;
    /** Whether the names being defined are the targets of a comprehension's {@code for}. */
    boolean inComprehensionTarget;
    /** How deep we are in the iterable expressions of comprehensions of this block. */
    int inComprehensionIter;
    /** The first {@code return} with a value in this block, if any. */
    Return returnWithValue;

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
  static final int DEF_ANNOT = 64;
  /** A target of a comprehension's {@code for} ({@code DEF_COMP_ITER}). */
  static final int DEF_COMP_ITER = 128;

  final Map<Node, Scope> scopes = new IdentityHashMap<>();
  final Scope top;
  private final String filename;
  private Scope cur;
  /** The name of the innermost enclosing class, for mangling ({@code st_private}). */
  private String privateName;

  private SymbolTable(Node module, String filename) {
    this.filename = filename;
    top = new Scope(BlockType.MODULE, "top", null, module);
    scopes.put(module, top);
    cur = top;
  }

  /** Builds and analyses the symbol table of a module (or expression). */
  static SymbolTable build(Node module, List<? extends Node> body, String filename) {
    return build(module, body, filename, false);
  }

  /**
   * Builds the table; {@code topLevelAwait} is {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}: {@code await},
   * {@code async for}/{@code with} and asynchronous comprehensions are allowed in the module
   * body itself, which then becomes a coroutine.
   */
  static SymbolTable build(
      Node module, List<? extends Node> body, String filename, boolean topLevelAwait) {
    SymbolTable st = new SymbolTable(module, filename);
    st.topLevelAwait = topLevelAwait;
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
    if (n instanceof Located l) {
      return new PythonSyntaxError(
          PythonSyntaxError.SYNTAX_ERROR, msg, filename, l.lineno(), l.colOffset() + 1, null,
          l.endLineno(), l.endColOffset() + 1);
    }
    return new PythonSyntaxError(PythonSyntaxError.SYNTAX_ERROR, msg, filename, 1, 0, null, 1, 0);
  }

  /**
   * Private name mangling ({@code _Py_Mangle}): in a class {@code C} (and the functions inside
   * it), {@code __x} stands for {@code _C__x}.
   */
  static String mangle(String privateName, String name) {
    if (privateName == null || !name.startsWith("__") || name.endsWith("__")
        || name.contains(".")) {
      return name;
    }
    String stripped = privateName.replaceAll("^_+", "");
    return stripped.isEmpty() ? name : "_" + stripped + name;
  }

  /** The flags of {@code name} (mangled) in the current block. */
  private int flagsOf(String name) {
    return cur.flags.getOrDefault(mangle(privateName, name), 0);
  }

  private void addDef(String name, int flag, Node where) {
    String key = mangle(privateName, name);
    Integer old = cur.flags.get(key);
    int f = old == null ? 0 : old;
    if ((flag & DEF_PARAM) != 0 && (f & DEF_PARAM) != 0) {
      throw error("duplicate argument '" + name + "' in function definition", where);
    }
    cur.flags.put(key, f | flag);
    if ((flag & DEF_PARAM) != 0) {
      cur.params.add(key);
    }
  }

  private Scope enter(BlockType t, String name, Node node) {
    Scope s = new Scope(t, name, cur, node);
    // symtable_enter_block: a block inside a comprehension's iterable is still in it
    s.inComprehensionIter = cur.inComprehensionIter;
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

  private void visitComprehension(
      Node node, String name, String kind, List<Comprehension> gens, Node... elts) {
    Comprehension first = gens.get(0);
    visitComprehensionIter(first.iter());
    Scope s = enter(BlockType.FUNCTION, name, node);
    s.isComprehension = true;
    s.comprehensionKind = kind;
    if (node instanceof GeneratorExp) {
      s.generator = true;
    }
    addDef(".0", DEF_PARAM, node);
    boolean asyncFor = false;
    for (int i = 0; i < gens.size(); i++) {
      Comprehension g = gens.get(i);
      s.inComprehensionTarget = true;
      visit(g.target());
      s.inComprehensionTarget = false;
      if (i > 0) {
        visitComprehensionIter(g.iter());
      }
      visitAll(g.ifs());
      if (g.isAsync() != 0) {
        s.coroutine = true;
        asyncFor = true;
      }
    }
    for (Node e : elts) {
      visit(e);
    }
    leave();
    if ((asyncFor || s.coroutine) && !(node instanceof GeneratorExp) && !isAsyncFunction(cur)
        && !cur.isComprehension && !isTopLevelAwait()) {
      // compiler_comprehension in CPython's compile.c
      throw error("asynchronous comprehension outside of an asynchronous function", node);
    }
    if (s.coroutine && !s.generator) {
      // its caller awaits it, so a comprehension around it becomes asynchronous too (3.11)
      cur.coroutine = true;
    }
  }

  private void visitComprehensionIter(Node iter) {
    cur.inComprehensionIter++;
    visit(iter);
    cur.inComprehensionIter--;
  }

  /** {@code PyCF_ALLOW_TOP_LEVEL_AWAIT} was given. */
  private boolean topLevelAwait;

  /** {@code IS_TOP_LEVEL_AWAIT}: the flag was given and the current block is the module's. */
  private boolean isTopLevelAwait() {
    return topLevelAwait && cur == top;
  }

  private static boolean isAsyncFunction(Scope s) {
    return s.type == BlockType.FUNCTION && s.node instanceof AsyncFunctionDef;
  }

  /**
   * CPython's compiler refuses to bind {@code __debug__} ({@code forbidden_name} in {@code
   * Python/compile.c}); the error is reported at {@code where}.
   */
  private void checkDebugName(String name, boolean delete, Node where) {
    if ("__debug__".equals(name)) {
      throw error(delete ? "cannot delete __debug__" : "cannot assign to __debug__", where);
    }
  }

  private void checkDebugArgs(Arguments a, Node where) {
    for (List<Arg> l : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
      for (Arg arg : l) {
        checkDebugName(arg.arg(), false, where);
      }
    }
    for (Arg arg : new Arg[] {a.vararg(), a.kwarg()}) {
      if (arg != null) {
        checkDebugName(arg.arg(), false, where);
      }
    }
  }

  /** The message for a global or nonlocal statement naming {@code name} too late. */
  private static String lateDirective(String name, int f, String what) {
    if ((f & DEF_PARAM) != 0) {
      return "name '" + name + "' is parameter and " + what;
    } else if ((f & USE) != 0) {
      return "name '" + name + "' is used prior to " + what + " declaration";
    } else if ((f & DEF_ANNOT) != 0) {
      return "annotated name '" + name + "' can't be " + what;
    }
    return "name '" + name + "' is assigned to before " + what + " declaration";
  }

  private void visit(Node n) {
    if (n instanceof FunctionDef f) {
      visitAll(f.decoratorList());
      visitArgsDefaults(f.args());
      if (f.returns() != null) {
        visit(f.returns());
      }
      checkDebugName(f.name(), false, f);
      checkDebugArgs(f.args(), f);
      addDef(f.name(), DEF_LOCAL, f);
      enter(BlockType.FUNCTION, f.name(), f);
      defineParams(f.args(), f);
      visitAll(f.body());
      leave();
    } else if (n instanceof AsyncFunctionDef f) {
      visitAll(f.decoratorList());
      visitArgsDefaults(f.args());
      checkDebugName(f.name(), false, f);
      checkDebugArgs(f.args(), f);
      addDef(f.name(), DEF_LOCAL, f);
      Scope s = enter(BlockType.FUNCTION, f.name(), f);
      s.coroutine = true;
      defineParams(f.args(), f);
      visitAll(f.body());
      leave();
      if (s.generator && s.returnWithValue != null) {
        throw error("'return' with value in async generator", s.returnWithValue);
      }
    } else if (n instanceof Lambda l) {
      visitArgsDefaults(l.args());
      checkDebugArgs(l.args(), l);
      enter(BlockType.FUNCTION, "lambda", l);
      defineParams(l.args(), l);
      visit(l.body());
      leave();
    } else if (n instanceof ClassDef c) {
      visitAll(c.decoratorList());
      visitAll(c.bases());
      for (var k : c.keywords()) {
        checkDebugName(k.arg(), false, c);
        visit(k.value());
      }
      checkDebugName(c.name(), false, c);
      addDef(c.name(), DEF_LOCAL, c);
      enter(BlockType.CLASS, c.name(), c);
      String outerPrivate = privateName;
      privateName = c.name();
      visitAll(c.body());
      privateName = outerPrivate;
      leave();
    } else if (n instanceof ListComp c) {
      visitComprehension(c, "listcomp", "list comprehension", c.generators(), c.elt());
    } else if (n instanceof SetComp c) {
      visitComprehension(c, "setcomp", "set comprehension", c.generators(), c.elt());
    } else if (n instanceof GeneratorExp c) {
      visitComprehension(c, "genexpr", "generator expression", c.generators(), c.elt());
    } else if (n instanceof DictComp c) {
      visitComprehension(
          c, "dictcomp", "dict comprehension", c.generators(), c.key(), c.value());
    } else if (n instanceof Name nm) {
      if (nm.ctx() != ExprContext.Load) {
        checkDebugName(nm.id(), nm.ctx() == ExprContext.Del, nm);
      }
      if (nm.ctx() == ExprContext.Load && nm.id().equals("__debug__")) {
        return; // a constant to CPython's AST optimizer, which runs before its symbol table
      }
      if (nm.ctx() == ExprContext.Load) {
        addDef(nm.id(), USE, nm);
        if (cur.type == BlockType.FUNCTION && nm.id().equals("super")) {
          addDef("__class__", USE, nm);
        }
      } else {
        if (cur.inComprehensionTarget && nonlocalFromComprehension
            .getOrDefault(cur, Set.of()).contains(mangle(privateName, nm.id()))) {
          throw error("comprehension inner loop cannot rebind assignment expression target '"
              + nm.id() + "'", nm);
        }
        addDef(nm.id(), cur.inComprehensionTarget ? DEF_LOCAL | DEF_COMP_ITER : DEF_LOCAL, nm);
      }
    } else if (n instanceof NamedExpr ne) {
      // symtable_handle_namedexpr and symtable_extend_namedexpr_scope
      Name targetName = (Name) ne.target();
      if (cur.inComprehensionIter > 0) {
        throw error(
            "assignment expression cannot be used in a comprehension iterable expression", ne);
      }
      for (Scope t = cur; t.isComprehension; t = t.parent) {
        if ((t.flags.getOrDefault(mangle(privateName, targetName.id()), 0) & DEF_COMP_ITER)
            != 0) {
          throw error(
              "assignment expression cannot rebind comprehension iteration variable '"
                  + targetName.id() + "'",
              targetName);
        }
        if (t.parent.type == BlockType.CLASS) {
          throw error(
              "assignment expression within a comprehension cannot be used in a class body",
              targetName);
        }
      }
      checkDebugName(targetName.id(), false, targetName);
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
        String key = mangle(privateName, id);
        cur.flags.put(key, flagsOf(id) | USE);
        cur.kinds.put(key, null);
        nonlocalFromComprehension.computeIfAbsent(saved, k -> new LinkedHashSet<>()).add(key);
      } else {
        visit(ne.target());
      }
    } else if (n instanceof Global g) {
      for (String name : g.names()) {
        int f = flagsOf(name);
        if ((f & (DEF_LOCAL | USE | DEF_PARAM | DEF_ANNOT)) != 0) {
          throw error(lateDirective(name, f, "global"), g);
        }
        addDef(name, DEF_GLOBAL, g);
        cur.directives.putIfAbsent(mangle(privateName, name), g);
        // symtable_add_def_helper: the module's own name becomes explicitly global too
        top.flags.merge(mangle(privateName, name), DEF_GLOBAL, (a, b) -> a | b);
      }
    } else if (n instanceof Nonlocal nl) {
      for (String name : nl.names()) {
        int f = flagsOf(name);
        if ((f & (DEF_LOCAL | USE | DEF_PARAM | DEF_ANNOT)) != 0) {
          throw error(lateDirective(name, f, "nonlocal"), nl);
        }
        addDef(name, DEF_NONLOCAL, nl);
        cur.directives.putIfAbsent(mangle(privateName, name), nl);
      }
    } else if (n instanceof Import im) {
      for (Alias a : im.names()) {
        String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
        checkDebugName(bound, false, im);
        addDef(bound, DEF_IMPORT, im);
      }
    } else if (n instanceof ImportFrom im) {
      for (Alias a : im.names()) {
        if (a.name().equals("*")) {
          if (cur.type != BlockType.MODULE) {
            throw error("import * only allowed at module level", a);
          }
          continue;
        }
        checkDebugName(a.asname() != null ? a.asname() : a.name(), false, im);
        addDef(a.asname() != null ? a.asname() : a.name(), DEF_IMPORT, im);
      }
    } else if (n instanceof ExceptHandler h) {
      if (h.type() != null) {
        visit(h.type());
      }
      if (h.name() != null) {
        checkDebugName(h.name(), false, h);
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
        if (cur.isComprehension) {
          throw error("'yield' inside " + cur.comprehensionKind, n);
        }
        cur.generator = true;
      } else if (n instanceof Await && isTopLevelAwait()) {
        cur.coroutine = true;
      } else if ((n instanceof AsyncFor || n instanceof AsyncWith) && isTopLevelAwait()) {
        cur.coroutine = true;
      } else if (n instanceof AsyncFor || n instanceof AsyncWith) {
        // compiler_async_for and compiler_async_with in CPython's compile.c
        if (!isAsyncFunction(cur)) {
          throw error(n instanceof AsyncFor ? "'async for' outside async function"
              : "'async with' outside async function", n);
        }
      } else if (n instanceof Await) {
        // compiler_visit_expr1 in CPython's compile.c
        if (cur.type != BlockType.FUNCTION) {
          throw error("'await' outside function", n);
        }
        if (!isAsyncFunction(cur) && !cur.isComprehension) {
          throw error("'await' outside async function", n);
        }
        cur.coroutine = true;
      } else if (n instanceof Return r && r.value() != null && cur.returnWithValue == null) {
        cur.returnWithValue = r;
      } else if (n instanceof AnnAssign a && a.target() instanceof Name t
          && t.id().equals("__debug__")) {
        // compiler_annassign: stored at the name if there is a value, else checked at the statement
        checkDebugName(t.id(), false, a.value() != null ? t : a);
      } else if (n instanceof AnnAssign a && a.target() instanceof Name t) {
        if (a.simple() != 0) {
          int f = flagsOf(t.id());
          if ((f & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != top) {
            throw error(
                "annotated name '" + t.id() + "' can't be "
                    + ((f & DEF_GLOBAL) != 0 ? "global" : "nonlocal"),
                a);
          }
          addDef(t.id(), DEF_ANNOT, a);
          visit(t);
        } else if (a.value() != null) {
          // "(x): int = v" binds x; without a value a parenthesized name binds nothing
          visit(t);
        }
        visit(a.annotation());
        if (a.value() != null) {
          visit(a.value());
        }
        return;
      } else if (n instanceof AugAssign aug && aug.target() instanceof Attribute at) {
        // compiler_augassign stores the attribute without the check for __debug__
        visit(at.value());
        visit(aug.value());
        return;
      } else if (n instanceof Attribute at && at.ctx() == ExprContext.Store) {
        checkDebugName(at.attr(), false, at);
      } else if (n instanceof Call call) {
        for (Keyword k : call.keywords()) {
          checkDebugName(k.arg(), false, call);
        }
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
    Set<String> explicitGlobals = new LinkedHashSet<>();
    Set<String> newGlobals = new LinkedHashSet<>(globals);
    Set<String> comprehensionNonlocals = nonlocalFromComprehension.getOrDefault(s, Set.of());
    for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
      String name = e.getKey();
      int f = e.getValue();
      Kind k;
      if ((f & DEF_GLOBAL) != 0) {
        if ((f & DEF_NONLOCAL) != 0) {
          throw error("name '" + name + "' is nonlocal and global", s.directives.get(name));
        }
        k = Kind.GLOBAL_EXPLICIT;
        explicitGlobals.add(name);
      } else if ((f & DEF_NONLOCAL) != 0) {
        if (s.type == BlockType.MODULE) {
          throw error(
              "nonlocal declaration not allowed at module level", s.directives.get(name));
        }
        if (!bound.contains(name)) {
          throw error(
              "no binding for nonlocal '" + name + "' found",
              s.directives.getOrDefault(name, s.node));
        }
        k = Kind.FREE;
        s.frees.add(name);
      } else if (comprehensionNonlocals.contains(name)) {
        k = bound.contains(name) ? Kind.FREE : Kind.GLOBAL_IMPLICIT;
        if (k == Kind.FREE) {
          s.frees.add(name);
        }
      } else if ((f & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT)) != 0) {
        k = Kind.LOCAL;
        local.add(name);
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
      // a class namespace does not change what its methods see (analyze_block copies the sets
      // before analysing the class's names)
      newGlobals = new LinkedHashSet<>(globals);
      childBound.add("__class__");
    } else {
      newGlobals.addAll(explicitGlobals);
      newGlobals.removeAll(local);
      childBound.removeAll(explicitGlobals);
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
      } else if (k == Kind.GLOBAL_EXPLICIT && s.type != BlockType.CLASS) {
        continue;
      } else if (s.type != BlockType.MODULE) {
        if (k == null || k == Kind.GLOBAL_IMPLICIT) {
          s.kinds.put(name, Kind.FREE);
        }
        s.frees.add(name);
      }
    }
    if (s.type == BlockType.CLASS) {
      // the children's __class__ was dropped above (drop_class_free); the body's own stays free
      return new LinkedHashSet<>(s.frees);
    }
    return s.type == BlockType.MODULE ? Set.of() : new LinkedHashSet<>(s.frees);
  }
}
