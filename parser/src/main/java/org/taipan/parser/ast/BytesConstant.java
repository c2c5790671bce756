package org.taipan.parser.ast;

import java.util.Arrays;

/**
 * The value of a bytes literal in a {@link Constant}: CPython's {@code bytes}. Holds its own
 * copy of the bytes; {@link #value()} returns that array, which callers must not modify.
 *
 * @param value the bytes
 */
public record BytesConstant(byte[] value) {

  @Override
  public boolean equals(Object o) {
    return o instanceof BytesConstant b && Arrays.equals(value, b.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "BytesConstant" + Arrays.toString(value);
  }
}
