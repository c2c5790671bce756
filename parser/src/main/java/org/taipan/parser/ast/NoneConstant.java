package org.taipan.parser.ast;

/** The value of the constant {@code None} in a {@link Constant} or {@link MatchSingleton}. */
public enum NoneConstant {
  /** The one {@code None}. */
  NONE;

  @Override
  public String toString() {
    return "None";
  }
}
