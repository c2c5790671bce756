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
  public static final PyType UnicodeTranslateError =
      make("UnicodeTranslateError", UnicodeError, UnicodeTranslateErrorImpl.class);
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

  /** Which of the three UnicodeError subclasses with attributes an operation is for. */
  private enum UnicodeKind {
    ENCODE,
    DECODE,
    TRANSLATE
  }

  /**
   * {@code UnicodeEncodeError_init} and its kin: {@code (encoding, object, start, end, reason)}
   * parsed as {@code "UUnnU"}, {@code "UOnnU"} (a bytes-like object copied to bytes) or, for
   * translation, {@code "UnnU"} with no encoding; kept as attributes.
   */
  private static void unicodeErrorInit(Object self, Object[] args, String[] kwnames,
      UnicodeKind kind) {
    PyBaseException e = (PyBaseException) self;
    if (kwnames != null && kwnames.length > 0) {
      throw PyErr.format(
          TypeError, "%s() takes no keyword arguments", PyType.of(self).getName());
    }
    e.args = new PyTuple(args.clone());
    int want = kind == UnicodeKind.TRANSLATE ? 4 : 5;
    if (args.length != want) {
      throw PyErr.format(
          TypeError, "function takes exactly %d arguments (%d given)", want, args.length);
    }
    int i = 0;
    Object encoding = null;
    if (kind != UnicodeKind.TRANSLATE) {
      encoding = strArg(args, i++);
    }
    Object object = kind == UnicodeKind.DECODE ? args[i++] : strArg(args, i++);
    long start = PyNumber.asSsize(args[i++]);
    long end = PyNumber.asSsize(args[i++]);
    Object reason = strArg(args, i);
    if (kind == UnicodeKind.DECODE && !(object instanceof PyBytes)) {
      object = new PyBytes(PyBuffer.get(object).toByteArray());
    }
    PyDict d = e.getDict();
    if (encoding != null) {
      d.put("encoding", encoding);
    }
    d.put("object", object);
    d.put("start", start);
    d.put("end", end);
    d.put("reason", reason);
  }

  /** A {@code "U"} argument of {@code PyArg_ParseTuple}. */
  private static Object strArg(Object[] args, int i) {
    Object v = args[i];
    if (!PyUnicode.isStr(v)) {
      throw PyErr.format(TypeError, "argument %d must be str, not %s", i + 1,
          PyType.of(v).getName());
    }
    return v;
  }

  /**
   * {@code UnicodeEncodeError_str} and its kin: the message from the attributes, "" when the
   * exception was never initialised.
   */
  private static Object unicodeErrorStr(Object self, UnicodeKind kind) {
    PyBaseException e = (PyBaseException) self;
    Object obj = e.attr("object");
    if (obj == null) {
      return "";
    }
    String why = Abstract.strJava(e.attr("reason"));
    String codec = kind == UnicodeKind.TRANSLATE ? null : Abstract.strJava(e.attr("encoding"));
    long s = PyNumber.asSsize(e.attr("start"));
    long t = PyNumber.asSsize(e.attr("end"));
    String prefix = codec == null ? "can't " : "'" + codec + "' codec can't ";
    String verb = kind == UnicodeKind.ENCODE ? "encode" : kind == UnicodeKind.DECODE ? "decode"
        : "translate";
    if (kind == UnicodeKind.DECODE) {
      byte[] b = PyBuffer.get(obj).toByteArray();
      if (s >= 0 && s < b.length && t == s + 1) {
        return String.format("%sdecode byte 0x%02x in position %d: %s", prefix,
            b[(int) s] & 0xff, s, why);
      }
      return String.format("%sdecode bytes in position %d-%d: %s", prefix, s, t - 1, why);
    }
    String str = PyUnicode.asJavaString(obj);
    if (s >= 0 && s < str.codePointCount(0, str.length()) && t == s + 1) {
      int c = str.codePointAt(str.offsetByCodePoints(0, (int) s));
      String shown = c <= 0xff ? String.format("\\x%02x", c)
          : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
      return String.format("%s%s character '%s' in position %d: %s", prefix, verb, shown, s,
          why);
    }
    return String.format("%s%s characters in position %d-%d: %s", prefix, verb, s, t - 1, why);
  }

  static final class UnicodeDecodeErrorImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      unicodeErrorInit(self, args, kwnames, UnicodeKind.DECODE);
      return PyNone.NONE;
    }

    static Object __str__(Object self) {
      return unicodeErrorStr(self, UnicodeKind.DECODE);
    }
  }

  static final class UnicodeEncodeErrorImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      unicodeErrorInit(self, args, kwnames, UnicodeKind.ENCODE);
      return PyNone.NONE;
    }

    static Object __str__(Object self) {
      return unicodeErrorStr(self, UnicodeKind.ENCODE);
    }
  }

  static final class UnicodeTranslateErrorImpl {
    static Object __init__(Object self, Object[] args, String[] kwnames) {
      unicodeErrorInit(self, args, kwnames, UnicodeKind.TRANSLATE);
      return PyNone.NONE;
    }

    static Object __str__(Object self) {
      return unicodeErrorStr(self, UnicodeKind.TRANSLATE);
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
     * {@code oserror_use_init}: a subclass that defines {@code __init__} but not {@code __new__}
     * has its arguments parsed by {@code __init__}; otherwise {@code __new__} parses them and
     * {@code OSError.__init__} does nothing, so a subclass's {@code __new__} decides the args.
     */
    private static boolean useInit(PyType t) {
      return t.lookup("__init__") != OSError.getOwn("__init__")
          && t.lookup("__new__") == OSError.getOwn("__new__");
    }

    private static void noKeywords(PyType t, String[] kwnames) {
      if (kwnames != null && kwnames.length > 0) {
        throw PyErr.format(TypeError, "%s() takes no keyword arguments", t.getName());
      }
    }

    /**
     * {@code OSError(errno, strerror, ...)} makes the subclass that errno maps to ({@code
     * errnomap} in exceptions.c), with Linux's errno values.
     */
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      boolean parse = !useInit(cls);
      if (parse) {
        noKeywords(cls, kwnames);
        if (cls == OSError && args.length >= 2 && args.length <= 5 && args[0] instanceof Long errno) {
          cls = errnoType(errno);
        }
      }
      PyBaseException e = (PyBaseException) cls.allocate();
      e.written = -1;
      if (parse) {
        init(e, args);
      } else {
        e.args = PyTuple.EMPTY;
        initFields(e);
      }
      return e;
    }

    private static PyType errnoType(long errno) {
      return switch ((int) errno) {
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
    }

    static Object __init__(Object self, Object[] args, String[] kwnames) {
      PyBaseException e = (PyBaseException) self;
      if (useInit(e.getType())) {
        noKeywords(e.getType(), kwnames);
        init(e, args);
      }
      return PyNone.NONE;
    }

    private static void initFields(PyBaseException e) {
      PyDict d = e.getDict();
      d.put("errno", PyNone.NONE);
      d.put("strerror", PyNone.NONE);
      d.put("filename", PyNone.NONE);
      d.put("filename2", PyNone.NONE);
    }

    /**
     * {@code oserror_parse_args} and {@code oserror_init}: from 2 to 5 arguments are errno,
     * strerror, filename, winerror (ignored off Windows) and filename2; with a file name, {@code
     * args} keeps only the first two. An exact BlockingIOError's numeric third argument is the
     * number of characters written instead.
     */
    private static void init(PyBaseException e, Object[] args) {
      initFields(e);
      PyDict d = e.getDict();
      PyTuple all = new PyTuple(args.clone());
      if (args.length >= 2 && args.length <= 5) {
        Object filename = args.length >= 3 ? args[2] : null;
        if (filename != null && filename != PyNone.NONE) {
          if (e.getType() == BlockingIOError && isNumber(filename)) {
            e.written = writtenValue(filename);
          } else {
            d.put("filename", filename);
            if (args.length >= 5 && args[4] != PyNone.NONE) {
              d.put("filename2", args[4]);
            }
            all = new PyTuple(args[0], args[1]);
          }
        }
        d.put("errno", args[0]);
        d.put("strerror", args[1]);
      }
      e.args = all;
    }

    /** {@code PyNumber_Check}. */
    private static boolean isNumber(Object o) {
      PyType t = PyType.of(o);
      return t.hasSlot(SpecialMethod.op_index) || t.hasSlot(SpecialMethod.op_int)
          || t.hasSlot(SpecialMethod.op_float) || t.isSubtypeOf(PyComplex.TYPE);
    }

    /** {@code PyNumber_AsSsize_t(v, PyExc_ValueError)}. */
    private static long writtenValue(Object v) {
      Object i = PyNumber.index(v);
      if (i instanceof Long l) {
        return l;
      }
      throw PyErr.format(ValueError, "cannot fit '%s' into an index-sized integer",
          PyType.of(v).getName());
    }

    @Getter("characters_written")
    static Object charactersWritten(Object self) {
      long w = ((PyBaseException) self).written;
      if (w == -1) {
        throw PyErr.format(AttributeError, "characters_written");
      }
      return w;
    }

    @Setter("characters_written")
    static void setCharactersWritten(Object self, Object value) {
      PyBaseException e = (PyBaseException) self;
      if (value == null) {
        if (e.written == -1) {
          throw PyErr.format(AttributeError, "characters_written");
        }
        e.written = -1;
        return;
      }
      e.written = writtenValue(value);
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
        // PyArg_ParseTuple(info, "OOOO|OO") with no function name
        if (info.size() < 4) {
          throw PyErr.format(
              TypeError, "function takes at least 4 arguments (%d given)", info.size());
        }
        if (info.size() > 6) {
          throw PyErr.format(
              TypeError, "function takes at most 6 arguments (%d given)", info.size());
        }
        if (info.size() == 5) {
          throw PyErr.format(
              TypeError, "end_offset must be provided when end_lineno is provided");
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
