package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyException;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * A code object, CPython 3.11's {@code PyCodeObject} ({@code Objects/codeobject.c}): the
 * instruction bytes in CPython's layout (two bytes a code unit, inline caches included), constants,
 * names, the local/cell/free variable layout, the exception table and the source positions of each
 * code unit.
 */
public final class PyCode {
  static final PyType TYPE =
      PyType.fromSpec(
          PyType.Spec.of("code", PyCode.class, MethodHandles.lookup()).notBaseType());

  /** {@code CO_OPTIMIZED}. */
  public static final int CO_OPTIMIZED = 0x1;
  /** {@code CO_NEWLOCALS}. */
  public static final int CO_NEWLOCALS = 0x2;
  /** {@code CO_VARARGS}. */
  public static final int CO_VARARGS = 0x4;
  /** {@code CO_VARKEYWORDS}. */
  public static final int CO_VARKEYWORDS = 0x8;
  /** {@code CO_NESTED}. */
  public static final int CO_NESTED = 0x10;
  /** {@code CO_GENERATOR}. */
  public static final int CO_GENERATOR = 0x20;
  /** {@code CO_NOFREE}. */
  public static final int CO_NOFREE = 0x40;
  /** {@code CO_COROUTINE}. */
  public static final int CO_COROUTINE = 0x80;
  /** {@code CO_ITERABLE_COROUTINE}. */
  public static final int CO_ITERABLE_COROUTINE = 0x100;
  /** {@code CO_ASYNC_GENERATOR}. */
  public static final int CO_ASYNC_GENERATOR = 0x200;

  final byte[] code;
  final Object[] consts;
  final String[] names;
  /** The local variables, then cells that are not arguments, then free variables. */
  final String[] localsplusnames;
  final int nlocals;
  final int ncells;
  final int nfrees;
  /** For each cell, the index of the argument it is initialised from, or -1. */
  final int[] cell2arg;
  final int argcount;
  final int posonlyargcount;
  final int kwonlyargcount;
  final int flags;
  final String name;
  final String qualname;
  String filename;
  final int firstlineno;
  final int stacksize;
  /** Exception table entries: start, end (exclusive), target, depth, lasti; in code units. */
  final int[] exceptionTable;
  /** For each code unit: lineno, end lineno, column, end column (-1 when unknown). */
  final int[] positions;
  /**
   * The instructions the interpreter runs, made from {@link #code} on first use ({@link
   * Quickened}); {@code co_code} keeps returning the unspecialized bytes.
   */
  Quickened quickened;

  PyCode(
      byte[] code,
      Object[] consts,
      String[] names,
      String[] localsplusnames,
      int nlocals,
      int ncells,
      int nfrees,
      int[] cell2arg,
      int argcount,
      int posonlyargcount,
      int kwonlyargcount,
      int flags,
      String name,
      String qualname,
      String filename,
      int firstlineno,
      int stacksize,
      int[] exceptionTable,
      int[] positions) {
    this.code = code;
    this.consts = consts;
    this.names = names;
    this.localsplusnames = localsplusnames;
    this.nlocals = nlocals;
    this.ncells = ncells;
    this.nfrees = nfrees;
    this.cell2arg = cell2arg;
    this.argcount = argcount;
    this.posonlyargcount = posonlyargcount;
    this.kwonlyargcount = kwonlyargcount;
    this.flags = flags;
    this.name = name;
    this.qualname = qualname;
    this.filename = filename;
    this.firstlineno = firstlineno;
    this.stacksize = stacksize;
    this.exceptionTable = exceptionTable;
    this.positions = positions;
  }

  /**
   * Gives this code object and every code object among its constants whose file is {@code
   * oldName} the file {@code newName} ({@code update_code_filenames} in {@code import.c}).
   */
  void renameFile(String oldName, String newName) {
    if (!filename.equals(oldName)) {
      return;
    }
    filename = newName;
    for (Object c : consts) {
      if (c instanceof PyCode inner) {
        inner.renameFile(oldName, newName);
      }
    }
  }

