package org.taipan.stdlib.core.binary;

import java.math.BigInteger;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;

/**
 * The {@code _blake2} module, CPython's {@code Modules/_blake2/}: the {@code blake2b} and {@code
 * blake2s} types over {@link Blake2}, with every parameter of the BLAKE2 parameter block.
 */
@PythonModule(value = "_blake2", doc = "_blake2b provides BLAKE2b for hashlib\n")
public final class Blake2Module {
  private Blake2Module() {}

  static final PyType BLAKE2B = HashObject.type("blake2b", "_blake2", Blake2Methods.class);
  static final PyType BLAKE2S = HashObject.type("blake2s", "_blake2", Blake2Methods.class);

  static {
    for (PyType t : new PyType[] {BLAKE2B, BLAKE2S}) {
      boolean big = t == BLAKE2B;
      t.defineBuiltin("SALT_SIZE", big ? 16L : 8L);
      t.defineBuiltin("PERSON_SIZE", big ? 16L : 8L);
      t.defineBuiltin("MAX_KEY_SIZE", big ? 64L : 32L);
      t.defineBuiltin("MAX_DIGEST_SIZE", big ? 64L : 32L);
    }
  }

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("blake2b", BLAKE2B);
    m.put("blake2s", BLAKE2S);
    for (String v : new String[] {"B", "S"}) {
      boolean big = v.equals("B");
      m.put("BLAKE2" + v + "_SALT_SIZE", big ? 16L : 8L);
      m.put("BLAKE2" + v + "_PERSON_SIZE", big ? 16L : 8L);
      m.put("BLAKE2" + v + "_MAX_KEY_SIZE", big ? 64L : 32L);
      m.put("BLAKE2" + v + "_MAX_DIGEST_SIZE", big ? 64L : 32L);
    }
  }

  /**
   * Clinic's {@code unsigned_long} and {@code unsigned_long_long}: "value must be positive" below
   * zero, {@code tooBig} past 64 bits.
   */
  private static BigInteger unsigned(Object o, String tooBig) {
    Object i = PyNumber.index(o);
    BigInteger b = i instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) i;
    if (b.signum() < 0) {
      throw PyErr.format(PyExc.ValueError, "value must be positive");
    }
    if (b.bitLength() > 64) {
      throw PyErr.format(PyExc.OverflowError, "%s", tooBig);
    }
    return b;
  }

  private static int intArg(Object o, int dflt) {
    return o == null ? dflt : BinaryArgs.cInt(o);
  }

  private static byte[] bufArg(Object o) {
    return o == null ? new byte[0] : BinaryArgs.buffer(o);
  }

  /** {@code py_blake2b_new} and {@code py_blake2s_new}. */
  static HashObject create(PyType cls, Object[] args, String[] kwnames) {
    boolean big = cls == BLAKE2B;
    String fn = big ? "blake2b" : "blake2s";
    int max = big ? 64 : 32;
    int saltMax = big ? 16 : 8;
    Object[] a = HashObject.bindNew(fn, args, kwnames, "digest_size", "key", "salt", "person",
        "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node",
        "usedforsecurity");
    int digestSize = intArg(a[1], max);
    byte[] key = bufArg(a[2]);
    byte[] salt = bufArg(a[3]);
    byte[] person = bufArg(a[4]);
    int fanout = intArg(a[5], 1);
    int depth = intArg(a[6], 1);
    BigInteger leafSize = a[7] == null ? BigInteger.ZERO : unsigned(a[7],
        "Python int too large to convert to C unsigned long");
    BigInteger nodeOffset = a[8] == null ? BigInteger.ZERO : unsigned(a[8],
        "int too big to convert");
    int nodeDepth = intArg(a[9], 0);
    int innerSize = intArg(a[10], 0);
    boolean lastNode = a[11] != null && Abstract.isTrue(a[11]);
    if (digestSize <= 0 || digestSize > max) {
      throw PyErr.format(PyExc.ValueError, "digest_size must be between 1 and %d bytes", max);
    }
    if (salt.length > saltMax) {
      throw PyErr.format(PyExc.ValueError, "maximum salt length is %d bytes", saltMax);
    }
    if (person.length > saltMax) {
      throw PyErr.format(PyExc.ValueError, "maximum person length is %d bytes", saltMax);
    }
    if (fanout < 0 || fanout > 255) {
      throw PyErr.format(PyExc.ValueError, "fanout must be between 0 and 255");
    }
    if (depth <= 0 || depth > 255) {
      throw PyErr.format(PyExc.ValueError, "depth must be between 1 and 255");
    }
    if (leafSize.bitLength() > 32) {
      throw PyErr.format(PyExc.OverflowError, "leaf_size is too large");
    }
    if (!big && nodeOffset.bitLength() > 48) {
      throw PyErr.format(PyExc.OverflowError, "node_offset is too large");
    }
    if (nodeDepth < 0 || nodeDepth > 255) {
      throw PyErr.format(PyExc.ValueError, "node_depth must be between 0 and 255");
    }
    if (innerSize < 0 || innerSize > max) {
      throw PyErr.format(PyExc.ValueError, "inner_size must be between 0 and is %d", max);
    }
    if (key.length > max) {
      throw PyErr.format(PyExc.ValueError, "maximum key length is %d bytes", max);
    }
    Blake2 engine = Blake2.create(big, digestSize, key, salt, person, fanout, depth,
        leafSize.longValue(), nodeOffset.longValue(), nodeDepth, innerSize, lastNode);
    HashObject h = new HashObject(cls, fn, digestSize, big ? 128 : 64, engine);
    return a[0] == null ? h : h.feed(a[0]);
  }
}
