package org.taipan.capi.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class CApiUsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
