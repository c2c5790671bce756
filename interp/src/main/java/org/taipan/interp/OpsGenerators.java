package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import org.taipan.object.Abstract;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/** The generator instructions: {@code RETURN_GENERATOR}, {@code GET_YIELD_FROM_ITER}, {@code SEND}. */
final class OpsGenerators {
  private OpsGenerators() {}

  /** Suspends a new generator's frame at its start and returns the generator object. */
  static Object returnGenerator(PyFrame f) {
    PyGenerator g;
    if ((f.code.flags & PyCode.CO_COROUTINE) != 0) {
      PyCoroutine c = new PyCoroutine(f);
      int depth = ThreadState.get().interp.coroutineOriginDepth;
      if (depth > 0) {
        c.recordOrigin(f.back, depth);
      }
      g = c;
    } else if ((f.code.flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
      g = new PyAsyncGenerator(f);
    } else {
      g = new PyGenerator(f);
    }
    f.generator = g;
    if (g.needsFinalizer()) {
      org.taipan.object.Finalizers.track(g);
    }
    return g;
  }

  /** Executes GET_YIELD_FROM_ITER or SEND; always returns true. */
  static boolean execute(PyFrame f, int op, int arg, int ip) {
    switch (op) {
      case GET_YIELD_FROM_ITER: {
        Object o = f.top();
        if (o instanceof PyCoroutine) {
          if ((f.code.flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
            throw PyErr.format(PyExc.TypeError,
                "cannot 'yield from' a coroutine object in a non-coroutine generator");
          }
        } else if (o.getClass() != PyGenerator.class) {
          // an async generator is a PyGenerator in Java but not iterable in Python
          f.pop();
          f.push(Abstract.iter(o));
        }
        return true;
      }
      case ASYNC_GEN_WRAP:
        f.push(new PyAsyncGenerator.Wrapped(f.pop()));
        return true;
      case GET_AITER: {
        Object o = f.pop();
        PyType t = PyType.of(o);
        Object aiter = t.lookup("__aiter__");
        if (aiter == null) {
          throw PyErr.format(PyExc.TypeError,
              "'async for' requires an object with __aiter__ method, got %s", t.getName());
        }
        Object it = Abstract.call(aiter, o);
        if (PyType.of(it).lookup("__anext__") == null) {
          throw PyErr.format(PyExc.TypeError,
              "'async for' received an object from __aiter__ that does not implement "
                  + "__anext__: %s", PyType.of(it).getName());
        }
        f.push(it);
        return true;
      }
      case GET_ANEXT: {
        Object it = f.top();
        if (it instanceof PyAsyncGenerator) {
          f.push(PyAsyncGenerator.anext(it));
          return true;
        }
        PyType t = PyType.of(it);
        Object anext = t.lookup("__anext__");
        if (anext == null) {
          throw PyErr.format(PyExc.TypeError,
              "'async for' requires an iterator with __anext__ method, got %s", t.getName());
        }
        Object awaitable = Abstract.call(anext, it);
        try {
          f.push(getAwaitable(awaitable, 0));
        } catch (PyException e) {
          if (e.matches(PyExc.TypeError)) {
            PyException re = PyErr.format(PyExc.TypeError,
                "'async for' received an invalid object from __anext__: %s",
                PyType.of(awaitable).getName());
            re.value.cause = e.value;
            re.value.context = e.value;
            re.value.suppressContext = true;
            throw re;
          }
          throw e;
        }
        return true;
      }
      case END_ASYNC_FOR: {
        Object exc = f.pop();
        if (exc instanceof PyBaseException be && be.getType().isSubtypeOf(PyExc.StopAsyncIteration)) {
          f.pop();
          return true;
        }
        f.reraiseAt = f.lasti;
        f.reraising = true;
        throw new PyException((PyBaseException) exc);
      }
      case BEFORE_ASYNC_WITH: {
        Object mgr = f.pop();
        PyType t = PyType.of(mgr);
        Object enter = t.lookup("__aenter__");
        Object exit = t.lookup("__aexit__");
        if (enter == null || exit == null) {
          throw PyErr.format(PyExc.TypeError,
              "'%s' object does not support the asynchronous context manager protocol%s",
              t.getName(), enter == null ? "" : " (missed __aexit__ method)");
        }
        f.push(Abstract.getAttr(mgr, "__aexit__"));
        f.push(Abstract.call(enter, mgr));
        return true;
      }
      case GET_AWAITABLE: {
        f.push(getAwaitable(f.pop(), arg));
        return true;
      }
      case SEND: {
        Object v = f.pop();
        Object it = f.top();
        Object r;
        try {
          if (it instanceof PyGenerator g) {
            r = g.sendOrNull(v);
          } else if (it instanceof PyCoroutine.Wrapper w) {
            r = w.coroutine().sendOrNull(v);
          } else if (v == PyNone.NONE) {
            r = Abstract.next(it);
            if (r == null) {
              r = PyGenerator.RETURNED;
              PyGenerator.lastReturn.set(PyNone.NONE);
            }
          } else {
            r = Abstract.callMethod(it, "send", v);
          }
        } catch (PyException e) {
          if (e.matches(PyExc.StopIteration)) {
            Object value = e.value.attr("value");
            f.pop();
            f.push(value == null ? PyNone.NONE : value);
            f.ip = ip + arg;
            return true;
          }
          throw e;
        }
        if (r == PyGenerator.RETURNED) {
          f.pop();
          Object value = PyGenerator.lastReturn.get();
          PyGenerator.lastReturn.set(null);
          f.push(value == null ? PyNone.NONE : value);
          f.ip = ip + arg;
          return true;
        }
        f.push(r);
        return true;
      }
      default:
        throw PyErr.format(PyExc.SystemError, "bad generator op");
    }
  }

  /**
   * The iterator {@code await o} drives ({@code _PyCoro_GetAwaitableIter} and GET_AWAITABLE):
   * a coroutine itself, or a generator whose code {@code types.coroutine} flagged {@code
   * CO_ITERABLE_COROUTINE}, otherwise what its type's {@code __await__} returns.
   *
   * @param where 1 after {@code __aenter__}, 2 after {@code __aexit__}, for the message
   */
  static Object getAwaitable(Object o, int where) {
    Object iter;
    if (o instanceof PyCoroutine c) {
      iter = c;
    } else if (o.getClass() == PyGenerator.class
        && (((PyGenerator) o).frame.code.flags & PyCode.CO_ITERABLE_COROUTINE) != 0) {
      iter = o;
    } else {
      Object await = PyType.of(o).lookup("__await__");
      if (await == null) {
        if (where == 1) {
          throw PyErr.format(PyExc.TypeError,
              "'async with' received an object from __aenter__ that does not implement "
                  + "__await__: %s", PyType.of(o).getName());
        } else if (where == 2) {
          throw PyErr.format(PyExc.TypeError,
              "'async with' received an object from __aexit__ that does not implement "
                  + "__await__: %s", PyType.of(o).getName());
        }
        throw PyErr.format(PyExc.TypeError,
            "object %s can't be used in 'await' expression", PyType.of(o).getName());
      }
      iter = Abstract.call(await, o);
      if (iter instanceof PyCoroutine) {
        throw PyErr.format(PyExc.TypeError, "__await__() returned a coroutine");
      }
      if (PyType.of(iter).lookup("__next__") == null) {
        throw PyErr.format(PyExc.TypeError,
            "__await__() returned non-iterator of type '%s'", PyType.of(iter).getName());
      }
    }
    if (iter instanceof PyCoroutine c && c.delegate() != null) {
      throw PyErr.format(PyExc.RuntimeError, "coroutine is being awaited already");
    }
    return iter;
  }
}
