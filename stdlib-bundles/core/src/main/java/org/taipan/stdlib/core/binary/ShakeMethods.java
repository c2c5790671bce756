package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyType;

/**
 * The methods of {@code _sha3.shake_128} and {@code shake_256}: like {@link Sha3Methods}, but the
 * digest methods take the output length.
 */
final class ShakeMethods {
  private ShakeMethods() {}

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return Sha3Module.create(cls, args, kwnames);
  }

  /**
   * The length argument of {@code _SHAKE_digest}: an exact int ({@code PyLong_AsUnsignedLong},
   * which calls no {@code __index__}) below 2**29.
   */
  private static byte[] squeeze(Object self, Object length) {
    Object i = length instanceof Boolean b ? (Object) (b ? 1L : 0L) : length;
    if (!(i instanceof Long) && !(i instanceof java.math.BigInteger)) {
      throw PyErr.format(PyExc.TypeError, "an integer is required");
    }
    java.math.BigInteger v = i instanceof Long l ? java.math.BigInteger.valueOf(l)
        : (java.math.BigInteger) i;
    if (v.signum() < 0) {
      throw PyErr.format(PyExc.ValueError, "value must be positive");
    }
    if (v.bitLength() > 64) {
      throw PyErr.format(PyExc.OverflowError,
          "Python int too large to convert to C unsigned long");
    }
    if (v.bitLength() > 29) {
      throw PyErr.format(PyExc.ValueError, "length is too large");
    }
    return Sha3Methods.keccak(self).squeeze(v.intValue());
  }

  @PythonMethod(doc = "Update this hash object's state with the provided bytes-like object.")
  static Object update(Object self, Object data) {
    return HashMethods.update(self, data);
  }

  @PythonMethod(doc = "Return the digest value as a bytes object.")
  static Object digest(Object self, Object length) {
    return HashObject.bytes(squeeze(self, length));
  }

  @PythonMethod(doc = "Return the digest value as a string of hexadecimal digits.")
  static Object hexdigest(Object self, Object length) {
    return HashObject.hex(squeeze(self, length));
  }

  @PythonMethod(doc = "Return a copy of the hash object.")
  static Object copy(Object self) {
    return HashMethods.copy(self);
  }

  @Getter("name")
  static Object name(Object self) {
    return HashMethods.name(self);
  }

  @Getter("digest_size")
  static Object digest_size(Object self) {
    return HashMethods.digest_size(self);
  }

  @Getter("block_size")
  static Object block_size(Object self) {
    return HashMethods.block_size(self);
  }

  @Getter("_capacity_bits")
  static Object _capacity_bits(Object self) {
    return Sha3Methods._capacity_bits(self);
  }

  @Getter("_rate_bits")
  static Object _rate_bits(Object self) {
    return Sha3Methods._rate_bits(self);
  }

  @Getter("_suffix")
  static Object _suffix(Object self) {
    return Sha3Methods._suffix(self);
  }
}
