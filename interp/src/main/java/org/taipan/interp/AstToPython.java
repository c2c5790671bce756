package org.taipan.interp;

import org.taipan.interp.AstNodeDefs.NodeDef;
import org.taipan.object.PyDict;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyObjectInstance;
import org.taipan.object.PyUnicode;
import org.taipan.parser.ast.Located;
import org.taipan.parser.ast.Node;

/**
 * The parser's tree as {@code _ast} objects, CPython's {@code ast2obj_mod} ({@code
 * Python/Python-ast.c}): each node becomes an instance of its class with its fields, then its
 * positions (UTF-8 byte columns, as the parser keeps them), in its {@code __dict__}.
 */
final class AstToPython {
  private AstToPython() {}

  /** The {@code _ast} object for {@code node}. */
  static Object convert(Node node) {
    NodeDef d = AstTypes.def(node.pythonName());
    PyObjectInstance o = new PyObjectInstance(AstTypes.type(d.name()));
    PyDict dict = o.getDict();
    Object[] values = node.fieldValues();
    String[] fields = d.fields();
    String[] types = d.types();
    for (int i = 0; i < fields.length; i++) {
      dict.put(fields[i], value(values[i], types[i]));
    }
    if (node instanceof Located l) {
      dict.put("lineno", (long) l.lineno());
      dict.put("col_offset", (long) l.colOffset());
      dict.put("end_lineno", (long) l.endLineno());
      dict.put("end_col_offset", (long) l.endColOffset());
    }
    return o;
  }

  /** A field value of ASDL type {@code type} ({@code expr}, {@code stmt*}, {@code int?} …). */
  private static Object value(Object v, String type) {
    if (v == null) {
      return PyNone.NONE;
    }
    if (type.endsWith("*")) {
      String element = type.substring(0, type.length() - 1);
      java.util.List<?> items = (java.util.List<?>) v;
      PyList l = new PyList();
      for (Object x : items) {
        l.append(value(x, element));
      }
      return l;
    }
    if (type.endsWith("?")) {
      type = type.substring(0, type.length() - 1);
    }
    switch (type) {
      case "identifier":
      case "string":
        return PyUnicode.wrap((String) v);
      case "int":
        return (long) (Integer) v;
      case "constant":
        return ExprCompiler.constantValue(v);
      default:
        if (AstTypes.ENUM_SUMS.contains(type)) {
          return AstTypes.singleton(((Enum<?>) v).name());
        }
        return convert((Node) v);
    }
  }
}
