package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.Setter;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyIterator;
import org.taipan.object.PyNone;
import org.taipan.object.PyTraceback;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * A generator, CPython's {@code PyGenObject} ({@code Objects/genobject.c}): a suspended frame
 * resumed by {@code send}, {@code __next__}, {@code throw} and {@code close}.
 */
public class PyGenerator extends PyIterator implements org.taipan.object.Finalizers.Holder {
  static final PyType TYPE = makeType("generator", PyGenerator.class, MethodHandles.lookup());

  /** Returned by {@link #sendOrNull} when the generator finished (value in {@link #lastReturn}). */
  static final Object RETURNED = new Object();

  static final ThreadLocal<Object> lastReturn = new ThreadLocal<>();

  final PyFrame frame;
  private boolean started;
  private boolean finished;
  boolean running;
  private PyBaseException savedHandled;
  /** What the caller was handling when the generator was last resumed. */
  PyBaseException callerHandled;
  /** {@code __name__} and {@code __qualname__}: the function's, or the code's without one. */
  private Object name;
  private Object qualname;
  private PyBaseException pendingThrow;

  PyGenerator(PyFrame frame) {
    this.frame = frame;
    if (frame.function != null) {
      // the names of the function at the call, as gen_new_with_qualname
      name = frame.function.name;
      qualname = frame.function.qualname;
    }
  }

  /** The word CPython's messages use for this kind of object: "generator", "coroutine". */
  String kindName() {
    return "generator";
  }

  /** Whether the frame has begun to run. */
  boolean isStarted() {
    return started;
  }

  /** The {@code __qualname__} as a Java string. */
  String qualnameString() {
    return org.taipan.object.Abstract.strJava(qualnameAttr(this));
  }

