package org.taipan.parser.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class ParserUsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
