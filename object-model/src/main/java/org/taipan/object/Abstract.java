package org.taipan.object;

import java.lang.invoke.MethodHandle;

/**
 * The abstract object layer, CPython's {@code Objects/abstract.c} and {@code Objects/object.c}:
 * attribute access, calls, {@code repr}/{@code str}, truth, hashing, rich comparison, items,
 * length and iteration on any Python value. Numeric operators are in {@link PyNumber}.
 */
public final class Abstract {
  private Abstract() {}

  /** Comparison operator codes, as CPython's {@code Py_LT} … {@code Py_GE}. */
  public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

  private static final String[] CMP_SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
  private static final SpecialMethod[] CMP_SLOT = {
    SpecialMethod.op_lt,
    SpecialMethod.op_le,
    SpecialMethod.op_eq,
    SpecialMethod.op_ne,
    SpecialMethod.op_gt,
    SpecialMethod.op_ge
  };
  private static final int[] CMP_SWAP = {GT, GE, EQ, NE, LT, LE};

  // ---------------------------------------------------------------- attributes

  /** {@code PyObject_GetAttr}. */
  public static Object getAttr(Object o, String name) {
    PyType t = PyType.of(o);
    MethodHandle ga = t.slot(SpecialMethod.op_getattribute);
    try {
      return Slots.call(ga, o, name);
    } catch (PyException e) {
      if (e.matches(PyExc.AttributeError) && t.hasSlot(SpecialMethod.op_getattr)) {
        try {
          return Slots.call(t.slot(SpecialMethod.op_getattr), o, name);
        } catch (PyException e2) {
          throw withAttributeContext(e2, o, name);
        }
      }
      throw withAttributeContext(e, o, name);
    } catch (EmptyException e) {
      throw PyErr.noAttribute(o, name);
    }
  }

  /**
   * {@code set_attribute_error_context}: an AttributeError that names neither attribute nor
   * object gets both, for the "Did you mean" of its traceback.
   */
  private static PyException withAttributeContext(PyException e, Object o, String name) {
    if (e.matches(PyExc.AttributeError)) {
      PyDict d = e.value.getDict();
      Object n = d.get("name");
      Object obj = d.get("obj");
      if ((n == null || n == PyNone.NONE) && (obj == null || obj == PyNone.NONE)) {
        d.put("name", name);
        d.put("obj", o);
      }
    }
    return e;
  }

  /** {@code getattr(o, name, None)}-like lookup returning null when the attribute is absent. */
  public static Object lookupAttr(Object o, String name) {
    try {
      return getAttr(o, name);
    } catch (PyException e) {
      if (e.matches(PyExc.AttributeError)) {
        return null;
      }
      throw e;
    }
  }

  /** {@code PyObject_SetAttr}. */
  public static void setAttr(Object o, String name, Object value) {
    PyType t = PyType.of(o);
    try {
      Slots.call(t.slot(SpecialMethod.op_setattr), o, name, value);
    } catch (EmptyException e) {
      throw PyErr.format(
          PyExc.TypeError,
          "'%s' object has no attributes (assign to .%s)",
          t.tpName(),
          name);
    }
  }

  /** {@code PyObject_DelAttr}. */
  public static void delAttr(Object o, String name) {
    PyType t = PyType.of(o);
    try {
      Slots.call(t.slot(SpecialMethod.op_delattr), o, name);
    } catch (EmptyException e) {
      throw PyErr.format(
          PyExc.TypeError, "'%s' object has no attributes (del .%s)", t.tpName(), name);
    }
  }

  /**
   * The method {@code name} of {@code o} for a call, without making a bound method when the
   * attribute is a plain method ({@code _PyObject_GetMethod}): returns {@code {callable, self}}
   * where self is null when {@code callable} is already bound.
   */
  public static Object[] getMethod(Object o, String name) {
    PyType t = PyType.of(o);
    if (t.slot(SpecialMethod.op_getattribute) == PyType.OBJECT.slot(SpecialMethod.op_getattribute)
        && !t.hasSlot(SpecialMethod.op_getattr)) {
      Object descr = t.lookup(name);
      if (descr instanceof MethodLike) {
        if (!(o instanceof WithDict wd) || wd.getDict().get(name) == null) {
          return new Object[] {descr, o};
        }
      }
    }
    return new Object[] {getAttr(o, name), null};
  }

