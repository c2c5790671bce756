/**
 * The {@code _io} module, CPython's {@code Modules/_io/}: the abstract bases ({@code _IOBase},
 * {@code _RawIOBase}, {@code _BufferedIOBase}, {@code _TextIOBase}), the in-memory streams ({@code
 * StringIO}, {@code BytesIO}), raw files over real file descriptors ({@code FileIO}, through the C
 * library as {@code posix} calls it), the buffered layer, {@code TextIOWrapper} and {@code open},
 * registered by {@link org.taipan.stdlib.core.io.IoModules}.
 *
 * <p>Every stream object is a {@link org.taipan.stdlib.core.io.PyIOBase}: it carries its own type
 * (so one Java class serves a type and its Python subclasses) and an instance dictionary, as
 * CPython's {@code _io} objects do. The default methods of the bases call through Python attribute
 * lookup on {@code self}, so Python subclasses that override {@code read} or {@code readline} see
 * their methods used, exactly as in CPython.
 *
 * <p>Users: the module loader, through the provider. Nothing here may depend on the interpreter.
 */
package org.taipan.stdlib.core.io;
