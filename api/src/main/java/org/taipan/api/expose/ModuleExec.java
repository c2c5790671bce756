package org.taipan.api.expose;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the public static method of a {@link PythonModule @PythonModule} class that fills in the
 * rest of the module's namespace (constants, types) once its functions are in place, as CPython's
 * {@code Py_mod_exec} slot does. The method takes the new module object as its only parameter
 * (declared as the object model's module class, or {@code Object}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ModuleExec {}
