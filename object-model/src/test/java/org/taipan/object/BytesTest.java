package org.taipan.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** bytes.fromhex, hex(sep), join and repetition; expected values recorded from CPython 3.11. */
class BytesTest {

  private static PyBytes b(String latin1) {
    return new PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  @Test
  void fromhexSkipsWhitespaceBetweenPairs() {
    Object r = Abstract.callMethod(PyBytes.TYPE, "fromhex", " 0a\t0B ff");
    assertEquals("b'\\n\\x0b\\xff'", Abstract.reprJava(r));
  }

  @Test
  void hexGroupsFromTheRightOrTheLeft() {
    assertEquals("6162:6364:65", Abstract.callMethod(b("abcde"), "hex", ":", -2L));
    assertEquals("61-626364", Abstract.callMethod(b("abcd"), "hex", "-", 3L));
    assertEquals("61-62-63", Abstract.callMethod(b("abc"), "hex", b("-")));
    assertEquals("616263", Abstract.callMethod(b("abc"), "hex"));
  }

  @Test
  void joinAndRepeat() {
    Object j = Abstract.callMethod(b("-"), "join", new PyList(List.of(b("a"), b("b"), b(""))));
    assertEquals("b'a-b-'", Abstract.reprJava(j));
    assertEquals("b'ababab'", Abstract.reprJava(PyNumber.multiply(b("ab"), 3L)));
    assertEquals("b''", Abstract.reprJava(PyNumber.multiply(-1L, b("ab"))));
  }
}
