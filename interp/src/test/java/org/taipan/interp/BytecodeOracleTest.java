package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.ast.Module;

/**
 * For functions where our compiler emits exactly CPython 3.11's instructions, compares {@code
 * co_code} byte for byte with the oracle's (so {@code dis} output is the same). Needs the oracle
 * ({@code mvn -N generate-resources} at the root) and fails if it is missing.
 */
class BytecodeOracleTest {

  static final List<String> SNIPPETS =
      List.of(
          "def f(a, b=2, *args, **kw):\n    x = a + b\n    if x > 3:\n        return x\n"
              + "    for i in range(3):\n        x += i\n    return [y for y in args]\n",
          "def f():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n"
              + "        return count\n    return inc\n",
          "def f(obj):\n    obj.attr = obj.method(1, key=2)\n    del obj.attr\n"
              + "    return obj.x.y\n",
          "async def f(x):\n    y = await x\n    return y\n",
          "async def f(x):\n    async for a in x:\n        print(a)\n",
          "async def f(x):\n    return [b async for b in x]\n",
          "async def f(x):\n    yield x\n    await x\n");

  static Path oracle() {
    String home = System.getProperty("taipan.oracle.home");
    assertTrue(home != null, "system property taipan.oracle.home is not set (run under Maven)");
    Path exe = Path.of(home, "python3.11");
    assertTrue(
        Files.isExecutable(exe),
        "the CPython oracle is missing at " + exe + ": run 'mvn -q -N generate-resources' at the"
            + " root");
    return exe;
  }

  static String oracleCodeHex(Path dir, String src) throws IOException, InterruptedException {
    Path prog = dir.resolve("probe.py");
    Files.writeString(
        prog,
        "import sys\nns = {}\nexec(compile(open(sys.argv[1]).read(), '<s>', 'exec'), ns)\n"
            + "print(ns['f'].__code__.co_code.hex())\n");
    Path srcFile = dir.resolve("src.py");
    Files.writeString(srcFile, src);
    Path exe = oracle();
    ProcessBuilder pb = new ProcessBuilder(exe.toString(), prog.toString(), srcFile.toString());
    pb.environment().put("LD_LIBRARY_PATH", exe.getParent().toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "oracle timed out");
    assertEquals(0, p.exitValue(), "oracle failed: " + out);
    return out;
  }

  static String ourCodeHex(String src) {
    Module m = (Module) Parser.parse(src, "<s>", Mode.EXEC);
    PyCode module = Compiler.compileModule(m, "<s>");
    for (Object c : module.consts) {
      if (c instanceof PyCode f && f.name.equals("f")) {
        return HexFormat.of().formatHex(f.code);
      }
    }
    throw new AssertionError("no function f compiled");
  }

  @Test
  void functionBytecodeMatchesCPython(@TempDir Path dir) throws Exception {
    for (String src : SNIPPETS) {
      assertEquals(oracleCodeHex(dir, src), ourCodeHex(src), "co_code differs for:\n" + src);
    }
  }
}
