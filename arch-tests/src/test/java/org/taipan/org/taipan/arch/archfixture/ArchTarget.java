package org.taipan.arch.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class ArchTarget {
  public Object violate() {
    return new Object();
  }
}