  // ---------------------------------------------------------------- calls

  /** {@code PyObject_Vectorcall}. */
  public static Object call(Object callable, Object[] args, String[] kwnames) {
    if (callable instanceof PyCallable c) {
      return c.call(args, kwnames);
    }
    PyType t = PyType.of(callable);
    try {
      return Slots.call(t.slot(SpecialMethod.op_call), callable, args, kwnames);
    } catch (EmptyException e) {
      throw PyErr.format(PyExc.TypeError, "'%.200s' object is not callable", t.tpName());
    }
  }

  /** Calls with positional arguments only. */
  public static Object call(Object callable, Object... args) {
    return call(callable, args, null);
  }

  /** Calls a method by name: {@code o.name(*args)}. */
  public static Object callMethod(Object o, String name, Object... args) {
    Object[] m = getMethod(o, name);
    if (m[1] != null) {
      Object[] a = new Object[args.length + 1];
      a[0] = m[1];
      System.arraycopy(args, 0, a, 1, args.length);
      return call(m[0], a, null);
    }
    return call(m[0], args, null);
  }

  /**
   * Calls {@code f}, found on {@code type(self)}, as a method of {@code self}: directly with self
   * prepended when {@code f} is {@link MethodLike}, otherwise through {@code f.__get__}.
   */
  public static Object callAsMethod(Object f, Object self, Object[] args, String[] kwnames) {
    if (f instanceof MethodLike m) {
      Object[] a = new Object[args.length + 1];
      a[0] = self;
      System.arraycopy(args, 0, a, 1, args.length);
      return m.call(a, kwnames);
    }
    PyType ft = PyType.of(f);
    Object bound = f;
    if (ft.hasSlot(SpecialMethod.op_get)) {
      bound = Slots.call(ft.slot(SpecialMethod.op_get), f, self, PyType.of(self));
    }
    return call(bound, args, kwnames);
  }

  /**
   * {@code _PyObject_LookupSpecial}: {@code name} looked up on {@code type(o)} (never on the
   * instance) and bound to {@code o}, or null when the type does not define it.
   */
  public static Object lookupSpecial(Object o, String name) {
    Object f = PyType.of(o).lookup(name);
    if (f == null) {
      return null;
    }
    if (f instanceof MethodLike) {
      return new PyMethod(f, o);
    }
    PyType ft = PyType.of(f);
    if (ft.hasSlot(SpecialMethod.op_get)) {
      return Slots.call(ft.slot(SpecialMethod.op_get), f, o, PyType.of(o));
    }
    return f;
  }

  /** Whether {@code o} is a sequence ({@code PySequence_Check}): it has {@code __getitem__} and is no dict. */
  public static boolean sequenceCheck(Object o) {
    PyType t = PyType.of(o);
    return !t.isSubtypeOf(PyDict.TYPE) && t.hasSlot(SpecialMethod.op_getitem);
  }

  /** Whether {@code o} is callable ({@code PyCallable_Check}). */
  public static boolean isCallable(Object o) {
    return o instanceof PyCallable || PyType.of(o).hasSlot(SpecialMethod.op_call);
  }

  // ---------------------------------------------------------------- repr, str, truth, hash

  /** {@code PyObject_Repr}. */
  public static Object repr(Object o) {
    if (o instanceof String s) {
      return PyUnicode.repr(s);
    }
    Object r;
    PyRecursion.enter(" while getting the repr of an object");
    try {
      r = Slots.call(PyType.of(o).slot(SpecialMethod.op_repr), o);
    } catch (EmptyException e) {
      r = PyBaseObject.__repr__(o);
    } finally {
      PyRecursion.leave();
    }
    if (!PyUnicode.isStr(r)) {
      throw PyErr.format(
          PyExc.TypeError, "__repr__ returned non-string (type %s)", PyType.of(r).tpName());
    }
    return r;
  }

  /** {@code repr(o)} as a Java string. */
  public static String reprJava(Object o) {
    return PyUnicode.asJavaString(repr(o));
  }

  /** {@code PyObject_Str}. */
  public static Object str(Object o) {
    return PyUnicode.plain(strKeepingSubclass(o));
  }

