/**
 * The regular-expression engine behind Python's {@code re} module: our Java counterpart of
 * CPython 3.11's {@code _sre} ({@code Modules/_sre/sre.c}, {@code sre_lib.h}).
 *
 * <p>CPython's own pure-Python {@code re} package parses and compiles a pattern into a list of
 * integer code words; this package executes those lists with CPython's semantics. It is
 * independent of the object model: subjects are {@link org.taipan.stdlib.core.sre.SreSubject}s
 * (a BMP {@code String}, an {@code int[]} of code points or a {@code byte[]}), results are spans.
 * Entry points: {@link org.taipan.stdlib.core.sre.SrePattern} (match, fullmatch, search,
 * scanner), {@link org.taipan.stdlib.core.sre.SreScanner} (finditer, findall, sub, split) and
 * {@link org.taipan.stdlib.core.sre.Sre} (the module's constants and case helpers).
 *
 * <p>Users: the {@code _sre} module binding of this bundle. Nothing here may depend on the
 * interpreter.
 */
package org.taipan.stdlib.core.sre;
