package org.taipan.object;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A Python type object ({@code type}), CPython's {@code PyTypeObject} and {@code
 * Objects/typeobject.c}: name, bases, MRO, the type's namespace, and the special-method slots as
 * {@link MethodHandle}s.
 *
 * <p>Java classes map to types through a {@link ClassValue} ({@link #of}): {@code Long} and {@code
 * BigInteger} to {@code int}, {@code String} to {@code str}, {@link PyList} to {@code list} and so
 * on. Objects whose type is not fixed by their Java class (instances of classes defined in Python,
 * exceptions) implement {@link PyObject}.
 */
public final class PyType implements PyObject, PyCallable, WithDict {

  private static final Map<Class<?>, PyType> REGISTERED = new ConcurrentHashMap<>();

  private static final ClassValue<PyType> CLASS_TYPES =
      new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
          PyType t = REGISTERED.get(c);
          if (t == null) {
            t = adopted(c);
          }
          if (t == null) {
            try {
              Class.forName(c.getName(), true, c.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
              // fall through to the superclass search
            }
            t = REGISTERED.get(c);
          }
          for (Class<?> s = c.getSuperclass(); t == null && s != null; s = s.getSuperclass()) {
            t = REGISTERED.get(s);
          }
          return t == null ? PyJavaObject.TYPE : t;
        }
      };

  /** Types of the Java classes the object model adopts as Python values. */
  private static PyType adopted(Class<?> c) {
    if (c == Long.class || c == BigInteger.class) {
      return PyLong.TYPE;
    } else if (c == Boolean.class) {
      return PyBool.TYPE;
    } else if (c == Double.class) {
      return PyFloat.TYPE;
    } else if (c == String.class || c == PyCodePoints.class) {
      return PyUnicode.TYPE;
    }
    return null;
  }

  /** {@code object}. */
  public static final PyType OBJECT;

  /** {@code type}. */
  public static final PyType TYPE;

  // before the types made below, whose instances may have a __dict__ or weak references
  private static final MethodHandle INSTANCE_DICT;
  private static final MethodHandle SET_INSTANCE_DICT;
  private static final MethodHandle SUBTYPE_DICT;
  private static final MethodHandle SET_SUBTYPE_DICT;
  private static final MethodHandle FIRST_WEAKREF;

  static {
    try {
      Lookup l = MethodHandles.lookup();
      INSTANCE_DICT = l.findStatic(PyType.class, "instanceDict", MethodType.methodType(Object.class, Object.class));
      SUBTYPE_DICT = l.findStatic(PyType.class, "subtypeDict", MethodType.methodType(Object.class, Object.class));
      MethodType setter = MethodType.methodType(void.class, Object.class, Object.class);
      SET_INSTANCE_DICT = l.findStatic(PyType.class, "setInstanceDict", setter);
      SET_SUBTYPE_DICT = l.findStatic(PyType.class, "setSubtypeDict", setter);
      FIRST_WEAKREF = l.findStatic(PyType.class, "firstWeakref", MethodType.methodType(Object.class, Object.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static {
    OBJECT = new PyType("object", "builtins", null, new PyType[0], false);
    TYPE = new PyType("type", "builtins", null, new PyType[] {OBJECT}, false);
    OBJECT.metatype = TYPE;
    TYPE.metatype = TYPE;
    OBJECT.allocator = PyObjectInstance::new;
    // Metaclasses: their instances are made by type.__new__, never by object.__new__.
    TYPE.allocator =
        t -> {
          throw PyErr.format(
              PyExc.TypeError, "type.__new__(%s): not enough arguments", t.getName());
        };
    OBJECT.computeMro();
    TYPE.computeMro();
    Exposer.expose(OBJECT, PyBaseObject.class, MethodHandles.lookup());
    Exposer.expose(OBJECT, ObjectReduce.class, MethodHandles.lookup());
    Exposer.expose(TYPE, PyType.class, MethodHandles.lookup());
    OBJECT.setDoc("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments "
        + "and returns a new featureless\ninstance that has no instance attributes and cannot "
        + "be given any.\n");
    OBJECT.fillSlots();
    TYPE.fillSlots();
    REGISTERED.put(PyType.class, TYPE);
    TYPE.weakrefable = true;
    Map<String, Object> objectClassMethods =
        Exposer.moduleFunctions(PyBaseObject.ClassMethods.class, MethodHandles.lookup(), null);
    for (String n : new String[] {"__init_subclass__", "__subclasshook__"}) {
      OBJECT.define(n, new PyClassMethod(objectClassMethods.get(n)));
    }
    TYPE.define("__prepare__", new PyClassMethod(
        Exposer.moduleFunctions(Prepare.class, MethodHandles.lookup(), null).get("__prepare__")));
  }

  private String name;
  private String qualname;
  private PyType metatype;
  private PyType[] bases;
  private PyType base;
  private PyType[] mro;
  private final boolean heapType;
  private boolean baseType = true;
  /** Instances have only their {@code __slots__}, no {@code __dict__}. */
  boolean slotsOnly;
  /** The (mangled, sorted) names of the slots this class adds ({@code ht_slots}); never null. */
  private String[] slotNames = new String[0];
  /** Whether this class gave its instances a {@code __dict__} its base's lacked. */
  private boolean addsDict;
  /** Whether this class gave its instances a {@code __weakref__} its base's lacked. */
  private boolean addsWeakref;
  /** Instances can be weakly referenced (a builtin type with {@code tp_weaklistoffset}). */
  boolean weakrefable;
  /**
   * The {@link TypeFlags} set on this type rather than derived from its kind: the collection
   * bits ({@code SEQUENCE}, {@code MAPPING}) and {@code IS_ABSTRACT}.
   */
  long extraFlags;
  private String doc;
  /**
   * The module of a builtin type, which CPython takes from {@code tp_name} and never keeps in
   * the namespace; a class keeps its {@code __module__} in its namespace.
   */
  private String staticModule;
  /** The type's namespace (CPython's {@code tp_dict}); keys are names. */
  final Map<String, Object> dict = new LinkedHashMap<>();
  /** The special-method slots, indexed by {@link SpecialMethod#ordinal()}. */
  final MethodHandle[] slots = new MethodHandle[SpecialMethod.COUNT];
  /** Creates an instance for {@code object.__new__}, or null if instances cannot be made so. */
  private Function<PyType, Object> allocator;
  private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
  /** Incremented whenever the namespace of this type or a base changes. */
  private int version;

  private PyType(String name, String module, PyType metatype, PyType[] bases, boolean heapType) {
    this.name = name;
    this.qualname = name;
    this.metatype = metatype;
    this.bases = bases;
    this.base = bases.length > 0 ? bases[0] : null;
    this.heapType = heapType;
    this.staticModule = module;
  }

  // ---------------------------------------------------------------- creation

  /**
   * Describes a builtin type for {@link #fromSpec}, as CPython's {@code PyType_Spec}.
   *
   * @param name the {@code __name__}
   * @param module the {@code __module__}
   * @param impl the class holding the special methods and {@code @PythonMethod}s
   * @param lookup a lookup with access to {@code impl}'s members
   * @param base the base type (object when null)
   * @param javaClasses the Java classes whose instances are of this type (may be empty)
   * @param allocator creates instances of Python subclasses; null to inherit the base's
   * @param baseType whether Python classes may subclass it
   */
  public record Spec(
      String name,
      String module,
      Class<?> impl,
      Lookup lookup,
      PyType base,
      List<Class<?>> javaClasses,
      Function<PyType, Object> allocator,
      boolean baseType) {

    /** A spec for a builtins type implemented by {@code impl} whose instances are {@code impl}. */
    public static Spec of(String name, Class<?> impl, Lookup lookup) {
      return new Spec(name, "builtins", impl, lookup, null, List.of(impl), null, true);
    }

    /** This spec with another base. */
    public Spec base(PyType b) {
      return new Spec(name, module, impl, lookup, b, javaClasses, allocator, baseType);
    }

    /** This spec with another module. */
    public Spec module(String m) {
      return new Spec(name, m, impl, lookup, base, javaClasses, allocator, baseType);
    }

    /** This spec with these instance classes. */
    public Spec classes(Class<?>... cs) {
      return new Spec(name, module, impl, lookup, base, List.of(cs), allocator, baseType);
    }

    /** This spec with an allocator for Python subclasses. */
    public Spec allocator(Function<PyType, Object> a) {
      return new Spec(name, module, impl, lookup, base, javaClasses, a, baseType);
    }

    /** This spec marked final (not subclassable). */
    public Spec notBaseType() {
      return new Spec(name, module, impl, lookup, base, javaClasses, allocator, false);
    }
  }

  /** Creates a builtin type from a spec and registers its Java classes ({@code PyType_FromSpec}). */
  public static PyType fromSpec(Spec spec) {
    PyType base = spec.base == null ? OBJECT : spec.base;
    PyType t = new PyType(spec.name, spec.module, TYPE, new PyType[] {base}, false);
    t.baseType = spec.baseType;
    t.extraFlags = base.extraFlags & (TypeFlags.SEQUENCE | TypeFlags.MAPPING);
    t.allocator = spec.allocator != null ? spec.allocator : base.allocator;
    t.computeMro();
    if (spec.impl != null) {
      Exposer.expose(t, spec.impl, spec.lookup);
    }
    for (Class<?> c : spec.javaClasses) {
      // instances with a dictionary of their own (CPython's tp_dictoffset) show it as __dict__
      if (WithDict.class.isAssignableFrom(c) && t.lookup("__dict__") == null) {
        t.define("__dict__",
            new PyGetSetDescr(t, "__dict__", INSTANCE_DICT, SET_INSTANCE_DICT));
      }
    }
    // every builtin type has its own __doc__ entry, so instances never inherit a base's
    t.dict.putIfAbsent("__doc__", PyNone.NONE);
    t.fillSlots();
    base.addSubclass(t);
    for (Class<?> c : spec.javaClasses) {
      REGISTERED.put(c, t);
    }
    return t;
  }

  /**
   * Creates a class from a class statement or {@code type(name, bases, ns)} ({@code type_new}).
   *
   * @param metatype the metaclass
   * @param name the class name
   * @param bases the bases (empty means object)
   * @param ns the namespace the class body filled
   */
  public static PyType newHeapType(PyType metatype, String name, PyType[] bases, PyDict ns) {
    if (bases.length == 0) {
      bases = new PyType[] {OBJECT};
    }
    for (PyType b : bases) {
      if (!b.baseType) {
        throw PyErr.format(
            PyExc.TypeError, "type '%s' is not an acceptable base type", b.tpName());
      }
    }
    Object module = ns.get("__module__");
    if (module == null) {
      module = callerModule.get();
    }
    PyType best = bestBase(bases);
    PyType t =
        new PyType(name, module instanceof String s ? s : "builtins", metatype, bases, true);
    t.dict.remove("__module__");
    t.allocator = best.allocator;
    t.base = best;
    t.extraFlags = t.base.extraFlags & (TypeFlags.SEQUENCE | TypeFlags.MAPPING);
    copyNamespace(t, ns);
    java.util.Set<String> declared = new java.util.HashSet<>(t.dict.keySet());
    Object qn = t.dict.remove("__qualname__");
    if (qn != null && !PyUnicode.isStr(qn)) {
      throw PyErr.format(PyExc.TypeError, "type __qualname__ must be a str, not %s",
          of(qn).getName());
    }
    t.qualname = qn != null ? PyUnicode.asJavaString(qn) : name;
    Object docDecl = t.dict.get("__doc__");
    if (docDecl != null && PyUnicode.isStr(docDecl)) {
      // type_new_set_doc keeps a UTF-8 copy for tp_doc
      PyUnicode.checkUtf8(docDecl);
    }
    if (!t.dict.containsKey("__module__")) {
      t.dict.put("__module__", module == null ? "builtins" : module);
    }
    if (!t.dict.containsKey("__doc__")) {
      t.dict.put("__doc__", PyNone.NONE);
    }
    if (t.dict.containsKey("__eq__") && !t.dict.containsKey("__hash__")) {
      t.dict.put("__hash__", PyNone.NONE);
    }
    // type_new_set_classcell, before the slots' descriptors (a slot may be named __classcell__)
    Object cell = t.dict.remove("__classcell__");
    if (cell instanceof PyCell c) {
      c.value = t;
    } else if (cell != null) {
      throw PyErr.format(PyExc.TypeError, "__classcell__ must be a nonlocal cell, not %.200s",
          Abstract.reprJava(of(cell)));
    }
    Object slotsDecl = t.dict.get("__slots__");
    boolean wantsDict = false;
    boolean wantsWeakref = false;
    if (slotsDecl != null) {
      // type_new_slots: the names are checked, __dict__ and __weakref__ taken once each where
      // the base allows them, the rest mangled and given member descriptors
      java.util.List<Object> names = new ArrayList<>();
      if (PyUnicode.isStr(slotsDecl)) {
        names.add(slotsDecl);
      } else {
        Object it = Abstract.iter(slotsDecl);
        for (Object x; (x = Abstract.next(it)) != null; ) {
          names.add(x);
        }
      }
      boolean varSized = isVarSized(bases);
      if (!names.isEmpty() && varSized) {
        throw PyErr.format(PyExc.TypeError,
            "nonempty __slots__ not supported for subtype of '%s'", t.base.tpName());
      }
      boolean mayAddDict = true;
      boolean mayAddWeakref = !varSized;
      for (PyType b : bases) {
        mayAddDict &= b.lookup("__dict__") == null;
        mayAddWeakref &= !b.weakrefable && b.lookup("__weakref__") == null;
      }
      for (Object n : names) {
        if (!PyUnicode.isStr(n)) {
          throw PyErr.format(PyExc.TypeError, "__slots__ items must be strings, not '%.200s'",
              of(n).getName());
        }
        if (!Boolean.TRUE.equals(PyUnicode.isidentifier(n))) {
          throw PyErr.format(PyExc.TypeError, "__slots__ must be identifiers");
        }
        String sn = PyUnicode.asJavaString(n);
        if (sn.equals("__dict__")) {
          if (!mayAddDict || wantsDict) {
            throw PyErr.format(PyExc.TypeError, "__dict__ slot disallowed: we already got one");
          }
          wantsDict = true;
        } else if (sn.equals("__weakref__")) {
          if (!mayAddWeakref || wantsWeakref) {
            throw PyErr.format(PyExc.TypeError, "__weakref__ slot disallowed: either we already"
                + " got one, or __itemsize__ != 0");
          }
          wantsWeakref = true;
        }
      }
      java.util.List<String> members = new ArrayList<>();
      for (Object n : names) {
        String sn = PyUnicode.asJavaString(n);
        if (sn.equals("__dict__") || sn.equals("__weakref__")) {
          continue;
        }
        String mangled = mangle(name, sn);
        // against the class body's names, not the slots already made (a repeat is allowed)
        if (declared.contains(mangled)
            && !mangled.equals("__qualname__") && !mangled.equals("__classcell__")) {
          throw PyErr.format(PyExc.ValueError, "%s in __slots__ conflicts with class variable",
              PyUnicode.repr(mangled));
        }
        members.add(mangled);
      }
      for (String m : members) {
        t.dict.put(m, new PyMemberDescr(t, m));
      }
      t.slotNames = new java.util.TreeSet<>(members).toArray(new String[0]);
    }
    addDictAndWeakref(t, bases, slotsDecl == null || wantsDict, slotsDecl == null || wantsWeakref);
    // type_new_staticmethod and type_new_classmethod wrap plain Python functions only
    Object newFn = t.dict.get("__new__");
    if (isPythonFunction(newFn)) {
      t.dict.put("__new__", new PyStaticMethod(newFn));
    }
    for (String cm : new String[] {"__init_subclass__", "__class_getitem__"}) {
      Object f = t.dict.get(cm);
      if (isPythonFunction(f)) {
        t.dict.put(cm, new PyClassMethod(f));
      }
    }
    t.computeMro();
    t.inheritCollectionFlag();
    t.fillSlots();
    for (PyType b : bases) {
      b.addSubclass(t);
    }
    return t;
  }

  /**
   * {@code PyFunction_Check}: a function defined in Python (the one kind of {@link MethodLike}
   * that is not a builtin type's method descriptor).
   */
  private static boolean isPythonFunction(Object f) {
    return f instanceof MethodLike && !(f instanceof PyMethodDescr)
        && !(f instanceof PyWrapperDescr);
  }

  /** Whether a base's instances are variable-sized ({@code tp_itemsize != 0}). */
  private static boolean isVarSized(PyType[] bases) {
    for (PyType b : bases) {
      if (b.isSubtypeOf(PyLong.TYPE) || b.isSubtypeOf(PyTuple.TYPE)
          || b.isSubtypeOf(PyBytes.TYPE)) {
        return true;
      }
    }
    return false;
  }

  /** {@code _Py_Mangle}: a private name {@code __x} in class {@code _C} is {@code _C__x}. */
  static String mangle(String className, String ident) {
    if (!ident.startsWith("__") || ident.endsWith("__") || ident.indexOf('.') >= 0) {
      return ident;
    }
    int i = 0;
    while (i < className.length() && className.charAt(i) == '_') {
      i++;
    }
    return i == className.length() ? ident : "_" + className.substring(i) + ident;
  }

  /**
   * Copies a class namespace into a new type's dict as {@code PyDict_Copy} does: in the dict's
   * own order, or, for a subclass that iterates its own way ({@code OrderedDict}), in the order
   * its {@code keys()} gives.
   */
  private static void copyNamespace(PyType t, PyDict ns) {
    PyType nt = of(ns);
    if (nt == PyDict.TYPE || nt.lookup("__iter__") == PyDict.TYPE.lookup("__iter__")) {
      for (Map.Entry<Object, Object> e : ns.entries()) {
        t.dict.put(PyUnicode.asJavaString(e.getKey()), e.getValue());
      }
      return;
    }
    Object it = Abstract.iter(Abstract.callMethod(ns, "keys"));
    for (Object k; (k = Abstract.next(it)) != null; ) {
      t.dict.put(PyUnicode.asJavaString(k), Abstract.getItem(ns, k));
    }
  }

  /**
   * Gives a new class the {@code __dict__} and {@code __weakref__} descriptors its bases lack
   * (CPython's {@code type_new_descriptors}): a class without {@code __slots__} gets both, one
   * whose {@code __slots__} name them gets those; a variable-sized base (int, tuple, bytes)
   * admits no weak references.
   */
  private static void addDictAndWeakref(
      PyType t, PyType[] bases, boolean mayAddDict, boolean mayAddWeakref) {
    boolean baseHasDict = false;
    boolean baseHasWeakref = false;
    for (PyType b : bases) {
      baseHasDict |= b.lookup("__dict__") != null;
      baseHasWeakref |= b.weakrefable || b.lookup("__weakref__") != null;
    }
    t.slotsOnly = !mayAddDict && !baseHasDict;
    t.addsDict = mayAddDict && !baseHasDict;
    // type_add_getset sets them only where the class body did not (PyDict_SetDefault)
    if (mayAddDict && !baseHasDict && !t.dict.containsKey("__dict__")) {
      t.dict.put("__dict__", new PyGetSetDescr(t, "__dict__", SUBTYPE_DICT, SET_SUBTYPE_DICT));
    }
    boolean varSized = isVarSized(bases);
    t.addsWeakref = mayAddWeakref && !baseHasWeakref && !varSized;
    if (t.addsWeakref && !t.dict.containsKey("__weakref__")) {
      t.dict.put("__weakref__", new PyGetSetDescr(t, "__weakref__", FIRST_WEAKREF, null));
    }
    t.weakrefable = baseHasWeakref || t.dict.containsKey("__weakref__");
  }

  /** The getter of a class's {@code __dict__} descriptor ({@code subtype_dict}). */
  private static Object instanceDict(Object self) {
    if (self instanceof WithDict wd) {
      return wd.getDict();
    }
    throw PyErr.noAttribute(self, "__dict__");
  }

  /** The setter of a builtin type's {@code __dict__} ({@code PyObject_GenericSetDict}). */
  static void setInstanceDict(Object self, Object value) {
    if (value == null) {
      throw PyErr.format(PyExc.TypeError, "cannot delete __dict__");
    }
    replaceDict(self, value);
  }

  /**
   * The getter of a class's {@code __dict__} ({@code subtype_dict}): a builtin base's own {@code
   * __dict__} descriptor answers if there is one (a metaclass's instances show type's).
   */
  private static Object subtypeDict(Object self) {
    Object d = builtinDictDescr(of(self));
    if (d instanceof PyGetSetDescr g) {
      return PyGetSetDescr.__get__(g, self, of(self));
    }
    return instanceDict(self);
  }

  /** {@code get_builtin_base_with_dict}: the {@code __dict__} of the first builtin base with one. */
  private static Object builtinDictDescr(PyType t) {
    for (PyType b = t; b.base != null; b = b.base) {
      Object d = b.heapType ? null : b.dict.get("__dict__");
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The setter of a class's {@code __dict__} ({@code subtype_setdict}): a builtin base's own
   * {@code __dict__} descriptor decides if there is one; else any dict (or none) may replace it.
   */
  private static void setSubtypeDict(Object self, Object value) {
    Object d = builtinDictDescr(of(self));
    if (d instanceof PyGetSetDescr g) {
      PyGetSetDescr.__set__(g, self, value);
    } else if (d != null) {
      throw PyErr.format(PyExc.TypeError, "this __dict__ descriptor does not support '%.200s'"
          + " objects", of(self).tpName());
    } else {
      replaceDict(self, value);
    }
  }

  private static void replaceDict(Object self, Object value) {
    if (!(self instanceof WithDict wd)) {
      throw PyErr.format(PyExc.AttributeError, "This object has no __dict__");
    }
    if (value != null && !(value instanceof PyDict)) {
      throw PyErr.format(PyExc.TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
          of(value).tpName());
    }
    if (!wd.replaceDict((PyDict) value)) {
      throw PyErr.format(PyExc.AttributeError, "attribute '__dict__' of '%s' objects is not"
          + " writable", of(self).tpName());
    }
  }

  private static volatile Function<Object, Object> weakrefsOf = o -> PyNone.NONE;

  /**
   * Sets how {@code __weakref__} finds the first weak reference to an object (the memory
   * manager keeps them; without one there are none).
   */
  public static void setWeakrefHook(Function<Object, Object> firstWeakref) {
    weakrefsOf = firstWeakref;
  }

  /** The getter of a class's {@code __weakref__} descriptor ({@code subtype_getweakref}). */
  private static Object firstWeakref(Object self) {
    return weakrefsOf.apply(self);
  }

  /** After {@code type.__new__}: {@code __set_name__} on attributes, then {@code __init_subclass__}. */
  static void initSubclass(PyType t, Object[] kwValues, String[] kwnames) {
    for (Map.Entry<String, Object> e : new ArrayList<>(t.dict.entrySet())) {
      Object v = e.getValue();
      Object sn = of(v).lookup("__set_name__");
      if (sn != null) {
        try {
          Abstract.callAsMethod(sn, v, new Object[] {t, e.getKey()}, null);
        } catch (PyException cause) {
          PyException re = PyErr.format(PyExc.RuntimeError,
              "Error calling __set_name__ on '%.100s' instance %s in '%.100s'",
              of(v).tpName(), Abstract.reprJava(e.getKey()), t.tpName());
          re.value.cause = cause.value;
          re.value.context = cause.value;
          re.value.suppressContext = true;
          throw re;
        }
      }
    }
    // type_new_init_subclass calls super(type, type).__init_subclass__: the class must be in
    // its own MRO (a custom mro() may leave it out), and the search starts after it
    PyType[] mro = t.mro;
    int at = Arrays.asList(mro).indexOf(t);
    if (at < 0) {
      throw PyErr.format(
          PyExc.TypeError, "super(type, obj): obj must be an instance or subtype of type");
    }
    for (int i = at + 1; i < mro.length; i++) {
      Object f = mro[i].dict.get("__init_subclass__");
      if (f != null) {
        Object bound =
            Slots.call(of(f).slot(SpecialMethod.op_get), f, null, t);
        Abstract.call(bound, kwValues, kwnames);
        return;
      }
    }
  }

  private void addSubclass(PyType t) {
    synchronized (subclasses) {
      subclasses.add(new WeakReference<>(t));
    }
  }

  private void removeSubclass(PyType t) {
    synchronized (subclasses) {
      subclasses.removeIf(w -> w.get() == t || w.get() == null);
    }
  }

  /**
   * Sets the MRO ({@code mro_internal}): what {@link #mroInvoke} gives, unless that call set the
   * MRO itself (re-entrance through a custom {@code mro()} that assigned {@code __bases__}).
   *
   * @return the MRO this replaced (null if it had none), or {@link #REENTERED}
   */
  private PyType[] computeMro() {
    PyType[] old = mro;
    PyType[] fresh = mroInvoke();
    if (mro != old) {
      return REENTERED;
    }
    mro = fresh;
    invalidateLookups();
    version++;
    return old;
  }

  /** What {@link #computeMro} returns when a nested call already set the MRO. */
  private static final PyType[] REENTERED = new PyType[0];

  /**
   * The MRO a type should have ({@code mro_invoke}): the C3 linearisation for an instance of
   * {@code type} itself, else what the metaclass's {@code mro()} returns, made a tuple and checked
   * as {@code mro_check} does.
   */
  private PyType[] mroInvoke() {
    PyType meta = getType();
    boolean custom = meta != TYPE;
    Object result;
    if (!custom || meta.lookup("mro") == TYPE.getOwn("mro")) {
      result = null;
    } else {
      result = Abstract.callMethod(this, "mro");
    }
    List<Object> items = new ArrayList<>();
    if (result == null) {
      items.addAll(Arrays.asList((Object[]) mroImplementation()));
    } else {
      Object it = Abstract.iter(result);
      for (Object x; (x = Abstract.next(it)) != null; ) {
        items.add(x);
      }
    }
    if (items.isEmpty()) {
      throw PyErr.format(PyExc.TypeError, "type MRO must not be empty");
    }
    PyType[] r = new PyType[items.size()];
    PyType solid = custom ? solidBase() : null;
    for (int i = 0; i < r.length; i++) {
      Object x = items.get(i);
      if (!(x instanceof PyType b)) {
        throw PyErr.format(PyExc.TypeError, "mro() returned a non-class ('%.500s')",
            of(x).tpName());
      }
      if (custom && !solid.isSubtypeOf(b.solidBase())) {
        throw PyErr.format(PyExc.TypeError,
            "mro() returned base with unsuitable layout ('%.500s')", b.tpName());
      }
      r[i] = b;
    }
    return r;
  }

  /**
   * {@code mro_hierarchy}: recomputes the MRO of this type and of every subclass, recording
   * {@code {type, new, old}} in {@code done} so that a failure can put the old ones back.
   */
  private void mroHierarchy(List<PyType[][]> done) {
    PyType[] old = computeMro();
    if (old == REENTERED) {
      return;
    }
    done.add(new PyType[][] {{this}, mro, old});
    for (PyType s : subclassList()) {
      s.mroHierarchy(done);
    }
  }

  /** The C3 linearisation of the bases ({@code mro_implementation}, {@code type.mro()}). */
  private PyType[] mroImplementation() {
    if (bases.length == 0) {
      return new PyType[] {this};
    }
    for (PyType b : bases) {
      if (b.mro == null) {
        throw PyErr.format(PyExc.TypeError, "Cannot extend an incomplete type '%.100s'",
            b.tpName());
      }
    }
    if (bases.length == 1) {
      PyType[] bm = bases[0].mro;
      PyType[] r = new PyType[bm.length + 1];
      r[0] = this;
      System.arraycopy(bm, 0, r, 1, bm.length);
      return r;
    }
    for (int i = 0; i < bases.length; i++) {
      for (int j = 0; j < i; j++) {
        if (bases[j] == bases[i]) {
          throw PyErr.format(PyExc.TypeError, "duplicate base class %s", bases[i].getName());
        }
      }
    }
    List<List<PyType>> seqs = new ArrayList<>();
    for (PyType b : bases) {
      seqs.add(new ArrayList<>(Arrays.asList(b.mro)));
    }
    seqs.add(new ArrayList<>(Arrays.asList(bases)));
    List<PyType> result = new ArrayList<>();
    result.add(this);
    while (true) {
      seqs.removeIf(List::isEmpty);
      if (seqs.isEmpty()) {
        break;
      }
      PyType candidate = null;
      for (List<PyType> s : seqs) {
        PyType head = s.get(0);
        boolean inTail = false;
        for (List<PyType> s2 : seqs) {
          if (s2.indexOf(head) > 0) {
            inTail = true;
            break;
          }
        }
        if (!inTail) {
          candidate = head;
          break;
        }
      }
      if (candidate == null) {
        // set_mro_error: the distinct heads of what is left to merge
        java.util.LinkedHashSet<PyType> heads = new java.util.LinkedHashSet<>();
        for (List<PyType> s : seqs) {
          heads.add(s.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (PyType h : heads) {
          sb.append(sb.length() == 0 ? " " : ", ").append(h.getName());
        }
        throw PyErr.format(
            PyExc.TypeError,
            "Cannot create a consistent method resolution\norder (MRO) for bases%s",
            sb);
      }
      result.add(candidate);
      for (List<PyType> s : seqs) {
        if (s.get(0) == candidate) {
          s.remove(0);
        }
      }
    }
    return result.toArray(new PyType[0]);
  }

  /**
   * {@code best_base}: the base whose solid base (the type that fixed the instance layout)
   * derives from every other base's solid base; instances are laid out from it.
   */
  private static PyType bestBase(PyType[] bases) {
    PyType winner = null;
    PyType best = null;
    for (PyType b : bases) {
      if (!b.baseType) {
        throw PyErr.format(
            PyExc.TypeError, "type '%.100s' is not an acceptable base type", b.tpName());
      }
      if (b.allocator == null) {
        throw PyErr.format(
            PyExc.TypeError, "subclassing '%s' is not supported yet", b.getName());
      }
      PyType candidate = b.solidBase();
      if (winner == null) {
        winner = candidate;
        best = b;
      } else if (winner.isSubtypeOf(candidate)) {
        // the winner already extends this layout
      } else if (candidate.isSubtypeOf(winner)) {
        winner = candidate;
        best = b;
      } else {
        throw PyErr.format(PyExc.TypeError, "multiple bases have instance lay-out conflict");
      }
    }
    return best;
  }

  /**
   * {@code type.__bases__ = bases} ({@code type_set_bases}): the new bases must give a layout
   * compatible with the old; the MROs of this type and its subclasses are recomputed (and put
   * back if one fails), the subclass lists and the slots follow.
   */
  private void setBases(Object v) {
    checkSetSpecial(this, v, "__bases__");
    if (!(v instanceof PyTuple tuple)) {
      throw PyErr.format(PyExc.TypeError, "can only assign tuple to %s.__bases__, not %s",
          tpName(), of(v).tpName());
    }
    if (tuple.size() == 0) {
      throw PyErr.format(PyExc.TypeError,
          "can only assign non-empty tuple to %s.__bases__, not ()", tpName());
    }
    PyType[] newBases = new PyType[tuple.size()];
    for (int i = 0; i < newBases.length; i++) {
      Object o = tuple.get(i);
      if (!(o instanceof PyType b)) {
        throw PyErr.format(PyExc.TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
            tpName(), of(o).tpName());
      }
      // through the base chain too: a re-entrant assignment may have set tp_base already
      if (b.isSubtypeOf(this) || b.mro != null && b.isSubtypeByBaseChain(this)) {
        throw PyErr.format(PyExc.TypeError, "a __bases__ item causes an inheritance cycle");
      }
      newBases[i] = b;
    }
    PyType newBase = bestBase(newBases);
    compatibleForAssignment(base, newBase, "__bases__");
    PyType[] oldBases = bases;
    PyType oldBase = base;
    bases = newBases;
    base = newBase;
    List<PyType[][]> done = new ArrayList<>();
    try {
      mroHierarchy(done);
    } catch (PyException e) {
      for (int i = done.size() - 1; i >= 0; i--) {
        PyType[][] d = done.get(i);
        PyType cls = d[0][0];
        if (cls.mro == d[1]) {
          cls.mro = d[2];
        }
      }
      if (bases == newBases) {
        bases = oldBases;
        base = oldBase;
      }
      invalidateLookups();
      throw e;
    }
    if (bases == newBases) {
      // unless a re-entrant assignment replaced them meanwhile
      for (PyType b : oldBases) {
        b.removeSubclass(this);
      }
      for (PyType b : newBases) {
        b.addSubclass(this);
      }
      updateAllSlots();
    }
  }

  /** Re-derives every slot of this type and its subclasses ({@code update_all_slots}). */
  private void updateAllSlots() {
    version++;
    invalidateLookups();
    inheritCollectionFlag();
    fillSlots();
    for (PyType s : subclassList()) {
      s.updateAllSlots();
    }
  }

  /** {@code type_is_subtype_base_chain}: whether {@code t} is on this type's {@code __base__} chain. */
  private boolean isSubtypeByBaseChain(PyType t) {
    for (PyType a = this; a != null; a = a.base) {
      if (a == t) {
        return true;
      }
    }
    return t == OBJECT;
  }

  /**
   * Whether a type's instances are laid out as its base's ({@code compatible_with_tp_base}): it
   * adds no slots, no {@code __dict__} and no {@code __weakref__}.
   */
  private boolean sameLayoutAsBase() {
    return base != null && base.allocator == allocator && slotNames.length == 0
        && !addsDict && !addsWeakref;
  }

  /**
   * {@code same_slots_added}: two classes over the same base that add the same slots, {@code
   * __dict__} and {@code __weakref__}.
   */
  private static boolean sameSlotsAdded(PyType a, PyType b) {
    return a.heapType && b.heapType && a.allocator == b.allocator
        && a.addsDict == b.addsDict && a.addsWeakref == b.addsWeakref
        && Arrays.equals(a.slotNames, b.slotNames);
  }

  /**
   * {@code compatible_for_assignment}: whether an object of type {@code oldto} may become one of
   * {@code newto} (for {@code __class__}), or a class may change its base from one to the other
   * (for {@code __bases__}); raises TypeError if not.
   */
  static void compatibleForAssignment(PyType oldto, PyType newto, String attr) {
    PyType newbase = newto;
    PyType oldbase = oldto;
    while (newbase.sameLayoutAsBase()) {
      newbase = newbase.base;
    }
    while (oldbase.sameLayoutAsBase()) {
      oldbase = oldbase.base;
    }
    if (newbase != oldbase
        && (newbase.base != oldbase.base || !sameSlotsAdded(newbase, oldbase))) {
      throw PyErr.format(PyExc.TypeError, "%s assignment: '%s' object layout differs from '%s'",
          attr, newto.tpName(), oldto.tpName());
    }
  }

  /** Recomputes every slot from the MRO (CPython's {@code fixup_slot_dispatchers}). */
  void fillSlots() {
    for (SpecialMethod m : SpecialMethod.values()) {
      fillSlot(m);
    }
  }

  private void fillSlot(SpecialMethod m) {
    Object f = lookup(m.methodName);
    MethodHandle mh;
    if (f == null || f == PyNone.NONE && m == SpecialMethod.op_hash) {
      // __hash__ = None makes instances unhashable; other special methods set to None stay in
      // their slot and refuse when called, as CPython's slot functions do
      mh = m.empty;
    } else if (f instanceof PyWrapperDescr w && w.slot == m && isSubtypeOf(w.owner)) {
      mh = w.handle;
    } else {
      mh = Slots.generic(m);
    }
    slots[m.ordinal()] = mh;
  }

  /** Re-derives the slot of a changed special method here and in every subclass. */
  private void updateSlot(SpecialMethod m) {
    version++;
    invalidateLookups();
    if (m != null) {
      fillSlot(m);
    }
    for (PyType s : subclassList()) {
      s.updateSlot(m);
    }
  }

  private List<PyType> subclassList() {
    List<PyType> r = new ArrayList<>();
    synchronized (subclasses) {
      for (WeakReference<PyType> w : subclasses) {
        PyType s = w.get();
        if (s != null) {
          r.add(s);
        }
      }
    }
    return r;
  }

  /**
   * Adds an entry to the namespace of a builtin type made by {@link #fromSpec} outside this package
   * (a classmethod, {@code __hash__ = None}, a constant) and re-derives its slots, as filling in
   * {@code tp_dict} after {@code PyType_FromSpec} does in CPython.
   */
  public void defineBuiltin(String name, Object value) {
    if (heapType) {
      throw new IllegalStateException(name + " on a heap type");
    }
    if (name.equals("__module__")) {
      staticModule = (String) value;
      return;
    }
    define(name, value);
    fillSlots();
  }

  /** Adds an entry to a builtin type's namespace while it is being defined. */
  void define(String name, Object value) {
    dict.put(name, value);
    invalidateLookups();
  }

  /**
   * Removes entries from a builtin type's namespace while it is being defined, for a type that
   * shares its Java class with a richer one (frozenset and set), then re-derives its slots.
   */
  void undefine(String... names) {
    for (String n : names) {
      dict.remove(n);
    }
    invalidateLookups();
    fillSlots();
  }

  /**
   * Makes the named special methods of a builtin type speak as CPython's {@code METH_COEXIST}
   * methods of the same name, keeping their slots.
   */
  void coexistingMethods(String... names) {
    for (String n : names) {
      if (dict.get(n) instanceof PyWrapperDescr w && w.owner == this) {
        dict.put(n, w.asCoexistingMethod());
      }
    }
    invalidateLookups();
    fillSlots();
  }

  // ---------------------------------------------------------------- queries

  /** The base that instances are laid out from ({@code tp_base}); null for object. */
  PyType getBase() {
    return base;
  }

  /** The Python type of any value ({@code Py_TYPE}). */
  public static PyType of(Object o) {
    Class<?> c = o.getClass();
    // the Java classes of int, str, float and bool first: exact class tests are cheaper than the
    // interface test and the ClassValue lookup (the fields are read after the types exist)
    if (c == Long.class) {
      PyType t = longType;
      return t != null ? t : (longType = CLASS_TYPES.get(c));
    } else if (c == String.class) {
      PyType t = strType;
      return t != null ? t : (strType = CLASS_TYPES.get(c));
    } else if (c == Double.class) {
      PyType t = floatType;
      return t != null ? t : (floatType = CLASS_TYPES.get(c));
    } else if (c == Boolean.class) {
      PyType t = boolType;
      return t != null ? t : (boolType = CLASS_TYPES.get(c));
    }
    if (o instanceof PyObject p) {
      return p.getType();
    }
    return CLASS_TYPES.get(c);
  }

  /** {@link #of}'s copies of the types of Long, String, Double and Boolean. */
  private static PyType longType;
  private static PyType strType;
  private static PyType floatType;
  private static PyType boolType;

  /** The type registered for a Java class. */
  public static PyType forClass(Class<?> c) {
    return CLASS_TYPES.get(c);
  }

  @Override
  public PyType getType() {
    return metatype;
  }

  /** {@code __name__}. */
  public String getName() {
    return name;
  }

  /**
   * CPython's {@code tp_name}, which most error messages and descriptor reprs show: the name,
   * qualified by the module for a builtin type outside {@code builtins} ({@code
   * 'itertools.count'}, {@code 'types.SimpleNamespace'}); a class's {@code __name__}.
   */
  public String tpName() {
    if (heapType || "builtins".equals(staticModule) || name.indexOf('.') >= 0) {
      return name;
    }
    return staticModule + "." + name;
  }

  /** {@code __qualname__}. */
  public String getQualname() {
    return qualname;
  }

  /** {@code __module__} as a Java string ({@code builtins} for builtin types). */
  public String getModule() {
    if (!heapType) {
      return staticModule;
    }
    Object m = dict.get("__module__");
    return m instanceof String s ? s : "builtins";
  }

  /** {@code __mro__} (empty while the type is being made and has none yet). */
  public PyType[] getMro() {
    PyType[] m = mro;
    return m == null ? REENTERED : m;
  }

  /** {@code __bases__}. */
  public PyType[] getBases() {
    return bases;
  }

  /**
   * Lets Python code set and delete attributes of this builtin type, as CPython allows on a type
   * made by {@code PyType_FromSpec} without {@code Py_TPFLAGS_IMMUTABLETYPE} (such as {@code
   * ast.AST}).
   */
  public void makeMutable() {
    mutableBuiltin = true;
  }

  boolean mutableBuiltin;

  /** Whether Python classes may subclass this type ({@code Py_TPFLAGS_BASETYPE}). */
  public boolean isBaseType() {
    return baseType;
  }

  /**
   * Marks a builtin type as a sequence ({@code Py_TPFLAGS_SEQUENCE}) or a mapping ({@code
   * Py_TPFLAGS_MAPPING}) for {@code match} statements; subclasses made later inherit the bit.
   */
  public void setCollectionFlag(long flag) {
    if (flag != TypeFlags.SEQUENCE && flag != TypeFlags.MAPPING) {
      throw new IllegalArgumentException("not a collection flag: " + flag);
    }
    extraFlags = (extraFlags & ~(TypeFlags.SEQUENCE | TypeFlags.MAPPING)) | flag;
  }

  /**
   * A new class matches sequence or mapping patterns as the first class of its MRO that has one
   * of the two flags ({@code inherit_patma_flags} over the MRO in CPython's {@code type_ready}).
   */
  private void inheritCollectionFlag() {
    long both = TypeFlags.SEQUENCE | TypeFlags.MAPPING;
    extraFlags &= ~both;
    for (int i = 1; i < mro.length; i++) {
      long f = mro[i].extraFlags & both;
      if (f != 0) {
        extraFlags |= f;
        return;
      }
    }
  }

  /** Whether instances match sequence patterns ({@code Py_TPFLAGS_SEQUENCE}). */
  public boolean isSequenceType() {
    return (extraFlags & TypeFlags.SEQUENCE) != 0;
  }

  /** Whether instances match mapping patterns ({@code Py_TPFLAGS_MAPPING}). */
  public boolean isMappingType() {
    return (extraFlags & TypeFlags.MAPPING) != 0;
  }

  /** Whether {@code __abstractmethods__} is set and non-empty ({@code Py_TPFLAGS_IS_ABSTRACT}). */
  public boolean isAbstract() {
    return (extraFlags & TypeFlags.IS_ABSTRACT) != 0;
  }

  /** Whether Python code may change this type ({@code Py_TPFLAGS_IMMUTABLETYPE} unset). */
  boolean isMutable() {
    return heapType || mutableBuiltin;
  }

  /** Whether this is a class defined by Python code. */
  public boolean isHeapType() {
    return heapType;
  }

  /** The slot handle of a special method (never null). */
  public MethodHandle slot(SpecialMethod m) {
    return slots[m.ordinal()];
  }

  /** Whether the special method is defined for this type. */
  public boolean hasSlot(SpecialMethod m) {
    return slots[m.ordinal()] != m.empty;
  }

  /** A counter that changes whenever the attributes of this type may have changed. */
  public int version() {
    return version;
  }

  /** {@code PyType_IsSubtype}: whether {@code t} is in this type's MRO. */
  public boolean isSubtypeOf(PyType t) {
    if (this == t || t == OBJECT) {
      return true;
    }
    PyType[] mro = this.mro;
    if (mro == null) {
      return isSubtypeByBaseChain(t);
    }
    for (PyType m : mro) {
      if (m == t) {
        return true;
      }
    }
    return false;
  }

  /** Changes whenever any type's namespace or MRO changes; invalidates every lookup cache. */
  private static volatile int globalVersion;

  private static final Object MISSING = new Object();
  private final java.util.HashMap<String, Object> lookupCache = new java.util.HashMap<>();
  private int lookupCacheVersion = -1;

  /** {@code _PyType_Lookup}: the first definition of {@code name} along the MRO, or null. */
  public Object lookup(String name) {
    int gv = globalVersion;
    java.util.HashMap<String, Object> cache = lookupCache;
    synchronized (cache) {
      if (lookupCacheVersion != gv) {
        cache.clear();
        lookupCacheVersion = gv;
      }
      Object v = cache.get(name);
      if (v != null) {
        return v == MISSING ? null : v;
      }
    }
    Object found = null;
    PyType[] mro = this.mro;
    if (mro == null) {
      // _PyType_Lookup on a type still being readied (a custom mro() looking at it) finds nothing
      return null;
    }
    for (PyType t : mro) {
      Object v = t.dict.get(name);
      if (v != null) {
        found = v;
        break;
      }
    }
    synchronized (cache) {
      if (lookupCacheVersion == gv) {
        cache.put(name, found == null ? MISSING : found);
      }
    }
    return found;
  }

  /** Marks every type's lookup cache stale (a namespace changed). */
  static void invalidateLookups() {
    globalVersion++;
  }

  /**
   * {@code solid_base}: the nearest type along {@code __base__} whose instances have the layout
   * this one's have (a {@code __dict__} or {@code __weakref__} added to a fixed-size base does not
   * count; slots and a different Java representation do).
   */
  private PyType solidBase() {
    PyType b = base == null ? OBJECT : base.solidBase();
    return extraIvars(b) ? this : b;
  }

  /** {@code extra_ivars}: whether instances of this type carry more than {@code solid}'s. */
  private boolean extraIvars(PyType solid) {
    if (this == solid) {
      return false;
    }
    return allocator != solid.allocator || slotNames.length > 0
        || addsDict && isVarSized(new PyType[] {this});
  }

  /** The type's own namespace entry, or null. */
  public Object getOwn(String name) {
    return dict.get(name);
  }

  /**
   * Makes a builtin type refuse {@code object.__new__} ("cannot create 'X' instances"), as
   * CPython's {@code Py_TPFLAGS_DISALLOW_INSTANTIATION} marks a static type that has no {@code
   * tp_new} of its own: its instances are made only by the Java code that owns it.
   */
  void disallowInstantiation() {
    allocator = null;
  }

  /** Creates a bare instance for {@code object.__new__}. */
  Object allocate() {
    if (allocator == null) {
      throw PyErr.format(
          PyExc.TypeError, "cannot create '%s' instances", getName());
    }
    Object o = allocator.apply(this);
    if (definesDel()) {
      Finalizers.track(o);
    }
    return o;
  }

  private int delVersion = -1;
  private boolean hasDel;

  /** Whether the type has a {@code __del__} ({@code tp_finalize}), cached until a namespace changes. */
  private boolean definesDel() {
    int gv = globalVersion;
    if (delVersion != gv) {
      hasDel = lookup("__del__") != null;
      delVersion = gv;
    }
    return hasDel;
  }

  /** The {@code __doc__}, or null. */
  String doc() {
    return doc;
  }

  void setDoc(String doc) {
    this.doc = doc;
    dict.put("__doc__", doc == null ? PyNone.NONE : doc);
  }

  @Override
  public PyDict getDict() {
    PyDict d = new PyDict();
    for (Map.Entry<String, Object> e : dict.entrySet()) {
      d.put(e.getKey(), e.getValue());
    }
    return d;
  }

  /** The type's namespace, live (for the interpreter's use, not for Python code). */
  public Map<String, Object> namespace() {
    return dict;
  }

  @Override
  public String toString() {
    return "<class '" + fullName() + "'>";
  }

  /** The module-qualified name as {@code repr} prints it. */
  public String fullName() {
    String m = getModule();
    return "builtins".equals(m) ? qualname : m + "." + qualname;
  }

  // ---------------------------------------------------------------- calling

  /** Calling a class: through its metaclass's {@code __call__} when that is overridden. */
  @Override
  public Object call(Object[] args, String[] kwnames) {
    if (metatype != TYPE && metatype.slot(SpecialMethod.op_call) != TYPE.slot(SpecialMethod.op_call)) {
      return Slots.call(metatype.slot(SpecialMethod.op_call), this, args, kwnames);
    }
    return typeCall(args, kwnames);
  }

  private static volatile java.util.function.Supplier<Object> callerModule = () -> null;

  /**
   * Sets how {@code type(name, bases, ns)} finds the calling module's name for {@code
   * __module__} (CPython reads the current frame's globals; the interpreter owns frames).
   */
  public static void setCallerModuleHook(java.util.function.Supplier<Object> hook) {
    callerModule = hook;
  }

  /** {@code type.__call__} ({@code type_call}): {@code __new__} then {@code __init__}. */
  Object typeCall(Object[] args, String[] kwnames) {
    if (this == TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
      return of(args[0]);
    }
    Object newFn = lookup("__new__");
    Object obj;
    if (newFn instanceof PyNewWrapper w) {
      obj = w.construct(this, args, kwnames);
    } else if (newFn == null) {
      throw PyErr.format(PyExc.TypeError, "cannot create '%s' instances", fullName());
    } else {
      // slot_tp_new: type.__new__ as an attribute of the class (a classmethod binds to it)
      Object fn;
      if (newFn instanceof PyStaticMethod sm) {
        fn = sm.callable;
      } else {
        PyType nt = of(newFn);
        fn = nt.hasSlot(SpecialMethod.op_get)
            ? Slots.call(nt.slot(SpecialMethod.op_get), newFn, null, this) : newFn;
      }
      Object[] a = new Object[args.length + 1];
      a[0] = this;
      System.arraycopy(args, 0, a, 1, args.length);
      obj = Abstract.call(fn, a, kwnames);
    }
    PyType ot = of(obj);
    if (ot.definesDel()) {
      // builtins' __new__ make their subclasses' instances without allocate()
      Finalizers.track(obj);
    }
    if (ot.isSubtypeOf(this)) {
      Object r = Slots.call(ot.slot(SpecialMethod.op_init), obj, args, kwnames);
      if (r != PyNone.NONE && r != null) {
        throw PyErr.format(
            PyExc.TypeError,
            "__init__() should return None, not '%s'",
            of(r).getName());
      }
    }
    return obj;
  }

  // ---------------------------------------------------------------- type's own methods

  static Object __repr__(Object self) {
    return self.toString();
  }

  static Object __call__(Object self, Object[] args, String[] kwnames) {
    return ((PyType) self).typeCall(args, kwnames);
  }

  /** {@code type(o)} or {@code type(name, bases, dict)}. */
  /** How Argument Clinic's {@code _PyArg_BadArgument} names a value's type: None as "None". */
  static String clinicTypeName(Object o) {
    return o == PyNone.NONE ? "None" : of(o).getName();
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int nk = kwnames == null ? 0 : kwnames.length;
    int n = args.length - nk;
    if (cls == TYPE && n == 1 && nk == 0) {
      return of(args[0]);
    }
    if (n != 3) {
      // type_call answers for type itself; a metaclass reaches type_new's argument parsing
      if (cls == TYPE) {
        throw PyErr.format(PyExc.TypeError, "type() takes 1 or 3 arguments");
      }
      throw PyErr.format(PyExc.TypeError, "type.__new__() takes exactly 3 arguments (%d given)",
          n);
    }
    if (!PyUnicode.isStr(args[0])) {
      throw PyErr.format(PyExc.TypeError, "type.__new__() argument 1 must be str, not %s",
          clinicTypeName(args[0]));
    }
    String name = PyUnicode.asJavaString(args[0]);
    if (!(args[1] instanceof PyTuple bt)) {
      throw PyErr.format(
          PyExc.TypeError,
          "type.__new__() argument 2 must be tuple, not %s",
          clinicTypeName(args[1]));
    }
    if (!(args[2] instanceof PyDict ns)) {
      throw PyErr.format(
          PyExc.TypeError,
          "type.__new__() argument 3 must be dict, not %s",
          clinicTypeName(args[2]));
    }
    // _PyType_CalculateMetaclass looks at the type of every base before any base is checked
    // to be a type, so type('a', (1,), {}) is a metaclass conflict
    PyType meta = cls;
    for (int i = 0; i < bt.size(); i++) {
      PyType bm = PyType.of(bt.get(i));
      if (bm.isSubtypeOf(meta)) {
        meta = bm;
      } else if (!meta.isSubtypeOf(bm)) {
        throw PyErr.format(
            PyExc.TypeError,
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass"
                + " of the metaclasses of all its bases");
      }
    }
    if (meta != cls && meta.lookup("__new__") != TYPE.lookup("__new__")) {
      // type_new passes the call to the winning metaclass when it has its own __new__
      Object[] margs = new Object[args.length + 1];
      margs[0] = meta;
      System.arraycopy(args, 0, margs, 1, args.length);
      return Abstract.call(Abstract.getAttr(meta, "__new__"), margs, kwnames);
    }
    PyType[] bases = new PyType[bt.size()];
    for (int i = 0; i < bases.length; i++) {
      if (!(bt.get(i) instanceof PyType b)) {
        throw PyErr.format(PyExc.TypeError, "bases must be types");
      }
      bases[i] = b;
    }
    checkTypeName(args[0]);
    PyType t = newHeapType(meta, name, bases, ns);
    Object[] kw = java.util.Arrays.copyOfRange(args, n, n + nk);
    initSubclass(t, kw, nk == 0 ? null : kwnames);
    return t;
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    return PyNone.NONE;
  }

  /** A type's name must encode to UTF-8 and hold no NUL, as its C {@code tp_name} does. */
  private static void checkTypeName(Object name) {
    PyUnicode.checkUtf8(name);
    if (PyUnicode.asJavaString(name).indexOf('\0') >= 0) {
      throw PyErr.format(PyExc.ValueError, "type name must not contain null characters");
    }
  }

  /** {@code check_set_special_type_attr}: a heap type's, and never deleted. */
  private static void checkSetSpecial(PyType t, Object v, String attr) {
    if (!t.heapType) {
      throw PyErr.format(PyExc.TypeError, "cannot set '%s' attribute of immutable type '%s'",
          attr, t.tpName());
    }
    if (v == null) {
      throw PyErr.format(PyExc.TypeError, "cannot delete '%s' attribute of immutable type '%s'",
          attr, t.tpName());
    }
  }

  /** {@code type.__getattribute__} ({@code type_getattro}). */
  static Object __getattribute__(Object self, Object nameObj) {
    PyType type = (PyType) self;
    String name = PyUnicode.asJavaString(nameObj);
    PyType meta = type.getType();
    Object metaAttr = meta.lookup(name);
    if (metaAttr != null) {
      PyType mt = of(metaAttr);
      if (mt.hasSlot(SpecialMethod.op_get) && mt.hasSlot(SpecialMethod.op_set)) {
        return Slots.call(mt.slot(SpecialMethod.op_get), metaAttr, type, meta);
      }
    }
    Object attr = type.lookup(name);
    if (attr != null) {
      PyType at = of(attr);
      if (at.hasSlot(SpecialMethod.op_get)) {
        return Slots.call(at.slot(SpecialMethod.op_get), attr, null, type);
      }
      return attr;
    }
    if (metaAttr != null) {
      PyType mt = of(metaAttr);
      if (mt.hasSlot(SpecialMethod.op_get)) {
        return Slots.call(mt.slot(SpecialMethod.op_get), metaAttr, type, meta);
      }
      return metaAttr;
    }
    throw PyErr.attributeError(
        type, name, String.format("type object '%.50s' has no attribute '%.400s'", type.name, name));
  }

  /** {@code type.__setattr__} ({@code type_setattro}). */
  static Object __setattr__(Object self, Object nameObj, Object value) {
    PyType type = (PyType) self;
    String name = PyUnicode.asJavaString(nameObj);
    if (!type.heapType && !type.mutableBuiltin) {
      throw PyErr.format(
          PyExc.TypeError,
          "cannot set '%s' attribute of immutable type '%s'",
          name,
          type.tpName());
    }
    Object metaAttr = type.getType().lookup(name);
    if (metaAttr != null) {
      PyType mt = of(metaAttr);
      if (mt.hasSlot(SpecialMethod.op_set)) {
        Slots.call(mt.slot(SpecialMethod.op_set), metaAttr, type, value);
        return PyNone.NONE;
      }
    }
    type.dict.put(name, value);
    type.updateSlot(SpecialMethod.forName(name));
    return PyNone.NONE;
  }

  static Object __delattr__(Object self, Object nameObj) {
    PyType type = (PyType) self;
    String name = PyUnicode.asJavaString(nameObj);
    if (!type.heapType && !type.mutableBuiltin) {
      throw PyErr.format(
          PyExc.TypeError,
          "cannot set '%s' attribute of immutable type '%s'",
          name,
          type.tpName());
    }
    Object metaAttr = type.getType().lookup(name);
    if (metaAttr != null) {
      PyType mt = of(metaAttr);
      if (mt.hasSlot(SpecialMethod.op_delete)) {
        Slots.call(mt.slot(SpecialMethod.op_delete), metaAttr, type);
        return PyNone.NONE;
      } else if (mt.hasSlot(SpecialMethod.op_set)) {
        Slots.call(mt.slot(SpecialMethod.op_set), metaAttr, type, null);
        return PyNone.NONE;
      }
    }
    if (type.dict.remove(name) == null) {
      throw PyErr.attributeError(
          type, name, String.format("type object '%s' has no attribute '%s'", type.name, name));
    }
    type.updateSlot(SpecialMethod.forName(name));
    return PyNone.NONE;
  }

  static Object __or__(Object self, Object other) {
    return PyGenericAlias.Union.make(self, other);
  }

  static Object __ror__(Object self, Object other) {
    return PyGenericAlias.Union.make(other, self);
  }

  @Getter("__name__")
  static Object name(Object self) {
    return PyUnicode.wrap(((PyType) self).name);
  }

  @Setter("__name__")
  static void setName(Object self, Object v) {
    PyType t = (PyType) self;
    checkSetSpecial(t, v, "__name__");
    if (!PyUnicode.isStr(v)) {
      throw PyErr.format(PyExc.TypeError, "can only assign string to %s.__name__, not '%s'",
          t.name, of(v).getName());
    }
    checkTypeName(v);
    t.name = PyUnicode.asJavaString(v);
  }

  @Getter("__qualname__")
  static Object qualname(Object self) {
    return PyUnicode.wrap(((PyType) self).qualname);
  }

  @Setter("__qualname__")
  static void setQualname(Object self, Object v) {
    PyType t = (PyType) self;
    checkSetSpecial(t, v, "__qualname__");
    if (!PyUnicode.isStr(v)) {
      throw PyErr.format(PyExc.TypeError, "can only assign string to %s.__qualname__, not '%s'",
          t.name, of(v).getName());
    }
    t.qualname = PyUnicode.asJavaString(v);
  }

  @Getter("__module__")
  static Object module(Object self) {
    PyType t = (PyType) self;
    if (!t.heapType) {
      return t.staticModule;
    }
    Object m = t.dict.get("__module__");
    if (m == null) {
      throw PyErr.noAttribute(t, "__module__");
    }
    return m;
  }

  @Setter("__module__")
  static void setModule(Object self, Object v) {
    PyType t = (PyType) self;
    if (!t.heapType) {
      throw PyErr.format(
          PyExc.TypeError, "cannot set '__module__' attribute of immutable type '%s'", t.tpName());
    }
    t.dict.put("__module__", v);
    t.updateSlot(null);
  }

  @Getter("__doc__")
  static Object docAttr(Object self) {
    PyType t = (PyType) self;
    Object d = t.dict.get("__doc__");
    if ((d == null || d == PyNone.NONE) && !t.isHeapType()) {
      // a builtin type: CPython's docstring
      return BuiltinDocs.docOr(BuiltinDocs.key(t), null);
    }
    if (d == null) {
      return PyNone.NONE;
    }
    if (of(d).hasSlot(SpecialMethod.op_get)) {
      return Slots.call(of(d).slot(SpecialMethod.op_get), d, null, self);
    }
    return d;
  }

  /** {@code __text_signature__}: a builtin type's constructor signature as CPython gives it. */
  @Getter("__text_signature__")
  static Object textSignature(Object self) {
    PyType t = (PyType) self;
    return t.isHeapType() ? PyNone.NONE : BuiltinDocs.signatureOrNone(BuiltinDocs.key(t));
  }

  @Setter("__doc__")
  static void setDoc(Object self, Object v) {
    PyType t = (PyType) self;
    if (!t.heapType) {
      throw PyErr.format(
          PyExc.TypeError, "cannot set '__doc__' attribute of immutable type '%s'", t.tpName());
    }
    checkSetSpecial(t, v, "__doc__");
    t.dict.put("__doc__", v);
    t.updateSlot(null);
  }

  /**
   * {@code type.__annotations__}: a class's own (never inherited) annotations dict, made empty
   * and kept in the class's namespace when it has none; builtin types have none.
   */
  @Getter("__annotations__")
  static Object annotationsAttr(Object self) {
    PyType t = (PyType) self;
    if (!t.heapType) {
      throw PyErr.attributeError(
          t,
          "__annotations__",
          "type object '" + t.tpName() + "' has no attribute '__annotations__'");
    }
    Object a = t.dict.get("__annotations__");
    if (a == null) {
      a = new PyDict();
      t.dict.put("__annotations__", a);
      t.updateSlot(null);
      return a;
    }
    if (of(a).hasSlot(SpecialMethod.op_get)) {
      return Slots.call(of(a).slot(SpecialMethod.op_get), a, null, self);
    }
    return a;
  }

  @Setter("__annotations__")
  static void setAnnotations(Object self, Object v) {
    PyType t = (PyType) self;
    if (!t.heapType && !t.mutableBuiltin) {
      throw PyErr.format(
          PyExc.TypeError,
          "cannot set '__annotations__' attribute of immutable type '%s'",
          t.tpName());
    }
    if (v != null) {
      t.dict.put("__annotations__", v);
    } else if (t.dict.remove("__annotations__") == null) {
      throw PyErr.attributeError(t, "__annotations__", "__annotations__");
    }
    t.updateSlot(null);
  }

  @Getter("__basicsize__")
  static Object basicsize(Object self) {
    return (long) TypeSizes.of((PyType) self)[0];
  }

  @Getter("__itemsize__")
  static Object itemsize(Object self) {
    return (long) TypeSizes.of((PyType) self)[1];
  }

  /** {@code _PyObject_IS_GC} for instances of this type: {@link TypeSizes#isGc}. */
  public boolean isGcType() {
    return TypeSizes.isGc(this);
  }

  @Getter("__flags__")
  static Object flags(Object self) {
    return TypeFlags.of((PyType) self);
  }

  /** {@code type.__abstractmethods__}, kept in the namespace; {@code type} itself has none. */
  @Getter("__abstractmethods__")
  static Object abstractMethods(Object self) {
    PyType t = (PyType) self;
    Object v = t == TYPE ? null : t.dict.get("__abstractmethods__");
    if (v == null) {
      throw PyErr.attributeError(t, "__abstractmethods__", "__abstractmethods__");
    }
    return v;
  }

  /** Setting {@code __abstractmethods__} sets {@code IS_ABSTRACT} to its truth; a null deletes. */
  @Setter("__abstractmethods__")
  static void setAbstractMethods(Object self, Object v) {
    PyType t = (PyType) self;
    boolean abs = false;
    if (v != null) {
      abs = Abstract.isTrue(v);
      t.dict.put("__abstractmethods__", v);
    } else if (t.dict.remove("__abstractmethods__") == null) {
      throw PyErr.attributeError(t, "__abstractmethods__", "__abstractmethods__");
    }
    t.extraFlags = abs ? t.extraFlags | TypeFlags.IS_ABSTRACT : t.extraFlags & ~TypeFlags.IS_ABSTRACT;
    t.updateSlot(null);
  }

  @Getter("__mro__")
  static Object mroAttr(Object self) {
    PyType[] m = ((PyType) self).mro;
    return m == null ? PyNone.NONE : new PyTuple((Object[]) m.clone());
  }

  @Getter("__bases__")
  static Object basesAttr(Object self) {
    return new PyTuple((Object[]) ((PyType) self).bases.clone());
  }

  @Setter("__bases__")
  static void setBasesAttr(Object self, Object v) {
    ((PyType) self).setBases(v);
  }

  @Getter("__base__")
  static Object baseAttr(Object self) {
    PyType b = ((PyType) self).base;
    return b == null ? PyNone.NONE : b;
  }

  @Getter("__dict__")
  static Object dictAttr(Object self) {
    return new PyMappingProxy(((PyType) self).getDict());
  }

  @org.taipan.api.expose.PythonMethod
  static Object mro(Object self) {
    return new PyList(Arrays.asList((Object[]) ((PyType) self).mroImplementation()));
  }

  /** {@code type.__dir__} ({@code type___dir___impl}): the names of the class and its bases. */
  @org.taipan.api.expose.PythonMethod
  static Object __dir__(Object self) {
    PyDict names = new PyDict();
    PyBaseObject.mergeClassDict(self, names);
    return new PyList(names.keyList());
  }

  @org.taipan.api.expose.PythonMethod
  static Object __subclasses__(Object self) {
    return new PyList(new ArrayList<Object>(((PyType) self).subclassList()));
  }

  @org.taipan.api.expose.PythonMethod
  static Object __instancecheck__(Object self, Object inst) {
    return Abstract.objectIsInstance(inst, self);
  }

  @org.taipan.api.expose.PythonMethod
  static Object __subclasscheck__(Object self, Object sub) {
    return Abstract.recursiveIsSubclass(sub, self);
  }


  /** The handle type for {@code (Object)Object}, for the exposer. */
  static final MethodType UNARY = MethodType.methodType(Object.class, Object.class);

  /** {@code type.__prepare__(name, bases, **kwds)}, a classmethod: a new empty dict. */
  static final class Prepare {
    private Prepare() {}

    @org.taipan.api.expose.PythonMethod
    static Object __prepare__(Object cls, Object[] args, PyDict kwargs) {
      return new PyDict();
    }
  }
}