  /** The number of local, cell and free slots of a frame. */
  int nlocalsplus() {
    return localsplusnames.length;
  }

  /** The source line of the code unit at {@code index}, or -1. */
  public int lineAt(int index) {
    if (index < 0 || 4 * index >= positions.length) {
      return -1;
    }
    return positions[4 * index];
  }

  /** The name of the code object ({@code co_name}). */
  public String name() {
    return name;
  }

  /** The file name ({@code co_filename}). */
  public String filename() {
    return filename;
  }

  /** Whether this is a generator function's code. */
  boolean isGenerator() {
    return (flags & CO_GENERATOR) != 0;
  }

  @Override
  public String toString() {
    return String.format(
        "<code object %s at 0x%x, file \"%s\", line %d>",
        name, System.identityHashCode(this), filename, firstlineno);
  }

  static Object __repr__(Object self) {
    return self.toString();
  }

  private static PyTuple strings(String[] a, int from, int to) {
    Object[] r = new Object[to - from];
    System.arraycopy(a, from, r, 0, r.length);
    return new PyTuple(r);
  }

  @Getter("co_code")
  static Object coCode(Object self) {
    return new PyBytes(((PyCode) self).code.clone());
  }

  @Getter("co_consts")
  static Object coConsts(Object self) {
    return new PyTuple(((PyCode) self).consts.clone());
  }

  @Getter("co_names")
  static Object coNames(Object self) {
    PyCode c = (PyCode) self;
    return strings(c.names, 0, c.names.length);
  }

  @Getter("co_varnames")
  static Object coVarnames(Object self) {
    PyCode c = (PyCode) self;
    return strings(c.localsplusnames, 0, c.nlocals);
  }

  /**
   * {@code co_cellvars}: as in CPython 3.11, the arguments that are also cells (in argument
   * order), then the other cells.
   */
  @Getter("co_cellvars")
  static Object coCellvars(Object self) {
    PyCode c = (PyCode) self;
    int[] args = java.util.Arrays.stream(c.cell2arg).filter(i -> i >= 0).sorted().toArray();
    Object[] r = new Object[args.length + c.ncells];
    for (int i = 0; i < args.length; i++) {
      r[i] = c.localsplusnames[args[i]];
    }
    System.arraycopy(c.localsplusnames, c.nlocals, r, args.length, c.ncells);
    return new PyTuple(r);
  }

  @Getter("co_freevars")
  static Object coFreevars(Object self) {
    PyCode c = (PyCode) self;
    return strings(c.localsplusnames, c.nlocals + c.ncells, c.localsplusnames.length);
  }

  @Getter("co_name")
  static Object coName(Object self) {
    return ((PyCode) self).name;
  }

  @Getter("co_qualname")
  static Object coQualname(Object self) {
    return ((PyCode) self).qualname;
  }

  @Getter("co_filename")
  static Object coFilename(Object self) {
    return ((PyCode) self).filename;
  }

  @Getter("co_firstlineno")
  static Object coFirstlineno(Object self) {
    return (long) ((PyCode) self).firstlineno;
  }

  @Getter("co_argcount")
  static Object coArgcount(Object self) {
    return (long) ((PyCode) self).argcount;
  }

  @Getter("co_posonlyargcount")
  static Object coPosonly(Object self) {
    return (long) ((PyCode) self).posonlyargcount;
  }

  @Getter("co_kwonlyargcount")
  static Object coKwonly(Object self) {
    return (long) ((PyCode) self).kwonlyargcount;
  }

  @Getter("co_nlocals")
  static Object coNlocals(Object self) {
    return (long) ((PyCode) self).nlocals;
  }

  @Getter("co_flags")
  static Object coFlags(Object self) {
    return (long) ((PyCode) self).flags;
  }

  @Getter("co_stacksize")
  static Object coStacksize(Object self) {
    return (long) ((PyCode) self).stacksize;
  }

  @Getter("co_exceptiontable")
  static Object coExceptiontable(Object self) {
    return new PyBytes(ExceptionTableCodec.encode(((PyCode) self).exceptionTable));
  }

