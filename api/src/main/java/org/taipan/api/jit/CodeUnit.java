package org.taipan.api.jit;

import java.util.List;

/**
 * What a JIT backend compiles: one code object in CPython 3.11's layout (the instruction stream
 * with its inline caches, constants and names), described without reference to the interpreter's
 * own classes.
 *
 * @param qualifiedName the code object's {@code co_qualname}
 * @param fileName the code object's {@code co_filename}
 * @param firstLineNumber {@code co_firstlineno}
 * @param code the instruction stream ({@code co_code}), two bytes per code unit
 * @param constants {@code co_consts}, as Python values
 * @param names {@code co_names}
 * @param localNames {@code co_varnames}
 * @param argumentCount {@code co_argcount}
 * @param flags {@code co_flags}
 * @param numericKernel true when the interpreter found the unit to be a pure numeric kernel, the
 *     kind a per-CPU backend compiles
 */
public record CodeUnit(
    String qualifiedName,
    String fileName,
    int firstLineNumber,
    byte[] code,
    List<Object> constants,
    List<String> names,
    List<String> localNames,
    int argumentCount,
    int flags,
    boolean numericKernel) {

  public CodeUnit {
    code = code.clone();
    constants = List.copyOf(constants);
    names = List.copyOf(names);
    localNames = List.copyOf(localNames);
  }

  /** The role a backend must fill to compile this unit. */
  public JitBackend.Role role() {
    return numericKernel ? JitBackend.Role.NUMERIC_KERNEL : JitBackend.Role.GENERAL;
  }

  @Override
  public byte[] code() {
    return code.clone();
  }
}
