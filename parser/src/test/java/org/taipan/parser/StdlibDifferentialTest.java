package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.taipan.parser.ast.Mod;

/**
 * Issue #3's acceptance test: for every {@code .py} file of the oracle's standard library
 * (including {@code test/}) that CPython parses, our AST dumped as {@code ast.dump(tree,
 * include_attributes=True)} must equal CPython's byte for byte. CPython's dumps are produced once
 * per build by {@code src/test/python/dump_stdlib_ast.py} into {@code target/cpython-ast/}.
 *
 * <p>Files CPython refuses are skipped for the comparison, but we check that we refuse them too.
 */
class StdlibDifferentialTest {

  static Path dumps(boolean typeComments) throws IOException, InterruptedException {
    Path out = Path.of(typeComments ? "target/cpython-ast-type-comments" : "target/cpython-ast").toAbsolutePath();
    if (!Files.exists(out.resolve("manifest.txt"))) {
      Files.createDirectories(out);
      List<String> args = new ArrayList<>(List.of(
          Oracle.testPython("dump_stdlib_ast.py").toString(),
          Oracle.stdlib().toString(),
          out.toString()));
      if (typeComments) {
        args.add("--type-comments");
      }
      Oracle.run(args);
    }
    return out;
  }

  @Test
  void everyStdlibFileParsesToCPythonsAst() throws Exception {
    compareAll(false);
  }

  /**
   * The same with {@code ast.parse(..., type_comments=True)}, over the files that have a
   * {@code type:} comment.
   */
  @Test
  void typeCommentsAsInCPython() throws Exception {
    compareAll(true);
  }

  private void compareAll(boolean typeComments) throws Exception {
    Path out = dumps(typeComments);
    Path lib = Oracle.stdlib();
    List<String> ok = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("manifest.txt"), StandardCharsets.UTF_8)) {
      if (line.startsWith("OK ")) {
        ok.add(line.substring(3));
      } else if (line.startsWith("REFUSED ")) {
        refused.add(line.substring(8));
      }
    }
    assertTrue(
        ok.size() > (typeComments ? 20 : 2000), "the oracle's manifest lists too few files: " + ok.size());
    AtomicInteger identical = new AtomicInteger();
    List<String> differ = Collections.synchronizedList(new ArrayList<>());
    ok.parallelStream()
        .forEach(
            rel -> {
              String why = compare(lib.resolve(rel), out.resolve(rel + ".dump"), rel, typeComments);
              if (why == null) {
                identical.incrementAndGet();
              } else {
                differ.add(why);
              }
            });
    Collections.sort(differ);
    int n = identical.get();
    System.out.println(
        (typeComments ? "type_comments=True: " : "")
            + n + " files identical, " + differ.size() + " differ (" + refused.size()
            + " refused by CPython, skipped)");
    for (int i = 0; i < Math.min(differ.size(), 40); i++) {
      System.out.println("  " + differ.get(i));
    }
    assertTrue(differ.isEmpty(), () -> differ.size() + " files differ from CPython's AST; first: " + differ.get(0));
    List<String> accepted = new ArrayList<>();
    for (String rel : refused) {
      try {
        Parser.parse(Files.readAllBytes(lib.resolve(rel)), rel, Mode.EXEC, typeComments);
        accepted.add(rel);
      } catch (PythonSyntaxError e) {
        // refused, as CPython does
      }
    }
    assertTrue(accepted.isEmpty(), "we accept files that CPython refuses: " + accepted);
  }

  /** Null if identical, else a one-line description of the first difference. */
  static String compare(Path source, Path expectedDump, String rel, boolean typeComments) {
    String expected;
    try {
      expected = Files.readString(expectedDump, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return rel + ": cannot read CPython's dump: " + e;
    }
    String actual;
    try {
      Mod m = Parser.parse(Files.readAllBytes(source), rel, Mode.EXEC, typeComments);
      actual = AstDump.dump(m, true);
    } catch (PythonSyntaxError e) {
      return rel + ": we raised " + e + " offset " + e.offset();
    } catch (Throwable e) {
      return rel + ": we crashed: " + e;
    }
    if (actual.equals(expected)) {
      return null;
    }
    int i = 0;
    int max = Math.min(actual.length(), expected.length());
    while (i < max && actual.charAt(i) == expected.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    return rel
        + ": first difference at char "
        + i
        + "\n      ours:    ..."
        + actual.substring(from, Math.min(actual.length(), i + 80))
        + "\n      cpython: ..."
        + expected.substring(from, Math.min(expected.length(), i + 80));
  }
}
