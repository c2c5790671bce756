package org.taipan.object;

import java.util.Map;

/**
 * {@code type.__basicsize__} and {@code type.__itemsize__}: the sizes CPython 3.11 reports on
 * x86-64 for the builtin types ({@code tp_basicsize}, {@code tp_itemsize}), recorded from the
 * oracle. Programs read them to size things ({@code tuple.__itemsize__ * 8} is the pointer width
 * in bits); Taipan's objects are Java objects, so these describe CPython's layout, not ours. A
 * type not listed reports the sizes of its nearest listed base, which for classes defined in
 * Python leaves out what their slots and weak-reference field would add.
 */
final class TypeSizes {
  private TypeSizes() {}

  /** Name of a builtins type: {basicsize, itemsize}. */
  private static final Map<String, int[]> SIZES =
      Map.ofEntries(
          Map.entry("object", new int[] {16, 0}),
          Map.entry("type", new int[] {904, 40}),
          Map.entry("int", new int[] {24, 4}),
          Map.entry("bool", new int[] {32, 4}),
          Map.entry("float", new int[] {24, 0}),
          Map.entry("complex", new int[] {32, 0}),
          Map.entry("str", new int[] {80, 0}),
          Map.entry("bytes", new int[] {33, 1}),
          Map.entry("bytearray", new int[] {56, 0}),
          Map.entry("memoryview", new int[] {144, 8}),
          Map.entry("tuple", new int[] {24, 8}),
          Map.entry("list", new int[] {40, 0}),
          Map.entry("dict", new int[] {48, 0}),
          Map.entry("set", new int[] {200, 0}),
          Map.entry("frozenset", new int[] {200, 0}),
          Map.entry("range", new int[] {48, 0}),
          Map.entry("slice", new int[] {40, 0}),
          Map.entry("enumerate", new int[] {56, 0}),
          Map.entry("reversed", new int[] {32, 0}),
          Map.entry("zip", new int[] {48, 0}),
          Map.entry("map", new int[] {32, 0}),
          Map.entry("filter", new int[] {32, 0}),
          Map.entry("property", new int[] {64, 0}),
          Map.entry("function", new int[] {136, 0}),
          Map.entry("method", new int[] {48, 0}),
          Map.entry("module", new int[] {56, 0}),
          Map.entry("builtin_function_or_method", new int[] {56, 0}),
          Map.entry("cell", new int[] {24, 0}),
          Map.entry("mappingproxy", new int[] {24, 0}),
          Map.entry("traceback", new int[] {40, 0}),
          Map.entry("classmethod", new int[] {32, 0}),
          Map.entry("staticmethod", new int[] {32, 0}),
          Map.entry("super", new int[] {40, 0}),
          Map.entry("BaseException", new int[] {72, 0}),
          Map.entry("StopIteration", new int[] {80, 0}),
          Map.entry("SystemExit", new int[] {80, 0}),
          Map.entry("NameError", new int[] {80, 0}),
          Map.entry("AttributeError", new int[] {88, 0}),
          Map.entry("ImportError", new int[] {96, 0}),
          Map.entry("OSError", new int[] {112, 0}),
          Map.entry("UnicodeDecodeError", new int[] {112, 0}),
          Map.entry("UnicodeEncodeError", new int[] {112, 0}),
          Map.entry("UnicodeTranslateError", new int[] {112, 0}),
          Map.entry("SyntaxError", new int[] {136, 0}));

  /** Builtin types whose instances CPython's cyclic collector tracks ({@code Py_TPFLAGS_HAVE_GC}). */
  private static final java.util.Set<String> GC =
      java.util.Set.of("tuple", "list", "dict", "set", "frozenset", "type", "function", "module",
          "method", "cell", "generator", "coroutine", "async_generator", "frame", "property",
          "classmethod", "staticmethod", "super", "enumerate", "zip", "map", "filter",
          "reversed", "slice", "memoryview", "mappingproxy", "BaseException", "builtin_function_or_method",
          "method-wrapper", "list_iterator", "tuple_iterator", "dict_keys", "dict_values",
          "dict_items", "dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
          "set_iterator", "iterator", "callable_iterator", "traceback", "SimpleNamespace",
          "GenericAlias", "getset_descriptor", "member_descriptor", "method_descriptor",
          "wrapper_descriptor", "classmethod_descriptor");

  /**
   * Whether CPython would give the type's instances a GC header ({@code _PyObject_IS_GC}): every
   * class defined in Python whose layout adds a {@code __dict__} or derives from a tracked type,
   * and the builtin container types.
   */
  static boolean isGc(PyType t) {
    for (PyType b = t; b != null; b = b.getBase()) {
      if (b.isHeapType()) {
        return true;
      }
      if ("builtins".equals(b.getModule()) && GC.contains(b.getName())) {
        return true;
      }
    }
    return false;
  }

  /** {@code {basicsize, itemsize}} of a type. */
  static int[] of(PyType t) {
    for (PyType b = t; b != null; b = b.getBase()) {
      int[] s = !b.isHeapType() && "builtins".equals(b.getModule()) ? SIZES.get(b.getName()) : null;
      if (s != null) {
        return s;
      }
    }
    return SIZES.get("object");
  }
}
