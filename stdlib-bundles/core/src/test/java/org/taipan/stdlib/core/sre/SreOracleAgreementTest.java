package org.taipan.stdlib.core.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks against the live CPython 3.11 oracle what a recorded corpus cannot: the {@code _sre}
 * constants, the case helpers and character categories over every code point, and that the
 * committed corpus is exactly what the oracle produces today.
 */
class SreOracleAgreementTest {

  @Test
  void moduleConstantsAreCPythons() throws Exception {
    String out = SreOracle.run(
        "import _sre\nprint(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS,"
            + " _sre.getcodesize())\n", "-");
    String ours = Sre.MAGIC + " " + Sre.CODESIZE + " " + Sre.MAXREPEAT + " " + Sre.MAXGROUPS
        + " " + Sre.getcodesize();
    assertEquals(out.trim(), ours, "_sre constants differ from CPython 3.11");
  }

  /**
   * The oracle lists, for each helper, the runs of code points over which its value (as a delta
   * from the code point for the tolower functions) stays the same.
   */
  @Test
  void caseHelpersAgreeOnEveryCodePoint() throws Exception {
    String script = String.join("\n",
        "import _sre",
        "def runs(name, f):",
        "    out, prev = [], None",
        "    for c in range(0x110000):",
        "        v = f(c)",
        "        if v != prev:",
        "            out.append('%x:%d' % (c, v))",
        "            prev = v",
        "    print(name, ' '.join(out))",
        "runs('unicode_tolower', lambda c: _sre.unicode_tolower(c) - c)",
        "runs('unicode_iscased', lambda c: int(_sre.unicode_iscased(c)))",
        "runs('ascii_tolower', lambda c: _sre.ascii_tolower(c) - c)",
        "runs('ascii_iscased', lambda c: int(_sre.ascii_iscased(c)))",
        "");
    String out = SreOracle.run(script, "-");
    int checked = 0;
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] w = line.split(" ");
      int[] starts = new int[w.length - 1];
      int[] values = new int[w.length - 1];
      for (int i = 1; i < w.length; i++) {
        int colon = w[i].indexOf(':');
        starts[i - 1] = Integer.parseInt(w[i].substring(0, colon), 16);
        values[i - 1] = Integer.parseInt(w[i].substring(colon + 1));
      }
      int run = 0;
      for (int c = 0; c < 0x110000; c++) {
        while (run + 1 < starts.length && starts[run + 1] <= c) {
          run++;
        }
        int expected = values[run];
        int got;
        switch (w[0]) {
          case "unicode_tolower":
            got = Sre.unicodeTolower(c) - c;
            break;
          case "unicode_iscased":
            got = Sre.unicodeIscased(c) ? 1 : 0;
            break;
          case "ascii_tolower":
            got = Sre.asciiTolower(c) - c;
            break;
          default:
            got = Sre.asciiIscased(c) ? 1 : 0;
        }
        if (got != expected) {
          assertEquals(expected, got, w[0] + String.format("(U+%04X) differs from CPython", c));
        }
      }
      checked++;
    }
    assertEquals(4, checked, "the oracle did not report all four helpers");
  }

  /**
   * For each category escape, the oracle compiles {@code \w+} (etc.) and lists the spans of
   * finditer over a string of all 0x110000 code points; our engine runs the same code list on
   * the same subject and must find the same spans. Line breaks, which no escape names, use a
   * hand-made IN CATEGORY code list.
   */
  @Test
  void categoriesAgreeOnEveryCodePoint() throws Exception {
    String script = String.join("\n",
        "import re, re._compiler, _sre",
        "import re._constants as C",
        "cap = []",
        "orig = _sre.compile",
        "def spy(*a):",
        "    cap.append(a)",
        "    return orig(*a)",
        "_sre.compile = spy",
        "text = ''.join(map(chr, range(0x110000)))",
        "def emit(p, code, flags, groups):",
        "    spans = ' '.join('%x-%x' % m.span() for m in p.finditer(text))",
        "    print('%d %d %s' % (flags, groups, ' '.join('%d' % w for w in code)))",
        "    print(spans)",
        "for src in [r'\\w+', r'\\W+', r'\\d+', r'\\D+', r'\\s+', r'\\S+', r'(?a)\\w+',",
        "            r'(?a)\\d+', r'(?a)\\s+', r'[\\w\\s]+', r'\\b', r'(?a)\\B', '.+', r'(?i)[a-z]+',",
        "            r'(?i)[^a-z\\d]+', r'(?i)k+', r'(?i)\\u03c3+', r'(?i)[\\U00010400-\\U0001044f]+']:",
        "    cap.clear()",
        "    p = re._compiler.compile(src, 0)",
        "    _, flags, code, groups, _, _ = cap[0]",
        "    emit(p, code, flags, groups)",
        "for cat in (C.CATEGORY_UNI_LINEBREAK, C.CATEGORY_UNI_NOT_LINEBREAK,",
        "            C.CATEGORY_LINEBREAK, C.CATEGORY_NOT_LINEBREAK):",
        "    code = [C.INFO, 4, 0, 1, C.MAXREPEAT, C.REPEAT_ONE, 9, 1, C.MAXREPEAT,",
        "            C.IN, 4, C.CATEGORY, cat, C.FAILURE, C.SUCCESS, C.SUCCESS]",
        "    emit(orig('', 32, code, 0, {}, (None,)), code, 32, 0)",
        "");
    String out = SreOracle.run(script, "-");
    List<String> lines = out.lines().toList();
    assertEquals(44, lines.size(), "unexpected oracle output");
    int[] all = new int[0x110000];
    for (int c = 0; c < all.length; c++) {
      all[c] = c;
    }
    SreSubject subject = SreSubject.ofCodePoints(all);
    for (int i = 0; i < lines.size(); i += 2) {
      String[] w = lines.get(i).split(" ");
      int[] code = new int[w.length - 2];
      for (int k = 2; k < w.length; k++) {
        code[k - 2] = (int) Long.parseLong(w[k]);
      }
      SrePattern p = new SrePattern(code, Integer.parseInt(w[0]), Integer.parseInt(w[1]));
      StringBuilder got = new StringBuilder();
      SreScanner sc = p.scanner(subject, 0, all.length);
      for (SreMatch m; (m = sc.search()) != null; ) {
        if (got.length() > 0) {
          got.append(' ');
        }
        got.append(Integer.toHexString(m.start(0))).append('-')
            .append(Integer.toHexString(m.end(0)));
      }
      String expected = lines.get(i + 1);
      if (!expected.equals(got.toString())) {
        assertEquals(expected, got.toString(), "finditer over all code points with code "
            + lines.get(i) + " differs from CPython");
      }
    }
  }

  /** The committed expectations are what the generator writes with today's oracle. */
  @Test
  void committedCorpusIsWhatTheOracleProduces() throws Exception {
    Path dir = SreOracle.root().resolve("stdlib-bundles/core/src/test/resources/sre");
    Path committed = dir.resolve("sre_corpus.txt");
    assertTrue(Files.isRegularFile(committed), "no corpus at " + committed);
    Path fresh = Files.createTempFile("sre_corpus", ".txt");
    try {
      SreOracle.run("", dir.resolve("gen_sre_corpus.py").toString(), fresh.toString());
      String a = Files.readString(committed, StandardCharsets.US_ASCII);
      String b = Files.readString(fresh, StandardCharsets.US_ASCII);
      assertTrue(a.equals(b), "sre_corpus.txt is stale or edited by hand: regenerate it with"
          + " gen_sre_corpus.py (see its docstring)");
    } finally {
      Files.deleteIfExists(fresh);
    }
  }

  /** The generated Unicode table is what its generator writes with today's oracle. */
  @Test
  void committedUnicodeTableIsWhatTheOracleProduces() throws Exception {
    Path root = SreOracle.root();
    Path script = root.resolve("stdlib-bundles/core/src/test/resources/sre/gen_unicode_data.py");
    Path committed = root.resolve(
        "stdlib-bundles/core/src/main/java/org/taipan/stdlib/core/sre/SreUnicodeData.java");
    Path fresh = Files.createTempFile("SreUnicodeData", ".java");
    try {
      SreOracle.run("", script.toString(), fresh.toString());
      assertTrue(Files.readString(committed).equals(Files.readString(fresh)),
          "SreUnicodeData.java is stale or edited by hand: regenerate it with"
              + " gen_unicode_data.py (see its docstring)");
    } finally {
      Files.deleteIfExists(fresh);
    }
  }
}
