package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import java.util.concurrent.Semaphore;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Gil;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;

/**
 * {@code _thread.lock} ({@code LockType}), CPython's {@code lockobject} in {@code
 * Modules/_threadmodule.c}: a binary semaphore any thread may release. Waiting gives up the GIL.
 */
final class PyThreadLock {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("lock", PyThreadLock.class, MethodHandles.lookup())
              .module("_thread")
              .notBaseType());

  /** The largest timeout accepted, in seconds ({@code TIMEOUT_MAX}). */
  static final double TIMEOUT_MAX = 9223372036.0;

  final Semaphore permit = new Semaphore(1);

  /**
   * {@code acquire_timed}: parses {@code (blocking, timeout)} as CPython's {@code
   * lock_acquire_parse_args} and waits; returns whether the lock was taken.
   */
  static boolean acquire(Semaphore s, Object blocking, Object timeout) {
    boolean block = org.taipan.object.Abstract.isTrue(blocking);
    double t = PyNumber.asDouble(timeout);
    if (!block && t != -1) {
      throw PyErr.format(PyExc.ValueError, "can't specify a timeout for a non-blocking call");
    }
    if (t < 0 && t != -1) {
      throw PyErr.format(PyExc.ValueError, "timeout value must be positive");
    }
    if (t * 1e9 >= 9.223372036854775807e18) {
      throw PyErr.format(PyExc.OverflowError, "timestamp out of range for platform time_t");
    }
    if (t > TIMEOUT_MAX) {
      throw PyErr.format(PyExc.OverflowError, "timeout value is too large");
    }
    if (s.tryAcquire()) {
      return true;
    }
    if (!block) {
      return false;
    }
    long nanos = t == -1 ? Long.MAX_VALUE : (long) (t * 1e9);
    return Gil.tryUnlocked(nanos, s::tryAcquire);
  }

  @PythonMethod(positionalOnly = false)
  static Object acquire(Object self, @Default("True") Object blocking,
      @Default("-1") Object timeout) {
    return acquire(((PyThreadLock) self).permit, blocking, timeout);
  }

  @PythonMethod(value = "acquire_lock", positionalOnly = false)
  static Object acquireLock(Object self, @Default("True") Object blocking,
      @Default("-1") Object timeout) {
    return acquire(self, blocking, timeout);
  }

  @PythonMethod(value = "__enter__")
  static Object enter(Object self) {
    return acquire(self, true, -1L);
  }

  @PythonMethod
  static Object release(Object self) {
    Semaphore s = ((PyThreadLock) self).permit;
    synchronized (s) {
      if (s.availablePermits() > 0) {
        throw PyErr.format(PyExc.RuntimeError, "release unlocked lock");
      }
      s.release();
    }
    return PyNone.NONE;
  }

  @PythonMethod(value = "release_lock")
  static Object releaseLock(Object self) {
    return release(self);
  }

  @PythonMethod(value = "__exit__")
  static Object exit(Object self, Object[] args) {
    return release(self);
  }

  @PythonMethod
  static Object locked(Object self) {
    return ((PyThreadLock) self).permit.availablePermits() == 0;
  }

  @PythonMethod(value = "locked_lock")
  static Object lockedLock(Object self) {
    return locked(self);
  }

  @PythonMethod
  static Object _at_fork_reinit(Object self) {
    Semaphore s = ((PyThreadLock) self).permit;
    s.drainPermits();
    s.release();
    return PyNone.NONE;
  }

  static Object __repr__(Object self) {
    return String.format("<%s _thread.lock object at 0x%012x>",
        (Boolean) locked(self) ? "locked" : "unlocked", (long) System.identityHashCode(self) * 16);
  }
}
