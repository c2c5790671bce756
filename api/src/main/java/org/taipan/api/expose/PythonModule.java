package org.taipan.api.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Java class as a builtin Python module. Its {@link PythonMethod @PythonMethod} static
 * methods become the module's functions, as a {@code PyMethodDef} table does in CPython.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PythonModule {
  /** The module's Python name, for example {@code math}. */
  String value();

  /** The module's docstring. */
  String doc() default "";
}
