package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyCell;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;

/**
 * An execution frame, CPython 3.11's {@code _PyInterpreterFrame} together with the Python-visible
 * {@code frame} object ({@code Objects/frameobject.c}): the code, the namespaces, the "fast" locals
 * (locals, cells and free variables), the value stack and the instruction pointer. All the state
 * lives here rather than in Java locals, so a generator's frame can be suspended and resumed.
 */
public final class PyFrame {
  static final PyType TYPE =
      PyType.fromSpec(PyType.Spec.of("frame", PyFrame.class, MethodHandles.lookup()).notBaseType());

  final PyCode code;
  final PyDict globals;
  /**
   * The builtins namespace: a dict (the usual case), or whatever mapping a namespace's {@code
   * __builtins__} holds, as CPython's {@code f_builtins} (looked up by item then).
   */
  final Object builtins;
  /** The locals mapping of module and class bodies; null in optimized (function) frames. */
  Object locals;
  /**
   * The locals, cells and free variables, then the value stack: one array, as CPython's {@code
   * localsplus}, so a call allocates the frame and a single array.
   */
  final Object[] fast;
  /** The same array as {@link #fast}; the value stack starts at {@link #stackBase}. */
  final Object[] stack;
  /** Index in {@link #stack} of the bottom of the value stack ({@code co_nlocalsplus}). */
  final int stackBase;
  /** Index in {@link #stack} of the first free slot above the value stack. */
  int sp;
  /** Index (in code units) of the next instruction. */
  int ip;
  /** Index of the instruction being executed (for tracebacks and line numbers). */
  int lasti;
  PyFrame back;
  /** Keyword names set by {@code KW_NAMES} for the next {@code CALL}. */
  PyTuple kwnames;
  /** The function being run (for its closure), or null. */
  PyFunction function;
  /** Set by RERAISE and bare {@code raise}: do not add a traceback entry for this frame. */
  boolean reraising;
  /** Where a {@code RERAISE} that restored {@link #lasti} from the stack is (the handler search uses it). */
  int reraiseAt;
  /** How many exception handlers the frame is in (PUSH_EXC_INFO less POP_EXCEPT). */
  int handlers;
  /** Set when the frame returned by yielding rather than finishing. */
  boolean yielded;
  /** The generator running this frame, if any. */
  PyGenerator generator;

  PyFrame(PyCode code, PyDict globals, Object builtins, Object locals) {
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    int n = code.nlocalsplus();
    this.fast = new Object[n + code.stacksize + 1];
    this.stack = fast;
    this.stackBase = n;
    this.sp = n;
  }

  void push(Object v) {
    stack[sp++] = v;
  }

  Object pop() {
    Object v = stack[--sp];
    stack[sp] = null;
    return v;
  }

  Object top() {
    return stack[sp - 1];
  }

  Object peek(int n) {
    return stack[sp - n];
  }

  /** The current line number. */
  public int lineno() {
    return code.lineAt(lasti);
  }

  /** The code object. */
  public PyCode code() {
    return code;
  }

  /** The frame's locals as a dict (snapshot for function frames). */
  Object localsDict() {
    if (locals != null) {
      return locals;
    }
    PyDict d = new PyDict();
    String[] names = code.localsplusnames;
    for (int i = 0; i < names.length; i++) {
      Object v = fast[i];
      if (v instanceof PyCell c && (i >= code.nlocals || isCellSlot(i))) {
        v = c.value;
      }
      if (v != null) {
        d.put(names[i], v);
      }
    }
    return d;
  }

  private boolean isCellSlot(int i) {
    for (int a : code.cell2arg) {
      if (a == i) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return String.format(
        "<frame at 0x%x, file '%s', line %d, code %s>",
        System.identityHashCode(this), code.filename, lineno(), code.name);
  }

  static Object __repr__(Object self) {
    return self.toString();
  }

  /**
   * {@code frame.clear()}: drops the local variables of a frame that is not running; a suspended
   * generator's frame closes its generator first, as CPython's {@code frame_clear}.
   */
  @PythonMethod
  static Object clear(Object self) {
    PyFrame f = (PyFrame) self;
    for (PyFrame r = ThreadState.get().frame; r != null; r = r.back) {
      if (r == f) {
        throw PyErr.format(PyExc.RuntimeError, "cannot clear an executing frame");
      }
    }
    if (f.generator != null) {
      PyGenerator.close(f.generator);
    }
    java.util.Arrays.fill(f.fast, 0, f.stackBase, null);
    return PyNone.NONE;
  }

  @Getter("f_code")
  static Object fCode(Object self) {
    return ((PyFrame) self).code;
  }

  @Getter("f_lineno")
  static Object fLineno(Object self) {
    int line = ((PyFrame) self).lineno();
    return line < 0 ? PyNone.NONE : (Object) (long) line;
  }

  @Getter("f_lasti")
  static Object fLasti(Object self) {
    return (long) ((PyFrame) self).lasti * 2;
  }

  @Getter("f_globals")
  static Object fGlobals(Object self) {
    return ((PyFrame) self).globals;
  }

  @Getter("f_builtins")
  static Object fBuiltins(Object self) {
    return ((PyFrame) self).builtins;
  }

  @Getter("f_locals")
  static Object fLocals(Object self) {
    return ((PyFrame) self).localsDict();
  }

  @Getter("f_back")
  static Object fBack(Object self) {
    PyFrame b = ((PyFrame) self).back;
    return b == null ? PyNone.NONE : b;
  }
}
