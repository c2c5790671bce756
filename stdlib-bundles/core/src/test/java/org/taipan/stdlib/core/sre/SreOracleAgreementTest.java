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
        "            r'(?i)[^a-z\\d]+', r'(?i)k+', r'(?i)\\u03c3+', r'(?i)[\\U00010400-\\U0001044f]+',",
        "            r'(?i)[\\u0100-\\u024f\\u0370-\\u03ff]+', r'(?i)[^\\W\\d_]+', r'(?ia)[k-s]+']:",
        "    cap.clear()",
        "    p = re._compiler.compile(src, 0)",
        "    _, flags, code, groups, _, _ = cap[0]",
        "    emit(p, code, flags, groups)",
        "for cat in (C.CATEGORY_UNI_LINEBREAK, C.CATEGORY_UNI_NOT_LINEBREAK,",
        "            C.CATEGORY_LINEBREAK, C.CATEGORY_NOT_LINEBREAK):",
        "    code = [C.INFO, 4, 0, 1, C.MAXREPEAT, C.REPEAT_ONE, 9, 1, C.MAXREPEAT,",
        "            C.IN, 4, C.CATEGORY, cat, C.FAILURE, C.SUCCESS, C.SUCCESS]",
        "    emit(orig('', 32, code, 0, {}, (None,)), code, 32, 0)",
        "pairs = ''.join(chr(c) + chr(c).swapcase()[:1] + chr(c).lower()[:1] + chr(c).upper()[:1]",
        "                for c in range(0x20000))",
        "text = pairs",
        "for src in [r'(?i)(.)\\1', r'(?i)(.)\\1\\1', r'(?ia)(.)\\1', r'(.)\\1']:",
        "    cap.clear()",
        "    p = re._compiler.compile(src, 0)",
        "    _, flags, code, groups, _, _ = cap[0]",
        "    emit(p, code, flags, groups)",
        "print('END')",
        "");
    String out = SreOracle.run(script, "-");
    List<String> lines = out.lines().toList();
    assertEquals(59, lines.size(), "unexpected oracle output");
    assertEquals("END", lines.get(58), "unexpected oracle output");
    int[] all = new int[0x110000];
    for (int c = 0; c < all.length; c++) {
      all[c] = c;
    }
    // The case-pair text of the back-reference checks: c, swapcase, lower, upper of each c below
    // U+20000 (where every cased character lies), each cut to its first code point as the
    // oracle's script does.
    int[] pairs = SreCorpus.hex(SreOracle.run(String.join("\n",
        "import sys",
        "sys.stdout.write(','.join('%x' % ord(ch) for c in range(0x20000)",
        "    for ch in (chr(c), chr(c).swapcase()[:1], chr(c).lower()[:1], chr(c).upper()[:1])))",
        ""), "-").trim());
    SreSubject subject = SreSubject.ofCodePoints(all);
    for (int i = 0; i < 58; i += 2) {
      if (i == 50) {
        subject = SreSubject.ofCodePoints(pairs);
      }
      String[] w = lines.get(i).split(" ");
      int[] code = new int[w.length - 2];
      for (int k = 2; k < w.length; k++) {
        code[k - 2] = (int) Long.parseLong(w[k]);
      }
      SrePattern p = new SrePattern(code, Integer.parseInt(w[0]), Integer.parseInt(w[1]));
      StringBuilder got = new StringBuilder();
      SreScanner sc = p.scanner(subject, 0, subject.length());
      for (SreMatch m; (m = sc.search()) != null; ) {
        if (got.length() > 0) {
          got.append(' ');
        }
        got.append(Integer.toHexString(m.start(0))).append('-')
            .append(Integer.toHexString(m.end(0)));
      }
      String expected = lines.get(i + 1);
      if (!expected.equals(got.toString())) {
        int at = 0;
        String g = got.toString();
        while (at < expected.length() && at < g.length() && expected.charAt(at) == g.charAt(at)) {
          at++;
        }
        int from = Math.max(0, at - 40);
        assertEquals(expected.substring(from, Math.min(expected.length(), at + 40)),
            g.substring(from, Math.min(g.length(), at + 40)),
            "finditer spans (hex) over the test text with code " + lines.get(i)
                + " differ from CPython near character " + at + " of the span list");
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
