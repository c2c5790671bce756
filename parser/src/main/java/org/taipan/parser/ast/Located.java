package org.taipan.parser.ast;

/**
 * A node with CPython's {@code _attributes}: {@code lineno}, {@code col_offset},
 * {@code end_lineno}, {@code end_col_offset}. Lines are 1-based; columns are 0-based offsets in
 * UTF-8 bytes from the start of the line, exactly as CPython reports them.
 */
public interface Located {
  /** CPython's {@code lineno}. */
  int lineno();

  /** CPython's {@code col_offset} (UTF-8 bytes). */
  int colOffset();

  /** CPython's {@code end_lineno}. */
  int endLineno();

  /** CPython's {@code end_col_offset} (UTF-8 bytes). */
  int endColOffset();
}
