package org.taipan.object;

import java.lang.invoke.MethodHandle;

/**
 * A method of a builtin type ({@code list.append}), CPython's {@code method_descriptor} ({@code
 * PyMethodDescr_Type}): an {@link ArgParser} and a handle taking the bound Java arguments.
 */
public final class PyMethodDescr implements MethodLike, PyObject {
  final PyType owner;
  final String name;
  final ArgParser parser;
  /** The Java method, taking self and the parsed arguments one by one. */
  private final MethodHandle target;
  /** {@link #target} taking them as one array; made on the first call, as in {@link PyBuiltinFunction}. */
  private MethodHandle spread;

  /**
   * A method descriptor.
   *
   * @param handle the Java method, taking self and the parsed arguments one by one (Java's own
   *     parameter types; a void method returns None)
   */
  PyMethodDescr(PyType owner, String name, ArgParser parser, MethodHandle handle) {
    this.owner = owner;
    this.name = name;
    this.parser = parser;
    this.target = handle;
  }

  @Override
  public PyType getType() {
    return DescrTypes.METHOD;
  }

  @Override
  public Object call(Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    if (args.length - nk < 1) {
      throw PyErr.format(
          PyExc.TypeError,
          "unbound method %s.%s() needs an argument",
          owner.getName(),
          name);
    }
    Object self = args[0];
    if (!PyType.of(self).isSubtypeOf(owner)) {
      throw PyErr.format(
          PyExc.TypeError,
          "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
          name,
          owner.getName(),
          PyType.of(self).getName());
    }
    Object[] jargs = parser.parse(self, args, 1, kwnames);
    try {
      MethodHandle h = spread;
      if (h == null) {
        h = ArgParser.spread(target);
        spread = h;
      }
      return (Object) h.invokeExact(jargs);
    } catch (Throwable t) {
      throw Slots.rethrow(t);
    }
  }

  static Object __get__(Object self, Object obj, Object type) {
    if (obj == null) {
      return self;
    }
    return new PyMethod(self, obj);
  }

  static Object __repr__(Object self) {
    PyMethodDescr d = (PyMethodDescr) self;
    return "<method '" + d.name + "' of '" + d.owner.tpName() + "' objects>";
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyMethodDescr) self).call(args, kwnames);
  }

  @Getter("__doc__")
  static Object docAttr(Object self) {
    PyMethodDescr d = (PyMethodDescr) self;
    return BuiltinDocs.docOr(BuiltinDocs.key(d.owner) + "." + d.name, null);
  }

  @Getter("__text_signature__")
  static Object textSignature(Object self) {
    PyMethodDescr d = (PyMethodDescr) self;
    return BuiltinDocs.signatureOrNone(BuiltinDocs.key(d.owner) + "." + d.name);
  }

  @Getter("__name__")
  static Object nameAttr(Object self) {
    return ((PyMethodDescr) self).name;
  }

  @Getter("__qualname__")
  static Object qualname(Object self) {
    PyMethodDescr d = (PyMethodDescr) self;
    return d.owner.getName() + "." + d.name;
  }

  @Getter("__objclass__")
  static Object objclass(Object self) {
    return ((PyMethodDescr) self).owner;
  }
}
