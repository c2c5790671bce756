package org.taipan.api.archfixture;

/** A deliberate layering violation, for {@code LayeringRulesCanFailTest} only. */
public class ApiUsingThirdParty {
  public Object violate() {
    return new com.tngtech.archunit.core.importer.ClassFileImporter();
  }
}
