package org.taipan.gc.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class GcUsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
