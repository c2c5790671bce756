package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyType;

/** The methods of {@code _blake2.blake2b} and {@code blake2s}: {@link HashMethods}' own. */
final class Blake2Methods {
  private Blake2Methods() {}

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return Blake2Module.create(cls, args, kwnames);
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
}
