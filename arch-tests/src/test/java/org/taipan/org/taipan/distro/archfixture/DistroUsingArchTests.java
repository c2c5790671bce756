package org.taipan.distro.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class DistroUsingArchTests {
  public Object violate() {
    return new org.taipan.arch.archfixture.ArchTarget();
  }
}
