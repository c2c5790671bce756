package org.taipan.api.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a Java method as a Python method or module function. Parameters follow Argument Clinic's
 * rules: all are positional-or-keyword unless marked; the parameter marked {@link PositionalOnly}
 * and those before it are positional-only ({@code /}); the one marked {@link KeywordOnly} and
 * those after it are keyword-only ({@code *}); {@link Default} gives a default value.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PythonMethod {
  /** The Python name; the Java method's name when empty. */
  String value() default "";

  /** True when every parameter is positional-only, as in most of CPython's builtins. */
  boolean positionalOnly() default true;

  /** The method's docstring. */
  String doc() default "";
}
