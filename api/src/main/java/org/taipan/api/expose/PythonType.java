package org.taipan.api.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java class as the implementation of a builtin Python type, as a {@code PyTypeObject}
 * definition does in CPython. Its {@link PythonMethod @PythonMethod} methods become the type's
 * methods.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PythonType {
  /** The type's {@code __name__}, for example {@code list}. */
  String value();

  /** The type's {@code __module__} when it is not {@code builtins}. */
  String module() default "builtins";

  /** True when Python classes may subclass the type ({@code Py_TPFLAGS_BASETYPE}). */
  boolean baseType() default true;

  /** The type's docstring. */
  String doc() default "";
}
