package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.ast.Module;

/**
 * The marshal format against CPython's: code objects CPython compiles from its own standard
 * library are read by us and written back, and CPython must find what we wrote equal to what it
 * wrote ({@code code.__eq__} compares the instructions, constants, names, local kinds, location
 * and exception tables); and the code objects we compile survive our own round trip.
 */
class MarshalOracleTest {

  private static final String DUMP =
      String.join("\n",
          "import marshal, sys",
          "files = open(sys.argv[1]).read().split()",
          "for i, f in enumerate(files):",
          "    src = open(f, 'rb').read()",
          "    co = compile(src, f, 'exec', dont_inherit=True)",
          "    open('%s/%d.bin' % (sys.argv[2], i), 'wb').write(marshal.dumps(co))",
          "print(len(files))",
          "");

  private static final String COMPARE =
      String.join("\n",
          "import marshal, sys",
          "n = int(sys.argv[2])",
          "def diff(a, b, where):",
          "    for attr in ('co_code', 'co_names', 'co_varnames', 'co_cellvars', 'co_freevars',",
          "                 'co_linetable', 'co_exceptiontable', 'co_flags', 'co_qualname',",
          "                 'co_stacksize', 'co_firstlineno', 'co_argcount'):",
          "        if getattr(a, attr) != getattr(b, attr):",
          "            return where + ': ' + attr",
          "    for x, y in zip(a.co_consts, b.co_consts):",
          "        if hasattr(x, 'co_code'):",
          "            d = diff(x, y, where + '/' + x.co_name)",
          "            if d: return d",
          "        elif type(x) is not type(y) or x != y and x == x:",
          "            return where + ': constant ' + repr(x)[:40]",
          "    return where + ': ?'",
          "bad = 0",
          "for i in range(n):",
          "    a = marshal.loads(open('%s/%d.bin' % (sys.argv[1], i), 'rb').read())",
          "    b = marshal.loads(open('%s/%d.taipan.bin' % (sys.argv[1], i), 'rb').read())",
          "    if a != b:",
          "        bad += 1",
          "        print('differs:', a.co_filename, diff(a, b, '<module>'))",
          "print('equal', n - bad, 'of', n)",
          "");

  static String oracle(Path script, String... args) throws IOException, InterruptedException {
    Path exe = BytecodeOracleTest.oracle();
    List<String> cmd = new ArrayList<>(List.of(exe.toString(), script.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("LD_LIBRARY_PATH", exe.getParent().toString());
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "oracle timed out");
    assertEquals(0, p.exitValue(), "oracle failed: " + out);
    return out;
  }

  /** The top-level modules of the oracle's standard library. */
  static List<Path> stdlibSources() throws IOException {
    Path lib = BytecodeOracleTest.oracle().getParent().resolve("lib/python3.11");
    try (Stream<Path> s = Files.list(lib)) {
      return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
  }

  @Test
  void cpythonsCodeObjectsSurviveOurRoundTrip(@TempDir Path dir) throws Exception {
    List<Path> sources = stdlibSources();
    Path list = dir.resolve("files.txt");
    Files.writeString(list, String.join("\n", sources.stream().map(Path::toString).toList()));
    Path dump = dir.resolve("dump.py");
    Files.writeString(dump, DUMP);
    int n = Integer.parseInt(oracle(dump, list.toString(), dir.toString()));
    assertEquals(sources.size(), n);
    for (int i = 0; i < n; i++) {
      byte[] theirs = Files.readAllBytes(dir.resolve(i + ".bin"));
      Object code = Marshal.load(new Marshal.ArraySource(theirs));
      byte[] ours = Marshal.dumps(code, Marshal.VERSION);
      Files.write(dir.resolve(i + ".taipan.bin"), ours);
    }
    Path compare = dir.resolve("compare.py");
    Files.writeString(compare, COMPARE);
    String report = oracle(compare, dir.toString(), Integer.toString(n));
    assertEquals("equal " + n + " of " + n, report);
  }

  @Test
  void ourCodeObjectsSurviveOurRoundTrip() throws IOException {
    for (Path source : stdlibSources()) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      Module m = (Module) Parser.parse(text, source.toString(), Mode.EXEC);
      PyCode code = Compiler.compileModule(m, source.toString());
      PyCode back = (PyCode) Marshal.load(
          new Marshal.ArraySource(Marshal.dumps(code, Marshal.VERSION)));
      assertSameCode(code, back, source.toString());
    }
  }

  private static void assertSameCode(PyCode a, PyCode b, String where) {
    String at = where + " " + a.qualname;
    assertArrayEquals(a.code, b.code, at);
    assertArrayEquals(a.positions, b.positions, at + " positions");
    assertArrayEquals(a.exceptionTable, b.exceptionTable, at + " exception table");
    assertArrayEquals(a.localsplusnames, b.localsplusnames, at);
    assertArrayEquals(a.names, b.names, at);
    assertEquals(a.nlocals, b.nlocals, at);
    assertEquals(a.ncells, b.ncells, at);
    assertEquals(a.nfrees, b.nfrees, at);
    assertEquals(a.flags, b.flags, at);
    assertEquals(a.consts.length, b.consts.length, at);
    for (int i = 0; i < a.consts.length; i++) {
      if (a.consts[i] instanceof PyCode c) {
        assertSameCode(c, (PyCode) b.consts[i], where);
      }
    }
  }
}
