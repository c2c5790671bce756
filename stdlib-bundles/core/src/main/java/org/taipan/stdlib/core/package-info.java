/**
 * The core group of the standard library: the builtin modules a lite distro needs, and the core pure-Python tree.
 */
package org.taipan.stdlib.core;
