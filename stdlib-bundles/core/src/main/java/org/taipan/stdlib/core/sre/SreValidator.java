package org.taipan.stdlib.core.sre;

import static org.taipan.stdlib.core.sre.SreConstants.*;

/**
 * Checks a code list before the engine accepts it, with the rules of CPython 3.11's
 * {@code _validate} in {@code Modules/_sre/sre.c}: every opcode is known and has its operands,
 * skips stay inside the enclosing construct, sets end in {@code FAILURE}, repeat and assertion
 * bodies end in their closing opcode, the alternatives of a BRANCH all jump to its end, group
 * numbers fit the group count, and the code ends in {@code SUCCESS}. {@code _sre.compile} raises
 * {@code RuntimeError("invalid SRE code")} when this fails, and so a pattern that passes can be
 * run without the engine ever indexing outside the code.
 *
 * <p>Like CPython's, the check relies on the shape {@code re._compiler} gives code: jumps go
 * forward and do not cross. Code words are read as unsigned 32-bit numbers.
 */
final class SreValidator {

  private static final long UNSIGNED = 0xFFFF_FFFFL;

  /** Result of {@link #inner}: the range is valid. */
  private static final int OK = 0;
  /** Result of {@link #inner}: the range is invalid. */
  private static final int BAD = -1;
  /** Result of {@link #inner}: the range is valid and ends with a JUMP. */
  private static final int ENDS_WITH_JUMP = 1;

  private final int[] code;
  private final long groups;
  /** Positions of the sets met: IN-family opcodes, and the start of an INFO block's set. */
  private int[] sets = new int[8];
  private int nsets;

  private SreValidator(int[] code, long groups) {
    this.code = code;
    this.groups = groups;
  }

  /**
   * @param code the code list
   * @param groups the number of capturing groups
   * @return the positions of the sets in the code: of each {@code IN}, {@code IN_IGNORE},
   *     {@code IN_UNI_IGNORE} and {@code IN_LOC_IGNORE} opcode, and of the first item of the
   *     INFO block's set when it has one
   * @throws SreException of kind {@link SreException.Kind#ILLEGAL} when the code is invalid
   */
  static int[] validate(int[] code, long groups) {
    boolean ok;
    SreValidator v = new SreValidator(code, groups);
    try {
      ok = groups >= 0 && groups <= Sre.MAXGROUPS && code.length > 0
          && code[code.length - 1] == SUCCESS
          && v.inner(0, code.length - 1) == OK;
    } catch (ArrayIndexOutOfBoundsException e) {
      ok = false; // only reachable by code that C would read out of bounds
    }
    if (!ok) {
      throw new SreException(SreException.Kind.ILLEGAL, "invalid SRE code");
    }
    return java.util.Arrays.copyOf(v.sets, v.nsets);
  }

  private void noteSet(int position) {
    if (nsets == sets.length) {
      sets = java.util.Arrays.copyOf(sets, nsets * 2);
    }
    sets[nsets++] = position;
  }

  private long word(int at) {
    return code[at] & UNSIGNED;
  }

  /** Cursor over a range; {@code BAD} results are signalled with this exception. */
  private static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Invalid INSTANCE = new Invalid();

