package org.taipan.api.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default value of a {@link PythonMethod} parameter, written as a Python literal ({@code
 * None}, {@code 0}, {@code -1}, {@code ''}, {@code True}), as in an Argument Clinic signature.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Default {
  /** The default as a Python literal. */
  String value();
}
