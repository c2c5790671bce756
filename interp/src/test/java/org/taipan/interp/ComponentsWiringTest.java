package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.taipan.api.Components;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;
import org.taipan.api.object.ObjectProtocol;
import org.taipan.object.StandardObjectProtocol;

/**
 * The providers are found through {@link java.util.ServiceLoader} (bnd writes META-INF/services
 * from the {@code @ServiceProvider} annotations) and the registry wires exactly one of each.
 */
class ComponentsWiringTest {

  @Test
  void registryFindsBothProvidersAndRunsAProgram() {
    Components c = Components.load(getClass().getClassLoader());
    assertInstanceOf(StandardObjectProtocol.class, c.objects());
    assertInstanceOf(Execution.class, c.execution());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    RuntimeContext ctx =
        RuntimeContext.embedded(
            c, List.of("-c"), new ByteArrayInputStream(new byte[0]), out, err);
    int rc =
        c.execution()
            .runMain(new MainProgram.Command("import sys\nprint(sys.implementation.name)"), ctx);
    assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
    assertEquals("taipan\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void objectProtocolOperatesOnPlainJavaValues() {
    ObjectProtocol p = new StandardObjectProtocol();
    assertEquals(5L, p.binaryOp(2L, 3L, ObjectProtocol.BinaryOp.ADD));
    assertEquals("'x'", p.repr("x"));
    assertEquals(Boolean.TRUE, p.richCompare(1L, 1.0, ObjectProtocol.CompareOp.EQ));
    assertEquals("int", ((org.taipan.object.PyType) p.type(7L)).getName());
    Object it = p.iter(new org.taipan.object.PyList(List.of(1L, 2L)));
    assertEquals(1L, p.next(it));
    assertEquals(2L, p.next(it));
    assertEquals(null, p.next(it));
  }

  @Test
  void compileAndExecThroughTheSpi() {
    Execution e = new Execution();
    Object ns = e.newNamespace("m");
    e.exec(e.compile("x = 6 * 7", "<t>", "exec"), ns);
    assertEquals(42L, ((org.taipan.object.PyDict) ns).get("x"));
    assertEquals(43L, e.exec(e.compile("x + 1", "<t>", "eval"), ns));
  }
}
