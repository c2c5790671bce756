package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;

/**
 * The {@code _sha256} module, CPython's {@code Modules/sha256module.c}, over the JDK's {@link
 * java.security.MessageDigest}.
 */
@PythonModule("_sha256")
public final class Sha256Module {
  private Sha256Module() {}

  static final PyType SHA224 = HashObject.type("sha224", "_sha256", HashMethods.class);

  @PythonMethod(positionalOnly = false, doc = "Return a new SHA224 hash object; "
      + "optionally initialized with a string.")
  public static Object sha224(@Default("<unrepresentable>") Object string,
      @KeywordOnly @Default("True") Object usedforsecurity) {
    return new HashObject(SHA224, "sha224", 28, 64, new DigestEngine.Jdk("SHA-224")).feed(string);
  }

  static final PyType SHA256 = HashObject.type("sha256", "_sha256", HashMethods.class);

  @PythonMethod(positionalOnly = false, doc = "Return a new SHA256 hash object; "
      + "optionally initialized with a string.")
  public static Object sha256(@Default("<unrepresentable>") Object string,
      @KeywordOnly @Default("True") Object usedforsecurity) {
    return new HashObject(SHA256, "sha256", 32, 64, new DigestEngine.Jdk("SHA-256")).feed(string);
  }

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("SHA224Type", SHA224);
    m.put("SHA256Type", SHA256);
  }
}
