package org.taipan.stdlib.core.binary;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The running state of one hash computation behind a hash object: the JDK's {@link MessageDigest}
 * where it has the algorithm (MD5, SHA-1, SHA-2), {@link Keccak} and {@link Blake2} otherwise.
 */
interface DigestEngine {
  void update(byte[] b, int off, int len);

  /** The digest of everything so far, leaving the state as it was. */
  byte[] digest();

  DigestEngine copy();

  /** A {@link MessageDigest} of the SUN provider (cloneable, so {@code copy} is cheap). */
  final class Jdk implements DigestEngine {
    private final MessageDigest md;

    Jdk(String algorithm) {
      try {
        this.md = MessageDigest.getInstance(algorithm);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK lacks " + algorithm, e);
      }
    }

    private Jdk(MessageDigest md) {
      this.md = md;
    }

    private MessageDigest cloned() {
      try {
        return (MessageDigest) md.clone();
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException(md.getAlgorithm() + " cannot be copied", e);
      }
    }

    @Override
    public void update(byte[] b, int off, int len) {
      md.update(b, off, len);
    }

    @Override
    public byte[] digest() {
      return cloned().digest();
    }

    @Override
    public DigestEngine copy() {
      return new Jdk(cloned());
    }
  }
}
