/**
 * The memory manager: {@code __del__} finalizers and weak-reference callbacks run after the JVM's
 * collector finds objects unreachable, and the state behind the {@code gc} module. Mirrors the
 * Python-visible part of CPython's {@code Modules/gcmodule.c}.
 */
package org.taipan.gc;
