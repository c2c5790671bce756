package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.api.Components;
import org.taipan.api.Cpu;
import org.taipan.api.ProviderSource;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;
import org.taipan.api.exec.PythonExecution;
import org.taipan.api.object.ObjectProtocol;

/**
 * The launcher in-process, with a stand-in runtime that records what it is asked to run: the
 * context it builds from the command line, the process and the system properties, and the exit
 * status it passes on.
 */
class LauncherTest {

  @TempDir Path dir;

  private final ByteArrayInputStream stdin = new ByteArrayInputStream(new byte[0]);
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final AtomicReference<MainProgram> ran = new AtomicReference<>();
  private final AtomicReference<RuntimeContext> context = new AtomicReference<>();
  private int statusOfProgram = 0;

  /** A runtime that records its main program and returns {@link #statusOfProgram}. */
  private Components recordingRuntime() {
    PythonExecution execution = (PythonExecution) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {PythonExecution.class},
        (proxy, method, args) -> {
          if (method.getName().equals("runMain")) {
            ran.set((MainProgram) args[0]);
            context.set((RuntimeContext) args[1]);
            return statusOfProgram;
          }
          throw new UnsupportedOperationException(method.getName());
        });
    ObjectProtocol objects = (ObjectProtocol) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {ObjectProtocol.class},
        (proxy, method, args) -> {
          throw new UnsupportedOperationException(method.getName());
        });
    ProviderSource source = new ProviderSource() {
      @Override
      public <S> List<S> providers(Class<S> service) {
        List<S> found = new ArrayList<>();
        if (service == PythonExecution.class) {
          found.add(service.cast(execution));
        } else if (service == ObjectProtocol.class) {
          found.add(service.cast(objects));
        }
        return found;
      }
    };
    return Components.from(source, Cpu.of(Cpu.Arch.X86_64));
  }

  private Launcher launcher(Map<String, String> env) {
    return new Launcher(env, stdin, stdout, stderr, "./taipan", "/opt/taipan/taipan",
        dir.toString(), this::recordingRuntime);
  }

  @Test
  void buildsTheContextFromTheCommandLineAndTheProcess() {
    Map<String, String> env = Map.of("LANG", "C.UTF-8", "HOME", "/home/u");
    statusOfProgram = 3;
    int status = launcher(env).run(List.of("-O", "-W", "error", "-X", "dev", "-c", "code", "a"));
    assertEquals(3, status, "the program's exit status is the launcher's");
    assertEquals(new MainProgram.Command("code"), ran.get());
    RuntimeContext c = context.get();
    assertEquals(List.of("-c", "a"), c.argv());
    assertEquals(List.of("./taipan", "-O", "-W", "error", "-X", "dev", "-c", "code", "a"),
        c.origArgv());
    assertEquals(1, c.flags().optimize());
    assertTrue(c.flags().devMode());
    assertEquals(List.of("default", "error"), c.warnOptions());
    assertEquals(Map.of("dev", Boolean.TRUE), c.xOptions());
    assertEquals(env, c.environment());
    assertEquals("/opt/taipan/taipan", c.executable());
    assertSame(stdin, c.stdin());
    assertSame(stdout, c.stdout());
    assertSame(stderr, c.stderr());
  }

  @Test
  void runsAScriptThatExists() throws IOException {
    Files.writeString(dir.resolve("s.py"), "pass\n");
    assertEquals(0, launcher(Map.of()).run(List.of("s.py", "x")));
    // Run under its absolute path, as CPython's config.run_filename; argv[0] as given.
    assertEquals(new MainProgram.Script(Path.of(dir + "/s.py")), ran.get());
    assertEquals(List.of("s.py", "x"), context.get().argv());
  }

  @Test
  void anAbsoluteScriptPathIsKept() throws IOException {
    Path script = Files.writeString(dir.resolve("abs.py"), "pass\n");
    assertEquals(0, launcher(Map.of()).run(List.of(script.toString())));
    assertEquals(new MainProgram.Script(script), ran.get());
    assertEquals(List.of(script.toString()), context.get().argv());
  }

  @Test
  void aDirectoryIsLeftToTheRuntime() throws IOException {
    Files.createDirectory(dir.resolve("app"));
    assertEquals(0, launcher(Map.of()).run(List.of("app")));
    assertEquals(new MainProgram.Script(Path.of(dir + "/app")), ran.get());
  }

  @Test
  void aMissingScriptIsReportedAsCPythonDoesWithoutStartingTheRuntime() {
    assertEquals(2, launcher(Map.of()).run(List.of("./gone.py")));
    assertNull(ran.get());
    assertEquals("./taipan: can't open file '" + dir + "/./gone.py': [Errno 2] No such file or"
        + " directory\n", stderr.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpAndErrorsNeverStartTheRuntime() {
    assertEquals(0, launcher(Map.of()).run(List.of("-V")));
    assertEquals("Python 3.11.3\n", stdout.toString(StandardCharsets.UTF_8));
    assertEquals(2, launcher(Map.of()).run(List.of("-c")));
    assertTrue(stderr.toString(StandardCharsets.UTF_8).startsWith(
        "Argument expected for the -c option\nusage: ./taipan [option]"));
    assertNull(ran.get());
  }

  @Test
  void aClosedStandardOutputDoesNotChangeTheStatus() {
    java.io.OutputStream closed = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Bad file descriptor");
      }
    };
    Launcher launcher = new Launcher(Map.of(), stdin, closed, closed, "taipan", "",
        dir.toString(), this::recordingRuntime);
    assertEquals(0, launcher.run(List.of("-V")));
    assertEquals(2, launcher.run(List.of("-z")));
  }

  @Test
  void aRuntimeThatCannotBeWiredIsAStartupFailure() {
    Launcher launcher = new Launcher(Map.of(), stdin, stdout, stderr, "taipan", "", dir.toString(),
        () -> Components.load(new ClassLoader(null) {}));
    Launcher.StartupFailure failure =
        assertThrows(Launcher.StartupFailure.class, () -> launcher.run(List.of("-c", "pass")));
    assertTrue(failure.getMessage().startsWith("cannot start the runtime: expected exactly one"
        + " provider of org.taipan.api.object.ObjectProtocol"), failure.getMessage());
  }

  @Test
  void internalErrorsAreOneLineAndTheStackTraceIsOptIn() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.reportInternalError(new IllegalStateException("broken\nacross lines"), err);
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.lines().count(), text);
    assertTrue(text.startsWith("Fatal Python error: taipan internal error: IllegalStateException:"
        + " broken across lines"), text);
    assertFalse(text.contains("\tat "), text);

    String previous = System.setProperty("taipan.debug", "true");
    try {
      ByteArrayOutputStream debug = new ByteArrayOutputStream();
      Main.reportInternalError(new IllegalStateException("x"), debug);
      assertTrue(debug.toString(StandardCharsets.UTF_8).contains("\tat "),
          "taipan.debug=true prints the Java stack trace");
    } finally {
      if (previous == null) {
        System.clearProperty("taipan.debug");
      } else {
        System.setProperty("taipan.debug", previous);
      }
    }
  }

  @Test
  void theLocaleVariablesAreRestoredAsTheScriptSavedThem() {
    Map<String, String> jvm = Map.of("LC_CTYPE", "C.UTF-8", "HOME", "/h");
    java.util.Properties none = new java.util.Properties();
    assertEquals(jvm, Main.environment(jvm, none), "without the script's note nothing changes");

    java.util.Properties unsetBoth = new java.util.Properties();
    unsetBoth.setProperty("taipan.locale.restore", "true");
    assertEquals(Map.of("HOME", "/h"), Main.environment(jvm, unsetBoth));

    java.util.Properties wereSet = new java.util.Properties();
    wereSet.setProperty("taipan.locale.restore", "true");
    wereSet.setProperty("taipan.locale.LC_ALL", "C");
    wereSet.setProperty("taipan.locale.LC_CTYPE", "");
    assertEquals(Map.of("HOME", "/h", "LC_ALL", "C", "LC_CTYPE", ""),
        Main.environment(jvm, wereSet));
  }
}
