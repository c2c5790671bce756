package org.taipan.stdlib.core.sre;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The differential corpus {@code sre/sre_corpus.txt} (written by {@code gen_sre_corpus.py} from
 * the CPython oracle), parsed: for each pattern the arguments CPython passed to
 * {@code _sre.compile}, the subjects, and CPython's encoded answer to each operation.
 */
final class SreCorpus {

  /** Where the corpus lives on the test class path. */
  static final String RESOURCE = "/sre/sre_corpus.txt";

  /** One pattern with its compiled form and subjects. */
  static final class Case {
    final int id;
    final String pattern;
    int flags;
    int groups;
    int[] code;
    final List<Subject> subjects = new ArrayList<>();

    Case(int id, String pattern) {
      this.id = id;
      this.pattern = pattern;
    }

    SrePattern compile() {
      return new SrePattern(code, flags, groups);
    }
  }

  /** One subject and the operations recorded on it. */
  static final class Subject {
    final boolean bytes;
    final int[] values;
    final List<Op> ops = new ArrayList<>();

    Subject(boolean bytes, int[] values) {
      this.bytes = bytes;
      this.values = values;
    }

    /** Whether the text can also be given as a BMP {@code String}. */
    boolean isBmp() {
      for (int v : values) {
        if (v > 0xFFFF || (v >= 0xD800 && v <= 0xDFFF)) {
          return false;
        }
      }
      return true;
    }

    String describe() {
      StringBuilder sb = new StringBuilder(bytes ? "b'" : "'");
      int n = Math.min(values.length, 40);
      for (int i = 0; i < n; i++) {
        int v = values[i];
        if (v >= 0x20 && v < 0x7F && v != '\\' && v != '\'') {
          sb.append((char) v);
        } else {
          sb.append(String.format(v <= 0xFF ? "\\x%02x" : v <= 0xFFFF ? "\\u%04x" : "\\U%08x", v));
        }
      }
      if (values.length > n) {
        sb.append("...(").append(values.length).append(')');
      }
      return sb.append('\'').toString();
    }
  }

  /** One recorded operation: its name, window and CPython's encoded result. */
  static final class Op {
    final String name;
    final int pos;
    final int endpos;
    final String expected;

    Op(String name, int pos, int endpos, String expected) {
      this.name = name;
      this.pos = pos;
      this.endpos = endpos;
      this.expected = expected;
    }
  }

  /** A code list and whether CPython's {@code _sre.compile} accepts it. */
  static final class Validity {
    final boolean accepted;
    final int groups;
    final int[] code;

    Validity(boolean accepted, int groups, int[] code) {
      this.accepted = accepted;
      this.groups = groups;
      this.code = code;
    }
  }

  private SreCorpus() {}

  static List<Case> load() throws IOException {
    return parse(read());
  }

  static List<Validity> loadValidity() throws IOException {
    List<Validity> out = new ArrayList<>();
    for (String line : read().split("\n")) {
      if (line.startsWith("valid ")) {
        String[] w = line.split(" ");
        int[] code = new int[w.length - 3];
        for (int i = 3; i < w.length; i++) {
          code[i - 3] = (int) Long.parseLong(w[i]);
        }
        out.add(new Validity(w[1].equals("1"), Integer.parseInt(w[2]), code));
      }
    }
    return out;
  }

  private static String read() throws IOException {
    String text;
    try (InputStream in = SreCorpus.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("test resource " + RESOURCE + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    return text;
  }

  static List<Case> parse(String text) {
    List<Case> cases = new ArrayList<>();
    Case current = null;
    Subject subject = null;
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("valid ")) {
        continue;
      }
      int sp = line.indexOf(' ');
      String head = sp < 0 ? line : line.substring(0, sp);
      String rest = sp < 0 ? "" : line.substring(sp + 1);
      switch (head) {
        case "case": {
          int sp2 = rest.indexOf(' ');
          current = new Case(Integer.parseInt(rest.substring(0, sp2)), rest.substring(sp2 + 1));
          cases.add(current);
          break;
        }
        case "compiled": {
          String[] w = rest.split(" ");
          current.flags = Integer.parseInt(w[0]);
          current.groups = Integer.parseInt(w[1]);
          current.code = new int[w.length - 2];
          for (int i = 2; i < w.length; i++) {
            // Code words are unsigned 32-bit; keep their low 32 bits.
            current.code[i - 2] = (int) Long.parseLong(w[i]);
          }
          break;
        }
        case "subject":
          subject = parseSubject(rest);
          current.subjects.add(subject);
          break;
        case "end":
          current = null;
          subject = null;
          break;
        default: {
          int eq = rest.indexOf(" = ");
          String[] window = rest.substring(0, eq).split(" ");
          subject.ops.add(new Op(head, Integer.parseInt(window[0]), Integer.parseInt(window[1]),
              rest.substring(eq + 3)));
        }
      }
    }
    return cases;
  }

  private static Subject parseSubject(String rest) {
    String[] w = rest.split(" ", -1);
    boolean bytes = w[0].equals("b");
    if (w[1].equals("rep")) {
      int count = Integer.parseInt(w[2]);
      int[] unit = hex(w[3]);
      int[] values = new int[unit.length * count];
      for (int i = 0; i < values.length; i++) {
        values[i] = unit[i % unit.length];
      }
      return new Subject(bytes, values);
    }
    int[] values = w.length > 2 ? hex(w[2]) : new int[0];
    if (values.length != Integer.parseInt(w[1])) {
      throw new IllegalStateException("bad subject line: " + rest);
    }
    return new Subject(bytes, values);
  }

  static int[] hex(String s) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] parts = s.split(",");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Integer.parseInt(parts[i], 16);
    }
    return out;
  }
}
