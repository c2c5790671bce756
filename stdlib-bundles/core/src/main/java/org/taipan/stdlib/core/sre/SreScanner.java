package org.taipan.stdlib.core.sre;

/**
 * Successive matches over one subject: CPython's {@code SRE_Scanner} ({@code Modules/_sre/sre.c},
 * {@code _sre.SRE_Scanner.match} and {@code .search}), the machinery behind {@code finditer},
 * {@code findall}, {@code sub}, {@code subn} and {@code split}, which all advance the same way.
 *
 * <p>Each call continues where the previous match ended. After an empty match the next one may
 * start at the same position but must not be empty there (the {@code must_advance} rule of
 * Python 3.7+); a search may then still find an empty match one position further on. Once a call
 * finds nothing, the scanner is exhausted and keeps answering {@code null}.
 *
 * <p>Typical use, the equivalent of {@code finditer}:
 * <pre>{@code
 * SreScanner sc = pattern.scanner(subject, 0, subject.length());
 * for (SreMatch m; (m = sc.search()) != null; ) { ... }
 * }</pre>
 */
public final class SreScanner {

  private final SreMatcher matcher;
  private final int pos;
  private final int endpos;
  private boolean exhausted;

  SreScanner(SreMatcher matcher, int pos, int endpos) {
    this.matcher = matcher;
    this.pos = pos;
    this.endpos = endpos;
    matcher.start = pos;
    matcher.end = endpos;
  }

  /**
   * The next match that starts exactly where the previous one ended ({@code scanner.match()}).
   *
   * @return the match, or {@code null} (and the scanner is exhausted)
   */
  public SreMatch match() {
    return next(false);
  }

  /**
   * The next match at or after where the previous one ended ({@code scanner.search()}).
   *
   * @return the match, or {@code null} (and the scanner is exhausted)
   */
  public SreMatch search() {
    return next(true);
  }

  /**
   * The next match at or after where the previous one ended, without building a
   * {@link SreMatch}: afterwards {@link #start()} and {@link #end()} give its span. This is the
   * loop of CPython's {@code pattern_subx} for a replacement without group references, which
   * creates no match objects (and so never checks group spans) and allocates nothing per match.
   *
   * @return whether there was a match (otherwise the scanner is exhausted)
   */
  public boolean find() {
    if (exhausted || !advance(true)) {
      return false;
    }
    lastStart = matcher.start;
    lastEnd = matcher.statePtr;
    step();
    return true;
  }

  /** @return the start of the match {@link #find()} found last */
  public int start() {
    return lastStart;
  }

  /** @return the end of the match {@link #find()} found last */
  public int end() {
    return lastEnd;
  }

  private int lastStart = -1;
  private int lastEnd = -1;

  private SreMatch next(boolean search) {
    if (exhausted || !advance(search)) {
      return null;
    }
    SreMatch result = SreMatch.of(matcher, pos, endpos);
    step();
    return result;
  }

  /** Runs the next attempt; on failure the scanner becomes exhausted. */
  private boolean advance(boolean search) {
    SreMatcher m = matcher;
    m.reset();
    m.statePtr = m.start;
    boolean found = search ? SreSearch.search(m) : m.run(0, true);
    if (!found) {
      exhausted = true;
    }
    return found;
  }

  /** Moves past the match just found, applying the must-advance rule to an empty one. */
  private void step() {
    SreMatcher m = matcher;
    m.mustAdvance = m.statePtr == m.start;
    m.start = m.statePtr;
  }
}
