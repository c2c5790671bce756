package org.taipan.stdlib.core.data;

import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;

/**
 * The {@code _heapq} module, CPython's {@code Modules/_heapqmodule.c}: binary min-heaps (and the
 * max-heap helpers {@code heapq.merge} and {@code nlargest} use) kept in a list, compared with
 * {@code <} only, in the order {@code heapq.py} documents; a comparison that resizes the list
 * raises RuntimeError.
 */
@PythonModule(value = "_heapq", doc = "Heap queue algorithm (a.k.a. priority queue).\n\n"
    + "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
    + "all k, counting elements from 0.  For the sake of comparison,\n"
    + "non-existing elements are considered to be infinite.  The interesting\n"
    + "property of a heap is that a[0] is always its smallest element.\n\n"
    + "Usage:\n\n"
    + "heap = []            # creates an empty heap\n"
    + "heappush(heap, item) # pushes a new item on the heap\n"
    + "item = heappop(heap) # pops the smallest item from the heap\n"
    + "item = heap[0]       # smallest item on the heap without popping it\n"
    + "heapify(x)           # transforms list into a heap, in-place, in linear time\n"
    + "item = heapreplace(heap, item) # pops and returns smallest item, and adds\n"
    + "                               # new item; the heap size is unchanged\n\n"
    + "Our API differs from textbook heap algorithms as follows:\n\n"
    + "- We use 0-based indexing.  This makes the relationship between the\n"
    + "  index for a node and the indexes for its children slightly less\n"
    + "  obvious, but is more suitable since Python uses 0-based indexing.\n\n"
    + "- Our heappop() method returns the smallest item, not the largest.\n\n"
    + "These two make it possible to view the heap as a regular Python list\n"
    + "without surprises: heap[0] is the smallest item, and heap.sort()\n"
    + "maintains the heap invariant!\n")
public final class HeapqModule {
  private HeapqModule() {}

  private static final PyType LIST = PyType.of(new PyList());

  /** The heap argument, which must be a list ("heappush() argument 1 must be list, not tuple"). */
  private static PyList heap(String name, boolean only, Object heap) {
    if (!(heap instanceof PyList l)) {
      throw PyErr.format(PyExc.TypeError, "%s() argument%s must be list, not %.50s", name,
          only ? "" : " 1", heap == PyNone.NONE ? "None" : DataSupport.typeName(heap));
    }
    return l;
  }

  /** {@code a < b}, or {@code b < a} for the max-heap functions. */
  private static boolean less(Object a, Object b, boolean max) {
    return max ? Abstract.richCompareBool(b, a, Abstract.LT)
        : Abstract.richCompareBool(a, b, Abstract.LT);
  }

  private static PyException changedSize() {
    return PyErr.format(PyExc.RuntimeError, "list changed size during iteration");
  }

  /** Moves the item at {@code pos} up towards {@code start} while it is less than its parent. */
  private static void siftDown(PyList h, int start, int pos, boolean max) {
    int size = h.size();
    while (pos > start) {
      int parent = (pos - 1) >> 1;
      boolean lt = less(h.get(pos), h.get(parent), max);
      if (size != h.size()) {
        throw changedSize();
      }
      if (!lt) {
        break;
      }
      Object p = h.get(parent);
      h.set(parent, h.get(pos));
      h.set(pos, p);
      pos = parent;
    }
  }

  /** Moves the smaller child up from {@code pos} to a leaf, then sifts that leaf's item down. */
  private static void siftUp(PyList h, int pos, boolean max) {
    int end = h.size();
    int start = pos;
    int limit = end >> 1;
    while (pos < limit) {
      int child = 2 * pos + 1;
      if (child + 1 < end) {
        if (!less(h.get(child), h.get(child + 1), max)) {
          child++;
        }
        if (end != h.size()) {
          throw changedSize();
        }
      }
      Object c = h.get(child);
      h.set(child, h.get(pos));
      h.set(pos, c);
      pos = child;
    }
    siftDown(h, start, pos, max);
  }

  private static Object popLast(PyList h) {
    return Abstract.callAsMethod(LIST.lookup("pop"), h, new Object[0], null);
  }

  private static Object pop(String name, Object heapArg, boolean max) {
    PyList h = heap(name, true, heapArg);
    if (h.size() == 0) {
      throw PyErr.format(PyExc.IndexError, "index out of range");
    }
    Object last = popLast(h);
    if (h.size() == 0) {
      return last;
    }
    Object r = h.get(0);
    h.set(0, last);
    siftUp(h, 0, max);
    return r;
  }

  private static Object replace(String name, Object heapArg, Object item, boolean max) {
    PyList h = heap(name, false, heapArg);
    if (h.size() == 0) {
      throw PyErr.format(PyExc.IndexError, "index out of range");
    }
    Object r = h.get(0);
    h.set(0, item);
    siftUp(h, 0, max);
    return r;
  }

  private static Object heapify(String name, Object heapArg, boolean max) {
    PyList h = heap(name, true, heapArg);
    for (int i = (h.size() >> 1) - 1; i >= 0; i--) {
      siftUp(h, i, max);
    }
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object heappush(Object heap, Object item) {
    PyList h = heap("heappush", false, heap);
    h.append(item);
    siftDown(h, 0, h.size() - 1, false);
    return PyNone.NONE;
  }

  @PythonMethod
  public static Object heappop(Object heap) {
    return pop("heappop", heap, false);
  }

  @PythonMethod
  public static Object heapreplace(Object heap, Object item) {
    return replace("heapreplace", heap, item, false);
  }

  @PythonMethod
  public static Object heappushpop(Object heap, Object item) {
    PyList h = heap("heappushpop", false, heap);
    if (h.size() == 0) {
      return item;
    }
    if (!less(h.get(0), item, false)) {
      return item;
    }
    if (h.size() == 0) {
      throw PyErr.format(PyExc.IndexError, "index out of range");
    }
    Object r = h.get(0);
    h.set(0, item);
    siftUp(h, 0, false);
    return r;
  }

  @PythonMethod
  public static Object heapify(Object heap) {
    return heapify("heapify", heap, false);
  }

  @PythonMethod
  public static Object _heappop_max(Object heap) {
    return pop("_heappop_max", heap, true);
  }

  @PythonMethod
  public static Object _heapreplace_max(Object heap, Object item) {
    return replace("_heapreplace_max", heap, item, true);
  }

  @PythonMethod
  public static Object _heapify_max(Object heap) {
    return heapify("_heapify_max", heap, true);
  }
}
