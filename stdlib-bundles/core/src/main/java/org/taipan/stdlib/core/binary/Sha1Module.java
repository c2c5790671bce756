package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;

/**
 * The {@code _sha1} module, CPython's {@code Modules/sha1module.c}, over the JDK's {@link
 * java.security.MessageDigest}.
 */
@PythonModule("_sha1")
public final class Sha1Module {
  private Sha1Module() {}

  static final PyType SHA1 = HashObject.type("sha1", "_sha1", HashMethods.class);

  @PythonMethod(positionalOnly = false, doc = "Return a new SHA1 hash object; "
      + "optionally initialized with a string.")
  public static Object sha1(@Default("<unrepresentable>") Object string,
      @KeywordOnly @Default("True") Object usedforsecurity) {
    return new HashObject(SHA1, "sha1", 20, 64, new DigestEngine.Jdk("SHA-1")).feed(string);
  }

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("SHA1Type", SHA1);
  }
}