  /** Whether the frame has run to its end (or was closed). */
  boolean isFinished() {
    return finished;
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  /** Resumes with {@code value}; returns the yielded value or {@link #RETURNED}. */
  Object sendOrNull(Object value) {
    if (running) {
      throw PyErr.format(PyExc.ValueError, "%s already executing", kindName());
    }
    if (finished && this instanceof PyCoroutine) {
      pendingThrow = null;
      throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (finished) {
      if (pendingThrow != null) {
        PyBaseException t = pendingThrow;
        pendingThrow = null;
        throw new PyException(t);
      }
      lastReturn.set(PyNone.NONE);
      return RETURNED;
    }
    if (!started && value != PyNone.NONE && pendingThrow == null) {
      throw PyErr.format(
          PyExc.TypeError, "can't send non-None value to a just-started %s", kindName());
    }
    ThreadState ts = ThreadState.get();
    if (ts.depth >= ts.interp.recursionLimit) {
      throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
    }
    if (skipPush) {
      skipPush = false;
    } else {
      frame.push(value);
    }
    started = true;
    running = true;
    PyBaseException outer = ts.handled;
    callerHandled = outer;
    if (savedHandled != null) {
      ts.handled = savedHandled;
    }
    ts.depth++;
    frame.back = ts.frame;
    ts.frame = frame;
    frame.yielded = false;
    try {
      Object r;
      if (pendingThrow != null) {
        PyBaseException t = pendingThrow;
        pendingThrow = null;
        r = Interpreter.resumeWithException(frame, ts, new PyException(t));
      } else {
        r = Interpreter.eval(frame, ts);
      }
      if (frame.yielded) {
        // the exception the generator is handling, if it yielded inside a handler
        savedHandled = frame.handlers > 0 ? ts.handled : null;
        return r;
      }
      finished = true;
      // the frame is done with its locals: let go of them, as CPython clears a finished frame
      java.util.Arrays.fill(frame.stack, null);
      lastReturn.set(r);
      return RETURNED;
    } catch (PyException e) {
      finished = true;
      boolean stopAsync = this instanceof PyAsyncGenerator && e.matches(PyExc.StopAsyncIteration);
      if (e.matches(PyExc.StopIteration) || stopAsync) {
        PyException re =
            PyErr.format(PyExc.RuntimeError, "%s raised %s", kindName(),
                stopAsync ? "StopAsyncIteration" : "StopIteration");
        re.value.cause = e.value;
        re.value.context = e.value;
        re.value.suppressContext = true;
        throw re;
      }
      throw e;
    } finally {
      running = false;
      callerHandled = null;
      if (finished) {
        savedHandled = null;
      }
      ts.frame = frame.back;
      // a suspended frame has no caller (f_back is None until it runs again)
      frame.back = null;
      ts.depth--;
      ts.handled = outer;
    }
  }

  @Override
  public Object next() {
    Object r = sendOrNull(PyNone.NONE);
    if (r == RETURNED) {
      lastReturn.set(null);
      return null;
    }
    return r;
  }

  @Override
  public Object nextOrRaise() {
    return send(PyNone.NONE);
  }

  Object send(Object value) {
    Object r = sendOrNull(value);
    if (r == RETURNED) {
      Object v = lastReturn.get();
      lastReturn.set(null);
      throw PyErr.stopIteration(v == null ? PyNone.NONE : v);
    }
    return r;
  }

  @PythonMethod
  static Object send(Object self, Object value) {
    return ((PyGenerator) self).send(value);
  }

  @PythonMethod("throw")
  static Object throwMethod(
      Object self, Object typ, @Default("None") Object val, @Default("None") Object tb) {
    PyGenerator g = (PyGenerator) self;
    if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
      throw PyErr.format(PyExc.TypeError, "throw() third argument must be a traceback object");
    }
    PyBaseException exc;
    if (typ instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
      try {
        exc = normalize(t, val);
      } catch (PyException e) {
        exc = e.value; // as _gen_throw, a failure to make the exception is thrown in instead
      }
    } else if (typ instanceof PyBaseException be) {
      if (val != PyNone.NONE) {
        throw PyErr.format(
            PyExc.TypeError, "instance exception may not have a separate value");
      }
      exc = be;
    } else {
      throw PyErr.format(PyExc.TypeError,
          "exceptions must be classes or instances deriving from BaseException, not %s",
          PyType.of(typ).getName());
    }
    if (tb instanceof PyTraceback t) {
      exc.traceback = t;
    }
    if (!g.started) {
      g.finished = true;
      throw new PyException(exc);
    }
    Object yf = g.delegate();
    if (yf != null) {
      // throw into the sub-iterator of a 'yield from' first, as gen_throw does
      Object thrower = Abstract.lookupAttr(yf, "throw");
      if (thrower != null) {
        Object r;
        try {
          r = Abstract.call(thrower, exc);
        } catch (PyException e) {
          if (e.matches(PyExc.StopIteration)) {
            Object v = e.value.attr("value");
            return g.resumeAfterDelegate(v == null ? PyNone.NONE : v);
          }
          g.pendingThrow = e.value;
          return g.send(PyNone.NONE);
        }
        return r;
      }
    }
    g.pendingThrow = exc;
    return g.send(PyNone.NONE);
  }

  /**
   * {@code PyErr_NormalizeException}: {@code val} when it is already a {@code type}, else {@code
   * type()}, {@code type(*val)} for a tuple, or {@code type(val)}.
   */
  private static PyBaseException normalize(PyType type, Object val) {
    if (val instanceof PyBaseException be && be.getType().isSubtypeOf(type)) {
      return be;
    }
    Object[] args = val == PyNone.NONE ? new Object[0]
        : val instanceof PyTuple tup ? tup.toArray() : new Object[] {val};
    Object r = Abstract.call(type, args);
    if (!(r instanceof PyBaseException be)) {
      throw PyErr.format(PyExc.TypeError,
          "calling %s should have returned an instance of BaseException, not %s",
          Abstract.reprJava(type), PyType.of(r).getName());
    }
    return be;
  }

  /** The sub-iterator of a {@code yield from} the frame is suspended in, or null. */
  Object delegate() {
    if (finished || !started || frame.lasti < 1) {
      return null;
    }
    byte[] code = frame.code.code;
    int at = frame.lasti;
    if ((code[2 * at] & 0xff) == Opcode.YIELD_VALUE
        && (code[2 * (at - 1)] & 0xff) == Opcode.SEND && frame.sp > frame.stackBase) {
      return frame.top();
    }
    return null;
  }

  /** Finishes a 'yield from' whose sub-iterator returned {@code value}, then runs on. */
  private Object resumeAfterDelegate(Object value) {
    int send = frame.lasti - 1;
    int target = send + 1 + (frame.code.code[2 * send + 1] & 0xff);
    frame.pop();
    frame.push(value);
    frame.ip = target;
    skipPush = true;
    return send(PyNone.NONE);
  }

  private boolean skipPush;

  private Object finalizerGuard;

  @Override
  public Object finalizerGuard() {
    return finalizerGuard;
  }

  @Override
  public void setFinalizerGuard(Object guard) {
    finalizerGuard = guard;
  }

  /**
   * Whether collecting this generator unfinished must run code, so it needs a finalizer: a
   * coroutine (it may warn that it was never awaited), an async generator (its event loop's
   * finalizer hook), or a frame with a {@code try} or {@code with} to leave.
   */
  boolean needsFinalizer() {
    return frame.code.exceptionTable.length > 0;
  }

  /** {@code __del__}: {@link #finalizeGen}. */
  @PythonMethod("__del__")
  static Object del(Object self) {
    ((PyGenerator) self).finalizeGen();
    return PyNone.NONE;
  }

  /**
   * CPython's {@code _PyGen_Finalize}: a generator collected while suspended is closed, so its
   * {@code finally} blocks run; an error is reported as unraisable, never raised.
   */
  void finalizeGen() {
    if (finished) {
      return;
    }
    try {
      close(this);
    } catch (PyException e) {
      org.taipan.object.Finalizers.writeUnraisable(e, this);
    }
  }

  @PythonMethod
  static Object close(Object self) {
    PyGenerator g = (PyGenerator) self;
    if (g.finished || !g.started) {
      g.finished = true;
      return PyNone.NONE;
    }
    Object yf = g.delegate();
    if (yf != null) {
      Object closer = Abstract.lookupAttr(yf, "close");
      if (closer != null) {
        Abstract.call(closer);
      }
    }
    g.pendingThrow = (PyBaseException) Abstract.call(PyExc.GeneratorExit);
    Object r;
    try {
      r = g.sendOrNull(PyNone.NONE);
    } catch (PyException e) {
      if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) {
        return PyNone.NONE;
      }
      throw e;
    }
    if (r != RETURNED) {
      throw PyErr.format(PyExc.RuntimeError, "%s ignored GeneratorExit", g.kindName());
    }
    return PyNone.NONE;
  }

