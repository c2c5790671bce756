package org.taipan.object.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class ObjectModelUsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
