package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import org.taipan.object.Abstract;
import org.taipan.object.PyCell;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;

/**
 * The name, attribute and item instructions: {@code LOAD_NAME}, {@code LOAD_GLOBAL}, {@code
 * LOAD_DEREF}, {@code LOAD_ATTR}, {@code LOAD_METHOD}, {@code BINARY_SUBSCR} and their store and
 * delete forms (CPython's {@code Python/ceval.c} cases of the same names).
 */
final class OpsNames {
  private OpsNames() {}

  /** Unlike a NameError, the UnboundLocalError has no {@code name} (format_exc_check_arg). */
  static PyException unboundLocal(PyFrame f, int i) {
    return PyErr.format(
        PyExc.UnboundLocalError,
        "cannot access local variable '%s' where it is not associated with a value",
        f.code.localsplusnames[i]);
  }

  private static PyException unboundDeref(PyFrame f, int i) {
    PyCode c = f.code;
    String name = c.localsplusnames[i];
    if (i >= c.localsplusnames.length - c.nfrees) {
      PyException e =
          PyErr.format(
              PyExc.NameError,
              "cannot access free variable '%s' where it is not associated with a value in"
                  + " enclosing scope",
              name);
      e.value.getDict().put("name", name);
      return e;
    }
    return unboundLocal(f, i);
  }

  /**
   * Whether a namespace is a plain dict: a subclass's {@code __getitem__}/{@code __setitem__}
   * (enum's {@code _EnumDict}) must run, as CPython's {@code PyDict_CheckExact} tests decide.
   */
  private static boolean exactDict(PyDict d) {
    return d.getClass() == PyDict.class;
  }

  private static Object localsGet(Object locals, String name) {
    if (locals instanceof PyDict d && exactDict(d)) {
      return d.get(name);
    }
    try {
      return Abstract.getItem(locals, name);
    } catch (PyException e) {
      if (e.matches(PyExc.KeyError)) {
        return null;
      }
      throw e;
    }
  }

  static void execute(PyFrame f, int op, int arg) {
    String[] names = f.code.names;
    switch (op) {
      case LOAD_NAME: {
        String name = names[arg];
        Object v = f.locals == null ? null : localsGet(f.locals, name);
        if (v == null) {
          v = f.globals.get(name);
          if (v == null) {
            v = Interpreter.builtinsGet(f.builtins, name);
            if (v == null) {
              throw PyErr.nameError(name);
            }
          }
        }
        f.push(v);
        break;
      }
      case STORE_NAME: {
        Object v = f.pop();
        if (f.locals instanceof PyDict d && exactDict(d)) {
          d.put(names[arg], v);
        } else if (f.locals == null) {
          throw PyErr.format(PyExc.SystemError, "no locals found when storing %s",
              org.taipan.object.PyUnicode.repr(names[arg]));
        } else {
          Abstract.setItem(f.locals, names[arg], v);
        }
        break;
      }
      case DELETE_NAME: {
        String name = names[arg];
        boolean ok;
        if (f.locals instanceof PyDict d && exactDict(d)) {
          ok = d.remove(name) != null;
        } else if (f.locals == null) {
          throw PyErr.format(PyExc.SystemError, "no locals when deleting %s",
              org.taipan.object.PyUnicode.repr(name));
        } else {
          try {
            Abstract.delItem(f.locals, name);
            ok = true;
          } catch (PyException e) {
            if (!e.matches(PyExc.KeyError)) {
              throw e;
            }
            ok = false;
          }
        }
        if (!ok) {
          throw PyErr.nameError(name);
        }
        break;
      }
      case LOAD_GLOBAL: {
        if ((arg & 1) != 0) {
          f.push(null);
        }
        f.push(Interpreter.loadGlobal(f, names[arg >> 1]));
        break;
      }
      case STORE_GLOBAL:
        f.globals.put(names[arg], f.pop());
        break;
      case DELETE_GLOBAL:
        if (f.globals.remove(names[arg]) == null) {
          throw PyErr.nameError(names[arg]);
        }
        break;
      case LOAD_DEREF: {
        Object v = ((PyCell) f.fast[arg]).value;
        if (v == null) {
          throw unboundDeref(f, arg);
        }
        f.push(v);
        break;
      }
      case LOAD_CLASSDEREF: {
        String name = f.code.localsplusnames[arg];
        Object v = f.locals == null ? null : localsGet(f.locals, name);
        if (v == null) {
          v = ((PyCell) f.fast[arg]).value;
          if (v == null) {
            throw unboundDeref(f, arg);
          }
        }
        f.push(v);
        break;
      }
      case STORE_DEREF:
        ((PyCell) f.fast[arg]).value = f.pop();
        break;
      case DELETE_DEREF: {
        PyCell c = (PyCell) f.fast[arg];
        if (c.value == null) {
          throw unboundDeref(f, arg);
        }
        c.value = null;
        break;
      }
      case LOAD_CLOSURE:
        f.push(f.fast[arg]);
        break;
      case MAKE_CELL:
        f.fast[arg] = new PyCell(f.fast[arg]);
        break;
      case COPY_FREE_VARS: {
        PyCell[] closure = f.function.closure;
        int off = f.code.localsplusnames.length - arg;
        System.arraycopy(closure, 0, f.fast, off, arg);
        break;
      }
      case LOAD_ATTR: {
        Object o = f.pop();
        f.push(Abstract.getAttr(o, names[arg]));
        break;
      }
      case LOAD_METHOD: {
        Object o = f.pop();
        Object[] m = Abstract.getMethod(o, names[arg]);
        if (m[1] != null) {
          f.push(m[0]);
          f.push(m[1]);
        } else {
          f.push(null);
          f.push(m[0]);
        }
        break;
      }
      case STORE_ATTR: {
        Object o = f.pop();
        Object v = f.pop();
        Abstract.setAttr(o, names[arg], v);
        break;
      }
      case DELETE_ATTR:
        Abstract.delAttr(f.pop(), names[arg]);
        break;
      case BINARY_SUBSCR: {
        Object key = f.pop();
        Object container = f.pop();
        if (container instanceof PyList l && container.getClass() == PyList.class
            && key instanceof Long i) {
          f.push(l.getItem(i));
        } else {
          f.push(Abstract.getItem(container, key));
        }
        break;
      }
      case STORE_SUBSCR: {
        Object key = f.pop();
        Object container = f.pop();
        Object v = f.pop();
        if (container.getClass() == PyList.class && key instanceof Long i) {
          // list[int] = v in range: list_ass_item without the slot call
          PyList l = (PyList) container;
          long j = i < 0 ? i + l.size() : i;
          if (j >= 0 && j < l.size()) {
            l.set((int) j, v);
            break;
          }
        }
        Abstract.setItem(container, key, v);
        break;
      }
      case DELETE_SUBSCR: {
        Object key = f.pop();
        Object container = f.pop();
        Abstract.delItem(container, key);
        break;
      }
      default:
        throw new IllegalStateException(Opcode.name(op));
    }
  }
}
