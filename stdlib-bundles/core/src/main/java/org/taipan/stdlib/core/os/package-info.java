/**
 * The operating-system modules of the core group, CPython's {@code Modules/posixmodule.c} and its
 * companions, written over the C library with JNA ({@link org.taipan.stdlib.core.os.Libc}, {@code
 * PosixNative}) and registered by {@link org.taipan.stdlib.core.os.OsModules}.
 *
 * <p>Paths cross to C as bytes ({@code FsPaths}: UTF-8 with {@code surrogateescape}), so names
 * that are not UTF-8 survive; file calls use the {@code *at} forms so that {@code dir_fd} works;
 * failures become CPython's {@code OSError} subclasses through {@link
 * org.taipan.stdlib.core.os.OsErrors}. Struct sequences ({@code os.stat_result}, {@code
 * time.struct_time}) are {@link org.taipan.stdlib.core.os.StructSeqType}s.
 *
 * <p>Users: the module loader, through the provider. Nothing here may depend on the interpreter.
 */
package org.taipan.stdlib.core.os;
