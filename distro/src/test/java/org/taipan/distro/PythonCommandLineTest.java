package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.taipan.api.exec.MainProgram;
import org.taipan.distro.PythonCommandLine.Exit;
import org.taipan.distro.PythonCommandLine.Launch;
import org.taipan.distro.PythonCommandLine.Outcome;
import org.taipan.distro.PythonCommandLine.Run;
import org.taipan.distro.RecordedCommandLines.Row;

/**
 * The command line, parsed in-process: {@code sys.flags}, {@code sys.argv}, {@code
 * sys.warnoptions}, {@code sys._xoptions}, {@code -u} and the C locale coercion must be what the
 * oracle showed for the same command line and environment ({@link RecordedCommandLines}), and the
 * main program must be the one CPython runs.
 */
class PythonCommandLineTest {

  private static final Map<String, String> UTF8 = Map.of("LANG", "C.UTF-8");

  private static Launch launch(List<String> args, Map<String, String> env) {
    Outcome outcome = PythonCommandLine.parse(args, env, "taipan");
    return assertInstanceOf(Run.class, outcome, () -> "expected a program to run for " + args
        + ", got " + outcome).launch();
  }

  private static Launch launch(String... args) {
    return launch(List.of(args), UTF8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.taipan.distro.RecordedCommandLines#rows")
  void sysShowsWhatCPythonShows(Row row) {
    Launch launch = launch(row.argsWithProbe("pass"), row.environment(UTF8));
    assertEquals(row.expected(), SysView.of(launch),
        "sys differs from CPython's for " + row + "\n(fields: tuple(sys.flags), sys.argv,"
            + " sys.warnoptions, sys._xoptions, -u, LC_CTYPE)");
  }

  @Test
  void minusCRunsTheCommandAndLeavesTheRestUntouched() {
    Launch launch = launch("-u", "-cprint(1)", "-c", "--", "-W", "x");
    assertEquals(new MainProgram.Command("print(1)"), launch.program());
    assertEquals(List.of("-c", "-c", "--", "-W", "x"), launch.argv());
  }

  @Test
  void minusCTakesWhatFollowsTheLetterVerbatim() {
    assertEquals(new MainProgram.Command("=1"), launch("-c=1").program());
    assertEquals(new MainProgram.Command("-V"), launch("-c", "-V").program());
    assertEquals(new MainProgram.Command(""), launch("-c", "").program());
  }

  @Test
  void minusMRunsTheModuleWithArgvZeroAsCPythonStartsIt() {
    Launch launch = launch("-O", "-m", "json.tool", "-m", "x");
    assertEquals(new MainProgram.Module("json.tool"), launch.program());
    // CPython's sys.argv[0] is '-m' until runpy replaces it with the module's path.
    assertEquals(List.of("-m", "-m", "x"), launch.argv());
    assertEquals(1, launch.flags().optimize());
  }

  @Test
  void aScriptIsThePathAsGiven() {
    Launch launch = launch("-B", "../dir/./x.py", "-c", "y");
    assertEquals(new MainProgram.Script(Path.of("../dir/./x.py")), launch.program());
    assertEquals(List.of("../dir/./x.py", "-c", "y"), launch.argv());
  }

  @Test
  void aScriptNamedLikeAnOptionNeedsDoubleDash() {
    assertEquals(new MainProgram.Script(Path.of("-3")), launch("--", "-3").program());
    assertEquals(new MainProgram.Script(Path.of("--")), launch("--", "--").program());
    Exit exit = assertInstanceOf(Exit.class, PythonCommandLine.parse(List.of("-3"), UTF8, "t"));
    assertEquals(2, exit.status());
    // "--" taken as the value of -W does not end the options.
    exit = assertInstanceOf(Exit.class,
        PythonCommandLine.parse(List.of("-W", "--", "-3"), UTF8, "t"));
    assertTrue(exit.stderr().startsWith("Unknown option: -3\n"), exit.stderr());
  }

  @Test
  void minusIsTheProgramOnStandardInput() {
    assertEquals(new MainProgram.Stdin(), launch("-", "a").program());
    assertEquals(new MainProgram.Stdin(), launch("--", "-").program());
    assertEquals(List.of("-", "a"), launch("-", "a").argv());
  }

  @Test
  void noProgramIsTheInteractivePromptWithAnEmptyArgvZero() {
    assertEquals(new MainProgram.Interactive(), launch().program());
    assertEquals(List.of(""), launch().argv());
    assertEquals(List.of(""), launch("-i", "--").argv());
  }

  @Test
  void optionsThatSysFlagsDoesNotShowAreKept() {
    assertTrue(launch("-x", "f.py").skipFirstLine());
    assertFalse(launch("f.py").skipFirstLine());
    assertEquals("default", launch("f.py").checkHashBasedPycs());
    assertEquals("never",
        launch("--check-hash-based-pycs", "always", "--check-hash-based-pycs", "never", "f.py")
            .checkHashBasedPycs());
  }

  @Test
  void xOptionsKeepCPythonsOrder() {
    Map<String, Object> x = launch("-Xb", "-Xa=1", "-Xb=2", "-Xc").xOptions();
    assertEquals(List.of("b", "a", "c"), List.copyOf(x.keySet()));
    assertEquals("2", x.get("b"));
    assertEquals(Boolean.TRUE, x.get("c"));
  }

  @Test
  void theEnvironmentIsPassedOnAndOnlyCoercionChangesIt() {
    Map<String, String> env = Map.of("LANG", "C.UTF-8", "HOME", "/h", "PYTHONPATH", "/p");
    assertEquals(env, launch(List.of("-E", "-c", "pass"), env).environment());
    Map<String, String> cLocale = Map.of("HOME", "/h");
    assertEquals(Map.of("HOME", "/h", "LC_CTYPE", "C.UTF-8"),
        launch(List.of("-c", "pass"), cLocale).environment());
  }

  @Test
  void helpStopsParsingWhereItStands() {
    Exit help = assertInstanceOf(Exit.class, PythonCommandLine.parse(List.of("-h", "-z"), UTF8, "prog"));
    assertEquals(0, help.status());
    assertTrue(help.stdout().startsWith("usage: prog [option] ..."), help.stdout());
    assertEquals("", help.stderr());
    Exit error = assertInstanceOf(Exit.class,
        PythonCommandLine.parse(List.of("-z", "-h"), UTF8, "prog"));
    assertEquals(2, error.status());
    assertEquals("Unknown option: -z\nusage: prog [option] ... [-c cmd | -m mod | file | -]"
        + " [arg] ...\nTry `python -h' for more information.\n", error.stderr());
  }

  @Test
  void unknownOptionNamesTheFirstLetterThatIsNotAnOption() {
    assertEquals("Unknown option: -z", PythonCommandLine.unknownOption("-uvz"));
    assertEquals("Unknown option: -\u00e9", PythonCommandLine.unknownOption("-\u00e9"));
    assertEquals("-J is reserved for Jython", PythonCommandLine.unknownOption("-uJ"));
    assertEquals("unknown option --x=1", PythonCommandLine.unknownOption("--x=1"));
  }

  @Test
  void cIntegersAreReadAsStrtolReadsThem() {
    assertEquals(700, ConfigReader.parseCInt(" +700"));
    assertEquals(-3, ConfigReader.parseCInt("-3"));
    assertNull(ConfigReader.parseCInt("700 "));
    assertNull(ConfigReader.parseCInt("x"));
    assertNull(ConfigReader.parseCInt("99999999999"));
  }
}
