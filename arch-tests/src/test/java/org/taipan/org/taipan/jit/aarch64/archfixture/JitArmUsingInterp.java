package org.taipan.jit.aarch64.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class JitArmUsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
