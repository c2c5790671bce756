package org.taipan.api.object;

/**
 * The abstract object protocol, as CPython's abstract objects layer ({@code Objects/abstract.c},
 * {@code Objects/object.c}) offers it: the operations any bundle may apply to any Python value
 * without knowing its type.
 *
 * <p>Values are plain Java objects typed {@code Object} (an {@code int} is a {@code Long} or
 * {@code BigInteger}, a {@code str} a {@code String} or a code-point string, and so on, as {@code
 * shared/DESIGN.md} fixes). Every method raises Python exceptions, carried by the object model's
 * exception class; none returns a Java error code.
 */
public interface ObjectProtocol {

  /** The binary operators of {@code BINARY_OP}, in CPython 3.11's {@code NB_*} order. */
  enum BinaryOp {
    ADD("+"),
    AND("&"),
    FLOOR_DIVIDE("//"),
    LSHIFT("<<"),
    MATRIX_MULTIPLY("@"),
    MULTIPLY("*"),
    REMAINDER("%"),
    OR("|"),
    POWER("**"),
    RSHIFT(">>"),
    SUBTRACT("-"),
    TRUE_DIVIDE("/"),
    XOR("^");

    /** The operator as Python source spells it. */
    public final String symbol;

    BinaryOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** The rich comparisons, in CPython's {@code Py_LT} … {@code Py_GE} order. */
  enum CompareOp {
    LT("<"),
    LE("<="),
    EQ("=="),
    NE("!="),
    GT(">"),
    GE(">=");

    /** The operator as Python source spells it. */
    public final String symbol;

    CompareOp(String symbol) {
      this.symbol = symbol;
    }
  }

  /** {@code type(o)}: the Python type object of a value. */
  Object type(Object o);

  /** {@code getattr(o, name)} ({@code PyObject_GetAttr}). */
  Object getAttr(Object o, String name);

  /** {@code setattr(o, name, value)} ({@code PyObject_SetAttr}). */
  void setAttr(Object o, String name, Object value);

  /**
   * Calls {@code callable} with positional arguments followed by keyword arguments, as CPython's
   * vectorcall does ({@code PyObject_Vectorcall}): the last {@code kwnames.length} entries of
   * {@code args} are the values of the keywords named in {@code kwnames}.
   */
  Object call(Object callable, Object[] args, String[] kwnames);

  /** {@code repr(o)} ({@code PyObject_Repr}), as a Python {@code str}. */
  Object repr(Object o);

  /** {@code str(o)} ({@code PyObject_Str}). */
  Object str(Object o);

  /** {@code bool(o)} ({@code PyObject_IsTrue}). */
  boolean isTrue(Object o);

  /** {@code hash(o)} ({@code PyObject_Hash}). */
  long hash(Object o);

  /** {@code a op b} for a rich comparison ({@code PyObject_RichCompare}). */
  Object richCompare(Object a, Object b, CompareOp op);

  /** {@code a op b} for a binary operator ({@code PyNumber_Add} and its siblings). */
  Object binaryOp(Object a, Object b, BinaryOp op);

  /** {@code iter(o)} ({@code PyObject_GetIter}). */
  Object iter(Object o);

  /**
   * {@code next(it)} ({@code PyIter_Next}).
   *
   * @return the next item, or {@code null} when the iterator is exhausted
   */
  Object next(Object iterator);
}
