package org.taipan.stdlib.core.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The engine must not use Java recursion that grows with the subject: the corpus's patterns over
 * subjects of a million characters ({@code (a|b)*}, {@code .*?x}, possessive and atomic groups,
 * lazy repeats ...) are run on a thread whose stack is only 128 KiB, where any recursion per
 * character would overflow at once, and must still give CPython's answers.
 */
class SreDeepSubjectTest {

  private static final long SMALL_STACK = 128 * 1024;

  @Test
  void millionCharacterSubjectsRunOnATinyStack() throws Exception {
    List<String[]> checked = new ArrayList<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        for (SreCorpus.Case c : SreCorpus.load()) {
          for (SreCorpus.Subject s : c.subjects) {
            if (s.values.length < 1_000_000) {
              continue;
            }
            SreSubject subject = subjectOf(s);
            for (SreCorpus.Op op : s.ops) {
              String got = SreOperations.run(c.compile(), subject, s.values, op.name, op.pos,
                  op.endpos);
              assertEquals(op.expected, got, () -> op.name + " of " + c.pattern
                  + " over " + s.values.length + " characters differs from CPython");
              checked.add(new String[] {c.pattern, op.name});
            }
          }
        }
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "sre-small-stack", SMALL_STACK);
    t.start();
    t.join();
    if (failure.get() != null) {
      throw new AssertionError("matching a long subject on a small stack failed", failure.get());
    }
    assertTrue(checked.size() >= 20, "the corpus has too few long subjects: " + checked.size());
  }

  @Test
  void lazyDotStarOverAMillionCharactersWithoutTheCorpus() throws Exception {
    // (?:a|b)*?c compiled by CPython 3.11 is in the corpus; here the subject is built directly,
    // twice as long as the corpus's, and matched on the small stack.
    SreCorpus.Case c = SreCorpus.load().stream()
        .filter(k -> k.pattern.equals("'(?:a|b)*?c'")).findFirst().orElse(null);
    assertNotNull(c, "the corpus lost (?:a|b)*?c");
    int n = 2_000_000;
    StringBuilder sb = new StringBuilder(n + 1);
    for (int i = 0; i < n; i++) {
      sb.append(i % 3 == 0 ? 'b' : 'a');
    }
    sb.append('c');
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(c.compile().match(SreSubject.ofBmpString(sb.toString())));
      } catch (Throwable e) {
        result.set(e);
      }
    }, "sre-small-stack", SMALL_STACK);
    t.start();
    t.join();
    assertTrue(result.get() instanceof SreMatch, () -> "no match: " + result.get());
    assertEquals(n + 1, ((SreMatch) result.get()).end(0));
  }

  private static SreSubject subjectOf(SreCorpus.Subject s) {
    if (s.bytes) {
      byte[] b = new byte[s.values.length];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) s.values[i];
      }
      return SreSubject.ofBytes(b);
    }
    return SreSubject.ofCodePoints(s.values);
  }
}
