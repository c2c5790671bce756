package org.taipan.stdlib.core.binary;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * A hash object of the builtin hash modules ({@code _md5.md5}, {@code _sha3.sha3_256}, {@code
 * _blake2.blake2b} …): a {@link DigestEngine} with the name and sizes {@code hashlib} reports. One
 * Java class carries all of them, each object knowing its Python type; the methods live in {@link
 * HashMethods} and its SHA-3, SHAKE and BLAKE2 variants.
 */
final class HashObject implements PyObject {
  final PyType type;
  final String name;
  final int digestSize;
  final int blockSize;
  DigestEngine engine;

  HashObject(PyType type, String name, int digestSize, int blockSize, DigestEngine engine) {
    this.type = type;
    this.name = name;
    this.digestSize = digestSize;
    this.blockSize = blockSize;
    this.engine = engine;
  }

  @Override
  public PyType getType() {
    return type;
  }

  HashObject copy() {
    return new HashObject(type, name, digestSize, blockSize, engine.copy());
  }

  /** A hash type of {@code module}, not subclassable, not registered for any Java class. */
  static PyType type(String name, String module, Class<?> methods) {
    return PyType.fromSpec(new PyType.Spec(name, module, methods, MethodHandles.lookup(), null,
        List.of(), null, false));
  }

  /** {@code GET_BUFFER_VIEW_OR_ERROUT}: the bytes to hash, with the hash modules' messages. */
  static byte[] data(Object o) {
    if (PyUnicode.isStr(o)) {
      throw PyErr.format(PyExc.TypeError, "Strings must be encoded before hashing");
    }
    byte[] b = BinaryArgs.bufferOrNull(o);
    if (b == null) {
      throw PyErr.format(PyExc.TypeError, "object supporting the buffer API required");
    }
    return b;
  }

  /** Hashes {@code data} unless it is the "not given" marker of an unrepresentable default. */
  HashObject feed(Object data) {
    if (data != null && data.getClass() != Object.class) {
      byte[] b = data(data);
      engine.update(b, 0, b.length);
    }
    return this;
  }

  /**
   * Binds a hash type's {@code __new__} arguments: at most one positional ({@code data}, which is
   * positional-only), then the keyword-only {@code names}; unbound slots are null.
   */
  static Object[] bindNew(String fn, Object[] args, String[] kwnames, String... names) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int np = args.length - nk;
    if (np > 1) {
      throw PyErr.format(PyExc.TypeError, "%s() takes at most 1 positional argument (%d given)",
          fn, np);
    }
    Object[] out = new Object[1 + names.length];
    if (np == 1) {
      out[0] = args[0];
    }
    for (int k = 0; k < nk; k++) {
      int i = java.util.Arrays.asList(names).indexOf(kwnames[k]);
      if (i < 0) {
        throw PyErr.format(PyExc.TypeError, "'%s' is an invalid keyword argument for %s()",
            kwnames[k], fn);
      }
      out[1 + i] = args[np + k];
    }
    return out;
  }

  static HashObject self(Object o) {
    return (HashObject) o;
  }

  static Object hex(byte[] d) {
    StringBuilder sb = new StringBuilder(d.length * 2);
    for (byte x : d) {
      sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return sb.toString();
  }

  static Object bytes(byte[] d) {
    return new PyBytes(d);
  }
}
