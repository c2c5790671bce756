package org.taipan.object;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.taipan.api.expose.PythonMethod;

/**
 * An instance of {@code BaseExceptionGroup}, {@code ExceptionGroup} or a subclass, CPython's
 * {@code PyBaseExceptionGroupObject} ({@code Objects/exceptions.c}, PEP 654): a message and a
 * non-empty tuple of exceptions, with {@code split}, {@code subgroup} and {@code derive}.
 */
public final class PyBaseExceptionGroup extends PyBaseException {
  /** {@code message}: a str. */
  Object message;
  /** {@code exceptions}. */
  PyTuple exceptions;

  PyBaseExceptionGroup(PyType type) {
    super(type);
  }

  /** The exceptions of this group. */
  public PyTuple exceptions() {
    return exceptions;
  }

  /**
   * A new {@code ExceptionGroup} or {@code BaseExceptionGroup} (whichever the exceptions allow)
   * of the sequence {@code excs} ({@code _PyExc_CreateExceptionGroup}).
   */
  public static PyBaseExceptionGroup create(String message, Object excs) {
    return (PyBaseExceptionGroup)
        PyExc.BaseExceptionGroup.call(new Object[] {message, excs}, null);
  }

  /**
   * What a try/except* statement re-raises at its end ({@code _PyExc_PrepReraiseStar}): {@code
   * excs} holds what each clause raised and, last, the part of {@code orig} no clause matched
   * (None for none). An exception with {@code orig}'s traceback, cause and context is {@code
   * orig} or a part of it re-raised; the leaves of those are cut out of {@code orig} again,
   * shaped as {@code orig}. When clauses raised new exceptions, they and that part make a new
   * group with an empty message, even when that holds one exception only. The result is None when nothing is to be raised.
   */
  public static Object prepareReraiseStar(Object orig, PyList excs) {
    if (excs.size() == 0) {
      return PyNone.NONE;
    }
    if (!(orig instanceof PyBaseExceptionGroup og)) {
      // a naked exception was wrapped; only one clause can have run
      return excs.get(0);
    }
    List<Object> raised = new ArrayList<>();
    Set<Object> reraisedLeaves = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < excs.size(); i++) {
      Object e = excs.get(i);
      if (e == PyNone.NONE) {
        continue;
      }
      PyBaseException be = (PyBaseException) e;
      if (be.traceback == og.traceback && be.cause == og.cause && be.context == og.context) {
        collectLeaves(be, reraisedLeaves);
      } else {
        raised.add(e);
      }
    }
    Split s = new Split(reraisedLeaves::contains, false);
    s.run(og);
    if (raised.isEmpty()) {
      return orNone(s.match);
    }
    if (s.match != null) {
      raised.add(s.match);
    }
    return create("", new PyList(raised));
  }

  private static void collectLeaves(Object e, Set<Object> leaves) {
    if (e instanceof PyBaseExceptionGroup g) {
      for (int i = 0; i < g.exceptions.size(); i++) {
        PyRecursion.enter(" in collect_exception_group_leaf_ids");
        try {
          collectLeaves(g.exceptions.get(i), leaves);
        } finally {
          PyRecursion.leave();
        }
      }
    } else {
      leaves.add(e);
    }
  }

  // ---------------------------------------------------------------- the type's methods

  /**
   * {@code BaseExceptionGroup.__new__(cls, message, exceptions)} ({@code BaseExceptionGroup_new}):
   * {@code BaseExceptionGroup} of only {@code Exception}s makes an {@code ExceptionGroup}, and
   * an {@code Exception} subclass refuses to hold a {@code BaseException}.
   */
  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    int n = args.length - (kwnames == null ? 0 : kwnames.length);
    if (n != 2) {
      throw PyErr.format(
          PyExc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", n);
    }
    Object message = args[0];
    if (!PyUnicode.isStr(message)) {
      throw PyErr.format(
          PyExc.TypeError,
          "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
          PyType.of(message).getName());
    }
    if (!Abstract.sequenceCheck(args[1])) {
      throw PyErr.format(PyExc.TypeError, "second argument (exceptions) must be a sequence");
    }
    PyTuple excs = PyTuple.fromIterable(args[1]);
    if (excs.size() == 0) {
      throw PyErr.format(
          PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence");
    }
    boolean nestsBase = false;
    for (int i = 0; i < excs.size(); i++) {
      Object e = excs.get(i);
      if (!(e instanceof PyBaseException)) {
        throw PyErr.format(
            PyExc.ValueError, "Item %d of second argument (exceptions) is not an exception", i);
      }
      nestsBase |= !PyType.of(e).isSubtypeOf(PyExc.Exception);
    }
    if (cls == PyExc.ExceptionGroup) {
      if (nestsBase) {
        throw PyErr.format(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
      }
    } else if (cls == PyExc.BaseExceptionGroup) {
      if (!nestsBase) {
        cls = PyExc.ExceptionGroup;
      }
    } else if (nestsBase && cls.isSubtypeOf(PyExc.Exception)) {
      throw PyErr.format(
          PyExc.TypeError, "Cannot nest BaseExceptions in '%.200s'", cls.getName());
    }
    PyBaseExceptionGroup g = (PyBaseExceptionGroup) PyBaseException.__new__(cls, args, kwnames);
    g.message = message;
    g.exceptions = excs;
    return g;
  }

  static Object __init__(Object self, Object[] args, String[] kwnames) {
    return PyBaseException.__init__(self, args, kwnames);
  }

  /** {@code "message (N sub-exceptions)"} ({@code BaseExceptionGroup_str}). */
  static Object __str__(Object self) {
    PyBaseExceptionGroup g = (PyBaseExceptionGroup) self;
    int n = g.exceptions.size();
    return Abstract.strJava(g.message) + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
  }

  @Getter(value = "message", readonlyMember = true)
  static Object messageAttr(Object self) {
    return ((PyBaseExceptionGroup) self).message;
  }

  @Getter(value = "exceptions", readonlyMember = true)
  static Object exceptionsAttr(Object self) {
    return ((PyBaseExceptionGroup) self).exceptions;
  }

  /**
   * {@code derive(excs)}: a {@code BaseExceptionGroup} (or {@code ExceptionGroup}) with this
   * message; {@code split} calls it to make its parts, so subclasses override it.
   */
  @PythonMethod
  static Object derive(Object self, Object[] args) {
    if (args.length != 1) {
      throw PyErr.format(
          PyExc.TypeError, "function takes exactly 1 argument (%d given)", args.length);
    }
    return PyExc.BaseExceptionGroup.call(
        new Object[] {((PyBaseExceptionGroup) self).message, args[0]}, null);
  }

  /** {@code split(condition)}: the pair {@code (match, rest)}, each a group or None. */
  @PythonMethod
  static Object split(Object self, Object[] args) {
    Object cond = oneArgument("split", args);
    Split s = new Split(matcher(cond), true);
    s.run(self);
    return new PyTuple(orNone(s.match), orNone(s.rest));
  }

  /** {@code subgroup(condition)}: the matching part, or None. */
  @PythonMethod
  static Object subgroup(Object self, Object[] args) {
    Object cond = oneArgument("subgroup", args);
    Split s = new Split(matcher(cond), false);
    s.run(self);
    return orNone(s.match);
  }

  private static Object oneArgument(String name, Object[] args) {
    if (args.length != 1) {
      throw PyErr.format(
          PyExc.TypeError, "%s expected 1 argument, got %d", name, args.length);
    }
    return args[0];
  }

  private static Object orNone(Object o) {
    return o == null ? PyNone.NONE : o;
  }

  /** A test applied to each exception of a group by {@link Split}. */
  interface Matcher {
    boolean matches(Object exc);
  }

  /**
   * The condition of {@code split} and {@code subgroup} ({@code get_matcher_type}): a callable
   * other than a type is a predicate; an exception type or a tuple of them matches by type.
   */
  private static Matcher matcher(Object cond) {
    if (Abstract.isCallable(cond) && !(cond instanceof PyType)) {
      return e -> Abstract.isTrue(Abstract.call(cond, e));
    }
    if (isExceptionClass(cond)) {
      return e -> PyType.of(e).isSubtypeOf((PyType) cond);
    }
    if (cond instanceof PyTuple t && PyType.of(t) == PyTuple.TYPE) {
      for (int i = 0; i < t.size(); i++) {
        if (!isExceptionClass(t.get(i))) {
          throw badCondition();
        }
      }
      return e -> {
        for (int i = 0; i < t.size(); i++) {
          if (PyType.of(e).isSubtypeOf((PyType) t.get(i))) {
            return true;
          }
        }
        return false;
      };
    }
    throw badCondition();
  }

  private static boolean isExceptionClass(Object o) {
    return o instanceof PyType t && t.isSubtypeOf(PyExc.BaseException);
  }

  private static PyException badCondition() {
    return PyErr.format(
        PyExc.TypeError, "expected a function, exception type or tuple of exception types");
  }

  /**
   * The leaves of a group matching a {@link Matcher}, and those not matching, as groups shaped
   * like the original ({@code exceptiongroup_split_recursive}).
   */
  static final class Split {
    private final Matcher matcher;
    private final boolean withRest;
    /** The matching part after {@link #run}: an exception, a group or null. */
    Object match;
    /** The rest after {@link #run} (when asked for). */
    Object rest;

    Split(Matcher matcher, boolean withRest) {
      this.matcher = matcher;
      this.withRest = withRest;
    }

    void run(Object exc) {
      match = null;
      rest = null;
      if (matcher.matches(exc)) {
        match = exc;
        return;
      }
      if (!(exc instanceof PyBaseExceptionGroup g)) {
        rest = withRest ? exc : null;
        return;
      }
      List<Object> matched = new ArrayList<>();
      List<Object> others = new ArrayList<>();
      for (int i = 0; i < g.exceptions.size(); i++) {
        PyRecursion.enter(" in exceptiongroup_split_recursive");
        try {
          run(g.exceptions.get(i));
        } finally {
          PyRecursion.leave();
        }
        if (match != null) {
          matched.add(match);
        }
        if (rest != null) {
          others.add(rest);
        }
      }
      match = subset(g, matched);
      rest = withRest ? subset(g, others) : null;
    }
  }

  /**
   * A group of {@code excs} made by {@code orig.derive}, with the traceback, cause, context and
   * a copy of the notes of {@code orig}; null when {@code excs} is empty ({@code
   * exceptiongroup_subset}).
   */
  private static Object subset(PyBaseExceptionGroup orig, List<Object> excs) {
    if (excs.isEmpty()) {
      return null;
    }
    Object derived = Abstract.callMethod(orig, "derive", new PyList(excs));
    if (!(derived instanceof PyBaseExceptionGroup eg)) {
      throw PyErr.format(
          PyExc.TypeError, "derive must return an instance of BaseExceptionGroup");
    }
    eg.traceback = orig.traceback;
    eg.context = orig.context;
    // as PyException_SetCause, which also sets __suppress_context__
    eg.cause = orig.cause;
    eg.suppressContext = true;
    Object notes = Abstract.lookupAttr(orig, "__notes__");
    if (notes != null && Abstract.sequenceCheck(notes)) {
      Abstract.setAttr(eg, "__notes__", PyList.TYPE.call(new Object[] {notes}, null));
    }
    return eg;
  }

  /** {@code BaseExceptionGroup[T]}: a generic alias. */
  static final class ClassGetItem {
    private ClassGetItem() {}

    @PythonMethod
    static Object __class_getitem__(Object cls, Object item) {
      return new PyGenericAlias(cls, item);
    }
  }
}
