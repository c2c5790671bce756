package org.taipan.stdlib.core.data;

import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyModule;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;

/**
 * The {@code _collections} module, CPython's {@code Modules/_collectionsmodule.c}: {@code deque},
 * {@code defaultdict}, the deque iterators, {@code _tuplegetter} and {@code _count_elements}.
 * {@code OrderedDict} is left to {@code collections}' pure-Python class.
 */
@PythonModule(value = "_collections", doc = "High performance data structures.\n"
    + "- deque:        ordered collection accessible from endpoints only\n"
    + "- defaultdict:  dict subclass with a default value factory\n")
public final class CollectionsModule {
  private CollectionsModule() {}

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("deque", PyDeque.TYPE);
    m.put("defaultdict", PyDefaultDict.TYPE);
    m.put("_deque_iterator", PyDeque.ITER_TYPE);
    m.put("_deque_reverse_iterator", PyDeque.REVITER_TYPE);
    m.put("_tuplegetter", TupleGetter.TYPE);
  }

  /** {@code _count_elements(mapping, iterable, /)}: counts the items into the mapping. */
  @PythonMethod
  public static Object _count_elements(Object mapping, Object iterable) {
    Object it = Abstract.iter(iterable);
    boolean plainDict = mapping.getClass() == PyDict.class;
    for (Object x; (x = Abstract.next(it)) != null; ) {
      if (plainDict) {
        PyDict d = (PyDict) mapping;
        Object old = d.get(x);
        d.put(x, old == null ? (Object) 1L : PyNumber.add(old, 1L));
      } else {
        Object old = Abstract.callMethod(mapping, "get", x, 0L);
        Abstract.setItem(mapping, x, PyNumber.add(old, 1L));
      }
    }
    return PyNone.NONE;
  }
}
