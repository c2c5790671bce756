package org.taipan.interp;

import java.util.ArrayList;
import java.util.List;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyException;
import org.taipan.object.PyUnicode;

/**
 * One interpreter's {@code atexit} callbacks, CPython's {@code struct atexit_state}. As there,
 * unregistering empties a slot without shortening the list, so {@code _ncallbacks()} counts the
 * slots used since the last run or clear, and callbacks run last registered first.
 */
final class ExitCallbacks {

  private record Callback(Object func, Object[] args, String[] names) {}

  /** Registered callbacks in order; null where one was unregistered. */
  private final List<Callback> slots = new ArrayList<>();

  void register(Object func, Object[] positional, PyDict kwargs) {
    Object[] args = positional;
    String[] names = null;
    if (kwargs != null && kwargs.size() > 0) {
      List<Object> keys = new ArrayList<>();
      Object it = Abstract.iter(kwargs);
      for (Object k; (k = Abstract.next(it)) != null; ) {
        keys.add(k);
      }
      args = new Object[positional.length + keys.size()];
      System.arraycopy(positional, 0, args, 0, positional.length);
      names = new String[keys.size()];
      for (int i = 0; i < keys.size(); i++) {
        names[i] = PyUnicode.asJavaString(keys.get(i));
        args[positional.length + i] = kwargs.get(keys.get(i));
      }
    }
    slots.add(new Callback(func, args, names));
  }

  /** Empties every slot whose function equals {@code func}; an exception from {@code ==} escapes. */
  void unregister(Object func) {
    for (int i = 0; i < slots.size(); i++) {
      Callback cb = slots.get(i);
      if (cb != null && Abstract.richCompareBool(cb.func, func, Abstract.EQ)) {
        slots.set(i, null);
      }
    }
  }

  int slots() {
    return slots.size();
  }

  void clear() {
    slots.clear();
  }

  /**
   * {@code atexit_callfuncs}: calls the callbacks present now, last first, reporting each failure
   * (a {@code SystemExit} too) as unraisable; then forgets them all, including any registered
   * meanwhile.
   */
  void runAll(InterpreterState in) {
    for (int i = slots.size() - 1; i >= 0; i--) {
      // a callback may clear the list or unregister others
      Callback cb = i < slots.size() ? slots.get(i) : null;
      if (cb == null) {
        continue;
      }
      try {
        Abstract.call(cb.func, cb.args, cb.names);
      } catch (PyException e) {
        Unraisable.write(in, e, "in atexit callback", cb.func);
      } catch (StackOverflowError e) {
        Unraisable.write(in, org.taipan.object.PyErr.format(org.taipan.object.PyExc.RecursionError,
            "maximum recursion depth exceeded"), "in atexit callback", cb.func);
      }
    }
    slots.clear();
  }
}
