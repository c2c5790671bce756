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
