package org.taipan.interp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.taipan.object.PyTuple;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Module;

/**
 * Compares the attributes of every code object our compiler makes ({@code co_qualname},
 * {@code co_varnames}, {@code co_cellvars}, {@code co_freevars}, {@code co_names}, {@code
 * co_argcount}, {@code co_posonlyargcount}, {@code co_kwonlyargcount}, {@code co_flags}, {@code
 * co_firstlineno}) with CPython 3.11's for the conformance corpus and the programs of {@code
 * src/test/resources/code-attrs}. CPython's values are in {@code code-attrs/expected.tsv},
 * recorded by {@code code-attrs/regen.sh}; both sides walk the code objects depth first through
 * {@code co_consts}.
 */
class CodeAttributesOracleTest {

  static final Path RESOURCES = Path.of("src/test/resources");

  static final String[] FIELDS = {
    "co_qualname", "co_varnames", "co_cellvars", "co_freevars", "co_names", "co_argcount",
    "co_posonlyargcount", "co_kwonlyargcount", "co_flags", "co_firstlineno"
  };

  private static String names(Object tuple) {
    List<String> r = new ArrayList<>();
    for (Object o : ((PyTuple) tuple).toArray()) {
      r.add(o.toString());
    }
    return String.join(",", r);
  }

  /** Our attributes of {@code c}, in the order of {@link #FIELDS}, as Python code sees them. */
  static String[] attributes(PyCode c) {
    return new String[] {
      c.qualname,
      names(PyCode.coVarnames(c)),
      names(PyCode.coCellvars(c)),
      names(PyCode.coFreevars(c)),
      names(PyCode.coNames(c)),
      PyCode.coArgcount(c).toString(),
      PyCode.coPosonly(c).toString(),
      PyCode.coKwonly(c).toString(),
      PyCode.coFlags(c).toString(),
      PyCode.coFirstlineno(c).toString()
    };
  }

  static void walk(PyCode c, List<PyCode> out) {
    out.add(c);
    for (Object k : c.consts) {
      if (k instanceof PyCode inner) {
        walk(inner, out);
      }
    }
  }

  @Test
  void codeObjectAttributesMatchCPython() throws IOException {
    Map<String, List<String[]>> expected = new LinkedHashMap<>();
    for (String line :
        Files.readAllLines(RESOURCES.resolve("code-attrs/expected.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        String[] f = line.split("\t", -1);
        expected.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
      }
    }
    int same = 0;
    int differ = 0;
    List<String> diffs = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : expected.entrySet()) {
      Path file = RESOURCES.resolve(e.getKey());
      String src = Files.readString(file, StandardCharsets.UTF_8);
      String filename = file.getFileName().toString();
      List<PyCode> ours = new ArrayList<>();
      try {
        walk(Compiler.compileModule((Module) Parser.parse(src, filename, Mode.EXEC), filename),
            ours);
      } catch (PythonSyntaxError err) {
        diffs.add(e.getKey() + ": CPython compiles it, ours raises " + err.getMessage()
            + " (line " + err.lineno() + ", offset " + err.offset() + ")");
        differ += e.getValue().size();
        continue;
      }
      List<String[]> theirs = e.getValue();
      if (ours.size() != theirs.size()) {
        diffs.add(String.format("%s: CPython makes %d code objects, ours %d",
            e.getKey(), theirs.size(), ours.size()));
      }
      for (int i = 0; i < theirs.size(); i++) {
        String[] t = theirs.get(i);
        if (i >= ours.size()) {
          differ++;
          continue;
        }
        String[] o = attributes(ours.get(i));
        List<String> d = new ArrayList<>();
        for (int j = 0; j < FIELDS.length; j++) {
          if (!t[j + 2].equals(o[j])) {
            d.add(FIELDS[j] + " CPython [" + t[j + 2] + "] ours [" + o[j] + "]");
          }
        }
        if (d.isEmpty()) {
          same++;
        } else {
          differ++;
          diffs.add(e.getKey() + " #" + i + " " + t[2] + ": " + String.join("; ", d));
        }
      }
    }
    for (String dir : List.of("conformance", "code-attrs")) {
      try (var files = Files.list(RESOURCES.resolve(dir))) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          String key = dir + "/" + name;
          if (!name.endsWith(".py") || name.equals("regen.py") || expected.containsKey(key)) {
            continue;
          }
          // CPython refused to compile it (regen.py leaves it out): so must we
          try {
            Compiler.compileModule(
                (Module) Parser.parse(Files.readString(file, StandardCharsets.UTF_8), name,
                    Mode.EXEC),
                name);
            diffs.add(key + ": not in expected.tsv (CPython refuses it or code-attrs/regen.sh"
                + " was not run), but our compiler compiles it");
          } catch (PythonSyntaxError err) {
            // as CPython
          }
        }
      }
    }
    String summary = same + " code objects identical, " + differ + " differ";
    System.out.println("code attributes: " + summary);
    diffs.forEach(d -> System.out.println("  " + d));
    assertTrue(same + differ >= 150, "fewer than 150 code objects compared: " + summary);
    if (!diffs.isEmpty()) {
      fail(summary + "\n" + String.join("\n", diffs));
    }
  }
}
