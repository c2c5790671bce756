package org.taipan.parser.ast;

/**
 * Every AST node: CPython's {@code ast.AST}. Gives reflective access in CPython's own vocabulary
 * ({@code _fields} names and values, the class name), which {@code ast.dump} and later the Python
 * {@code ast} module rely on. Field values are: {@link Node}s, enum constants of the operator
 * types, {@link java.util.List}s, {@link String} identifiers, {@code Integer}s for ASDL
 * {@code int}, constant values (see {@link Constant}), or {@code null} for an absent optional.
 */
public interface Node {

  /** The name of CPython's {@code ast} class for this node, e.g. {@code "Expr"} for {@link ExprStmt}. */
  String pythonName();

  /** CPython's {@code _fields}, in CPython's order and spelling. */
  java.util.List<String> fieldNames();

  /** The values of {@link #fieldNames()}, same order; a fresh array each call. */
  Object[] fieldValues();

  /** True when this node has CPython's {@code _attributes} (line and column positions). */
  boolean hasLocation();
}
