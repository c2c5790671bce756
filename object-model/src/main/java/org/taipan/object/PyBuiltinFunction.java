package org.taipan.object;

import java.lang.invoke.MethodHandle;
import org.taipan.api.expose.PythonMethod;

/**
 * A function of a builtin module ({@code len}, {@code print}), or a builtin method bound to its
 * object: CPython's {@code builtin_function_or_method} ({@code Objects/methodobject.c}).
 */
public final class PyBuiltinFunction implements PyCallable, PyObject {
  final String name;
  final String module;
  final ArgParser parser;
  /** The Java method, taking the parsed arguments one by one, or null when made spread. */
  private final MethodHandle target;
  /** {@link #target} taking them as one array; made on the first call ({@link #spread()}). */
  private MethodHandle spread;
  /** {@code __doc__}, or null for None. */
  final String doc;

  /**
   * A builtin function.
   *
   * @param handle the Java method as a handle taking the parsed arguments as one array and
   *     returning an Object ({@link ArgParser#spread})
   */
  PyBuiltinFunction(String name, String module, ArgParser parser, MethodHandle handle) {
    this(name, module, parser, handle, null);
  }

  PyBuiltinFunction(
      String name, String module, ArgParser parser, MethodHandle handle, String doc) {
    this.name = name;
    this.module = module;
    this.parser = parser;
    this.target = null;
    this.spread = handle;
    this.doc = doc;
  }

  /**
   * A builtin function whose handle is adapted to take an array on its first call ({@link
   * #spread()}), as {@link Exposer} makes them.
   *
   * @param target the Java method, taking the parsed arguments one by one (Java's own parameter
   *     types; a void method returns None)
   */
  static PyBuiltinFunction unspread(
      String name, String module, ArgParser parser, MethodHandle target, String doc) {
    return new PyBuiltinFunction(name, module, parser, target, doc, false);
  }

  /** {@code lazy} only tells this constructor from the one taking a spread handle. */
  private PyBuiltinFunction(String name, String module, ArgParser parser, MethodHandle target,
      String doc, boolean lazy) {
    this.name = name;
    this.module = module;
    this.parser = parser;
    this.target = target;
    this.doc = doc;
  }

  @Override
  public PyType getType() {
    return DescrTypes.BUILTIN;
  }

  /** The function's name. */
  public String getName() {
    return name;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    Object[] jargs = parser.parse(null, args, 0, kwnames);
    try {
      return (Object) spread().invokeExact(jargs);
    } catch (Throwable t) {
      throw Slots.rethrow(t);
    }
  }

  /**
   * The handle taking the parsed arguments as an array. Made when first needed, not when the
   * module or type is exposed: most builtins are never called in a given run, and adapting every
   * one up front was a tenth of start-up. A race makes two equal handles, either of which serves.
   */
  private MethodHandle spread() {
    MethodHandle h = spread;
    if (h == null) {
      h = ArgParser.spread(target);
      spread = h;
    }
    return h;
  }

  /** Bound builtins are equal when bound to the same object ({@code meth_richcompare}). */
  static Object __eq__(Object self, Object other) {
    if (self instanceof PyMethod m) {
      return PyMethod.__eq__(m, other);
    }
    return self == other ? Boolean.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
  }

  static Object __hash__(Object self) {
    if (self instanceof PyMethod m) {
      return PyMethod.__hash__(m);
    }
    return (long) System.identityHashCode(self);
  }

  static Object __repr__(Object self) {
    if (self instanceof PyMethod m) {
      return PyMethod.__repr__(m);
    }
    if (self instanceof PyNewWrapper w) {
      return String.format(
          "<built-in method __new__ of type object at 0x%012x>",
          (long) System.identityHashCode(w.owner) * 16);
    }
    return "<built-in function " + ((PyBuiltinFunction) self).name + ">";
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyCallable) self).call(args, kwnames);
  }

  @Getter("__name__")
  static Object nameAttr(Object self) {
    if (self instanceof PyMethod m) {
      return Abstract.getAttr(m.func, "__name__");
    }
    return self instanceof PyBuiltinFunction f ? f.name : "__new__";
  }

  /**
   * The key of CPython's documentation for a builtin function or a bound builtin method: {@code
   * module.name} for a module's function, {@code module.Type.name} for a class method bound to
   * its builtin type; null when there is none.
   */
  private static String docKey(Object self) {
    if (self instanceof PyMethod m && m.func instanceof PyBuiltinFunction f && f.module == null
        && m.self instanceof PyType t && !t.isHeapType()) {
      return BuiltinDocs.key(t) + "." + f.name;
    }
    if (self instanceof PyNewWrapper w && !w.owner.isHeapType()) {
      return BuiltinDocs.key(w.owner) + ".__new__";
    }
    return self instanceof PyBuiltinFunction f && f.module != null ? f.module + "." + f.name
        : null;
  }

  @Getter("__doc__")
  static Object docAttr(Object self) {
    if (self instanceof PyBuiltinFunction f && f.doc != null) {
      return f.doc;
    }
    String key = docKey(self);
    if (key == null && self instanceof PyMethod m) {
      return Abstract.getAttr(m.func, "__doc__");
    }
    return key == null ? PyNone.NONE : BuiltinDocs.docOr(key, null);
  }

  @Getter("__text_signature__")
  static Object textSignature(Object self) {
    String key = docKey(self);
    if (key == null && self instanceof PyMethod m) {
      return Abstract.getAttr(m.func, "__text_signature__");
    }
    return key == null ? PyNone.NONE : BuiltinDocs.signatureOrNone(key);
  }

  @Getter("__self__")
  static Object selfAttr(Object self) {
    if (self instanceof PyMethod m) {
      return m.self;
    }
    if (self instanceof PyBuiltinFunction f && f.module != null) {
      // a module's function is bound to its module, as CPython's PyCFunction
      try {
        return PyImport.importModule(f.module);
      } catch (PyException e) {
        return PyNone.NONE;
      }
    }
    return PyNone.NONE;
  }

  @Getter("__qualname__")
  static Object qualname(Object self) {
    if (self instanceof PyMethod m) {
      return Abstract.getAttr(m.func, "__qualname__");
    }
    return nameAttr(self);
  }

  /**
   * {@code meth_reduce}: a module's function pickles by its name (a global), a bound method as
   * {@code getattr(self, name)}.
   */
  @PythonMethod
  static Object __reduce__(Object self) {
    if (self instanceof PyMethod m && !(m.self instanceof PyModule)) {
      return PyMethod.__reduce__(m);
    }
    return nameAttr(self);
  }

  @Getter("__module__")
  static Object moduleAttr(Object self) {
    return self instanceof PyBuiltinFunction f && f.module != null ? f.module : PyNone.NONE;
  }
}
