package org.taipan.interp;

import static org.taipan.interp.Opcode.*;

import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyList;
import org.taipan.object.PyTuple;

/**
 * The adaptive forms of the specializable instructions and the way back from a specialized form
 * that missed, kept out of the dispatch loop: an adaptive instruction counts down and asks the
 * {@link Specializer} for a specialized form, then (as a miss does) runs the generic instruction.
 * Methods taking the frame alone work on {@code f.sp}, as the other instruction families do.
 */
final class OpsAdaptive {
  private OpsAdaptive() {}

  // ---------------------------------------------------------------- LOAD_GLOBAL

  static void loadGlobal(PyFrame f, Quickened q, int at, int arg) {
    if (Specializer.tick(q, at)) {
      Specializer.loadGlobal(f, q, at, arg);
    }
    genericLoadGlobal(f, arg);
  }

  static void loadGlobalMiss(PyFrame f, Quickened q, int at, int arg) {
    Specializer.miss(q, at, LOAD_GLOBAL, SpecStats.LOAD_GLOBAL);
    genericLoadGlobal(f, arg);
  }

  private static void genericLoadGlobal(PyFrame f, int arg) {
    if ((arg & 1) != 0) {
      f.push(null);
    }
    f.push(Interpreter.loadGlobal(f, f.code.names[arg >> 1]));
  }

  // ---------------------------------------------------------------- attributes and items

  static void loadAttr(PyFrame f, Quickened q, int at, int arg) {
    if (Specializer.tick(q, at)) {
      Specializer.loadAttr(f, q, at, arg);
    }
    OpsNames.execute(f, LOAD_ATTR, arg);
  }

  static void loadAttrMiss(PyFrame f, Quickened q, int at, int arg) {
    Specializer.miss(q, at, LOAD_ATTR, SpecStats.LOAD_ATTR);
    OpsNames.execute(f, LOAD_ATTR, arg);
  }

  static void loadMethod(PyFrame f, Quickened q, int at, int arg) {
    if (Specializer.tick(q, at)) {
      Specializer.loadMethod(f, q, at, arg);
    }
    OpsNames.execute(f, LOAD_METHOD, arg);
  }

  static void loadMethodMiss(PyFrame f, Quickened q, int at, int arg) {
    Specializer.miss(q, at, LOAD_METHOD, SpecStats.LOAD_METHOD);
    OpsNames.execute(f, LOAD_METHOD, arg);
  }

  static void storeAttr(PyFrame f, Quickened q, int at, int arg) {
    if (Specializer.tick(q, at)) {
      Specializer.storeAttr(f, q, at, arg);
    }
    OpsNames.execute(f, STORE_ATTR, arg);
  }

  static void storeAttrMiss(PyFrame f, Quickened q, int at, int arg) {
    Specializer.miss(q, at, STORE_ATTR, SpecStats.STORE_ATTR);
    OpsNames.execute(f, STORE_ATTR, arg);
  }

  /**
   * {@code STORE_ATTR_INSTANCE}'s body, once the type's version has said it has no descriptor of
   * that name: the instance dict's entry at the hint, else a put (a new attribute).
   */
  static boolean storeInstanceAttr(PyDict d, Specializer.AttrCache c, Object v) {
    if (!d.storeIfKeyAt(c.index, c.name, v)) {
      d.put(c.name, v);
    }
    return true;
  }

  static Object binarySubscr(Quickened q, int at, Object c, Object k) {
    if (Specializer.tick(q, at)) {
      Specializer.binarySubscr(q, at, c, k);
    }
    return genericSubscr(c, k);
  }

  static Object binarySubscrMiss(Quickened q, int at, Object c, Object k) {
    Specializer.miss(q, at, BINARY_SUBSCR, SpecStats.BINARY_SUBSCR);
    return genericSubscr(c, k);
  }

  private static Object genericSubscr(Object c, Object k) {
    if (c.getClass() == PyList.class && k instanceof Long i) {
      return ((PyList) c).getItem(i);
    }
    return Abstract.getItem(c, k);
  }

  // ---------------------------------------------------------------- operators

  static Object binaryOp(Quickened q, int at, int arg, Object v, Object w) {
    if (Specializer.tick(q, at)) {
      Specializer.binaryOp(q, at, arg, v, w);
    }
    return Interpreter.binaryOp(arg, v, w);
  }

  static Object binaryOpMiss(Quickened q, int at, int arg, Object v, Object w) {
    Specializer.miss(q, at, BINARY_OP, SpecStats.BINARY_OP);
    return Interpreter.binaryOp(arg, v, w);
  }

  static Object compareOp(Quickened q, int at, int arg, Object v, Object w) {
    if (Specializer.tick(q, at)) {
      Specializer.compareOp(q, at, v, w);
    }
    return Interpreter.compareOp(arg, v, w);
  }

  static Object compareOpMiss(Quickened q, int at, int arg, Object v, Object w) {
    Specializer.miss(q, at, COMPARE_OP, SpecStats.COMPARE_OP);
    return Interpreter.compareOp(arg, v, w);
  }

  // ---------------------------------------------------------------- calls and iteration

  static void call(PyFrame f, ThreadState ts, Quickened q, int at, int arg) {
    if (Specializer.tick(q, at)) {
      Specializer.call(f, q, at, arg);
    }
    genericCall(f, ts, arg);
  }

  static void callMiss(PyFrame f, ThreadState ts, Quickened q, int at, int arg) {
    Specializer.miss(q, at, CALL, SpecStats.CALL);
    genericCall(f, ts, arg);
  }

  private static void genericCall(PyFrame f, ThreadState ts, int arg) {
    Object r = OpsCalls.callPythonExact(f, ts, f.stack, f.sp, arg);
    if (r != null) {
      f.sp -= arg + 2;
      f.push(r);
    } else {
      OpsCalls.execute(f, ts, CALL, arg);
    }
  }

  /** The next item of the iterator, or null when it is exhausted. */
  static Object forIter(Quickened q, int at, Object it) {
    if (Specializer.tick(q, at)) {
      Specializer.forIter(q, at, it);
    }
    return Abstract.next(it);
  }

  static Object forIterMiss(Quickened q, int at, Object it) {
    Specializer.miss(q, at, FOR_ITER, SpecStats.FOR_ITER);
    return Abstract.next(it);
  }

  static void unpackSequence(PyFrame f, Quickened q, int at, int arg) {
    if (Specializer.tick(q, at)) {
      Specializer.unpackSequence(q, at, arg, f.top());
    }
    OpsBuild.execute(f, UNPACK_SEQUENCE, arg);
  }

  static void unpackSequenceMiss(PyFrame f, Quickened q, int at, int arg) {
    Specializer.miss(q, at, UNPACK_SEQUENCE, SpecStats.UNPACK_SEQUENCE);
    OpsBuild.execute(f, UNPACK_SEQUENCE, arg);
  }

  /** Pushes the items of a tuple of the right length (the specialized forms' body). */
  static int pushReversed(Object[] stack, int sp, PyTuple t, int n) {
    for (int i = n - 1; i >= 0; i--) {
      stack[sp++] = t.get(i);
    }
    return sp;
  }

  static int pushReversed(Object[] stack, int sp, PyList l, int n) {
    for (int i = n - 1; i >= 0; i--) {
      stack[sp++] = l.get(i);
    }
    return sp;
  }
}
