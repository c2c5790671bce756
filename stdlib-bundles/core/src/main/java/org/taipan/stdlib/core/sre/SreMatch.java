package org.taipan.stdlib.core.sre;

import java.util.Arrays;

/**
 * The result of a successful match: the span of every group, the last group closed, and the
 * window it was found in. It holds what CPython's {@code MatchObject} ({@code Modules/_sre/sre.c},
 * {@code pattern_new_match}) copies out of the engine state; the {@code re.Match} Python type is
 * built on it by the binding.
 *
 * <p>Positions are indices into the subject (code points for {@code str}, bytes for
 * {@code bytes}); an unmatched group has start and end -1.
 */
public final class SreMatch {

  private final int[] spans;
  private final int lastIndex;
  private final int pos;
  private final int endpos;

  SreMatch(int[] spans, int lastIndex, int pos, int endpos) {
    this.spans = spans;
    this.lastIndex = lastIndex;
    this.pos = pos;
    this.endpos = endpos;
  }

  /** Copies the result out of the matcher (after a successful match or search). */
  static SreMatch of(SreMatcher m, int pos, int endpos) {
    int groups = m.groups;
    int[] spans = new int[2 * (groups + 1)];
    spans[0] = m.start;
    spans[1] = m.statePtr;
    for (int g = 0; g < groups; g++) {
      int j = 2 * g;
      if (j + 1 <= m.lastmark && m.mark[j] >= 0 && m.mark[j + 1] >= 0) {
        int s = m.mark[j];
        int e = m.mark[j + 1];
        if (s > e) {
          throw new SreException(SreException.Kind.WRONG_SPAN,
              "The span of capturing group is wrong, please report a bug for the re module.");
        }
        spans[j + 2] = s;
        spans[j + 3] = e;
      } else {
        spans[j + 2] = -1;
        spans[j + 3] = -1;
      }
    }
    return new SreMatch(spans, m.lastindex, pos, endpos);
  }

  /** @return the number of capturing groups (not counting group 0) */
  public int groupCount() {
    return spans.length / 2 - 1;
  }

  /**
   * @param group 0 for the whole match, 1.. for capturing groups
   * @return where the group starts, or -1 if it did not take part
   */
  public int start(int group) {
    return spans[2 * group];
  }

  /**
   * @param group 0 for the whole match, 1.. for capturing groups
   * @return where the group ends, or -1 if it did not take part
   */
  public int end(int group) {
    return spans[2 * group + 1];
  }

  /** @return {@code Match.lastindex}: the number of the last group closed, or -1 for None */
  public int lastIndex() {
    return lastIndex;
  }

  /** @return {@code Match.pos}: the start of the window searched, after clamping */
  public int pos() {
    return pos;
  }

  /** @return {@code Match.endpos}: the end of the window searched, after clamping */
  public int endpos() {
    return endpos;
  }

  /** @return a copy of all spans: start and end of group 0, then of group 1, ... */
  public int[] spans() {
    return spans.clone();
  }

  @Override
  public String toString() {
    return "SreMatch" + Arrays.toString(spans) + " lastindex=" + lastIndex;
  }
}
