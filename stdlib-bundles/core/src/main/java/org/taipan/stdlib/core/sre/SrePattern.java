package org.taipan.stdlib.core.sre;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled regular expression as the engine holds it: the code list that CPython 3.11's
 * {@code re._compiler} produces, its flags and its number of groups. This is the engine side of
 * CPython's {@code PatternObject} ({@code Modules/_sre/sre.c}): {@code _sre.compile} hands over
 * exactly these values, and {@code Pattern.match}, {@code .fullmatch}, {@code .search} and
 * {@code .scanner} become the methods here. The Python-level object (pattern source,
 * {@code groupindex}, {@code indexgroup}, weak references) belongs to the binding.
 *
 * <p>Code words are unsigned 32-bit numbers ({@code CODESIZE} 4); in the {@code int[]} they are
 * stored as their low 32 bits, so {@code MAXREPEAT} (4294967295) is {@code -1}.
 *
 * <p>A pattern is immutable and may be shared between threads; every operation allocates its own
 * matcher.
 */
public final class SrePattern {

  private final int[] code;
  private final long[][] latin1Sets;
  private final int flags;
  private final int groups;

  /**
   * Checks the code as {@code _sre.compile} does and wraps it.
   *
   * @param code the code list, as {@code _sre.compile} receives it (not copied; do not change it)
   * @param flags the pattern flags ({@code SRE_FLAG_*}), as {@code _sre.compile} receives them
   * @param groups the number of capturing groups, not counting group 0 (the {@code groups}
   *     argument of {@code _sre.compile}, i.e. {@code p.state.groups - 1})
   * @throws SreException of kind {@link SreException.Kind#ILLEGAL} for invalid code, where
   *     CPython raises {@code RuntimeError("invalid SRE code")}
   */
  public SrePattern(int[] code, int flags, int groups) {
    this.latin1Sets = SreLatin1Sets.build(code, SreValidator.validate(code, groups));
    this.code = code;
    this.flags = flags;
    this.groups = groups;
  }

  /** @return the flags given at construction */
  public int flags() {
    return flags;
  }

  /** @return the number of capturing groups */
  public int groups() {
    return groups;
  }

  /** Whether {@code other} holds the same code words ({@code pattern_richcompare}). */
  public boolean sameCode(SrePattern other) {
    return java.util.Arrays.equals(code, other.code);
  }

  /** A hash of the code words and their number ({@code pattern_hash}). */
  public int codeHash() {
    return java.util.Arrays.hashCode(code) ^ code.length;
  }

  /** @return the code list (shared, do not modify) */
  int[] code() {
    return code;
  }

  /** {@code Pattern.match(subject)}: a match starting at the beginning. */
  public SreMatch match(SreSubject subject) {
    return match(subject, 0, Integer.MAX_VALUE);
  }

  /**
   * {@code Pattern.match(subject, pos, endpos)}: a match starting exactly at {@code pos}.
   *
   * @param subject the text
   * @param pos start of the window; clamped to {@code [0, len]} as CPython does
   * @param endpos end of the window; clamped to {@code [0, len]}
   * @return the match or {@code null}
   */
  public SreMatch match(SreSubject subject, int pos, int endpos) {
    return matchAt(subject, pos, endpos, false);
  }

  /** {@code Pattern.fullmatch(subject)}. */
  public SreMatch fullmatch(SreSubject subject) {
    return fullmatch(subject, 0, Integer.MAX_VALUE);
  }

  /**
   * {@code Pattern.fullmatch(subject, pos, endpos)}: a match of the whole window.
   *
   * @return the match or {@code null}
   */
  public SreMatch fullmatch(SreSubject subject, int pos, int endpos) {
    return matchAt(subject, pos, endpos, true);
  }

  /** {@code Pattern.search(subject)}. */
  public SreMatch search(SreSubject subject) {
    return search(subject, 0, Integer.MAX_VALUE);
  }

  /**
   * {@code Pattern.search(subject, pos, endpos)}: the first match at or after {@code pos}.
   *
   * @return the match or {@code null}
   */
  public SreMatch search(SreSubject subject, int pos, int endpos) {
    SreMatcher m = matcher(subject);
    int p = clamp(pos, subject.length());
    int e = clamp(endpos, subject.length());
    m.start = p;
    m.end = e;
    m.statePtr = p;
    return SreSearch.search(m) ? SreMatch.of(m, p, e) : null;
  }

  /**
   * {@code Pattern.scanner(subject, pos, endpos)}: successive matches, for {@code finditer},
   * {@code findall}, {@code sub} and {@code split}.
   */
  public SreScanner scanner(SreSubject subject, int pos, int endpos) {
    return new SreScanner(matcher(subject), clamp(pos, subject.length()),
        clamp(endpos, subject.length()));
  }

  /**
   * All matches {@code finditer} would produce, in order.
   *
   * @return the matches, possibly empty
   */
  public List<SreMatch> findAll(SreSubject subject, int pos, int endpos) {
    SreScanner sc = scanner(subject, pos, endpos);
    List<SreMatch> out = new ArrayList<>();
    for (SreMatch m; (m = sc.search()) != null; ) {
      out.add(m);
    }
    return out;
  }

  private SreMatch matchAt(SreSubject subject, int pos, int endpos, boolean whole) {
    SreMatcher m = matcher(subject);
    int p = clamp(pos, subject.length());
    int e = clamp(endpos, subject.length());
    m.start = p;
    m.end = e;
    m.statePtr = p;
    m.matchAll = whole;
    return m.run(0, true) ? SreMatch.of(m, p, e) : null;
  }

  private SreMatcher matcher(SreSubject subject) {
    return new SreMatcher(code, latin1Sets, groups, subject);
  }

  /** {@code state_init}'s adjustment of pos and endpos. */
  private static int clamp(int index, int length) {
    return index < 0 ? 0 : Math.min(index, length);
  }
}
