/**
 * The portable JIT backend: CPython 3.11 bytecode to JVM bytecode.
 */
package org.taipan.jit.jvm;
