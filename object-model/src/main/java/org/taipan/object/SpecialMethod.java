package org.taipan.object;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;

/**
 * The special methods a type object caches as {@link MethodHandle}s, one constant per slot of
 * CPython's {@code PyTypeObject} ({@code tp_repr}, {@code nb_add}, {@code sq_contains}, …, see the
 * {@code slotdefs} table in {@code Objects/typeobject.c}). Each has a fixed {@link Signature}; a
 * type's slot holds a handle of exactly that type. An empty slot holds {@link #empty}, which throws
 * {@link EmptyException}, so a slot is never null.
 *
 * <p>Unlike CPython, a binary operator and its reflected form are separate slots ({@code op_add},
 * {@code op_radd}): the abstract layer ({@link PyNumber}) applies Python's operand-order rules.
 */
public enum SpecialMethod {
  op_repr(Signature.UNARY),
  op_str(Signature.UNARY),
  op_hash(Signature.UNARY),
  op_call(Signature.CALL),
  op_getattribute(Signature.BINARY),
  op_getattr(Signature.BINARY),
  op_setattr(Signature.TERNARY),
  op_delattr(Signature.BINARY),
  op_lt(Signature.BINARY),
  op_le(Signature.BINARY),
  op_eq(Signature.BINARY),
  op_ne(Signature.BINARY),
  op_gt(Signature.BINARY),
  op_ge(Signature.BINARY),
  op_iter(Signature.UNARY),
  op_next(Signature.UNARY),
  op_get(Signature.TERNARY),
  op_set(Signature.TERNARY),
  op_delete(Signature.BINARY),
  op_init(Signature.CALL),
  op_add(Signature.BINARY),
  op_radd(Signature.BINARY),
  op_iadd(Signature.BINARY),
  op_sub(Signature.BINARY),
  op_rsub(Signature.BINARY),
  op_isub(Signature.BINARY),
  op_mul(Signature.BINARY),
  op_rmul(Signature.BINARY),
  op_imul(Signature.BINARY),
  op_mod(Signature.BINARY),
  op_rmod(Signature.BINARY),
  op_imod(Signature.BINARY),
  op_divmod(Signature.BINARY),
  op_rdivmod(Signature.BINARY),
  op_pow(Signature.BINARY),
  op_rpow(Signature.BINARY),
  op_ipow(Signature.BINARY),
  op_lshift(Signature.BINARY),
  op_rlshift(Signature.BINARY),
  op_ilshift(Signature.BINARY),
  op_rshift(Signature.BINARY),
  op_rrshift(Signature.BINARY),
  op_irshift(Signature.BINARY),
  op_and(Signature.BINARY),
  op_rand(Signature.BINARY),
  op_iand(Signature.BINARY),
  op_xor(Signature.BINARY),
  op_rxor(Signature.BINARY),
  op_ixor(Signature.BINARY),
  op_or(Signature.BINARY),
  op_ror(Signature.BINARY),
  op_ior(Signature.BINARY),
  op_floordiv(Signature.BINARY),
  op_rfloordiv(Signature.BINARY),
  op_ifloordiv(Signature.BINARY),
  op_truediv(Signature.BINARY),
  op_rtruediv(Signature.BINARY),
  op_itruediv(Signature.BINARY),
  op_matmul(Signature.BINARY),
  op_rmatmul(Signature.BINARY),
  op_imatmul(Signature.BINARY),
  op_neg(Signature.UNARY),
  op_pos(Signature.UNARY),
  op_abs(Signature.UNARY),
  op_invert(Signature.UNARY),
  op_bool(Signature.UNARY),
  op_int(Signature.UNARY),
  op_float(Signature.UNARY),
  op_index(Signature.UNARY),
  op_len(Signature.UNARY),
  op_getitem(Signature.BINARY),
  op_setitem(Signature.TERNARY),
  op_delitem(Signature.BINARY),
  op_contains(Signature.BINARY);

  /** The Java signatures of the slots. */
  public enum Signature {
    /** {@code (self) -> Object}. */
    UNARY(MethodType.methodType(Object.class, Object.class)),
    /** {@code (self, other) -> Object}. */
    BINARY(MethodType.methodType(Object.class, Object.class, Object.class)),
    /** {@code (self, a, b) -> Object}. */
    TERNARY(MethodType.methodType(Object.class, Object.class, Object.class, Object.class)),
    /** {@code (self, args, kwnames) -> Object}, the vectorcall convention. */
    CALL(MethodType.methodType(Object.class, Object.class, Object[].class, String[].class));

    /** The handle type of a slot with this signature. */
    public final MethodType type;

    Signature(MethodType type) {
      this.type = type;
    }

    /** The number of Python arguments after self (-1 for CALL). */
    public int arity() {
      return this == CALL ? -1 : type.parameterCount() - 1;
    }
  }

