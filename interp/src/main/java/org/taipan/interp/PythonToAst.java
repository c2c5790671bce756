package org.taipan.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.interp.AstNodeDefs.NodeDef;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyCodePoints;
import org.taipan.object.PyEllipsis;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyLong;
import org.taipan.object.PyNone;
import org.taipan.object.PyObjectInstance;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.parser.Mode;
import org.taipan.parser.ast.BoolOperator;
import org.taipan.parser.ast.BytesConstant;
import org.taipan.parser.ast.CmpOperator;
import org.taipan.parser.ast.CodePointString;
import org.taipan.parser.ast.EllipsisConstant;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.NoneConstant;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.UnaryOperator;

/**
 * An {@code _ast} tree back to the parser's records, CPython's {@code obj2ast_*} functions
 * ({@code Python/Python-ast.c}), with their errors for malformed trees: a missing field or
 * position, a node of the wrong kind, a field that is not a list, a scalar of the wrong type.
 * Fields are read as attributes, so any object with the right class and attributes will do.
 */
final class PythonToAst {
  private PythonToAst() {}

  /** The concrete classes of each sum type, in definition order. */
  private static final Map<String, List<NodeDef>> CONSTRUCTORS = new HashMap<>();

  /** The class description of each {@code _ast} class, by type, for the exact-class fast path. */
  private static final Map<PyType, NodeDef> BY_TYPE = new HashMap<>();

  static {
    for (NodeDef d : AstNodeDefs.ALL) {
      CONSTRUCTORS.computeIfAbsent(d.base(), k -> new ArrayList<>()).add(d);
      BY_TYPE.put(AstTypes.type(d.name()), d);
    }
  }

  /**
   * {@code getattr(obj, name)} or null: straight from the instance dictionary of an exact
   * {@code _ast} class when the field is there, else by the full attribute protocol (which also
   * finds the class-level None defaults).
   */
  private static Object attr(Object obj, String name) {
    if (obj instanceof PyObjectInstance o && BY_TYPE.containsKey(o.getType())) {
      Object v = o.getDict().get(name);
      if (v != null) {
        return v;
      }
    }
    return Abstract.lookupAttr(obj, name);
  }

  /** The concrete class of {@code sum} that {@code obj} is an instance of, or null. */
  private static NodeDef constructorOf(Object obj, String sum) {
    NodeDef exact = BY_TYPE.get(PyType.of(obj));
    if (exact != null && exact.base().equals(sum)) {
      return exact;
    }
    for (NodeDef d : CONSTRUCTORS.get(sum)) {
      if (Abstract.isInstance(obj, AstTypes.type(d.name()))) {
        return d;
      }
    }
    return null;
  }

  /** {@code PyAST_obj2mod}: the tree for {@code compile()} in {@code mode}. */
  static Mod toMod(Object obj, Mode mode) {
    String req =
        switch (mode) {
          case EXEC -> "Module";
          case EVAL -> "Expression";
          case SINGLE -> "Interactive";
          case FUNC_TYPE -> "FunctionType";
        };
    if (!Abstract.isInstance(obj, AstTypes.type(req))) {
      throw PyErr.format(
          PyExc.TypeError, "expected %s node, got %.400s", req, PyType.of(obj).getName());
    }
    return (Mod) nested(obj, "mod");
  }

  /** One value of the ASDL type {@code t} (without a {@code ?} or {@code *}); null for None. */
  private static Object convert(Object obj, String t) {
    switch (t) {
      case "identifier":
        if (obj == PyNone.NONE) {
          return null;
        }
        if (!exact(obj, "str")) {
          throw PyErr.format(PyExc.TypeError, "AST identifier must be of type str");
        }
        return PyUnicode.asJavaString(obj);
      case "string":
        if (obj == PyNone.NONE) {
          return null;
        }
        if (obj instanceof PyBytes b && exact(obj, "bytes")) {
          return new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!exact(obj, "str")) {
          throw PyErr.format(PyExc.TypeError, "AST string must be of type str");
        }
        return PyUnicode.asJavaString(obj);
      case "int":
        return cInt(obj);
      case "constant":
        return constant(obj);
      case "expr_context":
        return ExprContext.valueOf(enumName(obj, t));
      case "boolop":
        return BoolOperator.valueOf(enumName(obj, t));
      case "operator":
        return Operator.valueOf(enumName(obj, t));
      case "unaryop":
        return UnaryOperator.valueOf(enumName(obj, t));
      case "cmpop":
        return CmpOperator.valueOf(enumName(obj, t));
      default:
        return nested(obj, t);
    }
  }

  /**
   * A node of a sum or product type, counted against the recursion limit as CPython's {@code
   * Py_EnterRecursiveCall(" while traversing 'expr' node")} does.
   */
  private static Object nested(Object obj, String t) {
    ThreadState ts = ThreadState.get();
    if (ts.depth >= ts.interp.recursionLimit) {
      throw PyErr.format(
          PyExc.RecursionError,
          "maximum recursion depth exceeded while traversing '%s' node",
          t);
    }
    ts.depth++;
    try {
      return switch (t) {
        case "mod", "stmt", "expr", "excepthandler", "pattern", "type_ignore" -> sum(obj, t);
        default -> node(obj, AstTypes.def(t), null);
      };
    } finally {
      ts.depth--;
    }
  }

