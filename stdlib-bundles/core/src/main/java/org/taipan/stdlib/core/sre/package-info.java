/**
 * The regular-expression engine behind Python's {@code re} module: our Java counterpart of
 * CPython 3.11's {@code _sre} ({@code Modules/_sre/sre.c}, {@code sre_lib.h}).
 *
 * <p>CPython's own pure-Python {@code re} package parses and compiles a pattern into a list of
 * integer code words; this package executes those lists with CPython 3.11.3's semantics,
 * including its quirks (the oracle is the specification). It is independent of the object model:
 * subjects are {@link org.taipan.stdlib.core.sre.SreSubject}s (a BMP {@code String}, an
 * {@code int[]} of code points or a {@code byte[]}), results are spans.
 *
 * <h2>Map</h2>
 * <ul>
 *   <li>{@link org.taipan.stdlib.core.sre.Sre}: the module's constants and case helpers;
 *   <li>{@link org.taipan.stdlib.core.sre.SrePattern}: {@code _sre.compile} and the pattern's
 *       match, fullmatch, search and scanner; {@code SreValidator} is {@code _validate};
 *   <li>{@link org.taipan.stdlib.core.sre.SreScanner}: successive matches for finditer, findall,
 *       sub, subn and split;
 *   <li>{@link org.taipan.stdlib.core.sre.SreMatch}: spans and lastindex of a match;
 *   <li>{@code SreMatcher} ({@code SRE(match)}, {@code SRE(count)}) and {@code SreSearch}
 *       ({@code SRE(search)}): the engine, with explicit stacks instead of Java recursion;
 *   <li>{@link org.taipan.stdlib.core.sre.SreCharset}, {@link org.taipan.stdlib.core.sre.SreChars},
 *       {@link org.taipan.stdlib.core.sre.SreUnicode}: sets, categories and case folding, with
 *       Unicode 14.0.0 data generated from the oracle into {@code SreUnicodeData}.
 * </ul>
 *
 * <h2>For the {@code _sre} module binding</h2>
 * <ul>
 *   <li>{@code _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)}: convert
 *       {@code code} to {@code int[]} keeping the low 32 bits, after raising
 *       {@code OverflowError("regular expression code size limit exceeded")} for a value outside
 *       {@code 0..2**32-1}; then {@code new SrePattern(code, flags, groups)}. The pattern source,
 *       {@code groupindex} and {@code indexgroup} stay on the Python object.
 *   <li>A {@code str} whose characters are all BMP non-surrogates maps to
 *       {@code SreSubject.ofBmpString}, any other {@code str} to {@code ofCodePoints}, and
 *       {@code bytes}, {@code bytearray} and other buffers to {@code ofBytes}. Refusing a
 *       {@code str} pattern on bytes (and the reverse) is the binding's job.
 *   <li>{@code Pattern.sub/subn/split/findall}: loop over {@link
 *       org.taipan.stdlib.core.sre.SreScanner#search()} exactly as {@code pattern_subx},
 *       {@code pattern_split} and {@code pattern_findall} loop over {@code sre_search}; the
 *       scanner already applies the must-advance rule after empty matches. For {@code sub} with
 *       a replacement that has no group references use {@link
 *       org.taipan.stdlib.core.sre.SreScanner#find()}, which, like CPython, builds no match
 *       objects (and so does not check group spans).
 *   <li>{@link org.taipan.stdlib.core.sre.SreException}: {@code ILLEGAL} is
 *       {@code RuntimeError("invalid SRE code")}, {@code STATE} is
 *       {@code RuntimeError("internal error in regular expression engine")}, {@code MEMORY} is
 *       {@code MemoryError}, {@code WRONG_SPAN} is {@code SystemError}, and {@code INTERRUPTED}
 *       (the matching thread was interrupted, CPython's signal check) is the pending signal's
 *       exception, such as {@code KeyboardInterrupt}.
 *   <li>The {@code LOCALE} flag follows the "C" locale (ASCII case and classes only).
 * </ul>
 *
 * <p>Users: the {@code _sre} module binding of this bundle. Nothing here may depend on the
 * interpreter.
 */
package org.taipan.stdlib.core.sre;
