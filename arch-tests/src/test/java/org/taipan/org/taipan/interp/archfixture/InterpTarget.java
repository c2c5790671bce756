package org.taipan.interp.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class InterpTarget {
  public Object violate() {
    return new Object();
  }
}