  /** {@code co_linetable}: the positions in CPython 3.11's location-table format. */
  @Getter("co_linetable")
  static Object coLinetable(Object self) {
    PyCode c = (PyCode) self;
    return new PyBytes(LocationTable.encode(c.positions, c.firstlineno, c.code));
  }

  private static Object posValue(int v) {
    return v < 0 ? PyNone.NONE : (Object) (long) v;
  }

  /** {@code co_positions()}: (line, end line, column, end column) of each code unit. */
  @PythonMethod
  static Object co_positions(Object self) {
    PyCode c = (PyCode) self;
    int n = c.code.length / 2;
    Object[] items = new Object[n];
    for (int i = 0; i < n; i++) {
      int[] p = c.positions;
      items[i] =
          new PyTuple(posValue(p[4 * i]), posValue(p[4 * i + 1]), posValue(p[4 * i + 2]),
              posValue(p[4 * i + 3]));
    }
    return Abstract.iter(new PyTuple(items));
  }

  /** {@code co_lines()}: (start, end, line) byte ranges of consecutive code units on one line. */
  @PythonMethod
  static Object co_lines(Object self) {
    PyCode c = (PyCode) self;
    int n = c.code.length / 2;
    java.util.List<Object> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || c.positions[4 * i] != c.positions[4 * start]) {
        out.add(new PyTuple((long) start * 2, (long) i * 2, posValue(c.positions[4 * start])));
        start = i;
      }
    }
    return Abstract.iter(new PyTuple(out.toArray()));
  }

  /** {@code _varname_from_oparg(oparg)}, which {@code dis} uses for local variable names. */
  @PythonMethod
  static Object _varname_from_oparg(Object self, Object oparg) {
    return ((PyCode) self).localsplusnames[(int) (long) (Long) oparg];
  }

  /**
   * {@code replace(*, co_argcount=-1, ..., co_exceptiontable=None)}: a copy with the fields given
   * changed ({@code code_replace_impl}). Changing the variable names lays the slots out as
   * CPython's constructor does: the locals, the cells that are not locals, then the free
   * variables.
   */
  @PythonMethod(positionalOnly = false)
  static Object replace(Object self, @org.taipan.api.expose.KeywordOnly @Default("-1") Object co_argcount,
      @Default("-1") Object co_posonlyargcount, @Default("-1") Object co_kwonlyargcount,
      @Default("-1") Object co_nlocals, @Default("-1") Object co_stacksize,
      @Default("-1") Object co_flags, @Default("-1") Object co_firstlineno,
      @Default("None") Object co_code, @Default("None") Object co_consts,
      @Default("None") Object co_names, @Default("None") Object co_varnames,
      @Default("None") Object co_freevars, @Default("None") Object co_cellvars,
      @Default("None") Object co_filename, @Default("None") Object co_name,
      @Default("None") Object co_qualname, @Default("None") Object co_linetable,
      @Default("None") Object co_exceptiontable) {
    PyCode c = (PyCode) self;
    int firstlineno = intArg(co_firstlineno, c.firstlineno);
    byte[] code = co_code == PyNone.NONE ? c.code : bytesArg("co_code", co_code);
    byte[] linetable = co_linetable == PyNone.NONE
        ? LocationTable.encode(c.positions, c.firstlineno, c.code)
        : bytesArg("co_linetable", co_linetable);
    int[] table = co_exceptiontable == PyNone.NONE
        ? c.exceptionTable : ExceptionTableCodec.decode(bytesArg("co_exceptiontable",
            co_exceptiontable));
    String[] localsplus = c.localsplusnames;
    int nlocals = c.nlocals;
    int ncells = c.ncells;
    int nfrees = c.nfrees;
    int[] cell2arg = c.cell2arg;
    if (co_varnames != PyNone.NONE || co_cellvars != PyNone.NONE || co_freevars != PyNone.NONE) {
      String[] varnames = co_varnames == PyNone.NONE
          ? stringArray(coVarnames(c)) : stringArray(tupleArg("co_varnames", co_varnames));
      String[] cellvars = co_cellvars == PyNone.NONE
          ? stringArray(coCellvars(c)) : stringArray(tupleArg("co_cellvars", co_cellvars));
      String[] freevars = co_freevars == PyNone.NONE
          ? stringArray(coFreevars(c)) : stringArray(tupleArg("co_freevars", co_freevars));
      java.util.List<String> slots = new java.util.ArrayList<>(java.util.List.of(varnames));
      java.util.List<Integer> cells = new java.util.ArrayList<>();
      java.util.List<Integer> argCells = new java.util.ArrayList<>();
      for (String cell : cellvars) {
        int i = java.util.List.of(varnames).indexOf(cell);
        if (i >= 0) {
          argCells.add(i);
        } else {
          slots.add(cell);
          cells.add(-1);
        }
      }
      java.util.Collections.sort(argCells);
      argCells.addAll(cells);
      slots.addAll(java.util.List.of(freevars));
      localsplus = slots.toArray(new String[0]);
      nlocals = varnames.length;
      ncells = cells.size();
      nfrees = freevars.length;
      cell2arg = argCells.stream().mapToInt(Integer::intValue).toArray();
    }
    if (intArg(co_nlocals, nlocals) != nlocals) {
      throw PyErr.format(PyExc.ValueError, "code: co_nlocals != len(co_varnames)");
    }
    int[] positions;
    try {
      positions = LocationTable.decode(linetable, firstlineno, code.length / 2);
    } catch (IllegalArgumentException e) {
      throw PyErr.format(PyExc.ValueError, "code: bad co_linetable (%s)", e.getMessage());
    }
    return new PyCode(code,
        co_consts == PyNone.NONE ? c.consts : tupleArg("co_consts", co_consts).toArray(),
        co_names == PyNone.NONE ? c.names : stringArray(tupleArg("co_names", co_names)),
        localsplus, nlocals, ncells, nfrees, cell2arg,
        intArg(co_argcount, c.argcount), intArg(co_posonlyargcount, c.posonlyargcount),
        intArg(co_kwonlyargcount, c.kwonlyargcount), intArg(co_flags, c.flags),
        strArg("co_name", co_name, c.name), strArg("co_qualname", co_qualname, c.qualname),
        strArg("co_filename", co_filename, c.filename), firstlineno,
        intArg(co_stacksize, c.stacksize), table, positions);
  }

  /** An int field of {@code replace}: -1 keeps the old value. */
  private static int intArg(Object v, int old) {
    int i = org.taipan.object.PyNumber.asSize(v);
    return i == -1 ? old : i;
  }

  private static PyException mustBe(String arg, String type, Object v) {
    return PyErr.format(PyExc.TypeError, "replace() argument '%s' must be %s, not %s", arg, type,
        PyType.of(v).getName());
  }

  private static byte[] bytesArg(String arg, Object v) {
    if (v instanceof PyBytes b) {
      return b.toByteArray();
    }
    throw mustBe(arg, "bytes", v);
  }

  private static PyTuple tupleArg(String arg, Object v) {
    if (v instanceof PyTuple t) {
      return t;
    }
    throw mustBe(arg, "tuple", v);
  }

  private static String strArg(String arg, Object v, String old) {
    if (v == PyNone.NONE) {
      return old;
    }
    if (!PyUnicode.isStr(v)) {
      throw mustBe(arg, "str", v);
    }
    return PyUnicode.asJavaString(v);
  }

  /** The names of a tuple of str ({@code intern_strings}). */
  private static String[] stringArray(Object tuple) {
    Object[] items = ((PyTuple) tuple).toArray();
    String[] r = new String[items.length];
    for (int i = 0; i < items.length; i++) {
      if (!PyUnicode.isStr(items[i])) {
        throw PyErr.format(PyExc.SystemError, "non-string found in code slot");
      }
      r[i] = PyUnicode.asJavaString(items[i]);
    }
    return r;
  }

  @Getter("co_lnotab")
  static Object coLnotab(Object self) {
    return PyNone.NONE;
  }
}
