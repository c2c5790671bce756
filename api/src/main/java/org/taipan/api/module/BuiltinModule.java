package org.taipan.api.module;

/**
 * A builtin module written in Java.
 *
 * @param name the module's Python name, for example {@code math} or {@code _io}
 * @param definition the class that declares the module with {@link
 *     org.taipan.api.expose.PythonModule @PythonModule}
 */
public record BuiltinModule(String name, Class<?> definition) {}
