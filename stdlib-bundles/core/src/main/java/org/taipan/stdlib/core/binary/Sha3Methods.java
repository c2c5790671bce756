package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyType;

/** The methods of the {@code _sha3.sha3_*} types: {@link HashMethods}' and the sponge's sizes. */
final class Sha3Methods {
  private Sha3Methods() {}

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return Sha3Module.create(cls, args, kwnames);
  }

  @PythonMethod(doc = "Update this hash object's state with the provided bytes-like object.")
  static Object update(Object self, Object data) {
    return HashMethods.update(self, data);
  }

  @PythonMethod(doc = "Return the digest value as a bytes object.")
  static Object digest(Object self) {
    return HashMethods.digest(self);
  }

  @PythonMethod(doc = "Return the digest value as a string of hexadecimal digits.")
  static Object hexdigest(Object self) {
    return HashMethods.hexdigest(self);
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

  static Keccak keccak(Object self) {
    return (Keccak) HashObject.self(self).engine;
  }

  @Getter("_capacity_bits")
  static Object _capacity_bits(Object self) {
    return 1600L - 8L * keccak(self).rate;
  }

  @Getter("_rate_bits")
  static Object _rate_bits(Object self) {
    return 8L * keccak(self).rate;
  }

  @Getter("_suffix")
  static Object _suffix(Object self) {
    return new PyBytes(new byte[] {(byte) keccak(self).suffix});
  }
}
