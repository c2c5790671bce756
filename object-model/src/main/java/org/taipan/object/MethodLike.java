package org.taipan.object;

/**
 * A callable whose {@code __get__} binds the instance as the first argument (Python functions,
 * method descriptors). The interpreter's {@code LOAD_METHOD} and the special-method callers use this
 * to skip creating a bound method, as CPython does for {@code Py_TPFLAGS_METHOD_DESCRIPTOR}.
 */
public interface MethodLike extends PyCallable {}
