package org.taipan.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method {@code (Object self, Object value) -> void} as the setter of a data
 * attribute of a builtin type (the {@code set} of a {@code PyGetSetDef}); a null value means
 * delete.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Setter {
  /** The attribute name. */
  String value();
}
