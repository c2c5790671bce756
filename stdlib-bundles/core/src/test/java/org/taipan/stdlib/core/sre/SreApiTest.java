package org.taipan.stdlib.core.sre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Behaviour of the Java API around the engine that the differential corpus does not spell out:
 * scanners stay exhausted, the three subject forms agree, results are copies, invalid code is
 * refused up front, and {@link Sre#getlower} follows the flags. Expected values come from the
 * corpus (CPython's answers) or from helpers the oracle tests check.
 */
class SreApiTest {

  private static SreCorpus.Case corpusCase(String pattern) throws Exception {
    return SreCorpus.load().stream().filter(c -> c.pattern.equals(pattern)).findFirst()
        .orElseThrow(() -> new AssertionError("the corpus lost " + pattern));
  }

  @Test
  void scannerStaysExhaustedOnceItFindsNothing() throws Exception {
    SrePattern p = corpusCase("'x*'").compile();
    SreScanner sc = p.scanner(SreSubject.ofBmpString("abxd"), 0, 4);
    int found = 0;
    while (sc.search() != null) {
      found++;
    }
    assertEquals(p.findAll(SreSubject.ofBmpString("abxd"), 0, 4).size(), found);
    assertNull(sc.search(), "an exhausted scanner must keep answering null");
    assertNull(sc.match(), "an exhausted scanner must keep answering null");
  }

  @Test
  void stringCodePointAndByteSubjectsAgree() throws Exception {
    SreCorpus.Case c = corpusCase("'(a|b)*c'");
    SrePattern p = c.compile();
    String text = "xxabbacab";
    int[] cps = text.codePoints().toArray();
    byte[] bytes = new byte[cps.length];
    for (int i = 0; i < cps.length; i++) {
      bytes[i] = (byte) cps[i];
    }
    List<SreMatch> a = p.findAll(SreSubject.ofBmpString(text), 0, text.length());
    List<SreMatch> b = p.findAll(SreSubject.ofCodePoints(cps), 0, text.length());
    List<SreMatch> d = p.findAll(SreSubject.ofBytes(bytes), 0, text.length());
    assertEquals(SreOperations.encodeAll(a), SreOperations.encodeAll(b));
    assertEquals(SreOperations.encodeAll(a), SreOperations.encodeAll(d));
  }

  @Test
  void spansAreACopy() throws Exception {
    SreMatch m = corpusCase("'(a)(b)(c)'").compile().match(SreSubject.ofBmpString("abc"));
    assertNotNull(m);
    int[] spans = m.spans();
    spans[0] = 99;
    assertEquals(0, m.start(0), "changing the copy must not change the match");
    assertArrayEquals(new int[] {m.start(0), m.end(0), m.start(1), m.end(1), m.start(2), m.end(2),
        m.start(3), m.end(3)}, m.spans());
    assertEquals(3, m.groupCount());
  }

  @Test
  void invalidCodeIsRefusedWhenThePatternIsMade() {
    SreException e = assertThrows(SreException.class,
        () -> new SrePattern(new int[] {SreConstants.LITERAL}, 0, 0));
    assertEquals(SreException.Kind.ILLEGAL, e.kind());
    assertEquals("invalid SRE code", e.getMessage());
    assertThrows(SreException.class, () -> new SrePattern(new int[] {SreConstants.SUCCESS}, 0, -1));
  }

  @Test
  void catastrophicBacktrackingStopsWhenTheThreadIsInterrupted() throws Exception {
    // (?:a+)+b against forty a's and no b backtracks exponentially (2**40 ways to split the
    // a's); only the interrupt can end it in reasonable time.
    SrePattern p = corpusCase("'(?:a+)+b'").compile();
    String subject = "a".repeat(40);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t = new Thread(() -> {
      try {
        p.match(SreSubject.ofBmpString(subject));
      } catch (Throwable e) {
        thrown.set(e);
      }
    });
    t.start();
    Thread.sleep(200);
    assertTrue(t.isAlive(), "the match ended before it could be interrupted");
    t.interrupt();
    t.join(10_000);
    assertFalse(t.isAlive(), "the interrupted match did not stop");
    assertTrue(thrown.get() instanceof SreException, () -> "unexpected outcome " + thrown.get());
    assertEquals(SreException.Kind.INTERRUPTED, ((SreException) thrown.get()).kind());
  }

  @Test
  void getlowerFollowsTheFlags() {
    for (int ch : new int[] {'A', 'z', 0xC0, 0x130, 0x212A, 0x10400, 0xDF}) {
      assertEquals(Sre.unicodeTolower(ch), Sre.getlower(ch, SreConstants.SRE_FLAG_UNICODE));
      assertEquals(Sre.asciiTolower(ch), Sre.getlower(ch, 0));
      assertEquals(SreChars.lowerLocale(ch), Sre.getlower(ch, SreConstants.SRE_FLAG_LOCALE));
    }
  }
}
