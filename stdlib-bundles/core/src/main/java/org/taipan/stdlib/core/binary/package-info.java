/**
 * The binary-data modules of the core group: {@code binascii}, {@code zlib} and the hash modules
 * ({@code _md5}, {@code _sha1}, {@code _sha256}, {@code _sha512}, {@code _sha3}, {@code _blake2}),
 * CPython's {@code Modules/binascii.c}, {@code zlibmodule.c} and the {@code *module.c} digests,
 * registered by {@link org.taipan.stdlib.core.binary.BinaryModules}.
 *
 * <p>Bytes-like arguments go through one conversion ({@code BinaryArgs}); compression and most
 * digests run on the JDK ({@code java.util.zip}, {@code java.security.MessageDigest}); what the JDK
 * lacks (gzip framing for {@code wbits} 16+, SHAKE, BLAKE2) is written here.
 *
 * <p>Users: the module loader, through the provider. Nothing here may depend on the interpreter.
 */
package org.taipan.stdlib.core.binary;
