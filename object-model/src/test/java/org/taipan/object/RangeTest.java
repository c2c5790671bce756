package org.taipan.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** range with ints of any size; expected values recorded from CPython 3.11. */
class RangeTest {

  private static final BigInteger TWO = BigInteger.TWO;

  private static Object range(Object... args) {
    return Abstract.call(PyRange.TYPE, args);
  }

  private static Object pow2(int n) {
    return PyLong.normalize(TWO.pow(n));
  }

  private static Object neg(Object o) {
    return PyNumber.negative(o);
  }

  private static String repr(Object o) {
    return Abstract.reprJava(o);
  }

  @Test
  void indexingBeyondLong() {
    Object r = range(pow2(70));
    assertEquals("590295810358705651712", repr(Abstract.getItem(Abstract.getItem(r,
        new PySlice(pow2(69), PyNone.NONE, PyNone.NONE)), 0L)));
    assertEquals("9223372036854775808", repr(Abstract.getItem(range(pow2(64)), pow2(63))));
    assertEquals("9223372036854775807",
        repr(Abstract.getItem(range(neg(pow2(63)), pow2(63), 3L), -1L)));
  }

  @Test
  void slicingBeyondLong() {
    Object r = range(pow2(70));
    assertEquals("range(1180591620717411303423, -1, -590295810358705651712)",
        repr(Abstract.getItem(r, new PySlice(PyNone.NONE, PyNone.NONE, neg(pow2(69))))));
    assertEquals("range(5, 590295810358705651712, 3)",
        repr(Abstract.getItem(r, new PySlice(5L, pow2(69), 3L))));
  }

  @Test
  void membershipAndIndexAreArithmetic() {
    Object r = range(pow2(70));
    assertEquals(true, Abstract.callMethod(r, "__contains__", pow2(69)));
    assertEquals(false, Abstract.callMethod(r, "__contains__", pow2(70)));
    assertEquals(12345L, Abstract.callMethod(r, "index", 12345L));
    assertEquals(3L, Abstract.callMethod(
        range(neg(pow2(70)), 0L, 3L), "index", PyNumber.add(neg(pow2(70)), 9L)));
  }

  @Test
  void iterationCrossesLongMax() {
    assertEquals("[9223372036854775806, 9223372036854775807, 9223372036854775808]",
        repr(Abstract.call(PyList.TYPE, range(PyNumber.subtract(pow2(63), 2L),
            PyNumber.add(pow2(63), 1L)))));
    Object rev = Abstract.call(Abstract.getAttr(range(pow2(64), PyNumber.add(pow2(64), 3L)),
        "__reversed__"));
    assertEquals("[18446744073709551618, 18446744073709551617, 18446744073709551616]",
        repr(Abstract.call(PyList.TYPE, rev)));
  }

  @Test
  void hashOfHugeRanges() {
    assertEquals(7320047211865846142L, Abstract.callMethod(range(pow2(70)), "__hash__"));
    assertEquals(-4615542109229933648L,
        Abstract.callMethod(range(neg(pow2(63)), pow2(63), 3L), "__hash__"));
  }
}
