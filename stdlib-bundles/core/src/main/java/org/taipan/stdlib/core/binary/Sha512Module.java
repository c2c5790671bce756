package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;

/**
 * The {@code _sha512} module, CPython's {@code Modules/sha512module.c}, over the JDK's {@link
 * java.security.MessageDigest}.
 */
@PythonModule("_sha512")
public final class Sha512Module {
  private Sha512Module() {}

  static final PyType SHA384 = HashObject.type("sha384", "_sha512", HashMethods.class);

  @PythonMethod(positionalOnly = false, doc = "Return a new SHA384 hash object; "
      + "optionally initialized with a string.")
  public static Object sha384(@Default("<unrepresentable>") Object string,
      @KeywordOnly @Default("True") Object usedforsecurity) {
    return new HashObject(SHA384, "sha384", 48, 128, new DigestEngine.Jdk("SHA-384")).feed(string);
  }

  static final PyType SHA512 = HashObject.type("sha512", "_sha512", HashMethods.class);

  @PythonMethod(positionalOnly = false, doc = "Return a new SHA512 hash object; "
      + "optionally initialized with a string.")
  public static Object sha512(@Default("<unrepresentable>") Object string,
      @KeywordOnly @Default("True") Object usedforsecurity) {
    return new HashObject(SHA512, "sha512", 64, 128, new DigestEngine.Jdk("SHA-512")).feed(string);
  }

  @ModuleExec
  public static void exec(PyModule m) {
    // as CPython 3.11, which registers its sha512 type under this name
    m.put("SHA384Type", SHA512);
  }
}
