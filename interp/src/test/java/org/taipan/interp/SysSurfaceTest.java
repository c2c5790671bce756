package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.taipan.api.exec.MainProgram;

/**
 * The names {@code sys} offers equal CPython 3.11's, but for the tracing and thread-switching
 * functions that later bundles bring (the list below may only shrink); and {@code
 * sys.stdlib_module_names} is CPython's.
 */
class SysSurfaceTest {

  /** Not there yet: tracing belongs to the debug bundle, switch intervals to the GIL. */
  static final Set<String> PENDING =
      Set.of("settrace", "gettrace", "setprofile", "getprofile", "setswitchinterval",
          "getswitchinterval");

  static String oracle(String program) throws Exception {
    Path exe = BytecodeOracleTest.oracle();
    ProcessBuilder pb = new ProcessBuilder(exe.toString(), "-S", "-c", program);
    pb.environment().put("LD_LIBRARY_PATH", exe.getParent().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return out;
  }

  static TreeSet<String> lines(String s) {
    return new TreeSet<>(List.of(s.strip().split("\n")));
  }

  @Test
  void sysHasCPythonsNames() throws Exception {
    String program = "import sys\nfor n in dir(sys): print(n)\n";
    TreeSet<String> theirs = lines(oracle(program));
    TreeSet<String> ours =
        lines(RunMainTest.run(new MainProgram.Command(program), List.of("-c"), "").out());
    TreeSet<String> missing = new TreeSet<>(theirs);
    missing.removeAll(ours);
    missing.removeAll(PENDING);
    TreeSet<String> extra = new TreeSet<>(ours);
    extra.removeAll(theirs);
    assertEquals("missing [] extra []", "missing " + missing + " extra " + extra);
  }

  @Test
  void stdlibModuleNamesAreCPythons() throws Exception {
    String program = "import sys\nfor n in sorted(sys.stdlib_module_names): print(n)\n";
    assertEquals(oracle(program),
        RunMainTest.run(new MainProgram.Command(program), List.of("-c"), "").out());
  }
}
