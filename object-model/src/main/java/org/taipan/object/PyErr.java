package org.taipan.object;

/**
 * Raising Python exceptions from Java, CPython's {@code Python/errors.c} ({@code PyErr_Format},
 * {@code PyErr_SetString}): each method returns a {@link PyException} for the caller to throw.
 */
public final class PyErr {
  private PyErr() {}

  /** A new exception of {@code type} with the formatted message as its one argument. */
  public static PyException format(PyType type, String fmt, Object... args) {
    String msg = args.length == 0 ? fmt : String.format(fmt, args);
    return newException(type, msg);
  }

  /** A new exception made by calling {@code type} with {@code args}. */
  public static PyException newException(PyType type, Object... args) {
    Object e = type.call(args, null);
    if (!(e instanceof PyBaseException be)) {
      return format(
          PyExc.TypeError,
          "calling %s should have returned an instance of BaseException, not %s",
          Abstract.repr(type),
          PyType.of(e).getName());
    }
    return new PyException(be);
  }

  /** {@code AttributeError} with its {@code name} and {@code obj} set. */
  public static PyException attributeError(Object obj, String name, String msg) {
    PyException e = newException(PyExc.AttributeError, msg);
    e.value.getDict().put("name", name);
    e.value.getDict().put("obj", obj);
    return e;
  }

  /** {@code 'T' object has no attribute 'name'}. */
  public static PyException noAttribute(Object obj, String name) {
    if (obj instanceof PyModule m) {
      return attributeError(
          obj, name, String.format("module '%s' has no attribute '%s'", m.getName(), name));
    }
    return attributeError(
        obj,
        name,
        String.format("'%.50s' object has no attribute '%.400s'", PyType.of(obj).tpName(), name));
  }

  /** {@code NameError: name 'x' is not defined}. */
  public static PyException nameError(String name) {
    PyException e = format(PyExc.NameError, "name '%.200s' is not defined", name);
    e.value.getDict().put("name", name);
    return e;
  }

  /** A StopIteration carrying {@code value}. */
  public static PyException stopIteration(Object value) {
    if (value == PyNone.NONE) {
      return newException(PyExc.StopIteration);
    }
    return newException(PyExc.StopIteration, value);
  }
}
