package org.taipan.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** dict, set, list and str behaviour that programs can observe. */
class ContainersTest {

  @Test
  void dictKeepsInsertionOrderThroughDeletesAndGrowth() {
    PyDict d = new PyDict();
    for (long i = 0; i < 100; i++) {
      d.put(i, i * i);
    }
    for (long i = 0; i < 100; i += 2) {
      d.remove(i);
    }
    d.put(0L, "zero");
    List<Object> keys = d.keyList();
    assertEquals(51, keys.size());
    assertEquals(1L, keys.get(0));
    assertEquals(99L, keys.get(49));
    assertEquals(0L, keys.get(50));
    assertEquals(81L, d.get(9L));
    assertNull(d.get(8L));
  }

  @Test
  void equalKeysOfDifferentTypesAreOneKey() {
    PyDict d = new PyDict();
    d.put(1L, "a");
    d.put(1.0, "b");
    d.put(Boolean.TRUE, "c");
    assertEquals(1, d.size());
    assertEquals("{1: 'c'}", Abstract.reprJava(d));
  }

  @Test
  void setIterationOrderFollowsCPythonTableLayout() {
    // recorded from CPython 3.11: set([40, 8, 16, 24, 32]) prints {32, 40, 8, 16, 24}
    PySet s = PySet.fromIterable(new PyList(List.of(40L, 8L, 16L, 24L, 32L)), false);
    assertEquals("{32, 40, 8, 16, 24}", Abstract.reprJava(s));
  }

  @Test
  void unhashableListInSet() {
    PyException e =
        assertThrows(PyException.class, () -> new PySet(false).add(new PyList()));
    assertEquals("unhashable type: 'list'", Abstract.strJava(e.value));
  }

  @Test
  void strIsCodePointExact() {
    Object s = PyUnicode.wrap("a\uD83D\uDE00b");
    assertTrue(s instanceof PyCodePoints);
    assertEquals(3L, Abstract.size(s) + 0L);
    assertEquals(PyUnicode.wrap("\uD83D\uDE00"), Abstract.getItem(s, 1L));
    assertEquals("'abc'", Abstract.reprJava("abc"));
    assertEquals("\"it's\"", Abstract.reprJava("it's"));
  }

  @Test
  void listSortIsStableAndReportsCPythonErrors() {
    PyList l = new PyList(List.of(3L, 1L, 2L));
    PyList.sortArray(l, PyNone.NONE, true);
    assertEquals("[3, 2, 1]", Abstract.reprJava(l));
    PyList mixed = new PyList(List.of(1L, "a"));
    PyException e =
        assertThrows(PyException.class, () -> PyList.sortArray(mixed, PyNone.NONE, false));
    assertEquals("'<' not supported between instances of 'str' and 'int'",
        Abstract.strJava(e.value));
  }
}
