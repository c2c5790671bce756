package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import java.util.concurrent.Semaphore;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/** {@code _thread.RLock}, CPython's {@code rlockobject}: a lock its owner may take again. */
class PyRLock implements PyObject {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("RLock", PyRLock.class, MethodHandles.lookup())
              .module("_thread")
              .allocator(PyRLock::new));

  private final PyType type;
  final Semaphore permit = new Semaphore(1);
  volatile long owner;
  long count;

  PyRLock(PyType type) {
    this.type = type;
  }

  @Override
  public PyType getType() {
    return type;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return new PyRLock(cls);
  }

  @PythonMethod(positionalOnly = false)
  static Object acquire(Object self, @Default("True") Object blocking,
      @Default("-1") Object timeout) {
    PyRLock r = (PyRLock) self;
    long me = Thread.currentThread().getId();
    if (r.count > 0 && r.owner == me) {
      r.count++;
      return true;
    }
    if (!PyThreadLock.acquire(r.permit, blocking, timeout)) {
      return false;
    }
    r.owner = me;
    r.count = 1;
    return true;
  }

  @PythonMethod(value = "__enter__")
  static Object enter(Object self) {
    return acquire(self, true, -1L);
  }

  @PythonMethod
  static Object release(Object self) {
    PyRLock r = (PyRLock) self;
    if (r.count == 0 || r.owner != Thread.currentThread().getId()) {
      throw PyErr.format(PyExc.RuntimeError, "cannot release un-acquired lock");
    }
    if (--r.count == 0) {
      r.owner = 0;
      r.permit.release();
    }
    return PyNone.NONE;
  }

  @PythonMethod(value = "__exit__")
  static Object exit(Object self, Object[] args) {
    return release(self);
  }

  @PythonMethod
  static Object _is_owned(Object self) {
    PyRLock r = (PyRLock) self;
    return r.count > 0 && r.owner == Thread.currentThread().getId();
  }

  @PythonMethod
  static Object _release_save(Object self) {
    PyRLock r = (PyRLock) self;
    if (r.count == 0) {
      throw PyErr.format(PyExc.RuntimeError, "cannot release un-acquired lock");
    }
    PyTuple state = new PyTuple(r.count, r.owner);
    r.count = 0;
    r.owner = 0;
    r.permit.release();
    return state;
  }

  @PythonMethod
  static Object _acquire_restore(Object self, Object state) {
    PyRLock r = (PyRLock) self;
    PyThreadLock.acquire(r.permit, true, -1L);
    PyTuple t = (PyTuple) state;
    r.count = (Long) t.get(0);
    r.owner = (Long) t.get(1);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object _at_fork_reinit(Object self) {
    PyRLock r = (PyRLock) self;
    r.permit.drainPermits();
    r.permit.release();
    r.count = 0;
    r.owner = 0;
    return PyNone.NONE;
  }

  static Object __repr__(Object self) {
    PyRLock r = (PyRLock) self;
    return String.format("<%s %s.%s object owner=%d count=%d at 0x%012x>",
        r.count > 0 ? "locked" : "unlocked", r.type.getModule(), r.type.getQualname(),
        r.owner, r.count, (long) System.identityHashCode(self) * 16);
  }
}
