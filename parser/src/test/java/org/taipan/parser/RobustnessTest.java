package org.taipan.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue #3's robustness requirement: mutated standard-library sources (characters and tokens
 * deleted, duplicated, swapped; random bytes inserted) and pathological nesting never make the
 * parser throw anything but {@link PythonSyntaxError}, never overflow the stack, and never take
 * more than a second for an input under 100 KB.
 *
 * <p>The number of mutated inputs is the system property {@code taipan.parser.fuzz.count}
 * (default 20,000 in CI; the issue's full 100,000 run: {@code mvn -pl parser -am test
 * -Dtest=RobustnessTest -Dtaipan.parser.fuzz.count=100000 -Dsurefire.failIfNoSpecifiedTests=false}).
 * The seed is fixed ({@code taipan.parser.fuzz.seed}, default 311), so failures reproduce.
 */
class RobustnessTest {
  private static final long LIMIT_NANOS = 1_000_000_000L;
  private static final int MAX_SIZE = 100_000;

  private static final String[] SNIPPETS = {
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", "*", "**", "lambda", "if", "else",
    "for", "in", "not", "async", "await", "yield", "def", "class", "match", "case", "_", "\\\n",
    "\n", "\t", "    ", "f'{", "}'", "'", "\"\"\"", "#", "@", "->", ":=", "...", ".", "0x", "1e",
    "1_", "\\", "\r", "\f", "\0", "\u00e9", "\ud83d\ude00", "€", "$", "?", "!", "`", "except*",
    "from", "import", "as", "with", "try", "finally", "return", "del", "global", "nonlocal"
  };