  /** The signature of this slot. */
  public final Signature signature;

  /** The Python name, for example {@code __add__}. */
  public final String methodName;

  /** The handle an empty slot holds. */
  public final MethodHandle empty;

  /** The number of slots. */
  public static final int COUNT = values().length;

  private static final Map<String, SpecialMethod> BY_NAME = new HashMap<>();

  static {
    for (SpecialMethod m : values()) {
      BY_NAME.put(m.methodName, m);
    }
  }

  SpecialMethod(Signature signature) {
    this.signature = signature;
    this.methodName = "__" + name().substring(3) + "__";
    MethodHandle thrower =
        MethodHandles.throwException(Object.class, EmptyException.class)
            .bindTo(EmptyException.INSTANCE);
    this.empty = MethodHandles.dropArguments(thrower, 0, signature.type.parameterList());
  }

  /**
   * The docstring CPython gives the slot wrapper of this special method ({@code slotdefs} in
   * {@code Objects/typeobject.c}), or null.
   */
  public String doc() {
    return switch (this) {
      case op_repr -> "Return repr(self).";
      case op_str -> "Return str(self).";
      case op_hash -> "Return hash(self).";
      case op_call -> "Call self as a function.";
      case op_getattribute -> "Return getattr(self, name).";
      case op_setattr -> "Implement setattr(self, name, value).";
      case op_delattr -> "Implement delattr(self, name).";
      case op_lt -> "Return self<value.";
      case op_le -> "Return self<=value.";
      case op_eq -> "Return self==value.";
      case op_ne -> "Return self!=value.";
      case op_gt -> "Return self>value.";
      case op_ge -> "Return self>=value.";
      case op_iter -> "Implement iter(self).";
      case op_next -> "Implement next(self).";
      case op_get -> "Return an attribute of instance, which is of type owner.";
      case op_set -> "Set an attribute of instance to value.";
      case op_delete -> "Delete an attribute of instance.";
      case op_init -> "Initialize self.  See help(type(self)) for accurate signature.";
      case op_add -> "Return self+value.";
      case op_radd -> "Return value+self.";
      case op_iadd -> "Implement self+=value.";
      case op_sub -> "Return self-value.";
      case op_rsub -> "Return value-self.";
      case op_isub -> "Return self-=value.";
      case op_mul -> "Return self*value.";
      case op_rmul -> "Return value*self.";
      case op_imul -> "Implement self*=value.";
      case op_mod -> "Return self%value.";
      case op_rmod -> "Return value%self.";
      case op_imod -> "Return self%=value.";
      case op_divmod -> "Return divmod(self, value).";
      case op_rdivmod -> "Return divmod(value, self).";
      case op_pow -> "Return pow(self, value, mod).";
      case op_rpow -> "Return pow(value, self, mod).";
      case op_ipow -> "Return self**=value.";
      case op_lshift -> "Return self<<value.";
      case op_rlshift -> "Return value<<self.";
      case op_ilshift -> "Return self<<=value.";
      case op_rshift -> "Return self>>value.";
      case op_rrshift -> "Return value>>self.";
      case op_irshift -> "Return self>>=value.";
      case op_and -> "Return self&value.";
      case op_rand -> "Return value&self.";
      case op_iand -> "Return self&=value.";
      case op_xor -> "Return self^value.";
      case op_rxor -> "Return value^self.";
      case op_ixor -> "Return self^=value.";
      case op_or -> "Return self|value.";
      case op_ror -> "Return value|self.";
      case op_ior -> "Return self|=value.";
      case op_floordiv -> "Return self//value.";
      case op_rfloordiv -> "Return value//self.";
      case op_ifloordiv -> "Return self//=value.";
      case op_truediv -> "Return self/value.";
      case op_rtruediv -> "Return value/self.";
      case op_itruediv -> "Return self/=value.";
      case op_matmul -> "Return self@value.";
      case op_rmatmul -> "Return value@self.";
      case op_imatmul -> "Return self@=value.";
      case op_neg -> "-self";
      case op_pos -> "+self";
      case op_abs -> "abs(self)";
      case op_invert -> "~self";
      case op_bool -> "True if self else False";
      case op_int -> "int(self)";
      case op_float -> "float(self)";
      case op_index -> "Return self converted to an integer, if self is suitable for use as an index into a list.";
      case op_len -> "Return len(self).";
      case op_getitem -> "Return self[key].";
      case op_setitem -> "Set self[key] to value.";
      case op_delitem -> "Delete self[key].";
      case op_contains -> "Return key in self.";
      default -> null;
    };
  }

  /** The special method of a Python name, or null if the name is not one. */
  public static SpecialMethod forName(String name) {
    return BY_NAME.get(name);
  }

  /** Whether {@code mh} is this slot's empty handle. */
  public boolean isEmpty(MethodHandle mh) {
    return mh == empty;
  }
}
