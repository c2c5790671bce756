/**
 * The compiler (AST to CPython 3.11 bytecode), code objects, frames, the interpreter and the {@code builtins} module, following CPython's {@code Python/}.
 */
package org.taipan.interp;
