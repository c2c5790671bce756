package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;

/**
 * The {@code _sha3} module, CPython's {@code Modules/_sha3/sha3module.c}: SHA3-224..512 and
 * SHAKE128/256 as types, over {@link Keccak}.
 */
@PythonModule("_sha3")
public final class Sha3Module {
  private Sha3Module() {}

  static final PyType SHA3_224 = HashObject.type("sha3_224", "_sha3", Sha3Methods.class);
  static final PyType SHA3_256 = HashObject.type("sha3_256", "_sha3", Sha3Methods.class);
  static final PyType SHA3_384 = HashObject.type("sha3_384", "_sha3", Sha3Methods.class);
  static final PyType SHA3_512 = HashObject.type("sha3_512", "_sha3", Sha3Methods.class);
  static final PyType SHAKE_128 = HashObject.type("shake_128", "_sha3", ShakeMethods.class);
  static final PyType SHAKE_256 = HashObject.type("shake_256", "_sha3", ShakeMethods.class);

  @ModuleExec
  public static void exec(PyModule m) {
    for (PyType t : new PyType[] {SHA3_224, SHA3_256, SHA3_384, SHA3_512, SHAKE_128, SHAKE_256}) {
      m.put(t.getName(), t);
    }
    m.put("keccakopt", 0L);
    m.put("implementation", "tiny_sha3");
  }

  /** A new object of one of the module's types ({@code py_sha3_new}). */
  static HashObject create(PyType cls, Object[] args, String[] kwnames) {
    // CPython's argument parser names every _sha3 type sha3_224 in its messages
    Object[] a = HashObject.bindNew("sha3_224", args, kwnames, "usedforsecurity");
    String name = cls.getName();
    int bits = Integer.parseInt(name.substring(name.indexOf('_') + 1));
    boolean shake = name.startsWith("shake");
    Keccak k = shake ? Keccak.shake(bits) : Keccak.sha3(bits);
    HashObject h = new HashObject(cls, name, k.outputLength, k.rate, k);
    return a[0] == null ? h : h.feed(a[0]);
  }
}
