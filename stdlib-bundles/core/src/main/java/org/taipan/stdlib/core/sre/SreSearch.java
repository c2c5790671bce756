package org.taipan.stdlib.core.sre;

import static org.taipan.stdlib.core.sre.SreConstants.AT;
import static org.taipan.stdlib.core.sre.SreConstants.AT_BEGINNING;
import static org.taipan.stdlib.core.sre.SreConstants.AT_BEGINNING_STRING;
import static org.taipan.stdlib.core.sre.SreConstants.INFO;
import static org.taipan.stdlib.core.sre.SreConstants.SRE_INFO_CHARSET;
import static org.taipan.stdlib.core.sre.SreConstants.SRE_INFO_LITERAL;
import static org.taipan.stdlib.core.sre.SreConstants.SRE_INFO_PREFIX;

/**
 * The search loop: finds the first position from {@code start} at which the pattern matches,
 * using the INFO block's hints. It mirrors {@code SRE(search)} of CPython's
 * {@code Modules/_sre/sre_lib.h}:
 * <ul>
 *   <li>a literal prefix is found by scanning for its first character, or with the prefix's
 *       overlap table (a Knuth-Morris-Pratt failure function) when it is longer, and matching
 *       resumes after the part of the prefix that precedes the first group;
 *   <li>a set of possible first characters skips positions that cannot start a match;
 *   <li>otherwise every position is tried, and a pattern anchored at the beginning is tried
 *       once.
 * </ul>
 * Only the first attempt of the general case is "top level" (subject to the must-advance rule
 * of iteration); later attempts start further on, and prefix and charset searches only find
 * non-empty matches.
 */
final class SreSearch {

  private SreSearch() {}

  private static final long UNSIGNED = 0xFFFF_FFFFL;

  /**
   * Searches from {@code m.start}. On success {@code m.start} and {@code m.statePtr} bound the
   * match and the marks hold the groups.
   *
   * @param m a matcher whose window and flags are set and whose captures are reset
   * @return whether a match was found
   */
  static boolean search(SreMatcher m) {
    final int[] code = m.code;
    int ptr = m.start;
    int end = m.end;
    if (ptr > end) {
      return false;
    }
    int pc = 0;
    int flags = 0;
    int prefixLen = 0;
    int prefixSkip = 0;
    int prefix = -1;
    int overlap = -1;
    int charset = -1;
    if (code[0] == INFO) {
      flags = code[2];
      long min = code[3] & UNSIGNED;
      if (min != 0 && end - ptr < min) {
        return false;
      }
      if (min > 1) {
        // Leave room for the shortest match (but at least one position to try).
        end -= (int) (min - 1);
        if (end <= ptr) {
          end = ptr;
        }
      }
      if ((flags & SRE_INFO_PREFIX) != 0) {
        prefixLen = code[5];
        prefixSkip = code[6];
        prefix = 7;
        overlap = prefix + prefixLen - 1;
      } else if ((flags & SRE_INFO_CHARSET) != 0) {
        charset = 5;
      }
      pc = 1 + code[1];
    }

    if (prefixLen == 1) {
      return searchFirstCharacter(m, pc, ptr, code[prefix], prefixSkip, flags);
    }
    if (prefixLen > 1) {
      return searchPrefix(m, pc, ptr, prefix, prefixLen, prefixSkip, overlap, flags);
    }
    if (charset >= 0) {
      end = m.end;
      m.mustAdvance = false;
      for (;;) {
        while (ptr < end && !m.inSet(charset, m.ch(ptr))) {
          ptr++;
        }
        if (ptr >= end) {
          return false;
        }
        m.start = ptr;
        m.statePtr = ptr;
        if (m.run(pc, false)) {
          return true;
        }
        ptr++;
        m.resetCapture();
      }
    }

    // General case: try every position.
    m.start = ptr;
    m.statePtr = ptr;
    boolean found = m.run(pc, true);
    m.mustAdvance = false;
    if (!found && code[pc] == AT
        && (code[pc + 1] == AT_BEGINNING || code[pc + 1] == AT_BEGINNING_STRING)) {
      m.start = end;
      m.statePtr = end;
      return false;
    }
    while (!found && ptr < end) {
      ptr++;
      if (!m.mayStartAt(pc, ptr)) {
        continue; // the attempt would fail on its first character
      }
      m.resetCapture();
      m.start = ptr;
      m.statePtr = ptr;
      found = m.run(pc, false);
    }
    return found;
  }

  private static boolean searchFirstCharacter(
      SreMatcher m, int pc, int ptr, int c, int prefixSkip, int flags) {
    final int end = m.end;
    m.mustAdvance = false;
    while (ptr < end) {
      while (m.ch(ptr) != c) {
        if (++ptr >= end) {
          return false;
        }
      }
      m.start = ptr;
      m.statePtr = ptr + prefixSkip;
      if ((flags & SRE_INFO_LITERAL) != 0) {
        return true; // the whole pattern is this literal
      }
      if (m.run(pc + 2 * prefixSkip, false)) {
        return true;
      }
      ++ptr;
      m.resetCapture();
    }
    return false;
  }

  private static boolean searchPrefix(SreMatcher m, int pc, int ptr, int prefix, int prefixLen,
      int prefixSkip, int overlap, int flags) {
    final int[] code = m.code;
    final int end = m.end;
    if (prefixLen > end - ptr) {
      return false;
    }
    final int first = code[prefix];
    while (ptr < end) {
      while (m.ch(ptr++) != first) {
        if (ptr >= end) {
          return false;
        }
      }
      if (ptr >= end) {
        return false;
      }
      int i = 1;
      m.mustAdvance = false;
      do {
        if (m.ch(ptr) == code[prefix + i]) {
          if (++i != prefixLen) {
            if (++ptr >= end) {
              return false;
            }
            continue;
          }
          // The whole prefix ends at ptr.
          m.start = ptr - (prefixLen - 1);
          m.statePtr = ptr - (prefixLen - prefixSkip - 1);
          if ((flags & SRE_INFO_LITERAL) != 0) {
            return true;
          }
          if (m.run(pc + 2 * prefixSkip, false)) {
            return true;
          }
          if (++ptr >= end) {
            return false;
          }
          m.resetCapture();
        }
        i = code[overlap + i];
      } while (i != 0);
    }
    return false;
  }
}
