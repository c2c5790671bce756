package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import java.util.List;
import java.util.Map;
import org.taipan.object.Abstract;
import org.taipan.object.PyBuiltinFunction;
import org.taipan.object.PyCell;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The call instructions: {@code CALL} (with 3.11's method/NULL stack convention and {@code
 * KW_NAMES}), {@code CALL_FUNCTION_EX}, {@code MAKE_FUNCTION} and {@code LOAD_BUILD_CLASS}.
 */
final class OpsCalls {
  private OpsCalls() {}

  private static final String[] NO_KW = null;

  /**
   * {@code CALL} of a Python function whose parameters are all positional (no {@code *args}, no
   * {@code **kwargs}, no keyword-only ones) with positional arguments only, enough of them with
   * the defaults: the arguments go from the caller's stack straight into the new frame, without an
   * argument array or {@link ArgBinder}. Returns null (and leaves the stack alone) when the call
   * is not of that kind.
   */
  static Object callPythonExact(PyFrame f, ThreadState ts, Object[] stack, int sp, int n) {
    if (f.kwnames != null) {
      return null;
    }
    int bottom = sp - n - 2;
    Object callable = stack[bottom];
    int from;
    if (callable != null) {
      from = bottom + 1;
    } else {
      callable = stack[bottom + 1];
      from = bottom + 2;
    }
    if (!(callable instanceof PyFunction fn)) {
      return null;
    }
    PyCode co = fn.code;
    int nargs = sp - from;
    int argc = co.argcount;
    if (nargs != argc) {
      Object[] defaults = fn.defaults;
      if (nargs > argc || defaults == null || nargs < argc - defaults.length) {
        return null;
      }
    }
    // not optimized: module code made a function runs with its globals as locals
    if ((co.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS | PyCode.CO_OPTIMIZED))
            != PyCode.CO_OPTIMIZED || co.kwonlyargcount != 0) {
      return null;
    }
    PyFrame nf = new PyFrame(co, fn.globals, fn.builtins, null);
    nf.function = fn;
    Object[] fast = nf.fast;
    System.arraycopy(stack, from, fast, 0, nargs);
    if (nargs < argc) {
      Object[] defaults = fn.defaults;
      System.arraycopy(defaults, defaults.length - (argc - nargs), fast, nargs, argc - nargs);
    }
    for (int i = bottom; i < sp; i++) {
      stack[i] = null;
    }
    return Interpreter.run(nf, ts);
  }

  /**
   * {@code CALL_PY_EXACT_ARGS}: the call its cache describes (the function's code, the argument
   * count, the defaults that fill in), or null when the guards fail.
   */
  static Object callPyExactArgs(
      PyFrame f, ThreadState ts, Specializer.CallCache c, Object[] stack, int sp, int n) {
    int bottom = sp - n - 2;
    Object callable = stack[bottom];
    int from;
    if (callable != null) {
      from = bottom + 1;
    } else {
      callable = stack[bottom + 1];
      from = bottom + 2;
    }
    if (!(callable instanceof PyFunction fn) || fn.code != c.code || sp - from != c.nargs
        || f.kwnames != null) {
      return null;
    }
    Object[] defaults = c.defaults;
    if (defaults != null && fn.defaults != defaults) {
      return null;
    }
    PyCode co = c.code;
    PyFrame nf = new PyFrame(co, fn.globals, fn.builtins, null);
    nf.function = fn;
    Object[] fast = nf.fast;
    int nargs = c.nargs;
    System.arraycopy(stack, from, fast, 0, nargs);
    if (defaults != null) {
      int missing = co.argcount - nargs;
      System.arraycopy(defaults, defaults.length - missing, fast, nargs, missing);
    }
    for (int i = bottom; i < sp; i++) {
      stack[i] = null;
    }
    return Interpreter.run(nf, ts);
  }

  /**
   * {@code LOAD_ATTR_PROPERTY}: calls the property's getter on {@code o} when it is a Python
   * function of one positional parameter, or returns null.
   */
  static Object callGetter(ThreadState ts, org.taipan.object.PyProperty p, Object o) {
    if (!(p.getter() instanceof PyFunction fn) || !takesOnePositional(fn)) {
      return null;
    }
    PyFrame nf = new PyFrame(fn.code, fn.globals, fn.builtins, null);
    nf.function = fn;
    nf.fast[0] = o;
    return Interpreter.run(nf, ts);
  }

  /** Whether {@code fn}'s parameters are exactly one positional parameter. */
  static boolean takesOnePositional(PyFunction fn) {
    PyCode co = fn.code;
    return co.argcount == 1 && co.kwonlyargcount == 0
        && (co.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS | PyCode.CO_OPTIMIZED))
            == PyCode.CO_OPTIMIZED;
  }

  /** {@code CALL_BUILTIN}: a builtin function with positional arguments, or null if not one. */
  static Object callBuiltin(PyFrame f, Object[] stack, int sp, int n) {
    if (f.kwnames != null) {
      return null;
    }
    int bottom = sp - n - 2;
    Object callable = stack[bottom];
    int from;
    if (callable != null) {
      from = bottom + 1;
    } else {
      callable = stack[bottom + 1];
      from = bottom + 2;
    }
    if (callable.getClass() != PyBuiltinFunction.class) {
      return null;
    }
    Object[] args = java.util.Arrays.copyOfRange(stack, from, sp);
    for (int i = bottom; i < sp; i++) {
      stack[i] = null;
    }
    Object r = ((PyBuiltinFunction) callable).call(args, null);
    return r == null ? org.taipan.object.PyNone.NONE : r;
  }

  static void execute(PyFrame f, ThreadState ts, int op, int arg) {
    switch (op) {
      case CALL: {
        int n = arg;
        Object[] stack = f.stack;
        int sp = f.sp;
        Object meth = stack[sp - n - 2];
        Object callable;
        Object[] args;
        if (meth != null) {
          callable = meth;
          args = new Object[n + 1];
          System.arraycopy(stack, sp - n - 1, args, 0, n + 1);
        } else {
          callable = stack[sp - n - 1];
          args = new Object[n];
          System.arraycopy(stack, sp - n, args, 0, n);
        }
        String[] kw = NO_KW;
        if (f.kwnames != null) {
          PyTuple t = f.kwnames;
          kw = new String[t.size()];
          for (int i = 0; i < kw.length; i++) {
            kw[i] = (String) t.get(i);
          }
          f.kwnames = null;
        }
        for (int i = sp - n - 2; i < sp; i++) {
          stack[i] = null;
        }
        f.sp = sp - n - 2;
        f.push(Abstract.call(callable, args, kw));
        break;
      }
      case CALL_FUNCTION_EX: {
        Object kwargs = (arg & 1) != 0 ? f.pop() : null;
        Object callargs = f.pop();
        Object func = f.pop();
        f.pop();
        if (!(callargs instanceof PyTuple) || PyType.of(callargs) != PyType.of(PyTuple.EMPTY)) {
          // check_args_iterable: neither iterable nor a sequence
          PyType ct = PyType.of(callargs);
          if (!ct.hasSlot(org.taipan.object.SpecialMethod.op_iter)
              && (!ct.hasSlot(org.taipan.object.SpecialMethod.op_getitem)
                  || callargs instanceof PyDict)) {
            throw PyErr.format(
                PyExc.TypeError,
                "%s argument after * must be an iterable, not %s",
                funcDesc(func),
                ct.getName());
          }
          callargs = PyTuple.fromIterable(callargs);
        }
        Object[] pos = ((PyTuple) callargs).toArray();
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
          f.push(Abstract.call(func, pos, null));
          break;
        }
        PyDict kd = (PyDict) kwargs;
        List<Map.Entry<Object, Object>> es = kd.entries();
        Object[] all = new Object[pos.length + es.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        String[] names = new String[es.size()];
        for (int i = 0; i < names.length; i++) {
          Object k = es.get(i).getKey();
          if (!PyUnicode.isStr(k)) {
            throw PyErr.format(PyExc.TypeError, "keywords must be strings");
          }
          names[i] = PyUnicode.asJavaString(k);
          all[pos.length + i] = es.get(i).getValue();
        }
        f.push(Abstract.call(func, all, names));
        break;
      }
      case MAKE_FUNCTION: {
        PyCode code = (PyCode) f.pop();
        PyCell[] closure = null;
        if ((arg & 8) != 0) {
          PyTuple t = (PyTuple) f.pop();
          closure = new PyCell[t.size()];
          for (int i = 0; i < closure.length; i++) {
            closure[i] = (PyCell) t.get(i);
          }
        }
        Object annotations = (arg & 4) != 0 ? f.pop() : null;
        PyDict kwdefaults = (arg & 2) != 0 ? (PyDict) f.pop() : null;
        PyTuple defaults = (arg & 1) != 0 ? (PyTuple) f.pop() : null;
        PyFunction fn = new PyFunction(code, f.globals, f.builtins, closure);
        fn.defaults = defaults == null ? null : defaults.toArray();
        fn.kwdefaults = kwdefaults;
        if (annotations instanceof PyTuple at) {
          PyDict ad = new PyDict();
          for (int i = 0; i + 1 < at.size(); i += 2) {
            ad.put(at.get(i), at.get(i + 1));
          }
          fn.annotations = ad;
        }
        f.push(fn);
        break;
      }
      case LOAD_BUILD_CLASS: {
        Object bc = Interpreter.builtinsGet(f.builtins, "__build_class__");
        if (bc == null) {
          throw PyErr.format(PyExc.NameError, "__build_class__ not found");
        }
        f.push(bc);
        break;
      }
      default:
        throw new IllegalStateException(Opcode.name(op));
    }
  }

  /** A description of a callable for argument errors ({@code _PyObject_FunctionStr}). */
  static String funcDesc(Object func) {
    if (func instanceof PyFunction fn) {
      if (fn.module instanceof String m && !m.equals("builtins")) {
        return m + "." + fn.qualname + "()";
      }
      return fn.qualname + "()";
    }
    Object qn = Abstract.lookupAttr(func, "__qualname__");
    if (qn == null) {
      return Abstract.strJava(func);
    }
    Object module = Abstract.lookupAttr(func, "__module__");
    if (module != null && module != PyNone.NONE
        && !(PyUnicode.isStr(module) && PyUnicode.asJavaString(module).equals("builtins"))) {
      return Abstract.strJava(module) + "." + Abstract.strJava(qn) + "()";
    }
    return Abstract.strJava(qn) + "()";
  }
}
