package org.taipan.api.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class ApiUsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
