package org.taipan.stdlib.core.sre;

/**
 * An error of the matching engine itself, not a failed match: the {@code SRE_ERROR_*} codes of
 * CPython's {@code Modules/_sre/sre.h}, which {@code pattern_error()} in {@code sre.c} turns into
 * Python exceptions. The binding to Python objects maps {@link Kind#ILLEGAL} to
 * {@code RuntimeError("invalid SRE code")}, {@link Kind#STATE} to
 * {@code RuntimeError("internal error in regular expression engine")}, {@link Kind#WRONG_SPAN} to
 * {@code SystemError}, {@link Kind#MEMORY} to {@code MemoryError} and {@link Kind#INTERRUPTED}
 * to the exception of the pending signal.
 *
 * <p>It carries no Java stack trace: it is a Python-level condition.
 */
public final class SreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, after CPython's {@code SRE_ERROR_*} codes. */
  public enum Kind {
    /** {@code SRE_ERROR_ILLEGAL}: the code list holds something the engine cannot run. */
    ILLEGAL,
    /** {@code SRE_ERROR_STATE}: an UNTIL opcode without an enclosing REPEAT. */
    STATE,
    /** {@code SRE_ERROR_MEMORY}: the backtracking stack cannot grow further. */
    MEMORY,
    /** A capturing group whose end lies before its start (CPython's "wrong span" check). */
    WRONG_SPAN,
    /**
     * {@code SRE_ERROR_INTERRUPTED}: the matching thread was interrupted
     * ({@link Thread#interrupt()}), where CPython notices a pending signal; the thread's
     * interrupt status is left set for the binding, which raises the signal's exception
     * ({@code KeyboardInterrupt} for SIGINT).
     */
    INTERRUPTED
  }

  private final Kind kind;

  /**
   * @param kind the error code
   * @param message a description for humans
   */
  public SreException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  /** @return the error code */
  public Kind kind() {
    return kind;
  }
}
