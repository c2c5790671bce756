package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.Setter;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyIterator;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/**
 * A coroutine, CPython's {@code PyCoroObject} ({@code Objects/genobject.c}): the object an
 * {@code async def} function returns. It runs on the generator machinery, but it is not an
 * iterator: {@code await} drives it, or {@code __await__} hands out a wrapper that is one.
 */
public final class PyCoroutine extends PyGenerator {
  // not made by PyIterator.makeType: a coroutine has no __iter__ or __next__
  static final PyType TYPE =
      PyType.fromSpec(
          new PyType.Spec(
              "coroutine", "builtins", PyCoroutine.class, MethodHandles.lookup(), null,
              List.of(), null, false));

  PyCoroutine(PyFrame frame) {
    super(frame);
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  /** Not an iterator in Python: {@code Abstract.next} must not drive it as a generator. */
  @Override
  public Object next() {
    throw PyErr.format(PyExc.TypeError, "'%s' object is not an iterator", "coroutine");
  }

  @Override
  String kindName() {
    return "coroutine";
  }

  @Override
  boolean needsFinalizer() {
    return true;
  }

  /**
   * {@code _PyGen_Finalize} for a coroutine: one never started warns that it was never awaited
   * ({@code warnings._warn_unawaited_coroutine}), then it is closed like a generator.
   */
  @Override
  void finalizeGen() {
    if (isFinished()) {
      return;
    }
    if (!isStarted()) {
      try {
        warnUnawaited();
      } catch (PyException e) {
        org.taipan.object.Finalizers.writeUnraisable(e, this);
      }
    }
    super.finalizeGen();
  }

  /** CPython's {@code _PyErr_WarnUnawaitedCoroutine}. */
  private void warnUnawaited() {
    Object warnings = org.taipan.object.PyImport.importModule("warnings");
    Object fn = org.taipan.object.Abstract.lookupAttr(warnings, "_warn_unawaited_coroutine");
    if (fn != null) {
      org.taipan.object.Abstract.call(fn, this);
    } else {
      org.taipan.object.PyWarnings.warn(PyExc.RuntimeWarning,
          "coroutine '" + qualnameString() + "' was never awaited", 1);
    }
  }

  @PythonMethod("__del__")
  static Object del(Object self) {
    ((PyCoroutine) self).finalizeGen();
    return PyNone.NONE;
  }

  @PythonMethod
  static Object send(Object self, Object value) {
    return ((PyCoroutine) self).send(value);
  }

  @PythonMethod("throw")
  static Object throwMethod(
      Object self, Object typ, @Default("None") Object val, @Default("None") Object tb) {
    return PyGenerator.throwMethod(self, typ, val, tb);
  }

  @PythonMethod
  static Object close(Object self) {
    return PyGenerator.close(self);
  }

  // no am_await slot in our SpecialMethod table yet, so it is an ordinary method
  @PythonMethod("__await__")
  static Object await(Object self) {
    return new Wrapper((PyCoroutine) self);
  }

  static Object __repr__(Object self) {
    PyCoroutine c = (PyCoroutine) self;
    return String.format(
        "<coroutine object %s at 0x%x>", c.frame.code.qualname, System.identityHashCode(c));
  }

  /** {@code cr_origin}: where it was made, when origin tracking was on then; else None. */
  private Object origin = PyNone.NONE;

  /**
   * Records {@code cr_origin} if {@code sys.set_coroutine_origin_tracking_depth} asks: a tuple of
   * (filename, lineno, function name) for the innermost frames that made the coroutine.
   */
  void recordOrigin(PyFrame caller, int depth) {
    java.util.List<Object> frames = new java.util.ArrayList<>();
    for (PyFrame f = caller; f != null && frames.size() < depth; f = f.back) {
      frames.add(new org.taipan.object.PyTuple(
          f.code.filename, (long) f.lineno(), f.code.name));
    }
    origin = new org.taipan.object.PyTuple(frames.toArray());
  }

  @Getter("cr_origin")
  static Object crOrigin(Object self) {
    return ((PyCoroutine) self).origin;
  }

  @Getter("cr_await")
  static Object crAwait(Object self) {
    Object yf = ((PyCoroutine) self).delegate();
    return yf == null ? PyNone.NONE : yf;
  }

  @Getter("cr_frame")
  static Object crFrame(Object self) {
    PyCoroutine c = (PyCoroutine) self;
    return c.isFinished() ? PyNone.NONE : c.frame;
  }

  @Getter("cr_running")
  static Object crRunning(Object self) {
    return ((PyCoroutine) self).running;
  }

  @Getter("cr_code")
  static Object crCode(Object self) {
    return ((PyCoroutine) self).frame.code;
  }

  @Getter("cr_suspended")
  static Object crSuspended(Object self) {
    return ((PyCoroutine) self).isSuspended();
  }

  @Getter("__name__")
  static Object nameAttr(Object self) {
    return PyGenerator.nameAttr(self);
  }

  @Setter("__name__")
  static void setName(Object self, Object v) {
    PyGenerator.setName(self, v);
  }

  @Getter("__qualname__")
  static Object qualnameAttr(Object self) {
    return PyGenerator.qualnameAttr(self);
  }

  @Setter("__qualname__")
  static void setQualname(Object self, Object v) {
    PyGenerator.setQualname(self, v);
  }

  /**
   * What {@code coroutine.__await__()} returns, CPython's {@code coroutine_wrapper}: an iterator
   * that drives the coroutine, so generator-based code can {@code yield from} it.
   */
  static final class Wrapper extends PyIterator {
    static final PyType TYPE =
        makeType("coroutine_wrapper", Wrapper.class, MethodHandles.lookup());

    private final PyCoroutine coro;

    Wrapper(PyCoroutine coro) {
      this.coro = coro;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    PyCoroutine coroutine() {
      return coro;
    }

    @Override
    public Object next() {
      Object r = coro.sendOrNull(PyNone.NONE);
      if (r == RETURNED) {
        lastReturn.set(null);
        return null;
      }
      return r;
    }

    @Override
    public Object nextOrRaise() {
      return coro.send(PyNone.NONE);
    }

    @PythonMethod
    static Object send(Object self, Object value) {
      return ((Wrapper) self).coro.send(value);
    }

    @PythonMethod("throw")
    static Object throwMethod(
        Object self, Object typ, @Default("None") Object val, @Default("None") Object tb) {
      return PyGenerator.throwMethod(((Wrapper) self).coro, typ, val, tb);
    }

    @PythonMethod
    static Object close(Object self) {
      return PyGenerator.close(((Wrapper) self).coro);
    }
  }
}
