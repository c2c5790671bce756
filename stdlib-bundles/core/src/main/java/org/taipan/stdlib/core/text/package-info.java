/**
 * The text modules of the core group, CPython's {@code Modules/_sre/sre.c} (the Python side of
 * the regular-expression engine), {@code Objects/stringlib/unicode_format.h} ({@code _string})
 * and {@code Modules/_codecsmodule.c} with {@code Python/codecs.c} ({@code _codecs}), registered
 * by {@link org.taipan.stdlib.core.text.TextModules}.
 *
 * <p>{@code _sre}: {@code SreModule} is the module, {@code PyPattern}, {@code PyMatch} and {@code
 * PyScanner} are {@code re.Pattern}, {@code re.Match} and {@code _sre.SRE_Scanner}; {@code
 * SreString} turns a {@code str} or bytes-like object into the engine's subject and slices it.
 * Replacement templates are expanded by {@code re} itself ({@code re._subx}, {@code re._expand}),
 * as CPython 3.11 does.
 *
 * <p>Users: the module loader, through the provider. Nothing here may depend on the interpreter.
 */
package org.taipan.stdlib.core.text;
