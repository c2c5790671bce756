/**
 * The data modules of the core group written in Java, CPython's {@code Modules/} counterparts:
 * {@code _collections}, {@code _functools}, {@code _operator}, {@code itertools}, {@code math},
 * {@code _struct}, {@code binascii}, {@code _random}, {@code _bisect}, {@code _heapq},
 * {@code zlib} and the hash modules. {@link org.taipan.stdlib.core.data.DataModules} registers
 * them; nothing outside this package uses its classes.
 */
package org.taipan.stdlib.core.data;
