package org.taipan.object;

/**
 * An object with an instance dictionary ({@code __dict__}), as CPython objects with a non-zero
 * {@code tp_dictoffset}.
 */
public interface WithDict {
  /** The instance dictionary, never null. */
  PyDict getDict();

  /**
   * Replaces the instance dictionary ({@code obj.__dict__ = d}, CPython's {@code subtype_setdict});
   * null drops it (a fresh one is made when next wanted). Says false for an object whose
   * dictionary cannot be replaced.
   */
  default boolean replaceDict(PyDict d) {
    return false;
  }
}
