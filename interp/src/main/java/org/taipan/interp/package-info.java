/**
 * The compiler (AST to CPython 3.11 bytecode), code objects, frames, the interpreter and the
 * {@code builtins} and {@code sys} modules, following CPython's {@code Python/}.
 *
 * <p>How it fits together:
 *
 * <ul>
 *   <li>{@link org.taipan.interp.Execution} is the {@code PythonExecution} provider; {@code
 *       runMain} is {@code Py_RunMain}: it builds an {@code InterpreterState} ({@code sys},
 *       {@code builtins}, the importer, the standard streams), runs the program as {@code
 *       __main__} on a thread with a large stack, and prints uncaught exceptions with {@code
 *       TracebackPrinter} in CPython 3.11's format.
 *   <li>{@code SymbolTable} resolves scopes; {@link org.taipan.interp.Compiler} (statements) and
 *       {@code ExprCompiler} (expressions), with {@code PatternCompiler} for {@code match}, emit
 *       instructions into a {@code CodeBuilder}, whose assembler resolves jumps, lays out inline
 *       caches, computes stack depth and the 3.11 exception table, and records a source position
 *       for every code unit. The result is a {@link org.taipan.interp.PyCode} in CPython's layout.
 *   <li>{@code Interpreter} runs a {@link org.taipan.interp.PyFrame}: a small dispatch loop with
 *       the simple instructions inline and one class per family ({@code OpsNames}, {@code
 *       OpsCalls}, {@code OpsBuild}, {@code OpsExceptions}, {@code OpsImport}, {@code
 *       OpsGenerators}). Exceptions are {@code PyException}s unwound through the exception
 *       table; every frame they leave adds a traceback entry.
 *   <li>Python functions ({@link org.taipan.interp.PyFunction}) bind arguments with {@code
 *       ArgBinder}; generators ({@link org.taipan.interp.PyGenerator}) keep their suspended frame,
 *       and so do coroutines and async generators, which run on the same machinery.
 * </ul>
 *
 * <p>Not yet here: specialization (PEP 659), the JIT hand-off.
 */
package org.taipan.interp;