  @Test
  void pathologicalNestingRaisesSyntaxErrorsOnly() {
    List<String> inputs = new ArrayList<>();
    inputs.add("(".repeat(10_000));
    inputs.add("[".repeat(10_000));
    inputs.add("{".repeat(10_000));
    inputs.add("(".repeat(199) + ")".repeat(199));
    inputs.add("(".repeat(200) + "1" + ")".repeat(200));
    inputs.add("x = " + "[".repeat(199) + "]".repeat(199));
    inputs.add("-".repeat(100_000) + "1");
    inputs.add("not ".repeat(25_000) + "x");
    inputs.add("~".repeat(50_000) + "x");
    inputs.add("lambda: ".repeat(10_000) + "1");
    inputs.add("1 if x else ".repeat(10_000) + "1");
    inputs.add("2**".repeat(20_000) + "2");
    inputs.add("await ".repeat(20_000) + "x");
    inputs.add("x = " + "1 + ".repeat(50_000) + "1");
    inputs.add("a" + ".b".repeat(50_000));
    inputs.add("f" + "()".repeat(20_000));
    inputs.add("x" + "[0]".repeat(20_000));
    inputs.add("x" + " < y".repeat(20_000));
    inputs.add("x = " + "{1: ".repeat(190) + "1" + "}".repeat(190));
    inputs.add("x = " + "f'{".repeat(50) + "1" + "}'".repeat(50));
    inputs.add("\\\n".repeat(10_000) + "x");
    inputs.add("'" + "\\".repeat(10_001) + "'");
    inputs.add("@d\n".repeat(10_000) + "def f(): pass\n");
    inputs.add("x = " + "yield ".repeat(10_000));
    inputs.add(("    ".repeat(0)) + nestedBlocks(99));
    inputs.add(nestedBlocks(101));
    inputs.add("match x:\n    case " + "[".repeat(199) + "]".repeat(199) + ": pass\n");
    inputs.add("match x:\n    case " + "a | ".repeat(10_000) + "b: pass\n");
    inputs.add("def f(" + "a, ".repeat(20_000) + "): pass\n");
    inputs.add("x = (" + "a, ".repeat(30_000) + ")\n");
    inputs.add("x = '" + "a".repeat(99_000) + "'\n");
    inputs.add("if x:\n" + " pass\n".repeat(20_000));
    inputs.add("for x in y:\n\tif z:\n" + "\t\t\tpass\n" + "        pass\n");
    List<String> failures = new ArrayList<>();
    for (String in : inputs) {
      String why = check(in.getBytes(StandardCharsets.UTF_8));
      if (why != null && !why.equals("syntax error")) {
        failures.add(abbreviate(in) + ": " + why);
      }
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  private static String nestedBlocks(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append(" ".repeat(i)).append("if x:\n");
    }
    sb.append(" ".repeat(depth)).append("pass\n");
    return sb.toString();
  }

  @Test
  void mutatedStdlibSourcesRaiseSyntaxErrorsOnly() throws IOException {
    int count = Integer.getInteger("taipan.parser.fuzz.count", 20_000);
    long seed = Long.getLong("taipan.parser.fuzz.seed", 311L);
    List<byte[]> corpus = loadCorpus();
    assertTrue(corpus.size() > 1000, "too few stdlib files under " + Oracle.stdlib());
    AtomicInteger syntaxErrors = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    IntStream.range(0, count)
        .parallel()
        .forEach(
            i -> {
              SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
              byte[] original = corpus.get(rnd.nextInt(corpus.size()));
              byte[] input = mutate(original, rnd);
              String why = check(input);
              if (why == null) {
                return;
              }
              if (why.equals("syntax error")) {
                syntaxErrors.incrementAndGet();
              } else {
                failures.add("input #" + i + " (" + input.length + " bytes): " + why);
              }
            });
    System.out.println(
        count + " mutated inputs: " + syntaxErrors.get() + " raised SyntaxError, "
            + failures.size() + " failures");
    assertTrue(
        failures.isEmpty(),
        () -> failures.size() + " inputs broke the parser:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
  }

  /** Null if parsed, "syntax error" if refused properly, else what went wrong. */
  private static String check(byte[] input) {
    String r = checkOnce(input);
    if (r != null && r.startsWith("slow")) {
      // One retry, so a GC pause or JIT compilation does not count as the parser's fault.
      r = checkOnce(input);
    }
    return r;
  }

  private static String checkOnce(byte[] input) {
    long t0 = System.nanoTime();
    String result = null;
    try {
      Parser.parse(input, "<fuzz>", Mode.EXEC);
    } catch (PythonSyntaxError e) {
      result = "syntax error";
      if (e.msg() == null || e.pythonClass() == null) {
        result = "syntax error without message or class";
      }
    } catch (Throwable e) {
      StringBuilder sb = new StringBuilder("threw " + e);
      for (StackTraceElement el : e.getStackTrace()) {
        if (el.getClassName().startsWith("org.taipan")) {
          sb.append(" at ").append(el);
          break;
        }
      }
      return sb.toString();
    }
    long t = System.nanoTime() - t0;
    if (input.length < MAX_SIZE && t > LIMIT_NANOS) {
      return "slow: " + t / 1_000_000 + " ms";
    }
    return result;
  }

  private static List<byte[]> loadCorpus() throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Oracle.stdlib())) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".py")).sorted()::iterator) {
        long size = Files.size(f);
        if (size > 0 && size < MAX_SIZE) {
          out.add(Files.readAllBytes(f));
        }
      }
    }
    return out;
  }

  static byte[] mutate(byte[] original, SplittableRandom rnd) {
    int n = 1 + rnd.nextInt(3);
    byte[] b = original;
    for (int k = 0; k < n; k++) {
      switch (rnd.nextInt(8)) {
        case 0 -> b = deleteRange(b, rnd);
        case 1 -> b = duplicateRange(b, rnd);
        case 2 -> b = swapBytes(b, rnd);
        case 3 -> b = insertRandomBytes(b, rnd);
        case 4 -> b = insertSnippet(b, rnd);
        default -> b = tokenMutation(b, rnd);
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int from, int to, byte[] with) {
    byte[] r = new byte[b.length - (to - from) + with.length];
    System.arraycopy(b, 0, r, 0, from);
    System.arraycopy(with, 0, r, from, with.length);
    System.arraycopy(b, to, r, from + with.length, b.length - to);
    return r;
  }

  private static byte[] deleteRange(byte[] b, SplittableRandom rnd) {
    if (b.length == 0) {
      return b;
    }
    int from = rnd.nextInt(b.length);
    int to = Math.min(b.length, from + 1 + rnd.nextInt(4));
    return splice(b, from, to, new byte[0]);
  }

  private static byte[] duplicateRange(byte[] b, SplittableRandom rnd) {
    if (b.length == 0) {
      return b;
    }
    int from = rnd.nextInt(b.length);
    int to = Math.min(b.length, from + 1 + rnd.nextInt(8));
    byte[] piece = java.util.Arrays.copyOfRange(b, from, to);
    return splice(b, to, to, piece);
  }

  private static byte[] swapBytes(byte[] b, SplittableRandom rnd) {
    if (b.length < 2) {
      return b;
    }
    byte[] r = b.clone();
    int i = rnd.nextInt(b.length);
    int j = rnd.nextInt(b.length);
    byte t = r[i];
    r[i] = r[j];
    r[j] = t;
    return r;
  }

  private static byte[] insertRandomBytes(byte[] b, SplittableRandom rnd) {
    byte[] junk = new byte[1 + rnd.nextInt(4)];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) rnd.nextInt(256);
    }
    int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
    return splice(b, at, at, junk);
  }

  private static byte[] insertSnippet(byte[] b, SplittableRandom rnd) {
    byte[] s = SNIPPETS[rnd.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8);
    int at = b.length == 0 ? 0 : rnd.nextInt(b.length + 1);
    return splice(b, at, at, s);
  }

  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("[A-Za-z_0-9]+|'[^'\\n]*'|\"[^\"\\n]*\"|\\S");

  /**
   * Deletes, duplicates or swaps whole tokens. Tokens are found by a simple pattern (names and
   * numbers, short string literals, single other characters), not by the tokenizer under test,
   * so the mutants stay the same while the parser changes.
   */
  private static byte[] tokenMutation(byte[] b, SplittableRandom rnd) {
    String text = new String(b, StandardCharsets.UTF_8);
    List<int[]> spans = new ArrayList<>();
    java.util.regex.Matcher m = TOKEN.matcher(text);
    while (m.find() && spans.size() < 100_000) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.size() < 2) {
      return deleteRange(b, rnd);
    }
    int[] a = spans.get(rnd.nextInt(spans.size()));
    int[] c = spans.get(rnd.nextInt(spans.size()));
    String out;
    switch (rnd.nextInt(3)) {
      case 0 -> out = text.substring(0, a[0]) + text.substring(a[1]);
      case 1 -> out = text.substring(0, a[1]) + " " + text.substring(a[0], a[1]) + text.substring(a[1]);
      default -> {
        if (a[0] > c[0]) {
          int[] t = a;
          a = c;
          c = t;
        }
        if (a[1] > c[0]) {
          return b;
        }
        out =
            text.substring(0, a[0])
                + text.substring(c[0], c[1])
                + text.substring(a[1], c[0])
                + text.substring(a[0], a[1])
                + text.substring(c[1]);
      }
    }
    return out.getBytes(StandardCharsets.UTF_8);
  }

  private static String abbreviate(String s) {
    String t = s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + " chars)" : s;
    return t.replace("\n", "\\n");
  }
}
