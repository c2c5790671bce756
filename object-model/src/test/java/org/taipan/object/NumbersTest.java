package org.taipan.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * int and float semantics against values recorded from CPython 3.11 (run in the oracle when this
 * test was written): repr, hashing, floor division and modulo, overflow to big ints, formatting.
 */
class NumbersTest {

  @Test
  void floatReprIsShortestRoundTripInPythonStyle() {
    double[] vals = {
      0.1, 1.0 / 3, 1e16, 1e15, 1.5e-5, 1e22, 5e-324, 1.7976931348623157e308, -0.0,
      123456789012345678.0, Math.sqrt(2.0), 100.0, 0.0001, 1e-05
    };
    String[] expected = {
      "0.1", "0.3333333333333333", "1e+16", "1000000000000000.0", "1.5e-05", "1e+22", "5e-324",
      "1.7976931348623157e+308", "-0.0", "1.2345678901234568e+17", "1.4142135623730951", "100.0",
      "0.0001", "1e-05"
    };
    for (int i = 0; i < vals.length; i++) {
      assertEquals(expected[i], Abstract.repr(vals[i]), "repr of " + vals[i]);
    }
  }

  @Test
  void hashesAgreeWithCPython() {
    assertEquals(1152921504606846977L, Abstract.hash(1.5));
    assertEquals(-576460752303423490L, Abstract.hash(-2.25));
    assertEquals(1822893315824342674L, Abstract.hash(1e100));
    assertEquals(230584300921369408L, Abstract.hash(0.1));
    assertEquals(8L, Abstract.hash(BigInteger.TWO.pow(64)));
    assertEquals(-8L, Abstract.hash(BigInteger.TWO.pow(64).negate()));
    assertEquals(-2L, Abstract.hash(-1L));
    assertEquals(Abstract.hash(1L), Abstract.hash(1.0));
    assertEquals(-3550055125485641917L, Abstract.hash(new PyTuple(1L, 2L)));
    assertEquals(5740354900026072187L, Abstract.hash(PyTuple.EMPTY));
    assertEquals(-6644214454873602895L, Abstract.hash(new PyTuple(1L)));
  }

  @Test
  void floorDivisionAndModuloRoundTowardsNegativeInfinity() {
    assertEquals(-4L, PyNumber.binaryOp(PyNumber.FLOOR_DIVIDE, -7L, 2L));
    assertEquals(1L, PyNumber.binaryOp(PyNumber.REMAINDER, -7L, 2L));
    assertEquals(-4L, PyNumber.binaryOp(PyNumber.FLOOR_DIVIDE, 7L, -2L));
    assertEquals(-1L, PyNumber.binaryOp(PyNumber.REMAINDER, 7L, -2L));
    PyTuple dm = (PyTuple) PyNumber.divmod(-7.5, 2L);
    assertEquals(-4.0, dm.get(0));
    assertEquals(0.5, dm.get(1));
  }

  @Test
  void intArithmeticOverflowsToBigInteger() {
    Object r = PyNumber.add(Long.MAX_VALUE, 1L);
    assertEquals(new BigInteger("9223372036854775808"), r);
    Object back = PyNumber.subtract(r, 1L);
    assertEquals(Long.MAX_VALUE, back);
    assertEquals(Long.class, back.getClass(), "results that fit are Long again");
    assertEquals(new BigInteger("85070591730234615847396907784232501249"),
        PyNumber.multiply(Long.MAX_VALUE, Long.MAX_VALUE));
  }

  @Test
  void divisionByZeroRaisesZeroDivisionError() {
    PyException e =
        assertThrows(PyException.class, () -> PyNumber.binaryOp(PyNumber.TRUE_DIVIDE, 1L, 0L));
    assertEquals(PyExc.ZeroDivisionError, e.type());
    assertEquals("division by zero", Abstract.strJava(e.value));
  }

  @Test
  void unsupportedOperandMessage() {
    PyException e = assertThrows(PyException.class, () -> PyNumber.add(1L, PyNone.NONE));
    assertEquals("unsupported operand type(s) for +: 'int' and 'NoneType'",
        Abstract.strJava(e.value));
    e = assertThrows(PyException.class, () -> PyNumber.add("a", 1L));
    assertEquals("can only concatenate str (not \"int\") to str", Abstract.strJava(e.value));
  }

  @Test
  void formatSpecifications() {
    assertEquals("1,234,567.89", Abstract.format(1234567.891, ",.2f"));
    assertEquals("0xff", Abstract.format(255L, "#x"));
    assertEquals("3.14", Abstract.format(3.14159, ".3g"));
    assertEquals("1.230000e-04", Abstract.format(0.000123, "e"));
  }
}
