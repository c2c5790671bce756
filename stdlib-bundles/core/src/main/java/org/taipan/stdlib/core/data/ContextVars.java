package org.taipan.stdlib.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import org.taipan.object.Abstract;

/**
 * The immutable mapping behind a {@link PyContext}: context variables (by identity, as they cannot
 * be subclassed or compared otherwise) to values. CPython uses a HAMT, where a new binding costs
 * O(log n); this is a copy-on-write map, where {@link #with} and {@link #without} copy all n
 * entries. Contexts hold a handful of variables, and copying a context (the frequent operation,
 * once per asyncio task) shares the snapshot in O(1) in both designs.
 */
final class ContextVars {
  static final ContextVars EMPTY = new ContextVars(new LinkedHashMap<>());

  private final Map<PyContextVar, Object> map;

  private ContextVars(Map<PyContextVar, Object> map) {
    this.map = map;
  }

  /** The value bound to {@code var}, or null. */
  Object get(PyContextVar var) {
    return map.get(var);
  }

  int size() {
    return map.size();
  }

  /** A snapshot with {@code var} bound to {@code value}. */
  ContextVars with(PyContextVar var, Object value) {
    Map<PyContextVar, Object> m = new LinkedHashMap<>(map);
    m.put(var, value);
    return new ContextVars(m);
  }

  /** A snapshot without {@code var}. */
  ContextVars without(PyContextVar var) {
    if (!map.containsKey(var)) {
      return this;
    }
    Map<PyContextVar, Object> m = new LinkedHashMap<>(map);
    m.remove(var);
    return m.isEmpty() ? EMPTY : new ContextVars(m);
  }

  Iterable<Map.Entry<PyContextVar, Object>> entries() {
    return map.entrySet();
  }

  /** {@code _PyHamt_Eq}: the same variables, bound to equal values. */
  boolean sameAs(ContextVars other) {
    if (this == other) {
      return true;
    }
    if (map.size() != other.map.size()) {
      return false;
    }
    for (Map.Entry<PyContextVar, Object> e : map.entrySet()) {
      Object v = other.map.get(e.getKey());
      if (v == null || !Abstract.richCompareBool(e.getValue(), v, Abstract.EQ)) {
        return false;
      }
    }
    return true;
  }
}
