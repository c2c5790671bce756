package org.taipan.object;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code @PythonMethod} whose CPython counterpart parses its arguments with {@code
 * PyArg_ParseTuple} rather than Argument Clinic ({@code Python/getargs.c}, {@code vgetargs1}): it
 * takes no keyword arguments, and a wrong count is worded "{@code find() takes at least 1 argument
 * (0 given)}". {@link ArgParser} reads it; the binding itself is unchanged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface GetArgs {}
