package org.taipan.object;

/**
 * Thrown by the handle in an empty special-method slot, so that a slot is never null. Callers catch
 * it and raise the Python error appropriate to the operation. One shared instance, no stack trace.
 */
public final class EmptyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The one instance. */
  public static final EmptyException INSTANCE = new EmptyException();

  private EmptyException() {
    super(null, null, false, false);
  }
}