  static Object __repr__(Object self) {
    PyGenerator g = (PyGenerator) self;
    return String.format(
        "<generator object %s at 0x%x>", g.frame.code.qualname, System.identityHashCode(g));
  }

  @Getter("gi_frame")
  static Object giFrame(Object self) {
    PyGenerator g = (PyGenerator) self;
    return g.finished ? PyNone.NONE : g.frame;
  }

  @Getter("gi_running")
  static Object giRunning(Object self) {
    return ((PyGenerator) self).running;
  }

  @Getter("gi_code")
  static Object giCode(Object self) {
    return ((PyGenerator) self).frame.code;
  }

  @Getter("gi_yieldfrom")
  static Object giYieldfrom(Object self) {
    Object yf = ((PyGenerator) self).delegate();
    return yf == null ? PyNone.NONE : yf;
  }

  @Getter("gi_suspended")
  static Object giSuspended(Object self) {
    return ((PyGenerator) self).isSuspended();
  }

  /** Started and stopped at a yield, neither running nor finished ({@code FRAME_SUSPENDED}). */
  boolean isSuspended() {
    return started && !finished && !running;
  }

  @Getter("__name__")
  static Object nameAttr(Object self) {
    PyGenerator g = (PyGenerator) self;
    return g.name != null ? g.name : g.frame.code.name;
  }

  @Setter("__name__")
  static void setName(Object self, Object v) {
    ((PyGenerator) self).name = checkName(v, "__name__");
  }

  @Getter("__qualname__")
  static Object qualnameAttr(Object self) {
    PyGenerator g = (PyGenerator) self;
    return g.qualname != null ? g.qualname : g.frame.code.qualname;
  }

  @Setter("__qualname__")
  static void setQualname(Object self, Object v) {
    ((PyGenerator) self).qualname = checkName(v, "__qualname__");
  }

  private static Object checkName(Object v, String attr) {
    if (v == null || !org.taipan.object.PyUnicode.isStr(v)) {
      throw PyErr.format(PyExc.TypeError, "%s must be set to a string object", attr);
    }
    return v;
  }
}