    private Invalid() {
      super(null, null, false, false);
    }
  }

  private int at;
  private int end;

  private long next() {
    if (at >= end) {
      throw Invalid.INSTANCE;
    }
    return word(at++);
  }

  /** CPython's GET_SKIP_ADJ: a skip that must not leave the range. */
  private long skip(int adjust) {
    if (at >= end) {
      throw Invalid.INSTANCE;
    }
    long skip = word(at);
    long room = end - at;
    // Unsigned arithmetic, as in C: a skip smaller than the adjustment wraps around.
    if (Long.compareUnsigned((skip - adjust) & UNSIGNED, room) > 0) {
      throw Invalid.INSTANCE;
    }
    at++;
    return skip;
  }

  private int inner(int from, int to) {
    int savedAt = at;
    int savedEnd = end;
    try {
      return innerChecked(from, to);
    } catch (Invalid e) {
      return BAD;
    } finally {
      at = savedAt;
      end = savedEnd;
    }
  }

  private int innerChecked(int from, int to) {
    at = from;
    end = to;
    if (at > end) {
      return BAD;
    }
    while (at < end) {
      int opAt = at;
      long op = next();
      switch ((int) op) {
        case MARK:
          if (next() > 2 * groups + 1) {
            return BAD;
          }
          break;
        case LITERAL:
        case NOT_LITERAL:
        case LITERAL_IGNORE:
        case NOT_LITERAL_IGNORE:
        case LITERAL_UNI_IGNORE:
        case NOT_LITERAL_UNI_IGNORE:
        case LITERAL_LOC_IGNORE:
        case NOT_LITERAL_LOC_IGNORE:
          next();
          break;
        case SUCCESS:
        case FAILURE:
        case ANY:
        case ANY_ALL:
          break;
        case AT:
          if (next() > AT_UNI_NON_BOUNDARY) {
            return BAD;
          }
          break;
        case IN:
        case IN_IGNORE:
        case IN_UNI_IGNORE:
        case IN_LOC_IGNORE: {
          long skip = skip(0);
          int setEnd = (int) (at + skip - 2);
          if (!charset(at, setEnd) || code[setEnd] != FAILURE) {
            return BAD;
          }
          noteSet(opAt);
          at += (int) skip - 1;
          break;
        }
        case INFO:
          if (!info()) {
            return BAD;
          }
          break;
        case BRANCH:
          if (!branch()) {
            return BAD;
          }
          break;
        case REPEAT_ONE:
        case MIN_REPEAT_ONE:
        case POSSESSIVE_REPEAT_ONE:
        case REPEAT:
        case POSSESSIVE_REPEAT: {
          long skip = skip(0);
          long min = next();
          long max = next();
          if (min > max) {
            return BAD;
          }
          boolean single = op != REPEAT && op != POSSESSIVE_REPEAT;
          int bodyEnd = (int) (at + skip - (single ? 4 : 3));
          if (inner(at, bodyEnd) != OK) {
            return BAD;
          }
          at = bodyEnd;
          long close = next();
          if (op == REPEAT ? close != MAX_UNTIL && close != MIN_UNTIL : close != SUCCESS) {
            return BAD;
          }
          break;
        }
        case ATOMIC_GROUP: {
          long skip = skip(0);
          int bodyEnd = (int) (at + skip - 2);
          if (inner(at, bodyEnd) != OK) {
            return BAD;
          }
          at = bodyEnd;
          if (next() != SUCCESS) {
            return BAD;
          }
          break;
        }
        case GROUPREF:
        case GROUPREF_IGNORE:
        case GROUPREF_UNI_IGNORE:
        case GROUPREF_LOC_IGNORE:
          if (next() >= groups) {
            return BAD;
          }
          break;
        case GROUPREF_EXISTS:
          if (!groupExists()) {
            return BAD;
          }
          break;
        case ASSERT:
        case ASSERT_NOT: {
          long skip = skip(0);
          long back = next();
          at--;
          if ((back & 0x8000_0000L) != 0) {
            return BAD; // look-behind width too large
          }
          int bodyEnd = (int) (at + skip - 2);
          if (inner(at + 1, bodyEnd) != OK) {
            return BAD;
          }
          at = bodyEnd;
          if (next() != SUCCESS) {
            return BAD;
          }
          break;
        }
        case JUMP:
          // Only as the last opcode of the "then" part of a GROUPREF_EXISTS.
          return at + 1 == end ? ENDS_WITH_JUMP : BAD;
        default:
          return BAD;
      }
    }
    return OK;
  }

  private boolean info() {
    long skip = skip(0);
    int newEnd = (int) (at + skip - 1);
    long flags = next();
    next();
    next();
    if ((flags & ~(long) (SRE_INFO_PREFIX | SRE_INFO_LITERAL | SRE_INFO_CHARSET)) != 0
        || ((flags & SRE_INFO_PREFIX) != 0 && (flags & SRE_INFO_CHARSET) != 0)
        || ((flags & SRE_INFO_LITERAL) != 0 && (flags & SRE_INFO_PREFIX) == 0)) {
      return false;
    }
    if ((flags & SRE_INFO_PREFIX) != 0) {
      long prefixLen = next();
      next();
      if (Long.compareUnsigned(prefixLen, (newEnd - at) & UNSIGNED) > 0) {
        return false;
      }
      at += (int) prefixLen;
      if (Long.compareUnsigned(prefixLen, (newEnd - at) & UNSIGNED) > 0) {
        return false;
      }
      for (int i = 0; i < prefixLen; i++) {
        if (word(at + i) >= prefixLen) {
          return false;
        }
      }
      at += (int) prefixLen;
    }
    if ((flags & SRE_INFO_CHARSET) != 0) {
      if (!charset(at, newEnd - 1) || code[newEnd - 1] != FAILURE) {
        return false;
      }
      noteSet(at);
      at = newEnd;
    } else if (at != newEnd) {
      return false;
    }
    return true;
  }

  private boolean branch() {
    int target = -1;
    for (;;) {
      long skip = skip(0);
      if (skip == 0) {
        break;
      }
      int altEnd = (int) (at + skip - 3);
      if (inner(at, altEnd) != OK) {
        return false;
      }
      at = altEnd;
      if (next() != JUMP) {
        return false;
      }
      long jump = skip(0);
      int t = (int) (at + jump - 1);
      if (target == -1) {
        target = t;
      } else if (t != target) {
        return false;
      }
    }
    return at == target;
  }

  private boolean groupExists() {
    if (next() >= groups) {
      return false;
    }
    long skip = skip(1);
    at--; // the skip counts from the group number
    int rc = inner(at + 1, (int) (at + skip - 1));
    if (rc == ENDS_WITH_JUMP) {
      at += (int) skip - 2; // at the JUMP's skip
      long skipNo = skip(0);
      rc = inner(at, (int) (at + skipNo - 1));
      skip = skipNo;
    }
    if (rc != OK) {
      return false;
    }
    at += (int) skip - 1;
    return true;
  }

  /** {@code _validate_charset}: the items of a set, up to {@code to} (exclusive). */
  private boolean charset(int from, int to) {
    int savedAt = at;
    int savedEnd = end;
    at = from;
    end = to;
    try {
      while (at < end) {
        switch ((int) next()) {
          case NEGATE:
            break;
          case LITERAL:
            next();
            break;
          case RANGE:
          case RANGE_UNI_IGNORE:
            next();
            next();
            break;
          case CHARSET:
            if (8 > end - at) {
              return false;
            }
            at += 8;
            break;
          case BIGCHARSET: {
            long blocks = next();
            if (64 > end - at) {
              return false;
            }
            for (int i = 0; i < 256; i++) {
              if (((code[at + (i >> 2)] >>> ((i & 3) << 3)) & 0xFF) >= blocks) {
                return false;
              }
            }
            at += 64;
            // A 32-bit product, as in C: it wraps around for absurd block counts.
            long words = (blocks * 8) & UNSIGNED;
            if (words > end - at) {
              return false;
            }
            at += (int) words;
            break;
          }
          case CATEGORY:
            if (next() > CATEGORY_UNI_NOT_LINEBREAK) {
              return false;
            }
            break;
          default:
            return false;
        }
      }
      return true;
    } catch (Invalid e) {
      return false;
    } finally {
      at = savedAt;
      end = savedEnd;
    }
  }
}
