package org.taipan.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method {@code (Object self) -> Object} as the getter of a data attribute of a
 * builtin type, as a {@code PyGetSetDef} entry does in CPython.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Getter {
  /** The attribute name. */
  String value();

  /**
   * True for what CPython declares as a read-only {@code PyMemberDef} ({@code complex.real}): it
   * refuses assignment with "readonly attribute" and its repr says "member".
   */
  boolean readonlyMember() default false;

  /** The attribute's docstring ({@code PyGetSetDef.doc}); empty for none. */
  String doc() default "";
}
