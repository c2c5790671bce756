package org.taipan.object;

import java.math.BigInteger;
import org.taipan.api.expose.PythonMethod;

/**
 * The pickling protocol of {@code object} ({@code __reduce_ex__}, {@code __reduce__}, {@code
 * __getstate__}), CPython's {@code reduce_newobj}, {@code object_getstate} and {@code
 * _common_reduce} in {@code Objects/typeobject.c}. {@code copy} and {@code pickle} rely on it to
 * rebuild instances of classes: protocol 2 and above name {@code copyreg.__newobj__}, lower ones
 * defer to {@code copyreg._reduce_ex}.
 */
final class ObjectReduce {
  private ObjectReduce() {}

  /** {@code object.__reduce_ex__(protocol, /)}: {@code __reduce__} when a class overrides it. */
  @PythonMethod
  static Object __reduce_ex__(Object self, Object protocol) {
    Object p = PyNumber.index(protocol);
    Object reduce = Abstract.lookupAttr(self, "__reduce__");
    if (reduce != null) {
      Object clsReduce = Abstract.getAttr(PyType.of(self), "__reduce__");
      if (clsReduce != PyType.OBJECT.getOwn("__reduce__")) {
        return Abstract.call(reduce);
      }
    }
    return commonReduce(self, p instanceof Long l ? l : ((BigInteger) p).signum());
  }

  /** {@code object.__reduce__()}: the protocol 0 reduction. */
  @PythonMethod
  static Object __reduce__(Object self) {
    return commonReduce(self, 0);
  }

  /** {@code object.__getstate__()}: the instance dict and slot values, or None. */
  @PythonMethod
  static Object __getstate__(Object self) {
    return defaultState(self, false);
  }

  private static Object commonReduce(Object self, long protocol) {
    if (protocol >= 2) {
      return reduceNewobj(self);
    }
    Object copyreg = PyImport.importModule("copyreg");
    return Abstract.callMethod(copyreg, "_reduce_ex", self, protocol);
  }

  /** {@code reduce_newobj}: {@code (copyreg.__newobj__, (cls, *args), state, items, dictitems)}. */
  private static Object reduceNewobj(Object obj) {
    PyType cls = PyType.of(obj);
    if (cls.lookup("__new__") == null) {
      throw PyErr.format(PyExc.TypeError, "cannot pickle '%.200s' object", cls.getName());
    }
    Object[] newArgs = newArguments(obj);
    Object args = newArgs[0];
    Object kwargs = newArgs[1];
    Object copyreg = PyImport.importModule("copyreg");
    Object newobj;
    PyTuple newargs;
    boolean hasArgs = args != null;
    if (kwargs == null || ((PyDict) kwargs).size() == 0) {
      newobj = Abstract.getAttr(copyreg, "__newobj__");
      Object[] a = args == null ? new Object[0] : ((PyTuple) args).toArray();
      Object[] na = new Object[a.length + 1];
      na[0] = cls;
      System.arraycopy(a, 0, na, 1, a.length);
      newargs = new PyTuple(na);
    } else {
      newobj = Abstract.getAttr(copyreg, "__newobj_ex__");
      newargs = new PyTuple(cls, args, kwargs);
    }
    boolean isList = obj instanceof PyList;
    boolean isDict = obj instanceof PyDict;
    Object state = getState(obj, !(hasArgs || isList || isDict));
    Object listItems = isList ? Abstract.iter(obj) : PyNone.NONE;
    Object dictItems = isDict ? Abstract.iter(Abstract.callMethod(obj, "items")) : PyNone.NONE;
    return new PyTuple(newobj, newargs, state, listItems, dictItems);
  }

