package org.taipan.gc.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class GcTarget {
  public Object violate() {
    return new Object();
  }
}
