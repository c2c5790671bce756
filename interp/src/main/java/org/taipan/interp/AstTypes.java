package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.api.expose.PythonMethod;
import org.taipan.interp.AstNodeDefs.NodeDef;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyObjectInstance;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The classes of the {@code _ast} module, CPython's {@code Python/Python-ast.c} ({@code
 * init_types}, {@code ast_type_init}, {@code ast_type_reduce}): {@code AST} is a builtin type with
 * CPython's constructor and {@code __reduce__}; every other class is a heap type made from {@link
 * AstNodeDefs}, so programs may subclass and extend them as in CPython (where {@code ast.py} adds
 * properties to {@code Constant}). Instances keep their fields in their {@code __dict__}.
 */
final class AstTypes {
  private AstTypes() {}

  /** {@code ast.AST}. */
  static final PyType AST;

  private static final Map<String, PyType> TYPES = new HashMap<>();
  private static final Map<String, NodeDef> DEFS = new HashMap<>();
  /** The shared instance of each field-less class of an enum-like sum ({@code Load}, {@code Add} …). */
  private static final Map<String, Object> SINGLETONS = new HashMap<>();
  /** The sum types whose constructors are all field-less; their values are {@link #SINGLETONS}. */
  static final java.util.Set<String> ENUM_SUMS =
      java.util.Set.of("expr_context", "boolop", "operator", "unaryop", "cmpop");

  static {
    AST =
        PyType.fromSpec(
            new PyType.Spec(
                "AST", "ast", AstTypes.class, MethodHandles.lookup(), null, List.of(), null,
                true));
    AST.defineBuiltin("_fields", PyTuple.EMPTY);
    AST.defineBuiltin("_attributes", PyTuple.EMPTY);
    AST.defineBuiltin("__match_args__", PyTuple.EMPTY);
    AST.makeMutable();
    TYPES.put("AST", AST);
    for (NodeDef d : AstNodeDefs.ALL) {
      DEFS.put(d.name(), d);
      if (d.base().isEmpty()) {
        continue;
      }
      PyDict ns = new PyDict();
      ns.put("__module__", "ast");
      ns.put("_fields", strings(d.fields()));
      ns.put("__match_args__", strings(d.fields()));
      if (d.ownAttributes()) {
        ns.put("_attributes", strings(d.attributes()));
      }
      ns.put("__doc__", d.doc() == null ? PyNone.NONE : d.doc());
      for (String n : d.noneDefaults()) {
        ns.put(n, PyNone.NONE);
      }
      PyType t =
          PyType.newHeapType(PyType.TYPE, d.name(), new PyType[] {TYPES.get(d.base())}, ns);
      TYPES.put(d.name(), t);
      if (ENUM_SUMS.contains(d.base())) {
        SINGLETONS.put(d.name(), new PyObjectInstance(t));
      }
    }
  }

  private static PyTuple strings(String[] names) {
    return new PyTuple((Object[]) names.clone());
  }

  /** The class named {@code name}. */
  static PyType type(String name) {
    return TYPES.get(name);
  }

  /** The description of the class named {@code name}. */
  static NodeDef def(String name) {
    return DEFS.get(name);
  }

  /** The shared instance of a field-less class such as {@code Load}. */
  static Object singleton(String name) {
    return SINGLETONS.get(name);
  }

  /** Every class in definition order (each after its base). */
  static Map<String, PyType> all() {
    Map<String, PyType> m = new java.util.LinkedHashMap<>();
    for (NodeDef d : AstNodeDefs.ALL) {
      m.put(d.name(), TYPES.get(d.name()));
    }
    return m;
  }

  // ---------------------------------------------------------------- AST's methods

  /** {@code ast_type_init}: positional arguments name {@code _fields} in order, keywords any. */
  static Object __init__(Object self, Object[] args, String[] kwnames) {
    PyType t = PyType.of(self);
    Object fields = Abstract.lookupAttr(t, "_fields");
    int numfields = fields == null ? 0 : Abstract.size(fields);
    int nk = kwnames == null ? 0 : kwnames.length;
    int npos = args.length - nk;
    if (numfields < npos) {
      throw PyErr.format(
          PyExc.TypeError,
          "%.400s constructor takes at most %d positional argument%s",
          t.getName(),
          numfields,
          numfields == 1 ? "" : "s");
    }
    for (int i = 0; i < npos; i++) {
      Abstract.setAttr(self, attrName(Abstract.getItem(fields, (long) i)), args[i]);
    }
    for (int i = 0; i < nk; i++) {
      String key = kwnames[i];
      if (fields != null && Abstract.contains(fields, key)) {
        long p = PyNumber.asSize(Abstract.callMethod(fields, "index", key));
        if (p < npos) {
          throw PyErr.format(
              PyExc.TypeError,
              "%.400s got multiple values for argument '%s'",
              t.getName(),
              key);
        }
      }
      Abstract.setAttr(self, key, args[npos + i]);
    }
    return PyNone.NONE;
  }

  private static String attrName(Object name) {
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(
          PyExc.TypeError,
          "attribute name must be string, not '%.200s'",
          PyType.of(name).getName());
    }
    return PyUnicode.asJavaString(name);
  }

  /** {@code ast_type_reduce}: {@code (type, (), __dict__)}, or {@code (type, ())} without one. */
  @PythonMethod
  static Object __reduce__(Object self) {
    Object dict = Abstract.lookupAttr(self, "__dict__");
    if (dict != null) {
      return new PyTuple(PyType.of(self), PyTuple.EMPTY, dict);
    }
    return new PyTuple(PyType.of(self), PyTuple.EMPTY);
  }
}
