package org.taipan.parser;

import java.util.List;
import org.taipan.parser.ast.BoolOperator;
import org.taipan.parser.ast.CmpOperator;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Located;
import org.taipan.parser.ast.Node;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.UnaryOperator;
import org.taipan.parser.impl.PyRepr;

/**
 * Renders an AST exactly as CPython 3.11's {@code ast.dump(node, annotate_fields=True,
 * include_attributes=...)} with no indent ({@code Lib/ast.py}): fields in {@code _fields}
 * order as {@code name=value}, absent optional fields left out, then the position attributes.
 * The differential test compares this against CPython's own output.
 */
public final class AstDump {
  private AstDump() {}

  /** {@code ast.dump(node, include_attributes=includeAttributes)}. */
  public static String dump(Node node, boolean includeAttributes) {
    StringBuilder sb = new StringBuilder(256);
    format(sb, node, includeAttributes);
    return sb.toString();
  }

  private static void format(StringBuilder sb, Object v, boolean attrs) {
    if (v instanceof Node n) {
      sb.append(n.pythonName()).append('(');
      List<String> names = n.fieldNames();
      Object[] values = n.fieldValues();
      boolean first = true;
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          continue;
        }
        if (!first) {
          sb.append(", ");
        }
        first = false;
        sb.append(names.get(i)).append('=');
        format(sb, values[i], attrs);
      }
      if (attrs && n.hasLocation() && n instanceof Located l) {
        if (!first) {
          sb.append(", ");
        }
        sb.append("lineno=").append(l.lineno());
        sb.append(", col_offset=").append(l.colOffset());
        sb.append(", end_lineno=").append(l.endLineno());
        sb.append(", end_col_offset=").append(l.endColOffset());
      }
      sb.append(')');
    } else if (v instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        format(sb, list.get(i), attrs);
      }
      sb.append(']');
    } else if (v instanceof ExprContext c) {
      sb.append(c.pythonName()).append("()");
    } else if (v instanceof Operator o) {
      sb.append(o.pythonName()).append("()");
    } else if (v instanceof BoolOperator o) {
      sb.append(o.pythonName()).append("()");
    } else if (v instanceof UnaryOperator o) {
      sb.append(o.pythonName()).append("()");
    } else if (v instanceof CmpOperator o) {
      sb.append(o.pythonName()).append("()");
    } else {
      sb.append(PyRepr.repr(v));
    }
  }
}
