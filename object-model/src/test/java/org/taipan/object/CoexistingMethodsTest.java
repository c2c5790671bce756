package org.taipan.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Special methods that CPython 3.11 also lists as METH_COEXIST methods show as methods, and
 * still fill their slots. Reprs recorded from CPython 3.11.
 */
class CoexistingMethodsTest {

  @Test
  void reprsSayMethod() {
    assertEquals("<method '__getitem__' of 'list' objects>",
        Abstract.reprJava(PyList.TYPE.lookup("__getitem__")));
    assertEquals("<method '__contains__' of 'dict' objects>",
        Abstract.reprJava(PyDict.TYPE.lookup("__contains__")));
    assertEquals("<method '__contains__' of 'frozenset' objects>",
        Abstract.reprJava(PySet.FROZENSET_TYPE.lookup("__contains__")));
    assertEquals("<slot wrapper '__len__' of 'list' objects>",
        Abstract.reprJava(PyList.TYPE.lookup("__len__")));
  }

  @Test
  void slotsStillWork() {
    PyList l = new PyList(List.of(7L, 8L));
    assertEquals(8L, Abstract.getItem(l, 1L));
    assertEquals(8L, Abstract.callMethod(l, "__getitem__", 1L));
    PySet s = PySet.fromIterable(l, true);
    assertEquals(true, Abstract.callMethod(s, "__contains__", 7L));
  }
}
