package org.taipan.object;

import java.lang.invoke.MethodHandles;

/**
 * The types of the descriptor objects that fill builtin types' namespaces. They are created on
 * first use, after {@code object} and {@code type} exist, because creating those two types creates
 * descriptors (CPython's {@code Objects/descrobject.c} types).
 */
final class DescrTypes {
  private DescrTypes() {}

  static final PyType WRAPPER =
      PyType.fromSpec(
          PyType.Spec.of("wrapper_descriptor", PyWrapperDescr.class, MethodHandles.lookup())
              .notBaseType());
  static final PyType METHOD =
      PyType.fromSpec(
          PyType.Spec.of("method_descriptor", PyMethodDescr.class, MethodHandles.lookup())
              .notBaseType());
  static final PyType GETSET =
      PyType.fromSpec(
          PyType.Spec.of("getset_descriptor", PyGetSetDescr.class, MethodHandles.lookup())
              .notBaseType());
  static final PyType BUILTIN =
      PyType.fromSpec(
          PyType.Spec.of(
                  "builtin_function_or_method", PyBuiltinFunction.class, MethodHandles.lookup())
              .classes(PyBuiltinFunction.class, PyNewWrapper.class)
              .notBaseType());
}
