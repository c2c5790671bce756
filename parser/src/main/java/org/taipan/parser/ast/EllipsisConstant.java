package org.taipan.parser.ast;

/** The value of the constant {@code ...} ({@code Ellipsis}) in a {@link Constant}. */
public enum EllipsisConstant {
  /** The one {@code Ellipsis}. */
  ELLIPSIS;

  @Override
  public String toString() {
    return "Ellipsis";
  }
}
