package org.taipan.stdlib.core.sre;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Runs one corpus operation on our engine and encodes the answer the way
 * {@code gen_sre_corpus.py} encodes CPython's, so the two compare as strings. {@code split} and
 * {@code subn} are driven through {@link SreScanner} with the loops of CPython's
 * {@code pattern_split} and {@code pattern_subx} (for a literal replacement, which builds no
 * match objects), as the {@code _sre} binding will drive them.
 */
final class SreOperations {

  private SreOperations() {}

  static String run(SrePattern p, SreSubject s, int[] values, String op, int pos, int endpos) {
    try {
      return runOrThrow(p, s, values, op, pos, endpos);
    } catch (SreException e) {
      if (e.kind() == SreException.Kind.WRONG_SPAN) {
        return "error SystemError"; // what the binding raises for it
      }
      throw e;
    }
  }

  private static String runOrThrow(
      SrePattern p, SreSubject s, int[] values, String op, int pos, int endpos) {
    switch (op) {
      case "match":
        return encode(p.match(s, pos, endpos));
      case "fullmatch":
        return encode(p.fullmatch(s, pos, endpos));
      case "search":
        return encode(p.search(s, pos, endpos));
      case "finditer":
        return encodeAll(p.findAll(s, pos, endpos));
      case "scanmatch": {
        SreScanner sc = p.scanner(s, pos, endpos);
        List<SreMatch> all = new ArrayList<>();
        for (SreMatch m; (m = sc.match()) != null; ) {
          all.add(m);
        }
        return encodeAll(all);
      }
      case "split":
        return split(p, s, values);
      case "subn":
        return subn(p, s, values);
      default:
        throw new IllegalArgumentException("unknown operation " + op);
    }
  }

  static String encode(SreMatch m) {
    if (m == null) {
      return "none";
    }
    StringBuilder sb = new StringBuilder().append(m.lastIndex());
    for (int g = 0; g <= m.groupCount(); g++) {
      sb.append(' ').append(m.start(g)).append(' ').append(m.end(g));
    }
    return sb.toString();
  }

  static String encodeAll(List<SreMatch> all) {
    if (all.isEmpty()) {
      return "empty";
    }
    StringJoiner j = new StringJoiner(" | ");
    for (SreMatch m : all) {
      j.add(encode(m));
    }
    return j.toString();
  }

  private static String split(SrePattern p, SreSubject s, int[] values) {
    List<String> pieces = new ArrayList<>();
    SreScanner sc = p.scanner(s, 0, values.length);
    int last = 0;
    for (SreMatch m; (m = sc.search()) != null; ) {
      pieces.add(piece(values, last, m.start(0)));
      for (int g = 1; g <= m.groupCount(); g++) {
        pieces.add(m.start(g) < 0 ? "~" : piece(values, m.start(g), m.end(g)));
      }
      last = m.end(0);
    }
    pieces.add(piece(values, last, values.length));
    return pieces.size() + " " + String.join(" ", pieces);
  }

  private static String subn(SrePattern p, SreSubject s, int[] values) {
    List<Integer> out = new ArrayList<>();
    SreScanner sc = p.scanner(s, 0, values.length);
    int i = 0;
    int n = 0;
    while (sc.find()) {
      for (int k = i; k < sc.start(); k++) {
        out.add(values[k]);
      }
      out.add((int) '-');
      i = sc.end();
      n++;
    }
    for (int k = i; k < values.length; k++) {
      out.add(values[k]);
    }
    int[] text = out.stream().mapToInt(Integer::intValue).toArray();
    return n + " " + piece(text, 0, text.length);
  }

  private static String piece(int[] values, int from, int to) {
    if (from >= to) {
      return ".";
    }
    StringJoiner j = new StringJoiner(",");
    for (int k = from; k < to; k++) {
      j.add(Integer.toHexString(values[k]));
    }
    return j.toString();
  }
}
