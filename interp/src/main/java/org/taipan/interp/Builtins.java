package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.KeywordOnly;
import org.taipan.api.expose.PositionalOnly;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.BuiltinIterators;
import org.taipan.object.Exposer;
import org.taipan.object.PyBytes;
import org.taipan.object.PyCell;
import org.taipan.object.PyClassMethod;
import org.taipan.object.PyDict;
import org.taipan.object.PyEllipsis;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyLong;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNotImplemented;
import org.taipan.object.PyNumber;
import org.taipan.object.PyProperty;
import org.taipan.object.PyRange;
import org.taipan.object.PySet;
import org.taipan.object.PySlice;
import org.taipan.object.PyStaticMethod;
import org.taipan.object.PySuper;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.SpecialMethod;

/**
 * The {@code builtins} module, CPython's {@code Python/bltinmodule.c}: the builtin functions, and
 * the builtin types and exceptions bound to their names.
 */
@PythonModule("builtins")
final class Builtins {
  private Builtins() {}

  static PyModule create(InterpreterState interp) {
    PyModule m = new PyModule("builtins");
    m.put(
        "__doc__",
        "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil'"
            + " object; Ellipsis represents `...' in slices.");
    for (Map.Entry<String, Object> e :
        Exposer.moduleFunctions(Builtins.class, MethodHandles.lookup(), "builtins").entrySet()) {
      m.put(e.getKey(), e.getValue());
    }
    m.put("object", PyType.OBJECT);
    m.put("type", PyType.TYPE);
    m.put("int", PyType.forClass(Long.class));
    m.put("bool", PyType.forClass(Boolean.class));
    m.put("float", PyType.forClass(Double.class));
    m.put("str", PyType.forClass(String.class));
    m.put("list", PyType.forClass(PyList.class));
    m.put("tuple", PyType.forClass(PyTuple.class));
    m.put("dict", PyType.forClass(PyDict.class));
    m.put("set", PyType.of(new PySet(false)));
    m.put("frozenset", PyType.of(new PySet(true)));
    m.put("range", PyType.forClass(PyRange.class));
    m.put("slice", PyType.forClass(PySlice.class));
    m.put("bytes", PyType.forClass(PyBytes.class));
    m.put("bytearray", PyType.forClass(org.taipan.object.PyByteArray.class));
    m.put("memoryview", PyType.forClass(org.taipan.object.PyMemoryView.class));
    m.put("complex", PyType.forClass(org.taipan.object.PyComplex.class));
    m.put("property", PyType.forClass(PyProperty.class));
    m.put("staticmethod", PyType.forClass(PyStaticMethod.class));
    m.put("classmethod", PyType.forClass(PyClassMethod.class));
    m.put("super", PyType.forClass(PySuper.class));
    for (Map.Entry<String, PyType> e : BuiltinIterators.types().entrySet()) {
      m.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, PyType> e : org.taipan.object.PyExc.all().entrySet()) {
      m.put(e.getKey(), e.getValue());
    }
    m.put("EnvironmentError", PyExc.OSError);
    m.put("IOError", PyExc.OSError);
    m.put("None", PyNone.NONE);
    m.put("Ellipsis", PyEllipsis.ELLIPSIS);
    m.put("NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
    m.put("True", Boolean.TRUE);
    m.put("False", Boolean.FALSE);
    m.put("__debug__", Boolean.TRUE);
    return m;
  }

  private static ThreadState ts() {
    return ThreadState.get();
  }

  // ---------------------------------------------------------------- output and input

  @PythonMethod
  static Object print(
      Object[] args,
      @KeywordOnly @Default("None") Object sep,
      @Default("None") Object end,
      @Default("None") Object file,
      @Default("False") Object flush) {
    if (file == PyNone.NONE) {
      file = ts().interp.sys.getDict().get("stdout");
      if (file == null || file == PyNone.NONE) {
        return PyNone.NONE;
      }
    }
    if (sep != PyNone.NONE && !PyUnicode.isStr(sep)) {
      throw PyErr.format(
          PyExc.TypeError, "sep must be None or a string, not %s", PyType.of(sep).getName());
    }
    if (end != PyNone.NONE && !PyUnicode.isStr(end)) {
      throw PyErr.format(
          PyExc.TypeError, "end must be None or a string, not %s", PyType.of(end).getName());
    }
    String s = sep == PyNone.NONE ? " " : PyUnicode.asJavaString(sep);
    String e = end == PyNone.NONE ? "\n" : PyUnicode.asJavaString(end);
    if (file instanceof PyTextIO t) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < args.length; i++) {
        if (i > 0) {
          sb.append(s);
        }
        sb.append(Abstract.strJava(args[i]));
      }
      sb.append(e);
      t.write(sb.toString());
      if (Abstract.isTrue(flush)) {
        t.flush();
      }
      return PyNone.NONE;
    }
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        Abstract.callMethod(file, "write", s);
      }
      Abstract.callMethod(file, "write", Abstract.str(args[i]));
    }
    Abstract.callMethod(file, "write", e);
    if (Abstract.isTrue(flush)) {
      Abstract.callMethod(file, "flush");
    }
    return PyNone.NONE;
  }

  /** {@code breakpoint(*args, **kws)}: calls {@code sys.breakpointhook} with the arguments. */
  @PythonMethod
  static Object breakpoint(Object[] args, PyDict kws) {
    Object hook = ts().interp.sys.getDict().get("breakpointhook");
    if (hook == null) {
      throw PyErr.format(PyExc.RuntimeError, "lost sys.breakpointhook");
    }
    return SysInfo.callWithKeywords(hook, args, kws);
  }

  @PythonMethod
  static Object input(@Default("None") Object prompt) {
    InterpreterState in = ts().interp;
    PyDict sys = in.sys.getDict();
    for (String name : new String[] {"stdin", "stdout", "stderr"}) {
      Object f = sys.get(name);
      if (f == null || f == PyNone.NONE) {
        throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.%s", name);
      }
    }
    // builtin_input_impl: standard error first, so that what it holds comes before the prompt;
    // a stream that cannot be flushed is no error
    StandardStreams.flushStderr(in);
    Object out = sys.get("stdout");
    if (prompt != PyNone.NONE) {
      Abstract.callMethod(out, "write", Abstract.str(prompt));
    }
    flushQuietly(out);
    Object stdin = in.sys.getDict().get("stdin");
    Object line = Abstract.callMethod(stdin, "readline");
    String s = PyUnicode.asJavaString(line);
    if (s.isEmpty()) {
      throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
    }
    if (s.endsWith("\n")) {
      s = s.substring(0, s.length() - 1);
    }
    return PyUnicode.wrap(s);
  }

  /** {@code _PyFile_Flush} with the error cleared, as {@code input()} flushes. */
  private static void flushQuietly(Object stream) {
    try {
      Abstract.callMethod(stream, "flush");
    } catch (PyException e) {
      // builtin_input_impl clears the error
    }
  }

  // ---------------------------------------------------------------- simple functions

  @PythonMethod
  static Object len(Object obj) {
    return Abstract.sizeLong(obj);
  }

  @PythonMethod
  static Object repr(Object obj) {
    return Abstract.repr(obj);
  }

  /** {@code ascii(obj)}. */
  @PythonMethod
  static Object ascii(Object obj) {
    String r = Abstract.reprJava(obj);
    StringBuilder sb = new StringBuilder();
    r.codePoints().forEach(c -> {
      if (c < 128) {
        sb.append((char) c);
      } else if (c <= 0xff) {
        sb.append(String.format("\\x%02x", c));
      } else if (c <= 0xffff) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append(String.format("\\U%08x", c));
      }
    });
    return sb.toString();
  }

  @PythonMethod
  static Object abs(Object x) {
    return PyNumber.absolute(x);
  }

  @PythonMethod
  static Object hash(Object obj) {
    return Abstract.hash(obj);
  }

  @PythonMethod
  static Object id(Object obj) {
    return (long) System.identityHashCode(obj);
  }

  @PythonMethod
  static Object callable(Object obj) {
    return Abstract.isCallable(obj);
  }

  @PythonMethod
  static Object chr(Object i) {
    Object v = PyNumber.index(i);
    if (!(v instanceof Long l) || l < 0 || l > 0x10ffff) {
      throw PyErr.format(PyExc.ValueError, "chr() arg not in range(0x110000)");
    }
    return PyUnicode.fromCodePoints(new int[] {(int) (long) l});
  }

  @PythonMethod
  static Object ord(Object c) {
    if (PyUnicode.isStr(c)) {
      int n = PyUnicode.length(c);
      if (n != 1) {
        throw PyErr.format(
            PyExc.TypeError, "ord() expected a character, but string of length %d found", n);
      }
      return (long) PyUnicode.asJavaString(c).codePointAt(0);
    }
    if (c instanceof PyBytes || c instanceof org.taipan.object.PyByteArray) {
      byte[] v = org.taipan.object.PyBuffer.bytes(c);
      if (v.length != 1) {
        throw PyErr.format(
            PyExc.TypeError,
            "ord() expected a character, but string of length %d found",
            v.length);
      }
      return (long) (v[0] & 0xff);
    }
    throw PyErr.format(
        PyExc.TypeError,
        "ord() expected string of length 1, but %s found",
        PyType.of(c).getName());
  }

  private static String radix(Object x, int radix, String prefix) {
    BigInteger b = PyLong.big(PyNumber.index(x));
    String s = b.abs().toString(radix);
    return (b.signum() < 0 ? "-" : "") + prefix + s;
  }

  @PythonMethod
  static Object hex(Object x) {
    return radix(x, 16, "0x");
  }

  @PythonMethod
  static Object oct(Object x) {
    return radix(x, 8, "0o");
  }

  @PythonMethod
  static Object bin(Object x) {
    return radix(x, 2, "0b");
  }

  @PythonMethod
  static Object format(Object value, @Default("''") Object format_spec) {
    if (!PyUnicode.isStr(format_spec)) {
      throw PyErr.format(
          PyExc.TypeError,
          "format() argument 2 must be str, not %s",
          PyType.of(format_spec).getName());
    }
    return Abstract.format(value, format_spec);
  }

  @PythonMethod
  static Object divmod(Object a, Object b) {
    return PyNumber.divmod(a, b);
  }

  @PythonMethod(positionalOnly = false)
  static Object pow(Object base, Object exp, @Default("None") Object mod) {
    return PyNumber.power(base, exp, mod);
  }

  @PythonMethod(positionalOnly = false)
  static Object round(Object number, @Default("None") Object ndigits) {
    Object r = PyType.of(number).lookup("__round__");
    if (r == null) {
      throw PyErr.format(
          PyExc.TypeError,
          "type %s doesn't define __round__ method",
          PyType.of(number).getName());
    }
    if (ndigits == PyNone.NONE) {
      return Abstract.callAsMethod(r, number, new Object[0], null);
    }
    return Abstract.callAsMethod(r, number, new Object[] {ndigits}, null);
  }

  // ---------------------------------------------------------------- iteration

  @PythonMethod
  static Object iter(Object obj, Object[] sentinel) {
    if (sentinel.length == 0) {
      return Abstract.iter(obj);
    }
    if (sentinel.length > 1) {
      throw PyErr.format(
          PyExc.TypeError, "iter expected at most 2 arguments, got %d", sentinel.length + 1);
    }
    if (!Abstract.isCallable(obj)) {
      throw PyErr.format(PyExc.TypeError, "iter(v, w): v must be callable");
    }
    return new CallableIterator(obj, sentinel[0]);
  }

  @PythonMethod
  static Object next(Object iterator, Object[] dflt) {
    if (!PyType.of(iterator).hasSlot(SpecialMethod.op_next)) {
      throw PyErr.format(
          PyExc.TypeError, "'%s' object is not an iterator", PyType.of(iterator).getName());
    }
    if (dflt.length == 0) {
      // through the slot, so a __next__ that is a descriptor is bound first
      return Abstract.nextOrRaise(iterator);
    }
    Object r = Abstract.next(iterator);
    return r == null ? dflt[0] : r;
  }

  private static Object minmax(Object[] args, PyDict kwargs, boolean isMin) {
    String name = isMin ? "min" : "max";
    Object key = PyNone.NONE;
    Object dflt = null;
    for (Map.Entry<Object, Object> e : kwargs.entries()) {
      String k = PyUnicode.asJavaString(e.getKey());
      if (k.equals("key")) {
        key = e.getValue();
      } else if (k.equals("default")) {
        dflt = e.getValue();
      } else {
        throw PyErr.format(
            PyExc.TypeError, "%s() got an unexpected keyword argument '%s'", name, k);
      }
    }
    if (args.length == 0) {
      throw PyErr.format(PyExc.TypeError, "%s expected at least 1 argument, got 0", name);
    }
    Object it;
    if (args.length == 1) {
      it = Abstract.iter(args[0]);
    } else {
      if (dflt != null) {
        throw PyErr.format(
            PyExc.TypeError,
            "Cannot specify a default for %s() with multiple positional arguments",
            name);
      }
      it = Abstract.iter(new PyTuple(args));
    }
    Object best = null;
    Object bestKey = null;
    for (Object x; (x = Abstract.next(it)) != null; ) {
      Object k = key == PyNone.NONE ? x : Abstract.call(key, x);
      if (best == null
          || Abstract.richCompareBool(k, bestKey, isMin ? Abstract.LT : Abstract.GT)) {
        best = x;
        bestKey = k;
      }
    }
    if (best == null) {
      if (dflt != null) {
        return dflt;
      }
      throw PyErr.format(PyExc.ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
  }

  @PythonMethod
  static Object min(Object[] args, PyDict kwargs) {
    return minmax(args, kwargs, true);
  }

  @PythonMethod
  static Object max(Object[] args, PyDict kwargs) {
    return minmax(args, kwargs, false);
  }

  @PythonMethod(positionalOnly = false)
  static Object sum(@PositionalOnly Object iterable, @Default("0") Object start) {
    if (PyUnicode.isStr(start)) {
      throw PyErr.format(
          PyExc.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (start instanceof PyBytes) {
      throw PyErr.format(
          PyExc.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if (start instanceof org.taipan.object.PyByteArray) {
      throw PyErr.format(
          PyExc.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    Object acc = start;
    Object it = Abstract.iter(iterable);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      acc = PyNumber.add(acc, x);
    }
    return acc;
  }

  @PythonMethod
  static Object sorted(
      Object iterable, @KeywordOnly @Default("None") Object key, @Default("False") Object reverse) {
    PyList l = new PyList();
    l.extend(iterable);
    PyList.sortArray(l, key, Abstract.isTrue(reverse));
    return l;
  }

  @PythonMethod
  static Object any(Object iterable) {
    Object it = Abstract.iter(iterable);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      if (Abstract.isTrue(x)) {
        return true;
      }
    }
    return false;
  }

  @PythonMethod
  static Object all(Object iterable) {
    Object it = Abstract.iter(iterable);
    for (Object x; (x = Abstract.next(it)) != null; ) {
      if (!Abstract.isTrue(x)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- attributes and types

  @PythonMethod
  static Object isinstance(Object obj, Object class_or_tuple) {
    return Abstract.isInstance(obj, class_or_tuple);
  }

  @PythonMethod
  static Object issubclass(Object cls, Object class_or_tuple) {
    return Abstract.isSubclass(cls, class_or_tuple);
  }

  @PythonMethod
  static Object getattr(Object obj, Object name, Object[] dflt) {
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(
          PyExc.TypeError, "attribute name must be string, not '%s'", PyType.of(name).getName());
    }
    if (dflt.length == 0) {
      return Abstract.getAttr(obj, PyUnicode.asJavaString(name));
    }
    Object r = Abstract.lookupAttr(obj, PyUnicode.asJavaString(name));
    return r == null ? dflt[0] : r;
  }

  @PythonMethod
  static Object setattr(Object obj, Object name, Object value) {
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(
          PyExc.TypeError, "attribute name must be string, not '%s'", PyType.of(name).getName());
    }
    Abstract.setAttr(obj, PyUnicode.asJavaString(name), value);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object delattr(Object obj, Object name) {
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(
          PyExc.TypeError, "attribute name must be string, not '%s'", PyType.of(name).getName());
    }
    Abstract.delAttr(obj, PyUnicode.asJavaString(name));
    return PyNone.NONE;
  }

  @PythonMethod
  static Object hasattr(Object obj, Object name) {
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(
          PyExc.TypeError, "attribute name must be string, not '%s'", PyType.of(name).getName());
    }
    return Abstract.lookupAttr(obj, PyUnicode.asJavaString(name)) != null;
  }

  @PythonMethod
  static Object dir(Object[] args) {
    PyList r;
    if (args.length > 1) {
      throw PyErr.format(PyExc.TypeError, "dir expected at most 1 argument, got %d", args.length);
    }
    if (args.length == 0) {
      // _dir_locals: the keys of the locals mapping, which must come back as a list
      Object locals = locals();
      if (locals instanceof PyDict d && d.getClass() == PyDict.class) {
        r = new PyList(d.keyList());
      } else {
        r = new PyList();
        r.extend(Abstract.callMethod(locals, "keys"));
      }
    } else {
      Object dirFunc = Abstract.lookupSpecial(args[0], "__dir__");
      if (dirFunc == null) {
        throw PyErr.format(PyExc.TypeError, "object does not provide __dir__");
      }
      r = new PyList();
      r.extend(Abstract.call(dirFunc));
    }
    PyList.sortArray(r, PyNone.NONE, false);
    return r;
  }

  @PythonMethod
  static Object vars(Object[] args) {
    if (args.length > 1) {
      throw PyErr.format(PyExc.TypeError, "vars expected at most 1 argument, got %d", args.length);
    }
    if (args.length == 0) {
      return locals();
    }
    Object d = Abstract.lookupAttr(args[0], "__dict__");
    if (d == null) {
      throw PyErr.format(PyExc.TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
  }

  @PythonMethod
  static Object globals() {
    PyFrame f = ts().frame;
    return f == null ? new PyDict() : f.globals;
  }

  @PythonMethod
  static Object locals() {
    PyFrame f = ts().frame;
    return f == null ? new PyDict() : f.localsDict();
  }

  // ---------------------------------------------------------------- code

  @PythonMethod(positionalOnly = false)
  static Object compile(
      Object source,
      Object filename,
      Object mode,
      @Default("0") Object flags,
      @Default("False") Object dont_inherit,
      @Default("-1") Object optimize,
      @KeywordOnly @Default("-1") Object _feature_version) {
    return BuiltinCompile.compile(source, filename, mode, flags, optimize);
  }

  private static Object run(
      Object source, Object globals, Object locals, String mode, Object closure) {
    PyFrame caller = ts().frame;
    boolean eval = mode.equals("eval");
    // builtin_eval_impl and builtin_exec_impl check in their own orders and words
    if (eval && locals != PyNone.NONE && !isMapping(locals)) {
      throw PyErr.format(PyExc.TypeError, "locals must be a mapping");
    }
    PyDict g;
    if (globals == PyNone.NONE) {
      g = caller == null ? new PyDict() : caller.globals;
      if (locals == PyNone.NONE) {
        locals = caller == null ? g : caller.localsDict();
      }
    } else if (globals instanceof PyDict d) {
      g = d;
    } else if (eval) {
      throw PyErr.format(PyExc.TypeError, isMapping(globals)
          ? "globals must be a real dict; try eval(expr, {}, mapping)"
          : "globals must be a dict");
    } else {
      throw PyErr.format(
          PyExc.TypeError,
          "exec() globals must be a dict, not %.100s",
          PyType.of(globals).getName());
    }
    if (locals == PyNone.NONE) {
      locals = g;
    }
    if (!eval && !isMapping(locals)) {
      throw PyErr.format(PyExc.TypeError, "locals must be a mapping or None, not %.100s",
          PyType.of(locals).getName());
    }
    if (g.get("__builtins__") == null) {
      // exec and eval give a namespace the builtins dict, as PyEval_GetBuiltins
      g.put("__builtins__", ts().interp.builtins);
    }
    PyCode code;
    PyCell[] cells = null;
    if (source instanceof PyCode c) {
      code = c;
      cells = closureFor(c, mode, closure);
    } else if (closure != PyNone.NONE) {
      throw PyErr.format(PyExc.TypeError,
          "closure can only be used when source is a code object");
    } else if (!PyUnicode.isStr(source)) {
      // any bytes-like object, decoded as a source file is (coding declaration, BOM, else
      // UTF-8); eval skips leading spaces and tabs first
      byte[] src = org.taipan.object.PyBuffer.toContiguousOrNull(source);
      if (src == null) {
        throw PyErr.format(PyExc.TypeError, "%s() arg 1 must be a string, bytes or code object",
            mode);
      }
      int start = 0;
      while (eval && start < src.length && (src[start] == ' ' || src[start] == '\t')) {
        start++;
      }
      PyBytes rest = new PyBytes(java.util.Arrays.copyOfRange(src, start, src.length));
      code = (PyCode) BuiltinCompile.compile(rest, "<string>", mode, 0L, -1L);
    } else {
      String src = PyUnicode.asJavaString(source);
      if (mode.equals("eval")) {
        src = src.stripLeading();
      }
      code = (PyCode) Execution.compileSource(src, "<string>", mode);
    }
    Object builtins = builtinsOf(g, ts().interp.builtins);
    PyFrame f = new PyFrame(code, g, builtins, locals);
    if (cells != null) {
      f.function = new PyFunction(code, g, builtins, cells);
    }
    return Interpreter.run(f);
  }

  /** {@code PyMapping_Check}: the type has {@code __getitem__}. */
  private static boolean isMapping(Object o) {
    return PyType.of(o).hasSlot(SpecialMethod.op_getitem);
  }

  /**
   * The cells a code object with free variables runs with: exec's {@code closure}, a tuple of
   * exactly as many cells; eval takes none. Null for a code object without free variables.
   */
  private static PyCell[] closureFor(PyCode c, String mode, Object closure) {
    if (c.nfrees == 0) {
      if (closure != PyNone.NONE) {
        throw PyErr.format(PyExc.TypeError, "cannot use a closure with this code object");
      }
      return null;
    }
    if (mode.equals("eval")) {
      throw PyErr.format(PyExc.TypeError,
          "code object passed to eval() may not contain free variables");
    }
    boolean ok = closure instanceof PyTuple t && PyType.of(t) == PyType.of(PyTuple.EMPTY)
        && t.size() == c.nfrees;
    PyCell[] cells = ok ? new PyCell[c.nfrees] : null;
    for (int i = 0; ok && i < cells.length; i++) {
      ok = ((PyTuple) closure).get(i) instanceof PyCell cell;
      cells[i] = ok ? (PyCell) ((PyTuple) closure).get(i) : null;
    }
    if (!ok) {
      throw PyErr.format(PyExc.TypeError,
          "code object requires a closure of exactly length %d", c.nfrees);
    }
    return cells;
  }

  /**
   * {@code _PyEval_BuiltinsFromGlobals}: the namespace's {@code __builtins__} (a module's dict
   * for a module; any other object as it is, looked up by item), else the current builtins.
   */
  static Object builtinsOf(PyDict globals, Object current) {
    Object b = globals.get("__builtins__");
    if (b instanceof PyModule m) {
      b = m.getDict();
    }
    return b != null ? b : current;
  }

  @PythonMethod
  static Object exec(
      Object source,
      @Default("None") Object globals,
      @Default("None") Object locals,
      @KeywordOnly @Default("None") Object closure) {
    run(source, globals, locals, "exec", closure);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object eval(Object source, @Default("None") Object globals, @Default("None") Object locals) {
    return run(source, globals, locals, "eval", PyNone.NONE);
  }

  @PythonMethod(positionalOnly = false)
  static Object __import__(
      Object name,
      @Default("None") Object globals,
      @Default("None") Object locals,
      @Default("None") Object fromlist,
      @Default("0") Object level) {
    PyDict g = globals instanceof PyDict d ? d : new PyDict();
    return ts().interp.importer.importName(
        PyUnicode.asJavaString(name), g, fromlist, PyNumber.asSize(level));
  }

  @PythonMethod
  static Object exit(@Default("None") Object code) {
    throw PyErr.newException(PyExc.SystemExit, code);
  }

  @PythonMethod
  static Object quit(@Default("None") Object code) {
    throw PyErr.newException(PyExc.SystemExit, code);
  }

  /** {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}. */
  @PythonMethod
  static Object __build_class__(Object func, Object name, Object[] bases, PyDict kwds) {
    if (!(func instanceof PyFunction fn)) {
      throw PyErr.format(PyExc.TypeError, "__build_class__: func must be a function");
    }
    if (!PyUnicode.isStr(name)) {
      throw PyErr.format(PyExc.TypeError, "__build_class__: name is not a string");
    }
    Object[] origBases = bases;
    bases = updateBases(bases);
    Object meta = kwds.remove("metaclass");
    boolean isClass = meta instanceof PyType;
    if (meta == null) {
      meta = bases.length == 0 ? PyType.TYPE : PyType.of(bases[0]);
      isClass = true;
    }
    if (isClass) {
      PyType winner = (PyType) meta;
      for (Object b : bases) {
        PyType bt = PyType.of(b);
        if (winner.isSubtypeOf(bt)) {
          continue;
        }
        if (bt.isSubtypeOf(winner)) {
          winner = bt;
          continue;
        }
        throw PyErr.format(
            PyExc.TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict)"
                + " subclass of the metaclasses of all its bases");
      }
      meta = winner;
    }
    PyTuple basesTuple = new PyTuple(bases.clone());
    Object ns;
    if (meta == PyType.TYPE) {
      ns = new PyDict();
    } else {
      Object prep = Abstract.lookupAttr(meta, "__prepare__");
      if (prep == null || prep == PyType.TYPE.getOwn("__prepare__")
          || meta instanceof PyType mt && mt.lookup("__prepare__") == PyType.TYPE.getOwn("__prepare__")) {
        ns = new PyDict();
      } else {
        ns = callWithKw(prep, new Object[] {name, basesTuple}, kwds);
      }
      if (!isMapping(ns)) {
        throw PyErr.format(PyExc.TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
            isClass ? ((PyType) meta).getName() : "<metaclass>", PyType.of(ns).getName());
      }
    }
    PyFrame f = new PyFrame(fn.code, fn.globals, fn.builtins, ns);
    f.function = fn;
    Object cell = Interpreter.run(f);
    if (bases != origBases) {
      Abstract.setItem(ns, "__orig_bases__", new PyTuple(origBases.clone()));
    }
    Object cls = callWithKw(meta, new Object[] {name, basesTuple, ns}, kwds);
    if (cell instanceof PyCell c && cls instanceof PyType && c.value != cls) {
      if (c.value == null) {
        throw PyErr.format(PyExc.RuntimeError,
            "__class__ not set defining %.200s as %.200s. Was __classcell__ propagated to"
                + " type.__new__?", Abstract.reprJava(name), Abstract.reprJava(cls));
      }
      throw PyErr.format(PyExc.TypeError, "__class__ set to %.200s defining %.200s as %.200s",
          Abstract.reprJava(c.value), Abstract.reprJava(name), Abstract.reprJava(cls));
    }
    return cls;
  }

  /**
   * PEP 560's {@code update_bases}: a base that is not a class and has {@code __mro_entries__} is
   * replaced by what that returns. Returns {@code bases} itself when nothing changed.
   */
  private static Object[] updateBases(Object[] bases) {
    List<Object> out = null;
    for (int i = 0; i < bases.length; i++) {
      Object b = bases[i];
      Object entries = b instanceof PyType ? null : Abstract.lookupAttr(b, "__mro_entries__");
      if (entries == null) {
        if (out != null) {
          out.add(b);
        }
        continue;
      }
      Object r = Abstract.call(entries, new PyTuple(bases.clone()));
      if (!(r instanceof PyTuple t)) {
        throw PyErr.format(PyExc.TypeError, "__mro_entries__ must return a tuple");
      }
      if (out == null) {
        out = new java.util.ArrayList<>(List.of(bases).subList(0, i));
      }
      for (int k = 0; k < t.size(); k++) {
        out.add(t.get(k));
      }
    }
    return out == null ? bases : out.toArray();
  }

  private static Object callWithKw(Object callable, Object[] pos, PyDict kw) {
    List<Map.Entry<Object, Object>> es = kw.entries();
    Object[] all = new Object[pos.length + es.size()];
    System.arraycopy(pos, 0, all, 0, pos.length);
    String[] names = new String[es.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = PyUnicode.asJavaString(es.get(i).getKey());
      all[pos.length + i] = es.get(i).getValue();
    }
    return Abstract.call(callable, all, names.length == 0 ? null : names);
  }

  /** The iterator of {@code iter(callable, sentinel)}. */
  static final class CallableIterator extends org.taipan.object.PyIterator
      implements org.taipan.object.PyIterator.Reducible {
    static final PyType TYPE =
        makeType("callable_iterator", CallableIterator.class, MethodHandles.lookup());
    private Object callable;
    private final Object sentinel;

    CallableIterator(Object callable, Object sentinel) {
      this.callable = callable;
      this.sentinel = sentinel;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (callable == null) {
        return null;
      }
      Object v;
      try {
        v = Abstract.call(callable);
      } catch (PyException e) {
        if (e.matches(PyExc.StopIteration)) {
          callable = null;
          return null;
        }
        throw e;
      }
      if (callable == null) {
        // the call exhausted this iterator itself (gh-101892): nothing more comes
        return null;
      }
      if (Abstract.richCompareBool(sentinel, v, Abstract.EQ)) {
        callable = null;
        return null;
      }
      return v;
    }

    /** {@code calliter_reduce}: {@code (iter, (callable, sentinel))}, or over {@code ()}. */
    @Override
    public PyTuple reduce() {
      Object iter = Abstract.getAttr(org.taipan.object.PyImport.importModule("builtins"), "iter");
      return callable != null
          ? new PyTuple(iter, new PyTuple(callable, sentinel))
          : new PyTuple(iter, new PyTuple(PyTuple.EMPTY));
    }
  }
}