  /** The constructor of an enum-like sum that {@code obj} is an instance of. */
  private static String enumName(Object obj, String sum) {
    NodeDef d = constructorOf(obj, sum);
    if (d != null) {
      return d.name();
    }
    throw PyErr.format(
        PyExc.TypeError, "expected some sort of %s, but got %s", sum, Abstract.reprJava(obj));
  }

  /** A node of a sum type: its positions first, then the concrete class it is an instance of. */
  private static Object sum(Object obj, String sum) {
    if (obj == PyNone.NONE) {
      return null;
    }
    NodeDef sd = AstTypes.def(sum);
    int[] p = sd.attributes().length > 0 ? positions(obj, sd) : null;
    NodeDef d = constructorOf(obj, sum);
    if (d != null) {
      return node(obj, d, p);
    }
    throw PyErr.format(
        PyExc.TypeError, "expected some sort of %s, but got %s", sum, Abstract.reprJava(obj));
  }

  /** A concrete node or product: its fields, then (products) its own positions. */
  private static Object node(Object obj, NodeDef d, int[] p) {
    String[] fields = d.fields();
    String[] types = d.types();
    Object[] f = new Object[fields.length];
    for (int i = 0; i < fields.length; i++) {
      f[i] = field(obj, d, fields[i], types[i]);
    }
    if (p == null && d.ownAttributes() && d.attributes().length > 0) {
      p = positions(obj, d);
    }
    for (int i = 0; i < fields.length; i++) {
      if (f[i] == null && !types[i].endsWith("?") && !types[i].endsWith("*")) {
        throw PyErr.format(
            PyExc.ValueError, "field '%s' is required for %s", fields[i], d.name());
      }
    }
    return AstNodeDefs.build(d.name(), f, p == null ? new int[4] : p);
  }

  private static Object field(Object obj, NodeDef d, String name, String type) {
    Object v = attr(obj, name);
    boolean optional = type.endsWith("?");
    if (v == null) {
      if (optional) {
        return null;
      }
      throw PyErr.format(
          PyExc.TypeError, "required field \"%s\" missing from %s", name, d.name());
    }
    if (type.endsWith("*")) {
      if (!(v instanceof PyList l)) {
        throw PyErr.format(
            PyExc.TypeError,
            "%s field \"%s\" must be a list, not a %.200s",
            d.name(),
            name,
            PyType.of(v).getName());
      }
      String element = type.substring(0, type.length() - 1);
      int n = l.size();
      List<Object> r = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        if (l.size() != n) {
          throw PyErr.format(
              PyExc.RuntimeError, "%s field \"%s\" changed size during iteration", d.name(), name);
        }
        r.add(convert(l.get(i), element));
      }
      return r;
    }
    if (optional) {
      return v == PyNone.NONE ? null : convert(v, type.substring(0, type.length() - 1));
    }
    return convert(v, type);
  }

  /**
   * {@code lineno}, {@code col_offset}, {@code end_lineno}, {@code end_col_offset} of a node of
   * {@code d} (the sum type or product that declares them); an optional end defaults to the start.
   */
  private static int[] positions(Object obj, NodeDef d) {
    int[] p = new int[4];
    String[] names = d.attributes();
    for (int i = 0; i < 4; i++) {
      Object v = attr(obj, names[i]);
      if (i >= 2 && d.noneDefaults().length > 0 && (v == null || v == PyNone.NONE)
          && java.util.Arrays.asList(d.noneDefaults()).contains(names[i])) {
        p[i] = p[i - 2];
        continue;
      }
      if (v == null) {
        throw PyErr.format(
            PyExc.TypeError, "required field \"%s\" missing from %s", names[i], d.name());
      }
      p[i] = cInt(v);
    }
    return p;
  }

  /** {@code obj2ast_int}. */
  private static int cInt(Object obj) {
    if (!PyLong.isInt(obj)) {
      throw PyErr.format(
          PyExc.ValueError, "invalid integer value: %s", Abstract.reprJava(obj));
    }
    java.math.BigInteger b = PyLong.big(obj);
    if (b.bitLength() > 31) {
      throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
    }
    return b.intValue();
  }

  /**
   * A constant in the parser's representation where it has one (None, Ellipsis, str, bytes);
   * other values (numbers, tuples, frozensets) stay Python objects, which the compiler keeps as
   * they are. {@link AstValidator} rejects the types a constant may not have.
   */
  private static Object constant(Object obj) {
    if (obj == PyNone.NONE) {
      return NoneConstant.NONE;
    } else if (obj == PyEllipsis.ELLIPSIS) {
      return EllipsisConstant.ELLIPSIS;
    } else if (obj instanceof PyBytes b && exact(obj, "bytes")) {
      return new BytesConstant(b.toByteArray());
    } else if (obj instanceof PyCodePoints cp) {
      int[] cps = new int[cp.length()];
      for (int i = 0; i < cps.length; i++) {
        cps[i] = cp.codePointAt(i);
      }
      return new CodePointString(cps);
    }
    return obj;
  }

  /** Whether {@code o}'s type is exactly the builtin type {@code name}. */
  static boolean exact(Object o, String name) {
    PyType t = PyType.of(o);
    return !t.isHeapType() && t.getName().equals(name) && "builtins".equals(t.getModule());
  }
}
