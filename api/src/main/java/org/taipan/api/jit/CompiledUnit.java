package org.taipan.api.jit;

import java.lang.invoke.MethodHandle;

/**
 * The result of compiling a {@link CodeUnit}: an entry point the interpreter calls instead of
 * interpreting the unit.
 *
 * @param backend the {@link JitBackend#name() name} of the backend that compiled it
 * @param entry the compiled code; its type is agreed between the interpreter and the backend for
 *     the unit's role
 */
public record CompiledUnit(String backend, MethodHandle entry) {}
