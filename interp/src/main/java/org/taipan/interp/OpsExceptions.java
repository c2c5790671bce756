package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import org.taipan.object.Abstract;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyBaseExceptionGroup;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * The exception and {@code with} instructions: {@code RAISE_VARARGS} ({@code do_raise}), {@code
 * RERAISE}, {@code PUSH_EXC_INFO}, {@code POP_EXCEPT}, {@code CHECK_EXC_MATCH}, the {@code
 * except*} pair {@code CHECK_EG_MATCH} and {@code PREP_RERAISE_STAR}, {@code BEFORE_WITH} and {@code WITH_EXCEPT_START}.
 */
final class OpsExceptions {
  private OpsExceptions() {}

  /** Makes an exception instance from a raised class or instance. */
  static PyBaseException instantiate(Object o, String what) {
    if (o instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
      Object e = t.call(new Object[0], null);
      if (e instanceof PyBaseException be) {
        return be;
      }
      throw PyErr.format(
          PyExc.TypeError,
          "calling %s should have returned an instance of BaseException, not %s",
          Abstract.reprJava(t),
          PyType.of(e).getName());
    }
    if (o instanceof PyBaseException be) {
      return be;
    }
    throw PyErr.format(PyExc.TypeError, what);
  }

  static void execute(PyFrame f, ThreadState ts, int op, int arg) {
    switch (op) {
      case RAISE_VARARGS: {
        if (arg == 0) {
          PyBaseException cur = ts.handled;
          if (cur == null) {
            throw PyErr.format(PyExc.RuntimeError, "No active exception to reraise");
          }
          f.reraiseAt = f.lasti;
          f.reraising = true;
          throw new PyException(cur);
        }
        Object cause = arg == 2 ? f.pop() : null;
        PyBaseException exc =
            instantiate(f.pop(), "exceptions must derive from BaseException");
        if (cause != null) {
          if (cause == PyNone.NONE) {
            exc.cause = null;
          } else {
            exc.cause = instantiate(cause, "exception causes must derive from BaseException");
          }
          exc.suppressContext = true;
        }
        throw new PyException(exc);
      }
      case RERAISE: {
        // As CPython, the frame's last instruction goes back to the one the handler was entered
        // from (its f_lineno shows that line), while the handler search uses the RERAISE itself.
        f.reraiseAt = f.lasti;
        if (arg != 0 && f.peek(arg + 1) instanceof Long lasti) {
          f.lasti = (int) (long) lasti;
        }
        Object exc = f.pop();
        f.reraising = true;
        throw new PyException((PyBaseException) exc);
      }
      case PUSH_EXC_INFO: {
        Object exc = f.pop();
        // a generator has an exception state of its own: outside its handlers, none
        boolean own = f.generator != null && f.handlers == 0;
        f.push(ts.handled == null || own ? PyNone.NONE : ts.handled);
        ts.handled = (PyBaseException) exc;
        f.push(exc);
        f.handlers++;
        break;
      }
      case POP_EXCEPT: {
        f.handlers--;
        Object prev = f.pop();
        if (prev == PyNone.NONE && f.generator != null) {
          // back to what the generator's caller handles, as sys.exc_info falls through to it
          ts.handled = f.generator.callerHandled;
        } else {
          ts.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
        }
        break;
      }
      case CHECK_EXC_MATCH: {
        Object type = f.pop();
        Object exc = f.top();
        checkCatchable(type);
        f.push(Abstract.isInstance(exc, type));
        break;
      }
      case CHECK_EG_MATCH: {
        // [exc, type] -> [exc, None] when nothing matches, else [rest, match]
        Object type = f.pop();
        checkCatchable(type);
        refuseGroupType(type);
        Object exc = f.top();
        Object[] matchRest = groupMatch(exc, type);
        if (matchRest[0] == PyNone.NONE) {
          f.push(PyNone.NONE);
        } else {
          f.pop();
          f.push(matchRest[1]);
          f.push(matchRest[0]);
          ts.handled = (PyBaseException) matchRest[0];
        }
        break;
      }
      case PREP_RERAISE_STAR: {
        Object raised = f.pop();
        Object orig = f.pop();
        f.push(PyBaseExceptionGroup.prepareReraiseStar(orig, (PyList) raised));
        break;
      }
      case BEFORE_WITH: {
        Object mgr = f.pop();
        PyType t = PyType.of(mgr);
        // special-method lookups (on the type, through descriptors), __enter__ first
        Object enter = Abstract.lookupSpecial(mgr, "__enter__");
        Object exit = enter == null ? null : Abstract.lookupSpecial(mgr, "__exit__");
        if (enter == null || exit == null) {
          throw PyErr.format(PyExc.TypeError,
              "'%s' object does not support the context manager protocol%s",
              t.getName(), enter == null ? "" : " (missed __exit__ method)");
        }
        f.push(exit);
        f.push(Abstract.call(enter));
        break;
      }
      case WITH_EXCEPT_START: {
        Object val = f.top();
        Object exitFunc = f.peek(4);
        PyBaseException e = (PyBaseException) val;
        Object tb = e.traceback == null ? PyNone.NONE : e.traceback;
        f.push(Abstract.call(exitFunc, e.getType(), val, tb));
        break;
      }
      case LOAD_ASSERTION_ERROR:
        f.push(PyExc.AssertionError);
        break;
      default:
        throw new IllegalStateException(Opcode.name(op));
    }
  }

