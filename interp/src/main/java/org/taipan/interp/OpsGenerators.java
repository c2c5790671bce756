package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;

/** The generator instructions: {@code RETURN_GENERATOR}, {@code GET_YIELD_FROM_ITER}, {@code SEND}. */
final class OpsGenerators {
  private OpsGenerators() {}

  /** Suspends a new generator's frame at its start and returns the generator object. */
  static Object returnGenerator(PyFrame f) {
    PyGenerator g = new PyGenerator(f);
    f.generator = g;
    return g;
  }

  /** Executes GET_YIELD_FROM_ITER or SEND; always returns true. */
  static boolean execute(PyFrame f, int op, int arg, int ip) {
    switch (op) {
      case GET_YIELD_FROM_ITER: {
        Object o = f.top();
        if (!(o instanceof PyGenerator)) {
          f.pop();
          f.push(Abstract.iter(o));
        }
        return true;
      }
      case SEND: {
        Object v = f.pop();
        Object it = f.top();
        Object r;
        try {
          if (it instanceof PyGenerator g) {
            r = g.sendOrNull(v);
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
}