  /** {@code PyObject_Str} proper: a str subclass instance that {@code __str__} returns is kept. */
  static Object strKeepingSubclass(Object o) {
    if (o instanceof String || o instanceof PyCodePoints) {
      return o;
    }
    Object r;
    try {
      r = Slots.call(PyType.of(o).slot(SpecialMethod.op_str), o);
    } catch (EmptyException e) {
      return repr(o);
    }
    if (!PyUnicode.isStr(r)) {
      throw PyErr.format(
          PyExc.TypeError, "__str__ returned non-string (type %s)", PyType.of(r).tpName());
    }
    return r;
  }

  /** {@code str(o)} as a Java string. */
  public static String strJava(Object o) {
    return PyUnicode.asJavaString(str(o));
  }

  /** {@code PyObject_IsTrue}. */
  public static boolean isTrue(Object o) {
    if (o instanceof Boolean b) {
      return b;
    } else if (o == PyNone.NONE) {
      return false;
    } else if (o instanceof Long l) {
      return l != 0;
    } else if (o instanceof String s) {
      return !s.isEmpty();
    }
    PyType t = PyType.of(o);
    if (t.hasSlot(SpecialMethod.op_bool)) {
      Object r = Slots.call(t.slot(SpecialMethod.op_bool), o);
      if (r instanceof Boolean b) {
        return b;
      }
      throw PyErr.format(
          PyExc.TypeError, "__bool__ should return bool, returned %s", PyType.of(r).tpName());
    }
    if (t.hasSlot(SpecialMethod.op_len)) {
      return size(o) != 0;
    }
    return true;
  }

  /** {@code PyObject_Hash}. */
  public static long hash(Object o) {
    if (o instanceof String s) {
      return PyUnicode.hash(s);
    } else if (o instanceof Long l) {
      return PyLong.hash(l);
    }
    PyType t = PyType.of(o);
    Object r;
    try {
      r = Slots.call(t.slot(SpecialMethod.op_hash), o);
    } catch (EmptyException e) {
      throw PyErr.format(PyExc.TypeError, "unhashable type: '%s'", t.tpName());
    }
    if (r instanceof Long l) {
      return l == -1 ? -2 : l;
    } else if (r instanceof Boolean b) {
      return b ? 1 : 0;
    } else if (r instanceof java.math.BigInteger b) {
      return PyLong.hash(b);
    } else if (PyLong.isInt(r)) {
      // an int subclass: its value, as slot_tp_hash takes PyLong_AsSsize_t of it
      java.math.BigInteger b = PyLong.big(r);
      if (b.bitLength() < 64) {
        long l = b.longValue();
        return l == -1 ? -2 : l;
      }
      return PyLong.hash(b);
    }
    throw PyErr.format(PyExc.TypeError, "__hash__ method should return an integer");
  }

  // ---------------------------------------------------------------- comparison

