package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.api.Flags;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;

/** The interactive prompt: values echoed, blocks continued, errors reported, the loop kept. */
class ReplTest {

  @Test
  void echoesValuesContinuesBlocksAndSurvivesErrors() {
    String input = "x = 5\nx * 2\ndef f(a):\n    return a + 1\n\nf(x)\n1/0\n[1,\n 2]\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Flags d = Flags.defaults();
    Flags interactive =
        new Flags(d.debug(), d.inspect(), 1, d.optimize(), d.dontWriteBytecode(),
            d.noUserSite(), d.noSite(), d.ignoreEnvironment(), d.verbose(), d.bytesWarning(),
            d.quiet(), d.hashRandomization(), d.isolated(), d.devMode(), d.utf8Mode(),
            d.warnDefaultEncoding(), d.safePath(), d.intMaxStrDigits(), d.unbuffered());
    RuntimeContext ctx =
        new RuntimeContext(null, List.of(""), List.of(""), interactive, List.of(), Map.of(),
            Map.of(), "", new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            out, err);
    int rc = new Execution().runMain(new MainProgram.Interactive(), ctx);
    assertEquals(0, rc);
    assertEquals("10\n6\n[1, 2]\n", out.toString(StandardCharsets.UTF_8));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        e.contains("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n"
            + "ZeroDivisionError: division by zero\n"),
        e);
    assertTrue(e.contains(">>> ... "), e);
  }
}
