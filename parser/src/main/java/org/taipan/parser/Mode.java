package org.taipan.parser;

/**
 * What the source is parsed as: the {@code mode} argument of CPython's {@code compile()} and
 * {@code ast.parse()}.
 */
public enum Mode {
  /** A module: {@code "exec"}, giving {@link org.taipan.parser.ast.Module}. */
  EXEC,
  /** One expression: {@code "eval"}, giving {@link org.taipan.parser.ast.Expression}. */
  EVAL,
  /** One interactive statement: {@code "single"}, giving {@link org.taipan.parser.ast.Interactive}. */
  SINGLE,
  /** A function type comment: {@code "func_type"}, giving {@link org.taipan.parser.ast.FunctionType}. */
  FUNC_TYPE
}
