package org.taipan.stdlib.core.binary;

import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyNone;

/**
 * The methods of the MD5, SHA-1 and SHA-2 hash objects ({@code Modules/md5module.c} and its
 * siblings): {@code update}, {@code digest}, {@code hexdigest}, {@code copy}, {@code name},
 * {@code digest_size}, {@code block_size}. The other hash types repeat these by delegation.
 */
final class HashMethods {
  private HashMethods() {}

  @PythonMethod(doc = "Update this hash object's state with the provided string.")
  static Object update(Object self, Object obj) {
    byte[] b = HashObject.data(obj);
    HashObject.self(self).engine.update(b, 0, b.length);
    return PyNone.NONE;
  }

  @PythonMethod(doc = "Return the digest value as a bytes object.")
  static Object digest(Object self) {
    return HashObject.bytes(HashObject.self(self).engine.digest());
  }

  @PythonMethod(doc = "Return the digest value as a string of hexadecimal digits.")
  static Object hexdigest(Object self) {
    return HashObject.hex(HashObject.self(self).engine.digest());
  }

  @PythonMethod(doc = "Return a copy of the hash object.")
  static Object copy(Object self) {
    return HashObject.self(self).copy();
  }

  @Getter("name")
  static Object name(Object self) {
    return HashObject.self(self).name;
  }

  @Getter("digest_size")
  static Object digest_size(Object self) {
    return (long) HashObject.self(self).digestSize;
  }

  @Getter("block_size")
  static Object block_size(Object self) {
    return (long) HashObject.self(self).blockSize;
  }
}
