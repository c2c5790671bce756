package org.taipan.stdlib.core.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential tests against CPython 3.11: every operation of {@code sre/sre_corpus.txt} is run
 * on our engine with the very code list CPython compiled, and must give CPython's spans,
 * {@code lastindex}, match sequence, split pieces and substitution. A {@code str} subject that
 * fits in the BMP is run twice, as a {@code String} and as an {@code int[]} of code points.
 */
class SreCorpusTest {

  @TestFactory
  Stream<DynamicNode> matchesCPythonOnEveryCorpusOperation() throws Exception {
    List<DynamicNode> nodes = new ArrayList<>();
    for (SreCorpus.Case c : SreCorpus.load()) {
      List<DynamicNode> tests = new ArrayList<>();
      for (SreCorpus.Subject subject : c.subjects) {
        for (SreCorpus.Op op : subject.ops) {
          String name = op.name + "(" + subject.describe() + ", " + op.pos + ", " + op.endpos + ")";
          tests.add(DynamicTest.dynamicTest(name, () -> check(c, subject, op)));
        }
      }
      nodes.add(DynamicContainer.dynamicContainer("#" + c.id + " " + c.pattern, tests));
    }
    return nodes.stream();
  }

  @TestFactory
  Stream<DynamicNode> acceptsExactlyTheCodeListsCPythonAccepts() throws Exception {
    List<DynamicNode> tests = new ArrayList<>();
    int n = 0;
    for (SreCorpus.Validity v : SreCorpus.loadValidity()) {
      String name = "#" + n++ + (v.accepted ? " valid" : " invalid") + " groups=" + v.groups
          + " code=" + Arrays.toString(Arrays.copyOf(v.code, Math.min(v.code.length, 12)));
      tests.add(DynamicTest.dynamicTest(name, () -> {
        boolean accepted;
        try {
          new SrePattern(v.code, 0, v.groups);
          accepted = true;
        } catch (SreException e) {
          assertEquals(SreException.Kind.ILLEGAL, e.kind());
          accepted = false;
        }
        assertEquals(v.accepted, accepted, () -> "_sre.compile "
            + (v.accepted ? "accepts" : "rejects") + " " + Arrays.toString(v.code)
            + " with groups=" + v.groups);
      }));
    }
    assertTrue(tests.size() >= 500, "too few code lists to validate: " + tests.size());
    return tests.stream();
  }

  private static void check(SreCorpus.Case c, SreCorpus.Subject subject, SreCorpus.Op op) {
    SrePattern p = c.compile();
    List<SreSubject> forms = new ArrayList<>();
    if (subject.bytes) {
      byte[] b = new byte[subject.values.length];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) subject.values[i];
      }
      forms.add(SreSubject.ofBytes(b));
    } else {
      forms.add(SreSubject.ofCodePoints(subject.values));
      if (subject.isBmp()) {
        StringBuilder sb = new StringBuilder(subject.values.length);
        for (int v : subject.values) {
          sb.append((char) v);
        }
        forms.add(SreSubject.ofBmpString(sb.toString()));
      }
    }
    for (SreSubject s : forms) {
      String got = SreOperations.run(p, s, subject.values, op.name, op.pos, op.endpos);
      assertEquals(op.expected, got, () -> "pattern " + c.pattern + " flags " + c.flags + ": "
          + op.name + " on " + subject.describe() + " [" + op.pos + ":" + op.endpos + "] as "
          + (s.isBytes() ? "bytes" : forms.indexOf(s) == 0 ? "code points" : "String")
          + " differs from CPython 3.11");
    }
  }

  @Test
  void corpusIsLargeAndCoversBothKindsOfSubject() throws Exception {
    List<SreCorpus.Case> cases = SreCorpus.load();
    int ops = 0;
    boolean bytes = false;
    boolean astral = false;
    for (SreCorpus.Case c : cases) {
      for (SreCorpus.Subject s : c.subjects) {
        ops += s.ops.size();
        bytes |= s.bytes;
        astral |= !s.bytes && !s.isBmp();
      }
    }
    assertTrue(cases.size() >= 300, "only " + cases.size() + " patterns in the corpus");
    assertTrue(ops >= 300, "only " + ops + " operations in the corpus");
    assertTrue(bytes && astral, "the corpus needs bytes and astral subjects");
  }
}
