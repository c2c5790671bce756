package org.taipan.stdlib.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class StdlibUsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
