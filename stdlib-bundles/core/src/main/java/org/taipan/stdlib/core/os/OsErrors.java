package org.taipan.stdlib.core.os;

import com.sun.jna.LastErrorException;
import org.taipan.object.Abstract;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;

/** Turns a failed C call into the {@code OSError} CPython raises ({@code PyErr_SetFromErrno}). */
public final class OsErrors {
  private OsErrors() {}

  /** {@code OSError(errno, strerror)}, which the constructor maps to the right subclass. */
  public static PyException fromErrno(int errno) {
    return new PyException((org.taipan.object.PyBaseException)
        Abstract.call(PyExc.OSError, (long) errno, Libc.strerror(errno)));
  }

  /** As {@link #fromErrno(int)} with a file name ({@code PyErr_SetFromErrnoWithFilenameObject}). */
  public static PyException fromErrno(int errno, Object filename) {
    return new PyException((org.taipan.object.PyBaseException)
        Abstract.call(PyExc.OSError, (long) errno, Libc.strerror(errno), filename));
  }

  /** The error of a failed call. */
  public static PyException of(LastErrorException e) {
    return fromErrno(e.getErrorCode());
  }

  /** The error of a failed call on a named file. */
  public static PyException of(LastErrorException e, Object filename) {
    return fromErrno(e.getErrorCode(), filename);
  }
}