  /** {@code PyObject_RichCompare}. */
  public static Object richCompare(Object v, Object w, int op) {
    PyType vt = PyType.of(v);
    PyType wt = PyType.of(w);
    boolean checkedReverse = false;
    if (vt != wt && wt.isSubtypeOf(vt) && wt.hasSlot(CMP_SLOT[CMP_SWAP[op]])) {
      checkedReverse = true;
      Object r = Slots.call(wt.slot(CMP_SLOT[CMP_SWAP[op]]), w, v);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (vt.hasSlot(CMP_SLOT[op])) {
      Object r = Slots.call(vt.slot(CMP_SLOT[op]), v, w);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    if (!checkedReverse && wt.hasSlot(CMP_SLOT[CMP_SWAP[op]])) {
      Object r = Slots.call(wt.slot(CMP_SLOT[CMP_SWAP[op]]), w, v);
      if (r != PyNotImplemented.NOT_IMPLEMENTED) {
        return r;
      }
    }
    switch (op) {
      case EQ:
        return v == w;
      case NE:
        return v != w;
      default:
        throw PyErr.format(
            PyExc.TypeError,
            "'%s' not supported between instances of '%.100s' and '%.100s'",
            CMP_SYMBOL[op],
            vt.tpName(),
            wt.tpName());
    }
  }

  /** {@code PyObject_RichCompareBool}: identity implies equality, as in CPython. */
  public static boolean richCompareBool(Object v, Object w, int op) {
    if (v == w) {
      if (op == EQ) {
        return true;
      } else if (op == NE) {
        return false;
      }
    }
    if (op == EQ && v instanceof Long a && w instanceof Long b) {
      return a.longValue() == b.longValue();
    }
    if (op == EQ && v instanceof String a && w instanceof String b) {
      return a.equals(b);
    }
    return isTrue(richCompare(v, w, op));
  }

  /** {@code v == w} as Python computes it for containers. */
  public static boolean equals(Object v, Object w) {
    return richCompareBool(v, w, EQ);
  }

  /** The symbol of a comparison code. */
  public static String compareSymbol(int op) {
    return CMP_SYMBOL[op];
  }

  // ---------------------------------------------------------------- items and length

  /** {@code PyObject_GetItem}. */
  public static Object getItem(Object o, Object key) {
    if (o instanceof PyList l && o.getClass() == PyList.class && key instanceof Long i) {
      return l.getItem(i);
    }
    PyType t = PyType.of(o);
    try {
      return Slots.call(t.slot(SpecialMethod.op_getitem), o, key);
    } catch (EmptyException e) {
      if (o instanceof PyType ty) {
        if (PyGenericAlias.isGeneric(ty)) {
          return new PyGenericAlias(ty, key);
        }
        Object cgi = Abstract.lookupAttr(ty, "__class_getitem__");
        if (cgi != null) {
          return call(cgi, key);
        }
        throw PyErr.format(
            PyExc.TypeError, "type '%.200s' is not subscriptable", ty.tpName());
      }
      throw PyErr.format(
          PyExc.TypeError, "'%.200s' object is not subscriptable", t.tpName());
    }
  }

  /** {@code PyObject_SetItem}. */
  public static void setItem(Object o, Object key, Object value) {
    PyType t = PyType.of(o);
    try {
      Slots.call(t.slot(SpecialMethod.op_setitem), o, key, value);
    } catch (EmptyException e) {
      throw PyErr.format(
          PyExc.TypeError, "'%.200s' object does not support item assignment", t.tpName());
    }
  }

  /** {@code PyObject_DelItem}. */
  public static void delItem(Object o, Object key) {
    PyType t = PyType.of(o);
    try {
      Slots.call(t.slot(SpecialMethod.op_delitem), o, key);
    } catch (EmptyException e) {
      // CPython says "doesn't" when it got as far as PySequence_DelItem: the type has sequence
      // methods (every heap type has) and the key is an index
      boolean sequence = t.isHeapType() || t.hasSlot(SpecialMethod.op_len)
          || t.hasSlot(SpecialMethod.op_contains) || t.hasSlot(SpecialMethod.op_getitem);
      if (sequence && PyNumber.isIndex(key)) {
        throw PyErr.format(
            PyExc.TypeError, "'%.200s' object doesn't support item deletion", t.tpName());
      }
      throw PyErr.format(
          PyExc.TypeError, "'%.200s' object does not support item deletion", t.tpName());
    }
  }

  /** {@code PyObject_Size} as a Java int, for sizes used as Java indices. */
  public static int size(Object o) {
    long n = sizeLong(o);
    if (n > Integer.MAX_VALUE) {
      // Java arrays and strings stop here: sizes past them cannot be used as Java indices
      throw PyErr.format(
          PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return (int) n;
  }

  /** {@code PyObject_Size} in CPython's full {@code Py_ssize_t} range ({@code len()}). */
  public static long sizeLong(Object o) {
    PyType t = PyType.of(o);
    Object r;
    try {
      r = Slots.call(t.slot(SpecialMethod.op_len), o);
    } catch (EmptyException e) {
      throw PyErr.format(PyExc.TypeError, "object of type '%.200s' has no len()", t.tpName());
    }
    if (!PyNumber.isIndex(r)) {
      throw PyErr.format(PyExc.TypeError, "'%.200s' object cannot be interpreted as an integer",
          PyType.of(r).tpName());
    }
    Object i = PyNumber.index(r);
    if (i instanceof Long l && l < 0 || i instanceof java.math.BigInteger b && b.signum() < 0) {
      throw PyErr.format(PyExc.ValueError, "__len__() should return >= 0");
    }
    if (!(i instanceof Long l)) {
      throw PyErr.format(
          PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return l;
  }

  /** {@code PySequence_Contains}: {@code item in o}. */
  public static boolean contains(Object o, Object item) {
    PyType t = PyType.of(o);
    if (t.hasSlot(SpecialMethod.op_contains)) {
      return isTrue(Slots.call(t.slot(SpecialMethod.op_contains), o, item));
    }
    Object it = iter(o);
    for (Object x; (x = next(it)) != null; ) {
      if (richCompareBool(x, item, EQ)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- iteration

  /** {@code PyObject_GetIter}. */
  public static Object iter(Object o) {
    PyType t = PyType.of(o);
    if (t.hasSlot(SpecialMethod.op_iter)) {
      Object it = Slots.call(t.slot(SpecialMethod.op_iter), o);
      if (!PyType.of(it).hasSlot(SpecialMethod.op_next)) {
        throw PyErr.format(
            PyExc.TypeError,
            "iter() returned non-iterator of type '%.100s'",
            PyType.of(it).tpName());
      }
      return it;
    }
    if (t.hasSlot(SpecialMethod.op_getitem) && !(o instanceof PyDict)) {
      return new PySeqIterator(o);
    }
    throw PyErr.format(PyExc.TypeError, "'%.200s' object is not iterable", t.tpName());
  }

  /**
   * {@code PyIter_Next}: the next item, or null when the iterator is exhausted (a {@code
   * StopIteration} is swallowed).
   */
  /**
   * {@code tp_iternext} called as {@code next(it)} calls it: a StopIteration the iterator raises
   * propagates with its value (an iterator of ours that simply ends raises a bare one).
   */
  public static Object nextOrRaise(Object it) {
    if (it instanceof PyIterator pi) {
      return pi.nextOrRaise();
    }
    PyType t = PyType.of(it);
    try {
      return Slots.call(t.slot(SpecialMethod.op_next), it);
    } catch (EmptyException e) {
      throw PyErr.format(
          PyExc.TypeError, "'%.200s' object is not an iterator", t.tpName());
    }
  }

  public static Object next(Object it) {
    if (it instanceof PyIterator pi) {
      return pi.next();
    }
    PyType t = PyType.of(it);
    try {
      return Slots.call(t.slot(SpecialMethod.op_next), it);
    } catch (PyException e) {
      if (e.matches(PyExc.StopIteration)) {
        return null;
      }
      throw e;
    } catch (EmptyException e) {
      throw PyErr.format(
          PyExc.TypeError, "'%.200s' object is not an iterator", t.tpName());
    }
  }

  /** {@code isinstance(o, cls)} ({@code PyObject_IsInstance}). */
  public static boolean isInstance(Object o, Object cls) {
    if (PyType.of(o) == cls) {
      return true;
    }
    if (cls instanceof PyType t && t.getType() == PyType.TYPE) {
      return objectIsInstance(o, cls);
    }
    if (cls instanceof PyGenericAlias.Union u) {
      cls = u.args;
    }
    if (cls instanceof PyTuple tup) {
      PyRecursion.enter(" in __instancecheck__");
      try {
        for (int i = 0; i < tup.size(); i++) {
          if (isInstance(o, tup.get(i))) {
            return true;
          }
        }
        return false;
      } finally {
        PyRecursion.leave();
      }
    }
    Object check = lookupSpecial(cls, "__instancecheck__");
    if (check != null) {
      PyRecursion.enter(" in __instancecheck__");
      try {
        return isTrue(call(check, o));
      } finally {
        PyRecursion.leave();
      }
    }
    return objectIsInstance(o, cls);
  }

  /**
   * {@code object_isinstance}, what {@code type.__instancecheck__} does: {@code o}'s type or its
   * {@code __class__} derives from {@code cls}; a {@code cls} that is no type counts as a class
   * when it has a tuple {@code __bases__}.
   */
  public static boolean objectIsInstance(Object o, Object cls) {
    if (cls instanceof PyType t) {
      PyType ot = PyType.of(o);
      if (ot.isSubtypeOf(t)) {
        return true;
      }
      Object icls = declaredClass(o);
      return icls != ot && icls instanceof PyType it && it.isSubtypeOf(t);
    }
    checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    Object icls = declaredClass(o);
    return icls != null && abstractIsSubclass(icls, cls);
  }

  /** {@code o.__class__}, or null when it has none; its type when that is not overridden. */
  private static Object declaredClass(Object o) {
    PyType ot = PyType.of(o);
    if (ot.lookup("__class__") == PyType.OBJECT.lookup("__class__")
        && ot.slot(SpecialMethod.op_getattribute)
            == PyType.OBJECT.slot(SpecialMethod.op_getattribute)) {
      return ot;
    }
    return lookupAttr(o, "__class__");
  }

  /** {@code issubclass(derived, cls)} ({@code PyObject_IsSubclass}). */
  public static boolean isSubclass(Object derived, Object cls) {
    if (cls instanceof PyType t && t.getType() == PyType.TYPE) {
      return derived == cls || recursiveIsSubclass(derived, cls);
    }
    if (cls instanceof PyGenericAlias.Union u) {
      cls = u.args;
    }
    if (cls instanceof PyTuple tup) {
      PyRecursion.enter(" in __subclasscheck__");
      try {
        for (int i = 0; i < tup.size(); i++) {
          if (isSubclass(derived, tup.get(i))) {
            return true;
          }
        }
        return false;
      } finally {
        PyRecursion.leave();
      }
    }
    Object check = lookupSpecial(cls, "__subclasscheck__");
    if (check != null) {
      PyRecursion.enter(" in __subclasscheck__");
      try {
        return isTrue(call(check, derived));
      } finally {
        PyRecursion.leave();
      }
    }
    return recursiveIsSubclass(derived, cls);
  }

  /**
   * {@code recursive_issubclass}, what {@code type.__subclasscheck__} does: the MRO for types,
   * else a walk over {@code __bases__}.
   */
  public static boolean recursiveIsSubclass(Object derived, Object cls) {
    if (cls instanceof PyType t && derived instanceof PyType d) {
      return d.isSubtypeOf(t);
    }
    checkClass(derived, "issubclass() arg 1 must be a class");
    if (!(cls instanceof PyGenericAlias.Union)) {
      checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
    return abstractIsSubclass(derived, cls);
  }

  /** {@code check_class}: raises TypeError({@code message}) unless {@code cls} has tuple bases. */
  private static void checkClass(Object cls, String message) {
    if (abstractBases(cls) == null) {
      throw PyErr.format(PyExc.TypeError, "%s", message);
    }
  }

  /** {@code abstract_get_bases}: {@code cls.__bases__} when it is a tuple, else null. */
  private static PyTuple abstractBases(Object cls) {
    return lookupAttr(cls, "__bases__") instanceof PyTuple t ? t : null;
  }

  /** {@code abstract_issubclass}: {@code cls} is {@code derived} or one of its {@code __bases__}, transitively. */
  private static boolean abstractIsSubclass(Object derived, Object cls) {
    PyTuple bases;
    while (true) {
      if (derived == cls) {
        return true;
      }
      bases = abstractBases(derived);
      if (bases == null || bases.size() == 0) {
        return false;
      }
      if (bases.size() > 1) {
        break;
      }
      derived = bases.get(0);
    }
    for (int i = 0; i < bases.size(); i++) {
      PyRecursion.enter(" in __issubclass__");
      try {
        if (abstractIsSubclass(bases.get(i), cls)) {
          return true;
        }
      } finally {
        PyRecursion.leave();
      }
    }
    return false;
  }

  /** {@code format(o, spec)} ({@code PyObject_Format}). */
  public static Object format(Object o, Object spec) {
    if (o instanceof String s && PyUnicode.asJavaString(spec).isEmpty()) {
      return s;
    }
    // looked up on the type, never the instance
    Object meth = lookupSpecial(o, "__format__");
    if (meth == null) {
      throw PyErr.format(PyExc.TypeError, "Type %.100s doesn't define __format__",
          PyType.of(o).tpName());
    }
    Object r = call(meth, spec);
    if (!PyUnicode.isStr(r)) {
      throw PyErr.format(PyExc.TypeError, "__format__ must return a str, not %.200s",
          PyType.of(r).tpName());
    }
    return r;
  }
}
