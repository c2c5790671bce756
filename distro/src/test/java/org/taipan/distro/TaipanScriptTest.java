package org.taipan.distro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taipan.distro.Processes.Result;

/**
 * The repository's {@code taipan} script, run on a copy of it in a scratch tree whose distribution
 * is up to date (so it does not build), with a stand-in {@code java} (through {@code JAVA_HOME})
 * that prints the arguments and locale it was given, echoes its standard input and exits with 7.
 */
class TaipanScriptTest {

  @TempDir Path root;
  private Path script;

  private static final String FAKE_JAVA = String.join("\n",
      "#!/usr/bin/env bash",
      "for a in \"$@\"; do printf 'arg:%s\\n' \"$a\"; done",
      "printf 'LC_ALL:%s\\n' \"${LC_ALL-<unset>}\"",
      "printf 'LC_CTYPE:%s\\n' \"${LC_CTYPE-<unset>}\"",
      "printf 'stdin:%s\\n' \"$(cat)\"",
      "exit 7",
      "");

  @BeforeEach
  void scratchTree() throws IOException {
    String repository = System.getProperty("taipan.root");
    assertTrue(repository != null && !repository.isEmpty(),
        "system property taipan.root is not set: run the tests through Maven");
    script = root.resolve("taipan");
    Files.copy(Path.of(repository, "taipan"), script, StandardCopyOption.COPY_ATTRIBUTES);
    Path lib = Files.createDirectories(root.resolve("distro/target/lib"));
    Files.writeString(lib.resolve(".stamp"), "");
    Path java = Files.createDirectories(root.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, FAKE_JAVA);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Result run(Map<String, String> extraEnv, String stdin, String... args) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", System.getenv("PATH"));
    env.put("JAVA_HOME", root.resolve("jdk").toString());
    env.putAll(extraEnv);
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    return Processes.run(command, env, root, stdin);
  }

  private static List<String> javaArgs(Result result) {
    return result.stdout().lines().filter(l -> l.startsWith("arg:"))
        .map(l -> l.substring(4)).toList();
  }

  @Test
  void passesArgumentsStandardInputAndExitStatusThrough() {
    Result result = run(Map.of("LANG", "C.UTF-8"), "program text", "-c", "print(1)", "", "a b");
    assertEquals(7, result.status(), result.toString());
    List<String> args = javaArgs(result);
    int main = args.indexOf("org.taipan.distro.Main");
    assertTrue(main > 0, result.toString());
    assertEquals(List.of("-c", "print(1)", "", "a b"), args.subList(main + 1, args.size()),
        "the user's arguments reach Main untouched");
    assertTrue(args.contains("-Dtaipan.argv0=" + script), result.toString());
    assertTrue(args.contains("-Dtaipan.executable=" + script), result.toString());
    assertEquals(root.resolve("distro/target/lib") + "/*", args.get(args.indexOf("-cp") + 1));
    assertTrue(result.stdout().contains("stdin:program text\n"), result.toString());
    assertTrue(result.stdout().contains("LC_CTYPE:<unset>\n"), "a UTF-8 locale is left alone");
    assertEquals("", result.stderr(), "an up-to-date tree is not built");
  }

  @Test
  void inTheCLocaleTheJvmGetsUtf8AndMainTheOriginalVariables() {
    Result result = run(Map.of("LC_ALL", "C"), "", "-V");
    List<String> args = javaArgs(result);
    assertTrue(result.stdout().contains("LC_ALL:<unset>\n"), result.toString());
    assertTrue(result.stdout().contains("LC_CTYPE:C.UTF-8\n"), result.toString());
    assertTrue(args.contains("-Dtaipan.locale.restore=true"), result.toString());
    assertTrue(args.contains("-Dtaipan.locale.LC_ALL=C"), result.toString());
    assertTrue(args.stream().noneMatch(a -> a.startsWith("-Dtaipan.locale.LC_CTYPE")),
        "LC_CTYPE was unset and must stay unset for Python: " + args);

    Result noLocale = run(Map.of(), "", "-V");
    assertTrue(javaArgs(noLocale).contains("-Dtaipan.locale.restore=true"), noLocale.toString());
  }
}
