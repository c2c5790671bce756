package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Module;

/**
 * Compiles every program of the compiler-error corpus ({@code src/test/resources/compile-errors})
 * with our parser and compiler and compares the SyntaxError with the one CPython 3.11's compiler
 * or symbol table raised ({@code expected.tsv}, recorded by {@code regen.sh}): class, message,
 * line, offset, end line and end offset must be equal. Every difference is reported, then the test
 * fails if there was any.
 */
class CompileErrorCorpusTest {

  static final Path DIR = Path.of("src/test/resources/compile-errors");

  /** One expected error: program name, class, msg, lineno, offset, end lineno, end offset. */
  record Expected(
      String name, String cls, String msg, String lineno, String offset, String endLineno,
      String endOffset) {}

  static List<Expected> expectations() throws IOException {
    List<Expected> r = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      r.add(new Expected(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
    }
    return r;
  }

  /** What our compiler raises for {@code src}, in the fields of {@code expected.tsv}. */
  static String[] ourError(String src, String filename) {
    try {
      Module m = (Module) Parser.parse(src, filename, Mode.EXEC);
      Compiler.compileModule(m, filename);
    } catch (PythonSyntaxError e) {
      return new String[] {
        e.pythonClass(), e.msg(), String.valueOf(e.lineno()), String.valueOf(e.offset()),
        String.valueOf(e.endLineno()), String.valueOf(e.endOffset())
      };
    } catch (RuntimeException e) {
      return new String[] {
        e.getClass().getSimpleName(), String.valueOf(e.getMessage()), "?", "?", "?", "?"
      };
    }
    return new String[] {"(no error)", "", "", "", "", ""};
  }

  @Test
  void compilerErrorsMatchCPython() throws IOException {
    List<Expected> expected = expectations();
    assertTrue(expected.size() >= 60, "the corpus should hold at least 60 programs");
    Set<String> programs = new TreeSet<>();
    try (var s = Files.list(DIR)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".py") && !n.equals("regen.py"))
          .forEach(n -> programs.add(n.substring(0, n.length() - 3)));
    }
    Set<String> recorded = new TreeSet<>();
    expected.forEach(e -> recorded.add(e.name()));
    assertEquals(programs, recorded, "expected.tsv is stale: run compile-errors/regen.sh");
    int classMsgLine = 0;
    int offsets = 0;
    int ends = 0;
    List<String> diffs = new ArrayList<>();
    for (Expected e : expected) {
      String file = e.name() + ".py";
      String src = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
      String[] ours = ourError(src, file);
      boolean same =
          e.cls().equals(ours[0]) && e.msg().equals(ours[1]) && e.lineno().equals(ours[2]);
      boolean sameOffset = same && e.offset().equals(ours[3]);
      boolean sameEnd = e.endLineno().equals(ours[4]) && e.endOffset().equals(ours[5]);
      if (sameOffset && sameEnd) {
        ends++;
      }
      if (same) {
        classMsgLine++;
      }
      if (sameOffset) {
        offsets++;
      }
      if (!sameOffset || !sameEnd) {
        diffs.add(
            String.format(
                "%s: CPython %s: %s (line %s, offset %s, end %s:%s); ours %s: %s (line %s,"
                    + " offset %s, end %s:%s)",
                file, e.cls(), e.msg(), e.lineno(), e.offset(), e.endLineno(), e.endOffset(),
                ours[0], ours[1], ours[2], ours[3], ours[4], ours[5]));
      }
    }
    String summary =
        String.format(
            "%d programs: %d match CPython's class, msg and lineno, %d also the offset, %d also"
                + " the end position",
            expected.size(), classMsgLine, offsets, ends);
    System.out.println("compile-errors: " + summary);
    diffs.forEach(d -> System.out.println("  " + d));
    if (!diffs.isEmpty()) {
      fail(summary + "\n" + String.join("\n", diffs));
    }
    assertFalse(expected.isEmpty());
  }
}
