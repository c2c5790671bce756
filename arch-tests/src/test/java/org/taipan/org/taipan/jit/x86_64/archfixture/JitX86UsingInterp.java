package org.taipan.jit.x86_64.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class JitX86UsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