  private static void checkCatchable(Object type) {
    if (type instanceof PyTuple t) {
      for (int i = 0; i < t.size(); i++) {
        checkCatchable(t.get(i));
      }
      return;
    }
    if (!(type instanceof PyType pt) || !pt.isSubtypeOf(PyExc.BaseException)) {
      throw PyErr.format(
          PyExc.TypeError,
          "catching classes that do not inherit from BaseException is not allowed");
    }
  }

  /** Refuses {@code except* T} where T is an exception group type ({@code check_except_star_type_valid}). */
  private static void refuseGroupType(Object type) {
    boolean group = false;
    if (type instanceof PyTuple t) {
      for (int i = 0; i < t.size() && !group; i++) {
        group = ((PyType) t.get(i)).isSubtypeOf(PyExc.BaseExceptionGroup);
      }
    } else {
      group = ((PyType) type).isSubtypeOf(PyExc.BaseExceptionGroup);
    }
    if (group) {
      throw PyErr.format(
          PyExc.TypeError,
          "catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
  }

  /**
   * The part of {@code exc} that {@code except* type} handles and the rest, None for nothing
   * ({@code exception_group_match}): a matching exception that is not a group is wrapped in one
   * with an empty message; a group is split by its own {@code split} method.
   */
  private static Object[] groupMatch(Object exc, Object type) {
    if (exceptionMatches(PyType.of(exc), type)) {
      Object match =
          exc instanceof PyBaseExceptionGroup
              ? exc
              : PyBaseExceptionGroup.create("", new PyTuple(exc));
      return new Object[] {match, PyNone.NONE};
    }
    if (exc instanceof PyBaseExceptionGroup) {
      PyTuple pair = (PyTuple) Abstract.callMethod(exc, "split", type);
      return new Object[] {pair.get(0), pair.get(1)};
    }
    return new Object[] {PyNone.NONE, PyNone.NONE};
  }

  /** {@code PyErr_GivenExceptionMatches} for the type of an exception. */
  private static boolean exceptionMatches(PyType t, Object type) {
    if (type instanceof PyTuple tup) {
      for (int i = 0; i < tup.size(); i++) {
        if (exceptionMatches(t, tup.get(i))) {
          return true;
        }
      }
      return false;
    }
    return type instanceof PyType pt && t.isSubtypeOf(pt);
  }
}
