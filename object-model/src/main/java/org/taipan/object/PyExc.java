package org.taipan.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builtin exception types, CPython's {@code PyExc_*} objects ({@code Objects/exceptions.c}),
 * and the extra behaviour of those subclasses that have some ({@code SystemExit.code}, {@code
 * KeyError.__str__}, {@code SyntaxError}'s location …).
 */
public final class PyExc {
  private PyExc() {}

  private static final Lookup LOOKUP = MethodHandles.lookup();
  private static final Map<String, PyType> ALL = new LinkedHashMap<>();

  private static PyType make(String name, PyType base, Class<?> impl) {
    return make(name, base, impl, base == null ? PyBaseException::new : null);
  }

  private static PyType make(
      String name, PyType base, Class<?> impl, java.util.function.Function<PyType, Object> alloc) {
    PyType.Spec spec =
        new PyType.Spec(name, "builtins", impl, LOOKUP, base, java.util.List.of(), alloc, true);
    PyType t = PyType.fromSpec(spec);
    if (base != null && t.getOwn("__new__") == null && !INHERITS_NEW.contains(name)
        && t.lookup("__new__") instanceof PyNewWrapper w) {
      // as add_tp_new_wrapper: every builtin type has a __new__ of its own, named after it
      t.define("__new__", new PyNewWrapper(t, w.handle));
    }
    ALL.put(name, t);
    return t;
  }

  /**
   * The builtin exceptions that exceptions.c defines with no {@code tp_new} of their own: they
   * inherit their base's, so {@code add_tp_new_wrapper} gives them no {@code __new__} and {@code
   * KeyError.__new__} is {@code LookupError.__new__}. Recorded from CPython 3.11 as the builtin
   * exception types without {@code '__new__'} in their {@code __dict__}.
   */
  private static final java.util.Set<String> INHERITS_NEW =
      java.util.Set.of(
          "SystemExit", "AttributeError", "ImportError", "NameError", "StopIteration",
          "SyntaxError", "BlockingIOError", "ChildProcessError", "ConnectionError",
          "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
          "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError",
          "IndentationError", "KeyError", "ModuleNotFoundError", "UnboundLocalError",
          "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
          "ConnectionResetError", "TabError");

  private static PyType make(String name, PyType base) {
    return make(name, base, null);
  }

  public static final PyType BaseException = make("BaseException", null, PyBaseException.class);
  public static final PyType SystemExit = make("SystemExit", BaseException, SystemExitImpl.class);
  public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
  public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
  public static final PyType Exception = make("Exception", BaseException);
  public static final PyType BaseExceptionGroup = makeBaseExceptionGroup();
  public static final PyType ExceptionGroup = makeExceptionGroup();
  public static final PyType StopIteration =
      make("StopIteration", Exception, StopIterationImpl.class);
  public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
  public static final PyType ArithmeticError = make("ArithmeticError", Exception);
  public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
  public static final PyType OverflowError = make("OverflowError", ArithmeticError);
  public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
  public static final PyType AssertionError = make("AssertionError", Exception);
  public static final PyType AttributeError =
      make("AttributeError", Exception, NameErrorImpl.class);
  public static final PyType BufferError = make("BufferError", Exception);
  public static final PyType EOFError = make("EOFError", Exception);
  public static final PyType ImportError = make("ImportError", Exception, ImportErrorImpl.class);
  public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
  public static final PyType LookupError = make("LookupError", Exception);
  public static final PyType IndexError = make("IndexError", LookupError);
  public static final PyType KeyError = make("KeyError", LookupError, KeyErrorImpl.class);
  public static final PyType MemoryError = make("MemoryError", Exception);
  public static final PyType NameError = make("NameError", Exception, NameErrorImpl.class);
  public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
  public static final PyType OSError = make("OSError", Exception, OSErrorImpl.class);
  public static final PyType BlockingIOError = make("BlockingIOError", OSError);
  public static final PyType ChildProcessError = make("ChildProcessError", OSError);
  public static final PyType ConnectionError = make("ConnectionError", OSError);
  public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
  public static final PyType ConnectionAbortedError =
      make("ConnectionAbortedError", ConnectionError);
  public static final PyType ConnectionRefusedError =
      make("ConnectionRefusedError", ConnectionError);
  public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
  public static final PyType FileExistsError = make("FileExistsError", OSError);
  public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
  public static final PyType InterruptedError = make("InterruptedError", OSError);
  public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
  public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
  public static final PyType PermissionError = make("PermissionError", OSError);
  public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
  public static final PyType TimeoutError = make("TimeoutError", OSError);
  public static final PyType ReferenceError = make("ReferenceError", Exception);
  public static final PyType RuntimeError = make("RuntimeError", Exception);
  public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
  public static final PyType RecursionError = make("RecursionError", RuntimeError);
  public static final PyType SyntaxError = make("SyntaxError", Exception, SyntaxErrorImpl.class);
  public static final PyType IndentationError = make("IndentationError", SyntaxError);
  public static final PyType TabError = make("TabError", IndentationError);
  public static final PyType SystemError = make("SystemError", Exception);
  public static final PyType TypeError = make("TypeError", Exception);
  public static final PyType ValueError = make("ValueError", Exception);
  public static final PyType UnicodeError = make("UnicodeError", ValueError);
  public static final PyType UnicodeDecodeError =
      make("UnicodeDecodeError", UnicodeError, UnicodeDecodeErrorImpl.class);
  public static final PyType UnicodeEncodeError =
      make("UnicodeEncodeError", UnicodeError, UnicodeEncodeErrorImpl.class);
  public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
  public static final PyType Warning = make("Warning", Exception);
  public static final PyType BytesWarning = make("BytesWarning", Warning);
  public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
  public static final PyType EncodingWarning = make("EncodingWarning", Warning);
  public static final PyType FutureWarning = make("FutureWarning", Warning);
  public static final PyType ImportWarning = make("ImportWarning", Warning);
  public static final PyType PendingDeprecationWarning =
      make("PendingDeprecationWarning", Warning);
  public static final PyType ResourceWarning = make("ResourceWarning", Warning);
  public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
  public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
  public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
  public static final PyType UserWarning = make("UserWarning", Warning);

  /** {@code BaseExceptionGroup}, with its {@code __class_getitem__}. */
  private static PyType makeBaseExceptionGroup() {
    PyType t =
        make("BaseExceptionGroup", BaseException, PyBaseExceptionGroup.class,
            PyBaseExceptionGroup::new);
    Object getItem =
        Exposer.moduleFunctions(PyBaseExceptionGroup.ClassGetItem.class, LOOKUP, null)
            .get("__class_getitem__");
    t.define("__class_getitem__", new PyClassMethod(getItem));
    t.setDoc("A combination of multiple unrelated exceptions.");
    return t;
  }

  /**
   * {@code ExceptionGroup(BaseExceptionGroup, Exception)}, which CPython makes with {@code
   * PyErr_NewException}: a class as a class statement would make it, with no {@code __doc__}.
   */
  private static PyType makeExceptionGroup() {
    PyDict ns = new PyDict();
    ns.put("__module__", "builtins");
    PyType t =
        PyType.newHeapType(
            PyType.TYPE, "ExceptionGroup", new PyType[] {BaseExceptionGroup, Exception}, ns);
    ALL.put("ExceptionGroup", t);
    return t;
  }

  /** Every builtin exception type by name, in hierarchy order (for the builtins module). */
  public static Map<String, PyType> all() {
    return java.util.Collections.unmodifiableMap(ALL);
  }

  /**
   * Whether {@code name} is an attribute that CPython keeps in a field of the struct of {@code
   * t} or a base (here in the instance dictionary), so not in the state {@code __reduce__} gives.
   */
  static boolean isField(PyType t, String name) {
    for (PyType b : t.getMro()) {
      java.util.List<String> fields = FIELDS.get(b);
      if (fields != null && fields.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static final Map<PyType, java.util.List<String>> FIELDS =
      Map.of(
          SystemExit, java.util.List.of("code"),
          StopIteration, java.util.List.of("value"),
          NameError, java.util.List.of("name"),
          AttributeError, java.util.List.of("name", "obj"),
          ImportError, java.util.List.of("msg", "name", "path"),
          OSError, java.util.List.of("errno", "strerror", "filename", "filename2"),
          SyntaxError,
              java.util.List.of(
                  "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                  "print_file_and_line"),
          UnicodeError, java.util.List.of("encoding", "object", "start", "end", "reason"));

  private static Object arg(Object[] args, int i) {
    return i < args.length ? args[i] : PyNone.NONE;
  }

  private static int positional(Object[] args, String[] kwnames) {
    return args.length - (kwnames == null ? 0 : kwnames.length);
  }

  private static Object[] positionalArgs(Object[] args, String[] kwnames) {
    return java.util.Arrays.copyOf(args, positional(args, kwnames));
  }

  static final class SystemExitImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      PyBaseException.__init__(self, args, kwnames);
      Object code =
          switch (args.length) {
            case 0 -> PyNone.NONE;
            case 1 -> args[0];
            default -> new PyTuple(args.clone());
          };
      ((PyBaseException) self).getDict().put("code", code);
      return PyNone.NONE;
    }
  }

  static final class StopIterationImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      PyBaseException.__init__(self, args, kwnames);
      ((PyBaseException) self).getDict().put("value", arg(args, 0));
      return PyNone.NONE;
    }
  }

  static final class KeyErrorImpl {
    static Object __str__(Object self) {
      PyTuple a = ((PyBaseException) self).args;
      if (a.size() == 1) {
        return Abstract.repr(a.get(0));
      }
      return PyBaseException.__str__(self);
    }
  }

  /** NameError and AttributeError: the keyword-only {@code name} (and {@code obj}). */
  static final class NameErrorImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      PyBaseException e = (PyBaseException) self;
      e.args = new PyTuple(positionalArgs(args, kwnames));
      int n = positional(args, kwnames);
      e.getDict().put("name", PyNone.NONE);
      if (e.getType().isSubtypeOf(AttributeError)) {
        e.getDict().put("obj", PyNone.NONE);
      }
      for (int k = 0; kwnames != null && k < kwnames.length; k++) {
        String kn = kwnames[k];
        if (!kn.equals("name") && !(kn.equals("obj") && e.getType().isSubtypeOf(AttributeError))) {
          throw PyErr.format(
              TypeError,
              "%s() got an unexpected keyword argument '%s'",
              e.getType().getName(),
              kn);
        }
        e.getDict().put(kn, args[n + k]);
      }
      return PyNone.NONE;
    }
  }

  static final class ImportErrorImpl {
    /** {@code __reduce__} ({@code ImportError_reduce}): {@code name} and {@code path} in the state. */
    @org.taipan.api.expose.PythonMethod
    static Object __reduce__(Object self) {
      PyBaseException e = (PyBaseException) self;
      PyDict state = e.state();
      for (String k : new String[] {"name", "path"}) {
        Object v = e.attr(k);
        if (v != null && v != PyNone.NONE) {
          if (state == null) {
            state = new PyDict();
          }
          state.put(k, v);
        }
      }
      return state == null
          ? new PyTuple(e.getType(), e.args)
          : new PyTuple(e.getType(), e.args, state);
    }

    static Object __init__(Object self, Object[] args, String[] kwnames) {
      PyBaseException e = (PyBaseException) self;
      int n = positional(args, kwnames);
      e.args = new PyTuple(positionalArgs(args, kwnames));
      e.getDict().put("msg", n == 1 ? args[0] : PyNone.NONE);
      e.getDict().put("name", PyNone.NONE);
      e.getDict().put("path", PyNone.NONE);
      for (int k = 0; kwnames != null && k < kwnames.length; k++) {
        String kn = kwnames[k];
        if (!kn.equals("name") && !kn.equals("path")) {
          throw PyErr.format(
              TypeError, "'%s' is an invalid keyword argument for ImportError()", kn);
        }
        e.getDict().put(kn, args[n + k]);
      }
      return PyNone.NONE;
    }

    static Object __str__(Object self) {
      Object msg = ((PyBaseException) self).attr("msg");
      if (msg != null && msg != PyNone.NONE) {
        return Abstract.str(msg);
      }
      return PyBaseException.__str__(self);
    }
  }

  /**
   * The arguments of UnicodeDecodeError and UnicodeEncodeError, {@code (encoding, object, start,
   * end, reason)}, kept as attributes ({@code UnicodeDecodeError_init} and its kin).
   */
  private static void unicodeErrorInit(Object self, Object[] args, String[] kwnames) {
    PyBaseException e = (PyBaseException) self;
    int n = positional(args, kwnames);
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(
          TypeError, "%s() takes no keyword arguments", PyType.of(self).getName());
    }
    if (n != 5) {
      throw PyErr.format(TypeError, "function takes exactly 5 arguments (%d given)", n);
    }
    e.args = new PyTuple(args.clone());
    PyDict d = e.getDict();
    String[] names = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; i++) {
      d.put(names[i], args[i]);
    }
  }

  /** The message of a UnicodeError from its attributes, or null when they are not all set. */
  private static String unicodeErrorMessage(Object self, boolean decode) {
    PyBaseException e = (PyBaseException) self;
    Object enc = e.attr("encoding");
    Object obj = e.attr("object");
    Object start = e.attr("start");
    Object end = e.attr("end");
    Object reason = e.attr("reason");
    if (enc == null || obj == null || !(start instanceof Long s) || !(end instanceof Long t)
        || reason == null) {
      return null;
    }
    int len = Abstract.size(obj);
    String codec = Abstract.strJava(enc);
    String why = Abstract.strJava(reason);
    if (t == s + 1 && s >= 0 && s < len) {
      if (decode) {
        Object b = Abstract.getItem(obj, s);
        return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec,
            (Long) b, s, why);
      }
      int c = PyUnicode.asJavaString(obj).codePointAt(
          PyUnicode.asJavaString(obj).offsetByCodePoints(0, (int) (long) s));
      String shown = c <= 0xff ? String.format("\\x%02x", c)
          : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
      return String.format("'%s' codec can't encode character '%s' in position %d: %s", codec,
          shown, s, why);
    }
    return String.format("'%s' codec can't %s in position %d-%d: %s", codec,
        decode ? "decode bytes" : "encode characters", s, t - 1, why);
  }

  static final class UnicodeDecodeErrorImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      unicodeErrorInit(self, args, kwnames);
      return PyNone.NONE;
    }

    static Object __str__(Object self) {
      String m = unicodeErrorMessage(self, true);
      return m != null ? m : PyBaseException.__str__(self);
    }
  }

  static final class UnicodeEncodeErrorImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      unicodeErrorInit(self, args, kwnames);
      return PyNone.NONE;
    }

    static Object __str__(Object self) {
      String m = unicodeErrorMessage(self, false);
      return m != null ? m : PyBaseException.__str__(self);
    }
  }

  static final class OSErrorImpl {
    /**
     * {@code __reduce__} ({@code OSError_reduce}): the arguments again with the file names,
     * which {@code args} leaves out.
     */
    @org.taipan.api.expose.PythonMethod
    static Object __reduce__(Object self) {
      PyBaseException e = (PyBaseException) self;
      Object args = e.args;
      Object filename = e.attr("filename");
      if (e.args.size() == 2 && filename != null && filename != PyNone.NONE) {
        Object filename2 = e.attr("filename2");
        args =
            filename2 != null && filename2 != PyNone.NONE
                ? new PyTuple(e.args.get(0), e.args.get(1), filename, PyNone.NONE, filename2)
                : new PyTuple(e.args.get(0), e.args.get(1), filename);
      }
      PyDict state = e.state();
      return state == null
          ? new PyTuple(e.getType(), args)
          : new PyTuple(e.getType(), args, state);
    }

    /**
     * {@code OSError(errno, strerror, ...)} makes the subclass that errno maps to ({@code
     * oserror_use_init}/{@code errnomap} in exceptions.c), with Linux's errno values.
     */
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      int n = args.length - (kwnames == null ? 0 : kwnames.length);
      if (cls == OSError && n >= 2 && n <= 5 && args[0] instanceof Long errno) {
        PyType sub = switch ((int) (long) errno) {
          case 1, 13 -> PermissionError;
          case 2 -> FileNotFoundError;
          case 3 -> ProcessLookupError;
          case 4 -> InterruptedError;
          case 10 -> ChildProcessError;
          case 11, 114, 115 -> BlockingIOError;
          case 17 -> FileExistsError;
          case 20 -> NotADirectoryError;
          case 21 -> IsADirectoryError;
          case 32, 108 -> BrokenPipeError;
          case 103 -> ConnectionAbortedError;
          case 104 -> ConnectionResetError;
          case 110 -> TimeoutError;
          case 111 -> ConnectionRefusedError;
          default -> OSError;
        };
        cls = sub;
      }
      return PyBaseException.__new__(cls, args, kwnames);
    }

    static Object __init__(Object self, Object[] args, String[] kwnames) {
      PyBaseException e = (PyBaseException) self;
      PyBaseException.__init__(self, args, kwnames);
      PyDict d = e.getDict();
      d.put("errno", PyNone.NONE);
      d.put("strerror", PyNone.NONE);
      d.put("filename", PyNone.NONE);
      d.put("filename2", PyNone.NONE);
      if (args.length >= 2 && args.length <= 5) {
        d.put("errno", args[0]);
        d.put("strerror", args[1]);
        if (args.length >= 3) {
          d.put("filename", args[2]);
          e.args = new PyTuple(args[0], args[1]);
        }
        if (args.length >= 5) {
          d.put("filename2", args[4]);
        }
      }
      return PyNone.NONE;
    }

    static Object __str__(Object self) {
      PyBaseException e = (PyBaseException) self;
      Object errno = e.attr("errno");
      Object strerror = e.attr("strerror");
      Object filename = e.attr("filename");
      Object filename2 = e.attr("filename2");
      if (filename != null && filename != PyNone.NONE) {
        if (filename2 != null && filename2 != PyNone.NONE) {
          return String.format(
              "[Errno %s] %s: %s -> %s",
              Abstract.str(errno),
              Abstract.str(strerror),
              Abstract.repr(filename),
              Abstract.repr(filename2));
        }
        return String.format(
            "[Errno %s] %s: %s",
            Abstract.str(errno),
            Abstract.str(strerror),
            Abstract.repr(filename));
      }
      if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
        return String.format("[Errno %s] %s", Abstract.str(errno), Abstract.str(strerror));
      }
      return PyBaseException.__str__(self);
    }
  }

  /** SyntaxError: {@code msg} and the location tuple. */
  static final class SyntaxErrorImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      PyBaseException e = (PyBaseException) self;
      PyBaseException.__init__(self, args, kwnames);
      PyDict d = e.getDict();
      for (String k :
          new String[] {
            "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"
          }) {
        d.put(k, PyNone.NONE);
      }
      if (args.length >= 1) {
        d.put("msg", args[0]);
      }
      if (args.length == 2) {
        PyTuple info = PyTuple.fromIterable(args[1]);
        if (info.size() < 4 || info.size() > 6) {
          throw PyErr.format(IndexError, "tuple index out of range");
        }
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        for (int i = 0; i < info.size(); i++) {
          d.put(names[i], info.get(i));
        }
      }
      return PyNone.NONE;
    }

    static Object __str__(Object self) {
      PyBaseException e = (PyBaseException) self;
      Object msg = e.attr("msg");
      Object filename = e.attr("filename");
      Object lineno = e.attr("lineno");
      String m = msg == null || msg == PyNone.NONE ? "None" : Abstract.strJava(msg);
      boolean haveFile = filename instanceof String;
      boolean haveLine = lineno instanceof Long;
      if (haveFile) {
        String f = (String) filename;
        int slash = f.lastIndexOf('/');
        f = slash >= 0 ? f.substring(slash + 1) : f;
        if (haveLine) {
          return m + " (" + f + ", line " + lineno + ")";
        }
        return m + " (" + f + ")";
      } else if (haveLine) {
        return m + " (line " + lineno + ")";
      }
      return m;
    }
  }
}
