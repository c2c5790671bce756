package org.taipan.object;

/**
 * An object with an instance dictionary ({@code __dict__}), as CPython objects with a non-zero
 * {@code tp_dictoffset}.
 */
public interface WithDict {
  /** The instance dictionary, never null. */
  PyDict getDict();
}
