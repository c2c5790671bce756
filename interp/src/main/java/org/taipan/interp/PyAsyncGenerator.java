package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.Setter;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyIterator;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/**
 * An asynchronous generator, CPython's {@code PyAsyncGenObject} ({@code Objects/genobject.c}).
 * Its frame runs on the generator machinery; what tells a value of its own {@code yield} (wrapped
 * by ASYNC_GEN_WRAP in a {@link Wrapped}) from a value an {@code await} inside it passes up to the
 * event loop is the wrapper. The awaitables {@code asend}, {@code athrow} and {@code aclose}
 * return turn the first into {@code StopIteration(value)} and pass the second through.
 */
public final class PyAsyncGenerator extends PyGenerator {
  static final PyType TYPE =
      PyType.fromSpec(
          new PyType.Spec(
              "async_generator", "builtins", PyAsyncGenerator.class, MethodHandles.lookup(),
              null, List.of(), null, false));

  /** A value of the generator's own {@code yield}, CPython's {@code _PyAsyncGenWrappedValue}. */
  record Wrapped(Object value) {}

  /** An asend/athrow/aclose awaitable is part way through ({@code ag_running_async}). */
  private boolean runningAsync;

  PyAsyncGenerator(PyFrame frame) {
    super(frame);
  }

  /** Marks an awaitable's start, refusing a second one while one runs. */
  private void startAsync(String what) {
    if (runningAsync) {
      throw PyErr.format(
          PyExc.RuntimeError, "%s: asynchronous generator is already running", what);
    }
    runningAsync = true;
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  /** Not an iterator in Python: {@code Abstract.next} must not drive it as a generator. */
  @Override
  public Object next() {
    throw PyErr.format(PyExc.TypeError, "'%s' object is not an iterator", "async_generator");
  }

  @Override
  String kindName() {
    return "async generator";
  }

  /** Whether the hooks of {@code sys.set_asyncgen_hooks} were consulted ({@code ag_hooks_inited}). */
  private boolean hooksInited;
  /** The finalizer hook in force when the generator was first iterated, or null. */
  private Object finalizer;

  /**
   * CPython's {@code async_gen_init_hooks}, at the first {@code __anext__}, {@code asend}, {@code
   * athrow} or {@code aclose}: remembers the thread's finalizer hook and calls its firstiter hook
   * (an event loop's way of tracking its async generators).
   */
  private void initHooks() {
    if (hooksInited) {
      return;
    }
    hooksInited = true;
    InterpreterState in = ThreadState.get().interp;
    if (in.asyncgenFinalizer != PyNone.NONE) {
      finalizer = in.asyncgenFinalizer;
    }
    if (in.asyncgenFirstiter != PyNone.NONE) {
      org.taipan.object.Abstract.call(in.asyncgenFirstiter, this);
    }
  }

  @Override
  boolean needsFinalizer() {
    return true;
  }

  /**
   * {@code _PyGen_Finalize} for an async generator: an event loop's finalizer hook gets it (to
   * schedule {@code aclose()}); without one it is closed like a generator.
   */
  @Override
  void finalizeGen() {
    if (isFinished()) {
      return;
    }
    if (finalizer != null) {
      try {
        org.taipan.object.Abstract.call(finalizer, this);
      } catch (org.taipan.object.PyException e) {
        org.taipan.object.Finalizers.writeUnraisable(e, this);
      }
      return;
    }
    super.finalizeGen();
  }

  @PythonMethod("__del__")
  static Object del(Object self) {
    ((PyAsyncGenerator) self).finalizeGen();
    return PyNone.NONE;
  }

  // no am_aiter / am_anext slots in our SpecialMethod table yet, so these are ordinary methods
  @PythonMethod("__aiter__")
  static Object aiter(Object self) {
    return self;
  }

  @PythonMethod("__anext__")
  static Object anext(Object self) {
    ((PyAsyncGenerator) self).initHooks();
    return new ASend((PyAsyncGenerator) self, PyNone.NONE);
  }

  @PythonMethod
  static Object asend(Object self, Object value) {
    ((PyAsyncGenerator) self).initHooks();
    return new ASend((PyAsyncGenerator) self, value);
  }

  @PythonMethod
  static Object athrow(
      Object self, Object typ, @Default("None") Object val, @Default("None") Object tb) {
    ((PyAsyncGenerator) self).initHooks();
    return new AThrow((PyAsyncGenerator) self, typ, val, tb);
  }

  @PythonMethod
  static Object aclose(Object self) {
    ((PyAsyncGenerator) self).initHooks();
    return new AThrow((PyAsyncGenerator) self, null, null, null);
  }

  static Object __repr__(Object self) {
    PyAsyncGenerator g = (PyAsyncGenerator) self;
    return String.format(
        "<async_generator object %s at 0x%x>", g.frame.code.qualname,
        System.identityHashCode(g));
  }

  @Getter("ag_await")
  static Object agAwait(Object self) {
    Object yf = ((PyAsyncGenerator) self).delegate();
    return yf == null ? PyNone.NONE : yf;
  }

  @Getter("ag_frame")
  static Object agFrame(Object self) {
    PyAsyncGenerator g = (PyAsyncGenerator) self;
    return g.isFinished() ? PyNone.NONE : g.frame;
  }

  @Getter("ag_running")
  static Object agRunning(Object self) {
    return ((PyAsyncGenerator) self).running;
  }

  @Getter("ag_code")
  static Object agCode(Object self) {
    return ((PyAsyncGenerator) self).frame.code;
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

  /** One step of the frame: the value it passed up, or an exception for its own yield or end. */
  private Object step(Object value) {
    Object r;
    try {
      r = send(value);
    } catch (PyException e) {
      runningAsync = false;
      if (e.matches(PyExc.StopIteration)) {
        // the frame returned: the asynchronous iteration is over
        throw PyErr.newException(PyExc.StopAsyncIteration);
      }
      throw e;
    }
    return unwrap(r);
  }

  /** Turns a value the frame yielded into what an awaitable over it produces. */
  private Object unwrap(Object r) {
    if (r instanceof Wrapped w) {
      runningAsync = false;
      throw PyErr.stopIteration(w.value());
    }
    return r;
  }

  /** Throws into the frame as {@code athrow} does, with {@link #step}'s translation. */
  private Object throwStep(Object typ, Object val, Object tb) {
    Object r;
    try {
      r = PyGenerator.throwMethod(this, typ, val, tb);
    } catch (PyException e) {
      runningAsync = false;
      if (e.matches(PyExc.StopIteration)) {
        throw PyErr.newException(PyExc.StopAsyncIteration);
      }
      throw e;
    }
    return unwrap(r);
  }

  /** The base of the awaitables: iterators whose {@code send} drives one operation. */
  abstract static class Op extends PyIterator {
    /** 0 before the first send, 1 while running, 2 when done. */
    int state;

    abstract Object sendOp(Object value);

    abstract Object throwOp(Object typ, Object val, Object tb);

    abstract String opName();

    final Object checkedSend(Object value) {
      if (state == 2) {
        throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited %s", opName());
      }
      try {
        return sendOp(value);
      } catch (PyException e) {
        state = 2;
        throw e;
      }
    }

    @Override
    public Object next() {
      return checkedSend(PyNone.NONE);
    }

    @Override
    public Object nextOrRaise() {
      return checkedSend(PyNone.NONE);
    }
  }

  /** What {@code asend} and {@code __anext__} return, CPython's {@code async_generator_asend}. */
  static final class ASend extends Op {
    static final PyType TYPE = makeType("async_generator_asend", ASend.class, MethodHandles.lookup());

    private final PyAsyncGenerator gen;
    private final Object first;

    ASend(PyAsyncGenerator gen, Object first) {
      this.gen = gen;
      this.first = first;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    String opName() {
      return "__anext__()/asend()";
    }

    @Override
    Object sendOp(Object value) {
      if (state == 0) {
        gen.startAsync("anext()");
        state = 1;
        if (value == PyNone.NONE) {
          value = first;
        }
      }
      return gen.step(value);
    }

    @Override
    Object throwOp(Object typ, Object val, Object tb) {
      return gen.throwStep(typ, val, tb);
    }

    @PythonMethod
    static Object send(Object self, Object value) {
      return ((ASend) self).checkedSend(value);
    }

    @PythonMethod("throw")
    static Object throwMethod(
        Object self, Object typ, @Default("None") Object val, @Default("None") Object tb) {
      Op op = (Op) self;
      if (op.state == 2) {
        throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited %s", op.opName());
      }
      try {
        return op.throwOp(typ, val, tb);
      } catch (PyException e) {
        op.state = 2;
        throw e;
      }
    }

    @PythonMethod
    static Object close(Object self) {
      ((Op) self).state = 2;
      return PyNone.NONE;
    }

    @PythonMethod("__await__")
    static Object await(Object self) {
      return self;
    }
  }

  /**
   * What {@code athrow} and {@code aclose} return, CPython's {@code async_generator_athrow}
   * ({@code aclose} when the exception type is null).
   */
  static final class AThrow extends Op {
    static final PyType TYPE =
        makeType("async_generator_athrow", AThrow.class, MethodHandles.lookup());

    private final PyAsyncGenerator gen;
    private final Object typ;
    private final Object val;
    private final Object tb;

    AThrow(PyAsyncGenerator gen, Object typ, Object val, Object tb) {
      this.gen = gen;
      this.typ = typ;
      this.val = val;
      this.tb = tb;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    String opName() {
      return typ == null ? "aclose()" : "athrow()";
    }

    @Override
    Object sendOp(Object value) {
      if (state == 0) {
        gen.startAsync(typ == null ? "aclose()" : "athrow()");
        state = 1;
        if (typ == null) {
          return closeResult(() -> gen.throwStep(PyExc.GeneratorExit, PyNone.NONE, PyNone.NONE));
        }
        return gen.throwStep(typ, val, tb);
      }
      if (typ == null) {
        return closeResult(() -> gen.step(value));
      }
      return gen.step(value);
    }

    @Override
    Object throwOp(Object t, Object v, Object b) {
      if (typ == null) {
        return closeResult(() -> gen.throwStep(t, v, b));
      }
      return gen.throwStep(t, v, b);
    }

    /** aclose: the generator ending or letting GeneratorExit out finishes it quietly. */
    private static Object closeResult(java.util.function.Supplier<Object> action) {
      Object r;
      try {
        r = action.get();
      } catch (PyException e) {
        if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
          throw PyErr.newException(PyExc.StopIteration);
        }
        if (e.matches(PyExc.StopIteration)) {
          // a yield of the generator's own while closing
          throw PyErr.format(PyExc.RuntimeError, "async generator ignored GeneratorExit");
        }
        throw e;
      }
      return r;
    }

    @PythonMethod
    static Object send(Object self, Object value) {
      return ((AThrow) self).checkedSend(value);
    }

    @PythonMethod("throw")
    static Object throwMethod(
        Object self, Object typ, @Default("None") Object val, @Default("None") Object tb) {
      return ASend.throwMethod(self, typ, val, tb);
    }

    @PythonMethod
    static Object close(Object self) {
      ((Op) self).state = 2;
      return PyNone.NONE;
    }

    @PythonMethod("__await__")
    static Object await(Object self) {
      return self;
    }
  }
}
