package org.taipan.jit.jvm.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class JitJvmUsingInterp {
  public Object violate() {
    return new org.taipan.interp.archfixture.InterpTarget();
  }
}
