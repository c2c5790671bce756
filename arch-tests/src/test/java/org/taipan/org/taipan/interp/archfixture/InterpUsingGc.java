package org.taipan.interp.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class InterpUsingGc {
  public Object violate() {
    return new org.taipan.gc.archfixture.GcTarget();
  }
}