  /**
   * CPython's {@code _PyObject_GetNewArguments}: {@code {args, kwargs}} from {@code
   * __getnewargs_ex__} or {@code __getnewargs__}, nulls when the object has neither.
   */
  private static Object[] newArguments(Object obj) {
    Object getnewargsEx = Abstract.lookupSpecial(obj, "__getnewargs_ex__");
    if (getnewargsEx != null) {
      Object r = Abstract.call(getnewargsEx);
      if (!(r instanceof PyTuple t)) {
        throw PyErr.format(
            PyExc.TypeError,
            "__getnewargs_ex__ should return a tuple, not '%.200s'",
            PyType.of(r).getName());
      }
      if (t.size() != 2) {
        throw PyErr.format(
            PyExc.ValueError,
            "__getnewargs_ex__ should return a tuple of length 2, not %d",
            t.size());
      }
      if (!(t.get(0) instanceof PyTuple)) {
        throw PyErr.format(
            PyExc.TypeError,
            "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not"
                + " '%.200s'",
            PyType.of(t.get(0)).getName());
      }
      if (!(t.get(1) instanceof PyDict)) {
        throw PyErr.format(
            PyExc.TypeError,
            "second item of the tuple returned by __getnewargs_ex__ must be a dict, not"
                + " '%.200s'",
            PyType.of(t.get(1)).getName());
      }
      return new Object[] {t.get(0), t.get(1)};
    }
    Object getnewargs = Abstract.lookupSpecial(obj, "__getnewargs__");
    if (getnewargs != null) {
      Object r = Abstract.call(getnewargs);
      if (!(r instanceof PyTuple)) {
        throw PyErr.format(
            PyExc.TypeError,
            "__getnewargs__ should return a tuple, not '%.200s'",
            PyType.of(r).getName());
      }
      return new Object[] {r, null};
    }
    return new Object[] {null, null};
  }

  /** {@code object_getstate}: an overriding {@code __getstate__}, or the default state. */
  private static Object getState(Object obj, boolean required) {
    Object getstate = Abstract.getAttr(obj, "__getstate__");
    if (getstate instanceof PyMethod m
        && m.self == obj
        && m.func == PyType.OBJECT.getOwn("__getstate__")) {
      return defaultState(obj, required);
    }
    return Abstract.call(getstate);
  }

  /**
   * {@code object_getstate_default}: the instance dict (None when empty), paired with a dict of
   * the slot values when there are any. {@code required} refuses objects whose Java layout holds
   * more than a dict and slots, which only {@code __new__} arguments could rebuild.
   */
  private static Object defaultState(Object obj, boolean required) {
    if (required
        && !(obj instanceof PyObjectInstance || obj instanceof PyBaseObject.Plain)) {
      throw PyErr.format(
          PyExc.TypeError, "cannot pickle '%.200s' object", PyType.of(obj).getName());
    }
    Object state = PyNone.NONE;
    if (obj instanceof WithDict wd && PyType.of(obj).lookup("__dict__") != null
        && wd.getDict().size() > 0) {
      state = wd.getDict();
    }
    Object slotNames = slotNames(PyType.of(obj));
    if (slotNames instanceof PyList names && names.size() > 0) {
      PyDict slots = new PyDict();
      for (Object name : names.toArray()) {
        Object value = Abstract.lookupAttr(obj, PyUnicode.asJavaString(name));
        if (value != null) {
          slots.put(name, value);
        }
      }
      if (slots.size() > 0) {
        state = new PyTuple(state, slots);
      }
    }
    return state;
  }

  /** {@code _PyType_GetSlotNames}: {@code cls.__slotnames__}, else {@code copyreg._slotnames}. */
  private static Object slotNames(PyType cls) {
    Object names = cls.getOwn("__slotnames__");
    if (names != null) {
      if (!(names instanceof PyList) && names != PyNone.NONE) {
        throw PyErr.format(
            PyExc.TypeError,
            "%.200s.__slotnames__ should be a list or None, not %.200s",
            cls.getName(),
            PyType.of(names).getName());
      }
      return names;
    }
    Object copyreg = PyImport.importModule("copyreg");
    names = Abstract.callMethod(copyreg, "_slotnames", cls);
    if (!(names instanceof PyList) && names != PyNone.NONE) {
      throw PyErr.format(PyExc.TypeError, "copyreg._slotnames didn't return a list or None");
    }
    return names;
  }
}
