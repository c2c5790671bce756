package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;

/**
 * The {@code _md5} module, CPython's {@code Modules/md5module.c}, over the JDK's {@link
 * java.security.MessageDigest}.
 */
@PythonModule("_md5")
public final class Md5Module {
  private Md5Module() {}

  static final PyType MD5 = HashObject.type("md5", "_md5", HashMethods.class);

  @PythonMethod(positionalOnly = false, doc = "Return a new MD5 hash object; "
      + "optionally initialized with a string.")
  public static Object md5(@Default("<unrepresentable>") Object string,
      @KeywordOnly @Default("True") Object usedforsecurity) {
    return new HashObject(MD5, "md5", 16, 64, new DigestEngine.Jdk("MD5")).feed(string);
  }

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("MD5Type", MD5);
  }
}
