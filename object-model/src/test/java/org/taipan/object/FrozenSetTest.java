package org.taipan.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** frozenset has set's readers and none of its mutators, as in CPython 3.11. */
class FrozenSetTest {

  // recorded from CPython 3.11: sorted(set(dir(set)) - set(dir(frozenset)))
  private static final List<String> SET_ONLY =
      List.of(
          "__iand__", "__ior__", "__isub__", "__ixor__", "add", "clear", "difference_update",
          "discard", "intersection_update", "pop", "remove", "symmetric_difference_update",
          "update");

  @Test
  void frozensetHasNoMutatingMethods() {
    for (String name : SET_ONLY) {
      assertNull(PySet.FROZENSET_TYPE.lookup(name), "frozenset should not have " + name);
      assertNotNull(PySet.SET_TYPE.lookup(name), "set should have " + name);
    }
  }

  @Test
  void frozensetKeepsItsReaders() {
    for (String name : List.of("union", "copy", "issubset", "__or__", "__hash__")) {
      assertNotNull(PySet.FROZENSET_TYPE.lookup(name), "frozenset should have " + name);
    }
  }

  @Test
  void inPlaceOrOnFrozensetMakesANewFrozenset() {
    PySet a = PySet.fromIterable(new PyList(List.of(1L)), true);
    PySet b = PySet.fromIterable(new PyList(List.of(2L)), false);
    Object r = PyNumber.binaryOp(PyNumber.INPLACE + PyNumber.OR, a, b);
    assertEquals("frozenset({1, 2})", Abstract.reprJava(r));
    assertEquals("frozenset({1})", Abstract.reprJava(a));
  }

  @Test
  void symmetricDifferenceUpdateOnSet() {
    PySet s = PySet.fromIterable(new PyList(List.of(1L, 2L)), false);
    Abstract.callMethod(s, "symmetric_difference_update", new PyList(List.of(2L, 3L)));
    assertEquals("{1, 3}", Abstract.reprJava(s));
  }

  @Test
  void fromkeysBindsTheClassOutsideItsArgumentCount() {
    Object d = Abstract.callMethod(PyDict.TYPE, "fromkeys", new PyList(List.of(1L)), 2L);
    assertEquals("{1: 2}", Abstract.reprJava(d));
  }
}
