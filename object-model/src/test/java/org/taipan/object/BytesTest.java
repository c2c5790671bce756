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

  @Test
  void percentFormatting() {
    Object r = Abstract.callMethod(b("%d %x %r %a %c %% %b"), "__mod__",
        new PyTuple(1L, 255L, 1L, "\u00e9", 65L, b("z")));
    assertEquals("b\"1 ff 1 '\\\\xe9' A % z\"", Abstract.reprJava(r));
    r = Abstract.callMethod(b("%5.2f|%-4d|%04x"), "__mod__", new PyTuple(1.5, 3L, 10L));
    assertEquals("b' 1.50|3   |000a'", Abstract.reprJava(r));
    PyDict d = new PyDict();
    d.put(b("k"), b("v"));
    assertEquals("b'v!'", Abstract.reprJava(Abstract.callMethod(b("%(k)s!"), "__mod__", d)));
    assertEquals("b'\\xff\\xfe'",
        Abstract.reprJava(Abstract.callMethod(b("\u00ff%s"), "__mod__", b("\u00fe"))));
  }
}
