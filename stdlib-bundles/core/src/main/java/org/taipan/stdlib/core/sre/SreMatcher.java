package org.taipan.stdlib.core.sre;

import static org.taipan.stdlib.core.sre.SreConstants.*;

import java.util.Arrays;

/**
 * The matching engine: runs a compiled code list against a subject from one position, with
 * CPython 3.11's semantics. It mirrors {@code SRE(match)} and {@code SRE(count)} of
 * {@code Modules/_sre/sre_lib.h} together with the matching part of {@code SRE_STATE}
 * ({@code Modules/_sre/sre.h}); {@link SreSearch} builds the search loop on it.
 *
 * <h2>No Java recursion</h2>
 * Backtracking never recurses in Java. Where the C engine "calls itself" (its {@code DO_JUMP}
 * macro), this engine pushes a fixed-size frame on an {@code int[]} frame stack, records which
 * continuation to resume ({@code JUMP_*}), and enters the sub-pattern from the main loop of
 * {@link #run}. Saved capture marks and the zero-width guards of repeats go on a second
 * {@code int[]} stack, and the records of open {@code REPEAT}s on a third, all strictly LIFO, so
 * nothing is allocated per character and the depth of a match is bounded by the heap, not by the
 * thread's stack. Java recursion happens only where the code list nests ({@link #count} running a
 * single-character item through {@link #run}), so its depth depends on the pattern, never on the
 * subject.
 *
 * <h2>Registers</h2>
 * {@link #pc} and {@link #ptr} are the current frame's instruction and text positions (the C
 * locals {@code pattern} and {@code ptr}); {@link #statePtr} is {@code state->ptr}, the position
 * passed into and out of a sub-match. Positions are indices into the subject; "no position" (the C
 * {@code NULL}) is {@link #NO_PTR} in marks and repeat guards, and -1 in {@link #mark}.
 *
 * <p>An instance serves one subject; {@link SrePattern} and {@link SreScanner} set the window
 * ({@link #start}, {@link #end}) and the mode flags, then call {@link #run} or {@link SreSearch}.
 * It is not thread-safe.
 */
final class SreMatcher {

  /** Outcome of an operation on the current frame: descend into a freshly pushed frame. */
  private static final int ENTER = 0;
  /** Outcome: keep executing the current frame at {@link #pc} / {@link #ptr}. */
  private static final int CONTINUE = 1;
  /** Outcome: the current frame matched ({@code RETURN_SUCCESS}). */
  private static final int SUCCEEDED = 2;
  /** Outcome: the current frame failed ({@code RETURN_FAILURE}). */
  private static final int FAILED = 3;

  // Continuations: where a frame resumes when its child frame returns (sre_lib.h's JUMP_*).
  private static final int JUMP_NONE = 0;
  private static final int JUMP_MAX_UNTIL_1 = 1;
  private static final int JUMP_MAX_UNTIL_2 = 2;
  private static final int JUMP_MAX_UNTIL_3 = 3;
  private static final int JUMP_MIN_UNTIL_1 = 4;
  private static final int JUMP_MIN_UNTIL_2 = 5;
  private static final int JUMP_MIN_UNTIL_3 = 6;
  private static final int JUMP_REPEAT = 7;
  private static final int JUMP_REPEAT_ONE_1 = 8;
  private static final int JUMP_REPEAT_ONE_2 = 9;
  private static final int JUMP_MIN_REPEAT_ONE = 10;
  private static final int JUMP_BRANCH = 11;
  private static final int JUMP_ASSERT = 12;
  private static final int JUMP_ASSERT_NOT = 13;
  private static final int JUMP_POSS_REPEAT_1 = 14;
  private static final int JUMP_POSS_REPEAT_2 = 15;
  private static final int JUMP_ATOMIC_GROUP = 16;

  // Layout of a frame (the C match_context) on the frame stack.
  private static final int F_PC = 0;
  private static final int F_PTR = 1;
  private static final int F_COUNT = 2;
  private static final int F_LASTMARK = 3;
  private static final int F_LASTINDEX = 4;
  /** The repeat record, or the literal that a REPEAT_ONE tail starts with. */
  private static final int F_U = 5;
  /** Continuation number, plus the bits below. */
  private static final int F_FLAGS = 6;
  private static final int FRAME = 7;

  private static final int JUMP_MASK = 0xFF;
  /** The frame belongs to the top level (SUCCESS checks fullmatch and must-advance). */
  private static final int TOPLEVEL = 1 << 8;
  /** The frame pushed the capture marks on the save stack and must pop them. */
  private static final int PUSHED = 1 << 9;

  /**
   * How often to look for an interrupt: every 4096 frames, as CPython checks for signals every
   * 4096 opcodes. Work between frames is bounded by the subject length, so this is enough to
   * stop runaway backtracking promptly.
   */
  private static final int INTERRUPT_POLL_MASK = 0xFFF;

  /** "No position", the C engine's NULL pointer, for repeat guards. */
  static final int NO_PTR = Integer.MIN_VALUE;

  private static final long UNSIGNED = 0xFFFF_FFFFL;

  final int[] code;
  /** Bit maps of the sets for U+0000..U+00FF, by code position ({@link SreLatin1Sets}). */
  private final long[][] latin1Sets;
  final int groups;

  // The subject, unpacked from SreSubject so the hot loops read fields of this object.
  private final int kind;
  private final String string;
  private final int[] codePoints;
  private final byte[] bytes;
  final int length;

  /** Where the current attempt starts ({@code state->start}). */
  int start;
  /** The end of the window ({@code state->end}, from endpos). */
  int end;
  /** {@code state->ptr}: the position handed into and out of a (sub-)match. */
  int statePtr;
  /** Fullmatch mode: a top-level SUCCESS must be at {@link #end}. */
  boolean matchAll;
  /** After an empty match, a top-level SUCCESS must not be at {@link #start}. */
  boolean mustAdvance;

  /** Capture marks: {@code mark[2g]} and {@code mark[2g+1]} bound group g+1; -1 if unset. */
  final int[] mark;
  /** Highest valid index of {@link #mark}, or -1. */
  int lastmark = -1;
  /** The last group closed, or -1 ({@code Match.lastindex}). */
  int lastindex = -1;

  // Records of the REPEATs being matched (CPython's SRE_REPEAT, linked by prev).
  private int repeat = -1;
  private int repTop;
  private int[] repCount = new int[4];
  private int[] repPc = new int[4];
  private int[] repLastPtr = new int[4];
  private int[] repPrev = new int[4];

  private int[] frames = new int[FRAME * 16];
  /** Base of the current frame; -FRAME when no match runs. */
  private int fp = -FRAME;

  private int[] saves = new int[16];
  private int sp;

  /** Frames pushed so far, for the interrupt poll. */
  private int steps;

  /** Instruction index of the current frame. */
  private int pc;
  /** Text position of the current frame. */
  private int ptr;

  SreMatcher(int[] code, long[][] latin1Sets, int groups, SreSubject subject) {
    this.code = code;
    this.latin1Sets = latin1Sets;
    this.groups = groups;
    this.kind = subject.kind;
    this.string = subject.string;
    this.codePoints = subject.codePoints;
    this.bytes = subject.bytes;
    this.length = subject.length;
    // The validator admits marks up to 2 * groups + 1, as CPython 3.11's does.
    this.mark = new int[2 * groups + 2];
  }

  /** The code point or byte at {@code i}. */
  int ch(int i) {
    switch (kind) {
      case SreSubject.STRING:
        return string.charAt(i);
      case SreSubject.CODE_POINTS:
        return codePoints[i];
      default:
        return bytes[i] & 0xFF;
    }
  }

  /**
   * The answer of the IN-family opcode at {@code op} (or of the INFO set starting there) for the
   * raw character {@code c}, case folding included.
   */
  boolean inSet(int op, int c) {
    if (c < 256) {
      return (latin1Sets[op][c >>> 6] & (1L << c)) != 0;
    }
    switch (code[op]) {
      case IN:
        return SreCharset.contains(code, op + 2, c);
      case IN_IGNORE:
        return SreCharset.contains(code, op + 2, SreChars.lowerAscii(c));
      case IN_UNI_IGNORE:
        return SreCharset.contains(code, op + 2, SreUnicode.toLower(c));
      case IN_LOC_IGNORE:
        return SreCharset.containsLocaleIgnoringCase(code, op + 2, c);
      default:
        return SreCharset.contains(code, op, c);
    }
  }

  /** {@code state_reset}: forget captures and open repeats before a new attempt. */
  void reset() {
    lastmark = -1;
    lastindex = -1;
    repeat = -1;
    repTop = 0;
    sp = 0;
    fp = -FRAME;
  }

  /** {@code RESET_CAPTURE_GROUP}: forget captures between attempts of a search. */
  void resetCapture() {
    lastmark = -1;
    lastindex = -1;
  }

  /**
   * Matches the code starting at {@code startPc} from {@link #statePtr} ({@code SRE(match)}).
   * On success {@link #statePtr} is the end of the match and the marks hold the groups.
   *
   * @param startPc index of the first code word (an INFO block there is honoured and skipped)
   * @param toplevel whether SUCCESS applies the fullmatch and must-advance rules
   * @return whether it matched
   */
  boolean run(int startPc, boolean toplevel) {
    final int base = fp + FRAME;
    pushFrame(JUMP_NONE, toplevel);
    pc = startPc;
    int act = ENTER;
    for (;;) {
      switch (act) {
        case ENTER:
          act = enter();
          break;
        case CONTINUE:
          act = dispatch();
          break;
        default: {
          boolean ok = act == SUCCEEDED;
          int jump = frames[fp + F_FLAGS] & JUMP_MASK;
          fp -= FRAME;
          if (jump == JUMP_NONE) {
            assert fp + FRAME == base;
            return ok;
          }
          pc = frames[fp + F_PC];
          ptr = frames[fp + F_PTR];
          act = resume(jump, ok);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Frames and saved state

  private void pushFrame(int jump, boolean toplevel) {
    if ((++steps & INTERRUPT_POLL_MASK) == 0 && Thread.currentThread().isInterrupted()) {
      throw new SreException(SreException.Kind.INTERRUPTED, "regular expression interrupted");
    }
    fp += FRAME;
    if (fp + FRAME > frames.length) {
      frames = enlarge(frames, grow(frames.length));
    }
    frames[fp + F_FLAGS] = jump | (toplevel ? TOPLEVEL : 0);
  }

  private static int grow(int n) {
    int m = n * 2;
    if (m < 0 || m > Integer.MAX_VALUE - 16) {
      throw outOfMemory();
    }
    return m;
  }

  /**
   * A larger copy of a stack. When the heap cannot provide it, the old stack is still intact,
   * so the failure is reported as {@code MemoryError} (CPython's {@code SRE_ERROR_MEMORY})
   * instead of bringing the runtime down.
   */
  private static int[] enlarge(int[] a, int size) {
    try {
      return Arrays.copyOf(a, size);
    } catch (OutOfMemoryError e) {
      throw outOfMemory();
    }
  }

  private static SreException outOfMemory() {
    return new SreException(SreException.Kind.MEMORY,
        "regular expression backtracking stack exhausted the memory");
  }

  /** {@code DO_JUMP}: save this frame's registers and descend into the code at {@code next}. */
  private int call(int jump, int next, boolean toplevel) {
    frames[fp + F_PC] = pc;
    frames[fp + F_PTR] = ptr;
    pushFrame(jump, toplevel);
    pc = next;
    return ENTER;
  }

  /** Whether a SUCCESS opcode executed in the current frame at {@code p} would succeed. */
  private boolean successAllowed(int p) {
    return !(isTop() && ((matchAll && p != end) || (mustAdvance && p == start)));
  }

  /** {@code DO_JUMP}: the child inherits this frame's top-level status. */
  private int call(int jump, int next) {
    return call(jump, next, isTop());
  }

  private boolean isTop() {
    return (frames[fp + F_FLAGS] & TOPLEVEL) != 0;
  }

  private void lastmarkSave() {
    frames[fp + F_LASTMARK] = lastmark;
    frames[fp + F_LASTINDEX] = lastindex;
  }

  private void lastmarkRestore() {
    lastmark = frames[fp + F_LASTMARK];
    lastindex = frames[fp + F_LASTINDEX];
  }

  /** {@code MARK_PUSH} of the saved lastmark, remembering that it was done. */
  private void markPush() {
    int lm = frames[fp + F_LASTMARK];
    if (lm >= 0) {
      int n = lm + 1;
      ensureSaves(n);
      System.arraycopy(mark, 0, saves, sp, n);
      sp += n;
    }
    frames[fp + F_FLAGS] |= PUSHED;
  }

  /** {@code MARK_PUSH} only while a REPEAT is open ({@code if (state->repeat)}). */
  private void markPushIfRepeat() {
    if (repeat >= 0) {
      markPush();
    } else {
      frames[fp + F_FLAGS] &= ~PUSHED;
    }
  }

  /** {@code MARK_POP}: restore the marks and drop the saved copy. */
  private void markPop() {
    if ((frames[fp + F_FLAGS] & PUSHED) != 0) {
      int lm = frames[fp + F_LASTMARK];
      if (lm >= 0) {
        sp -= lm + 1;
        System.arraycopy(saves, sp, mark, 0, lm + 1);
      }
    }
  }

  /** {@code MARK_POP_KEEP}: restore the marks and keep the saved copy for another try. */
  private void markPopKeep() {
    if ((frames[fp + F_FLAGS] & PUSHED) != 0) {
      int lm = frames[fp + F_LASTMARK];
      if (lm >= 0) {
        System.arraycopy(saves, sp - lm - 1, mark, 0, lm + 1);
      }
    }
  }

  /** {@code MARK_POP_DISCARD}: drop the saved copy. */
  private void markPopDiscard() {
    if ((frames[fp + F_FLAGS] & PUSHED) != 0) {
      int lm = frames[fp + F_LASTMARK];
      if (lm >= 0) {
        sp -= lm + 1;
      }
    }
  }

  private void pushSave(int value) {
    ensureSaves(1);
    saves[sp++] = value;
  }

  private int popSave() {
    return saves[--sp];
  }

  private void ensureSaves(int n) {
    if (sp + n > saves.length) {
      int size = saves.length;
      while (sp + n > size) {
        size = grow(size);
      }
      saves = enlarge(saves, size);
    }
  }

  private int newRepeat() {
    if (repTop == repCount.length) {
      int n = grow(repTop);
      repCount = enlarge(repCount, n);
      repPc = enlarge(repPc, n);
      repLastPtr = enlarge(repLastPtr, n);
      repPrev = enlarge(repPrev, n);
    }
    return repTop++;
  }

  // ---------------------------------------------------------------------------------------------
  // Straight-line execution

  /** The entrance of a frame: start from {@link #statePtr}, honour and skip an INFO block. */
  private int enter() {
    ptr = statePtr;
    if (code[pc] == INFO) {
      long min = code[pc + 3] & UNSIGNED;
      long available = (long) end - ptr;
      // The C engine compares as unsigned: a negative room (pos > endpos) never rejects.
      if (min != 0 && available >= 0 && available < min) {
        return FAILED;
      }
      pc += code[pc + 1] + 1;
    }
    return dispatch();
  }

  /**
   * Executes opcodes of the current frame until one of them needs a child frame or the frame
   * returns. Single-character opcodes run here on local registers.
   */
  private int dispatch() {
    final int[] code = this.code;
    final int end = this.end;
    int pc = this.pc;
    int ptr = this.ptr;
    for (;;) {
      int op = code[pc++];
      switch (op) {
        case MARK: {
          int i = code[pc];
          if (i < 0 || i >= mark.length) {
            throw illegal(pc - 1);
          }
          if ((i & 1) != 0) {
            lastindex = i / 2 + 1;
          }
          if (i > lastmark) {
            // Marks between the old and new lastmark were never set in this attempt.
            for (int j = lastmark + 1; j < i; j++) {
              mark[j] = -1;
            }
            lastmark = i;
          }
          mark[i] = ptr;
          pc++;
          continue;
        }
        case LITERAL:
          if (ptr >= end || ch(ptr) != code[pc]) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case NOT_LITERAL:
          if (ptr >= end || ch(ptr) == code[pc]) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case SUCCESS:
          if (isTop() && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) {
            return FAILED;
          }
          statePtr = ptr;
          return SUCCEEDED;
        case AT:
          if (!at(ptr, code[pc])) {
            return FAILED;
          }
          pc++;
          continue;
        case CATEGORY:
          if (ptr >= end || !SreChars.category(code[pc], ch(ptr))) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case ANY:
          if (ptr >= end || ch(ptr) == '\n') {
            return FAILED;
          }
          ptr++;
          continue;
        case ANY_ALL:
          if (ptr >= end) {
            return FAILED;
          }
          ptr++;
          continue;
        case IN:
          if (ptr >= end || !inSet(pc - 1, ch(ptr))) {
            return FAILED;
          }
          pc += code[pc];
          ptr++;
          continue;
        case LITERAL_IGNORE:
          if (ptr >= end || SreChars.lowerAscii(ch(ptr)) != code[pc]) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case LITERAL_UNI_IGNORE:
          if (ptr >= end || SreUnicode.toLower(ch(ptr)) != code[pc]) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case LITERAL_LOC_IGNORE:
          if (ptr >= end || !SreChars.charLocIgnore(code[pc], ch(ptr))) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case NOT_LITERAL_IGNORE:
          if (ptr >= end || SreChars.lowerAscii(ch(ptr)) == code[pc]) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case NOT_LITERAL_UNI_IGNORE:
          if (ptr >= end || SreUnicode.toLower(ch(ptr)) == code[pc]) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case NOT_LITERAL_LOC_IGNORE:
          if (ptr >= end || SreChars.charLocIgnore(code[pc], ch(ptr))) {
            return FAILED;
          }
          pc++;
          ptr++;
          continue;
        case IN_IGNORE:
          if (ptr >= end || !inSet(pc - 1, ch(ptr))) {
            return FAILED;
          }
          pc += code[pc];
          ptr++;
          continue;
        case IN_UNI_IGNORE:
          if (ptr >= end || !inSet(pc - 1, ch(ptr))) {
            return FAILED;
          }
          pc += code[pc];
          ptr++;
          continue;
        case IN_LOC_IGNORE:
          if (ptr >= end || !inSet(pc - 1, ch(ptr))) {
            return FAILED;
          }
          pc += code[pc];
          ptr++;
          continue;
        case JUMP:
        case INFO:
          pc += code[pc];
          continue;
        case GROUPREF:
        case GROUPREF_IGNORE:
        case GROUPREF_UNI_IGNORE:
        case GROUPREF_LOC_IGNORE:
          ptr = groupref(op, code[pc], ptr);
          if (ptr < 0) {
            return FAILED;
          }
          pc++;
          continue;
        case GROUPREF_EXISTS:
          if (groupIsSet(code[pc])) {
            pc += 2;
          } else {
            pc += code[pc + 1];
          }
          continue;
        case FAILURE:
          return FAILED;
        default: {
          // Opcodes that may descend into a child frame.
          this.pc = pc;
          this.ptr = ptr;
          int act = complex(op);
          if (act != CONTINUE) {
            return act;
          }
          pc = this.pc;
          ptr = this.ptr;
        }
      }
    }
  }

  private SreException illegal(int at) {
    return new SreException(SreException.Kind.ILLEGAL,
        "invalid SRE code: " + SreConstants.opcodeName(code[at]) + " at " + at);
  }

  /** {@code SRE(at)}: whether the position {@code p} satisfies the AT code. */
  private boolean at(int p, int atCode) {
    switch (atCode) {
      case AT_BEGINNING:
      case AT_BEGINNING_STRING:
        return p == 0;
      case AT_BEGINNING_LINE:
        return p == 0 || ch(p - 1) == '\n';
      case AT_END:
        return (end - p == 1 && ch(p) == '\n') || p == end;
      case AT_END_LINE:
        return p == end || (p < length && ch(p) == '\n');
      case AT_END_STRING:
        return p == end;
      case AT_BOUNDARY:
      case AT_NON_BOUNDARY:
      case AT_LOC_BOUNDARY:
      case AT_LOC_NON_BOUNDARY:
      case AT_UNI_BOUNDARY:
      case AT_UNI_NON_BOUNDARY: {
        if (end == 0) {
          return false;
        }
        boolean before = p > 0 && isWordFor(atCode, ch(p - 1));
        boolean here = p < end && isWordFor(atCode, ch(p));
        boolean boundary = atCode == AT_BOUNDARY || atCode == AT_LOC_BOUNDARY
            || atCode == AT_UNI_BOUNDARY;
        return boundary ? before != here : before == here;
      }
      default:
        return false;
    }
  }

  private static boolean isWordFor(int atCode, int c) {
    switch (atCode) {
      case AT_BOUNDARY:
      case AT_NON_BOUNDARY:
        return SreChars.isAsciiWord(c);
      case AT_LOC_BOUNDARY:
      case AT_LOC_NON_BOUNDARY:
        return SreChars.isLocaleWord(c);
      default:
        return SreUnicode.isWord(c);
    }
  }

  /** Whether group {@code g} (0-based) has both ends set, as GROUPREF_EXISTS tests it. */
  private boolean groupIsSet(int g) {
    long i = 2L * g;
    if (i >= lastmark) {
      return false;
    }
    int p = mark[(int) i];
    int e = mark[(int) i + 1];
    return p >= 0 && e >= 0 && e >= p;
  }

  /**
   * Matches a back reference to group {@code g} (0-based) at {@code p}.
   *
   * @return the position after it, or -1 when it does not match
   */
  private int groupref(int op, int g, int p) {
    if (!groupIsSet(g)) {
      return -1;
    }
    int s = mark[2 * g];
    int e = mark[2 * g + 1];
    int n = e - s;
    if (p > end - n) {
      // Too little text left; the C loop fails at the end in the same way.
      return -1;
    }
    for (int k = 0; k < n; k++) {
      int a = ch(p + k);
      int b = ch(s + k);
      if (a == b) {
        continue;
      }
      switch (op) {
        case GROUPREF:
          return -1;
        case GROUPREF_IGNORE:
          if (SreChars.lowerAscii(a) != SreChars.lowerAscii(b)) {
            return -1;
          }
          break;
        case GROUPREF_UNI_IGNORE:
          if (SreUnicode.toLower(a) != SreUnicode.toLower(b)) {
            return -1;
          }
          break;
        default:
          if (SreChars.lowerLocale(a) != SreChars.lowerLocale(b)) {
            return -1;
          }
      }
    }
    return p + n;
  }

  // ---------------------------------------------------------------------------------------------
  // Opcodes with continuations. On entry pc points just after the opcode.

  private int complex(int op) {
    switch (op) {
      case BRANCH:
        lastmarkSave();
        markPushIfRepeat();
        return branchNext();
      case REPEAT_ONE:
        return repeatOne();
      case MIN_REPEAT_ONE:
        return minRepeatOne();
      case POSSESSIVE_REPEAT_ONE:
        return possessiveRepeatOne();
      case REPEAT:
        return repeat();
      case MAX_UNTIL:
        return maxUntil();
      case MIN_UNTIL:
        return minUntil();
      case POSSESSIVE_REPEAT:
        statePtr = ptr;
        frames[fp + F_COUNT] = 0;
        return possessiveMinimum();
      case ATOMIC_GROUP:
        statePtr = ptr;
        return call(JUMP_ATOMIC_GROUP, pc + 1, false);
      case ASSERT: {
        long back = code[pc + 1] & UNSIGNED;
        if (ptr < back) {
          return FAILED;
        }
        statePtr = ptr - (int) back;
        return call(JUMP_ASSERT, pc + 2, false);
      }
      case ASSERT_NOT: {
        long back = code[pc + 1] & UNSIGNED;
        if (ptr >= back) {
          statePtr = ptr - (int) back;
          lastmarkSave();
          markPushIfRepeat();
          return call(JUMP_ASSERT_NOT, pc + 2, false);
        }
        pc += code[pc];
        return CONTINUE;
      }
      default:
        // SUBPATTERN, RANGE, NEGATE, CHARSET, ... are not opcodes of the matcher itself.
        throw illegal(pc - 1);
    }
  }

  /** Resumes the current frame after its child returned {@code ok}. */
  private int resume(int jump, boolean ok) {
    switch (jump) {
      case JUMP_BRANCH:
        if (ok) {
          markPopDiscard();
          return SUCCEEDED;
        }
        markPopKeep();
        lastmarkRestore();
        pc += code[pc];
        return branchNext();
      case JUMP_REPEAT_ONE_1:
      case JUMP_REPEAT_ONE_2:
        if (ok) {
          markPopDiscard();
          return SUCCEEDED;
        }
        markPopKeep();
        lastmarkRestore();
        ptr--;
        frames[fp + F_COUNT]--;
        return jump == JUMP_REPEAT_ONE_1 ? repeatOneLiteralNext() : repeatOneNext();
      case JUMP_MIN_REPEAT_ONE:
        return minRepeatOneResume(ok);
      case JUMP_REPEAT: {
        int rep = frames[fp + F_U];
        repeat = repPrev[rep];
        repTop--;
        assert repTop == rep;
        return ok ? SUCCEEDED : FAILED;
      }
      case JUMP_MAX_UNTIL_1:
      case JUMP_MIN_UNTIL_1:
        if (ok) {
          return SUCCEEDED;
        }
        repCount[frames[fp + F_U]] = frames[fp + F_COUNT] - 1;
        statePtr = ptr;
        return FAILED;
      case JUMP_MAX_UNTIL_2: {
        int rep = frames[fp + F_U];
        repLastPtr[rep] = popSave();
        if (ok) {
          markPopDiscard();
          return SUCCEEDED;
        }
        markPop();
        lastmarkRestore();
        repCount[rep] = frames[fp + F_COUNT] - 1;
        statePtr = ptr;
        repeat = repPrev[rep];
        return call(JUMP_MAX_UNTIL_3, pc);
      }
      case JUMP_MAX_UNTIL_3:
        repeat = frames[fp + F_U];
        if (ok) {
          return SUCCEEDED;
        }
        statePtr = ptr;
        return FAILED;
      case JUMP_MIN_UNTIL_2:
        return minUntilResume(ok);
      case JUMP_MIN_UNTIL_3: {
        int rep = frames[fp + F_U];
        repLastPtr[rep] = popSave();
        if (ok) {
          return SUCCEEDED;
        }
        repCount[rep] = frames[fp + F_COUNT] - 1;
        statePtr = ptr;
        return FAILED;
      }
      case JUMP_POSS_REPEAT_1:
        if (ok) {
          frames[fp + F_COUNT]++;
          return possessiveMinimum();
        }
        statePtr = ptr;
        return FAILED;
      case JUMP_POSS_REPEAT_2:
        if (ok) {
          markPopDiscard();
          frames[fp + F_COUNT]++;
          return possessiveMore();
        }
        markPop();
        lastmarkRestore();
        // CPython 3.11.3 does not reset state->ptr here (later versions do): the tail starts
        // wherever the failed iteration left it. The oracle is the specification.
        return possessiveTail();
      case JUMP_ATOMIC_GROUP:
        if (!ok) {
          statePtr = ptr;
          return FAILED;
        }
        pc += code[pc];
        ptr = statePtr;
        return CONTINUE;
      case JUMP_ASSERT:
        if (!ok) {
          return FAILED;
        }
        pc += code[pc];
        return CONTINUE;
      case JUMP_ASSERT_NOT:
        if (ok) {
          markPopDiscard();
          return FAILED;
        }
        markPop();
        lastmarkRestore();
        pc += code[pc];
        return CONTINUE;
      default:
        throw new SreException(SreException.Kind.STATE, "bad continuation " + jump);
    }
  }

  /** BRANCH: try the alternative at {@link #pc} and the ones after it. */
  private int branchNext() {
    final int[] code = this.code;
    for (; code[pc] != 0; pc += code[pc]) {
      int first = code[pc + 1];
      // Skip alternatives whose first character cannot match.
      if (first == LITERAL && (ptr >= end || ch(ptr) != code[pc + 2])) {
        continue;
      }
      if (first == IN && (ptr >= end || !inSet(pc + 1, ch(ptr)))) {
        continue;
      }
      statePtr = ptr;
      return call(JUMP_BRANCH, pc + 1);
    }
    markPopDiscard();
    return FAILED;
  }

  /** REPEAT_ONE: greedy repeat of a single-character item; pc points at the skip word. */
  private int repeatOne() {
    long min = code[pc + 1] & UNSIGNED;
    if (min > (long) end - ptr) {
      return FAILED;
    }
    statePtr = ptr;
    int count = count(pc + 3, code[pc + 2] & UNSIGNED);
    ptr += count;
    if (count < min) {
      return FAILED;
    }
    int tail = pc + code[pc];
    if (code[tail] == SUCCESS && successAllowed(ptr)) {
      // The tail is a bare SUCCESS that accepts here: the C engine reaches the same result
      // through one more frame (or directly, when ptr is at the end).
      statePtr = ptr;
      return SUCCEEDED;
    }
    lastmarkSave();
    markPushIfRepeat();
    frames[fp + F_COUNT] = count;
    if (code[tail] == LITERAL) {
      frames[fp + F_U] = code[tail + 1];
      return repeatOneLiteralNext();
    }
    return repeatOneNext();
  }

  /** REPEAT_ONE with a literal tail: give back characters until the literal follows. */
  private int repeatOneLiteralNext() {
    long min = code[pc + 1] & UNSIGNED;
    int count = frames[fp + F_COUNT];
    int literal = frames[fp + F_U];
    while (count >= min && (ptr >= end || ch(ptr) != literal)) {
      ptr--;
      count--;
    }
    frames[fp + F_COUNT] = count;
    if (count < min) {
      markPopDiscard();
      return FAILED;
    }
    statePtr = ptr;
    return call(JUMP_REPEAT_ONE_1, pc + code[pc]);
  }

  /** REPEAT_ONE, general tail: try the tail, giving back one character per failure. */
  private int repeatOneNext() {
    long min = code[pc + 1] & UNSIGNED;
    if (frames[fp + F_COUNT] < min) {
      markPopDiscard();
      return FAILED;
    }
    statePtr = ptr;
    return call(JUMP_REPEAT_ONE_2, pc + code[pc]);
  }

  /** MIN_REPEAT_ONE: lazy repeat of a single-character item; pc points at the skip word. */
  private int minRepeatOne() {
    long min = code[pc + 1] & UNSIGNED;
    if (min > (long) end - ptr) {
      return FAILED;
    }
    statePtr = ptr;
    int count = 0;
    if (min != 0) {
      int got = count(pc + 3, min);
      if (got < min) {
        return FAILED;
      }
      count = got;
      ptr += count;
    }
    int tail = pc + code[pc];
    if (code[tail] == SUCCESS
        && !(isTop() && ((matchAll && ptr != end) || (mustAdvance && ptr == start)))) {
      statePtr = ptr;
      return SUCCEEDED;
    }
    lastmarkSave();
    markPushIfRepeat();
    frames[fp + F_COUNT] = count;
    return minRepeatOneNext();
  }

  private int minRepeatOneNext() {
    long max = code[pc + 2] & UNSIGNED;
    int tail = pc + code[pc];
    if (code[tail] == LITERAL) {
      // The tail would fail at once (touching nothing) where its first literal is absent, so
      // take more items until it is present, as the C engine does one failed try at a time.
      int literal = code[tail + 1];
      int count = frames[fp + F_COUNT];
      while (count <= max && (ptr >= end || ch(ptr) != literal)) {
        statePtr = ptr;
        if (count(pc + 3, 1) == 0) {
          markPopDiscard();
          return FAILED;
        }
        ptr++;
        count++;
      }
      frames[fp + F_COUNT] = count;
    }
    if (frames[fp + F_COUNT] <= max) {
      statePtr = ptr;
      return call(JUMP_MIN_REPEAT_ONE, tail);
    }
    markPopDiscard();
    return FAILED;
  }

  private int minRepeatOneResume(boolean ok) {
    if (ok) {
      markPopDiscard();
      return SUCCEEDED;
    }
    markPopKeep();
    lastmarkRestore();
    statePtr = ptr;
    if (count(pc + 3, 1) == 0) {
      markPopDiscard();
      return FAILED;
    }
    ptr++;
    frames[fp + F_COUNT]++;
    return minRepeatOneNext();
  }

  /** POSSESSIVE_REPEAT_ONE: greedy, never gives back; pc points at the skip word. */
  private int possessiveRepeatOne() {
    long min = code[pc + 1] & UNSIGNED;
    if ((long) ptr + min > end) {
      return FAILED;
    }
    statePtr = ptr;
    int count = count(pc + 3, code[pc + 2] & UNSIGNED);
    ptr += count;
    if (count < min) {
      return FAILED;
    }
    pc += code[pc];
    if (code[pc] == SUCCESS && ptr == end && !(isTop() && mustAdvance && ptr == start)) {
      statePtr = ptr;
      return SUCCEEDED;
    }
    return CONTINUE;
  }

  /** REPEAT: open a repeat record and go to its UNTIL opcode; pc points at the skip word. */
  private int repeat() {
    int rep = newRepeat();
    repCount[rep] = -1;
    repPc[rep] = pc;
    repPrev[rep] = repeat;
    repLastPtr[rep] = NO_PTR;
    repeat = rep;
    frames[fp + F_U] = rep;
    statePtr = ptr;
    return call(JUMP_REPEAT, pc + code[pc]);
  }

  /** MAX_UNTIL: one more item if possible, else the tail; pc points at the tail. */
  private int maxUntil() {
    int rep = repeat;
    if (rep < 0) {
      throw new SreException(SreException.Kind.STATE, "MAX_UNTIL outside of a REPEAT");
    }
    statePtr = ptr;
    int count = repCount[rep] + 1;
    frames[fp + F_U] = rep;
    frames[fp + F_COUNT] = count;
    int item = repPc[rep];
    if (count < (code[item + 1] & UNSIGNED)) {
      repCount[rep] = count;
      return call(JUMP_MAX_UNTIL_1, item + 3);
    }
    if (count < (code[item + 2] & UNSIGNED) && statePtr != repLastPtr[rep]) {
      repCount[rep] = count;
      lastmarkSave();
      markPush();
      // Zero-width protection: the next item may not end where this one started.
      pushSave(repLastPtr[rep]);
      repLastPtr[rep] = statePtr;
      return call(JUMP_MAX_UNTIL_2, item + 3);
    }
    repeat = repPrev[rep];
    return call(JUMP_MAX_UNTIL_3, pc);
  }

  /** MIN_UNTIL: the tail if possible, else one more item; pc points at the tail. */
  private int minUntil() {
    int rep = repeat;
    if (rep < 0) {
      throw new SreException(SreException.Kind.STATE, "MIN_UNTIL outside of a REPEAT");
    }
    statePtr = ptr;
    int count = repCount[rep] + 1;
    frames[fp + F_U] = rep;
    frames[fp + F_COUNT] = count;
    int item = repPc[rep];
    if (count < (code[item + 1] & UNSIGNED)) {
      repCount[rep] = count;
      return call(JUMP_MIN_UNTIL_1, item + 3);
    }
    repeat = repPrev[rep];
    lastmarkSave();
    markPushIfRepeat();
    return call(JUMP_MIN_UNTIL_2, pc);
  }

  private int minUntilResume(boolean ok) {
    int rep = frames[fp + F_U];
    repeat = rep;
    if (ok) {
      markPopDiscard();
      return SUCCEEDED;
    }
    markPop();
    lastmarkRestore();
    statePtr = ptr;
    int count = frames[fp + F_COUNT];
    int item = repPc[rep];
    if (count >= (code[item + 2] & UNSIGNED) || statePtr == repLastPtr[rep]) {
      return FAILED;
    }
    repCount[rep] = count;
    pushSave(repLastPtr[rep]);
    repLastPtr[rep] = statePtr;
    return call(JUMP_MIN_UNTIL_3, item + 3);
  }

  /** POSSESSIVE_REPEAT: the required minimum of items, each in a non-top-level frame. */
  private int possessiveMinimum() {
    if (frames[fp + F_COUNT] < (code[pc + 1] & UNSIGNED)) {
      return call(JUMP_POSS_REPEAT_1, pc + 3, false);
    }
    ptr = NO_PTR;
    return possessiveMore();
  }

  /** POSSESSIVE_REPEAT: further items while they match and move forward. */
  private int possessiveMore() {
    if (frames[fp + F_COUNT] < (code[pc + 2] & UNSIGNED) && statePtr != ptr) {
      lastmarkSave();
      markPush();
      ptr = statePtr;
      return call(JUMP_POSS_REPEAT_2, pc + 3, false);
    }
    return possessiveTail();
  }

  private int possessiveTail() {
    pc += code[pc] + 1;
    ptr = statePtr;
    return CONTINUE;
  }

  /**
   * A cheap necessary condition for a match of the code at {@code at} starting at {@code p}:
   * false only when the first character-consuming opcode (after MARKs, or the item of a
   * single-character repeat with a minimum of at least one) cannot match the character at
   * {@code p}. The search loop uses it to skip positions without entering the matcher; a false
   * answer means exactly that the match would fail before changing any state that outlives it.
   */
  boolean mayStartAt(int at, int p) {
    final int[] code = this.code;
    int i = at;
    while (code[i] == MARK) {
      i += 2;
    }
    int op = code[i];
    if (op == REPEAT_ONE || op == MIN_REPEAT_ONE || op == POSSESSIVE_REPEAT_ONE) {
      if (code[i + 2] == 0) {
        return true;
      }
      i += 4;
      op = code[i];
    }
    if (p >= end) {
      switch (op) {
        case LITERAL: case NOT_LITERAL: case ANY: case ANY_ALL: case IN: case IN_IGNORE:
        case IN_UNI_IGNORE: case IN_LOC_IGNORE: case LITERAL_IGNORE: case LITERAL_UNI_IGNORE:
        case LITERAL_LOC_IGNORE: case NOT_LITERAL_IGNORE: case NOT_LITERAL_UNI_IGNORE:
        case NOT_LITERAL_LOC_IGNORE: case CATEGORY:
          return false;
        default:
          return true;
      }
    }
    int c = ch(p);
    switch (op) {
      case LITERAL:
        return c == code[i + 1];
      case NOT_LITERAL:
        return c != code[i + 1];
      case ANY:
        return c != '\n';
      case LITERAL_IGNORE: case LITERAL_UNI_IGNORE: case LITERAL_LOC_IGNORE:
      case NOT_LITERAL_IGNORE: case NOT_LITERAL_UNI_IGNORE: case NOT_LITERAL_LOC_IGNORE:
      case IN: case IN_IGNORE: case IN_UNI_IGNORE: case IN_LOC_IGNORE: case CATEGORY:
        return matchesOne(i, c);
      default:
        return true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Counting repeats of a single-character item

  /**
   * {@code SRE(count)}: how many times, up to {@code maxCount}, the single-character item at
   * {@code item} matches from {@link #statePtr} on.
   */
  int count(int item, long maxCount) {
    final int[] code = this.code;
    final int from = statePtr;
    int p = from;
    int e = end;
    if (maxCount < (long) e - p) {
      e = p + (int) maxCount;
    }
    switch (code[item]) {
      case IN:
        while (p < e && inSet(item, ch(p))) {
          p++;
        }
        break;
      case IN_IGNORE:
      case IN_UNI_IGNORE:
      case IN_LOC_IGNORE:
        // CPython counts these by matching one character at a time, which leaves state->ptr
        // after the last match; the possessive-repeat quirk of 3.11.3 can make that visible.
        while (p < e && inSet(item, ch(p))) {
          p++;
        }
        statePtr = p;
        break;
      case ANY:
        while (p < e && ch(p) != '\n') {
          p++;
        }
        break;
      case ANY_ALL:
        p = Math.max(p, e);
        break;
      case LITERAL: {
        int c = code[item + 1];
        p = countLiteral(p, e, c);
        break;
      }
      case NOT_LITERAL: {
        int c = code[item + 1];
        while (p < e && ch(p) != c) {
          p++;
        }
        break;
      }
      case LITERAL_IGNORE:
      case LITERAL_UNI_IGNORE:
      case LITERAL_LOC_IGNORE:
      case NOT_LITERAL_IGNORE:
      case NOT_LITERAL_UNI_IGNORE:
      case NOT_LITERAL_LOC_IGNORE:
        while (p < e && matchesOne(item, ch(p))) {
          p++;
        }
        break;
      case CATEGORY:
        // Counted one match at a time by CPython too: state->ptr ends after the last one.
        while (p < e && matchesOne(item, ch(p))) {
          p++;
        }
        statePtr = p;
        break;
      default: {
        // Any other item: run it as a sub-pattern, one character at a time.
        int savedPc = pc;
        int savedPtr = ptr;
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        while (statePtr < e) {
          int before = statePtr;
          if (!run(item, false) || statePtr == before) {
            break;
          }
        }
        p = statePtr; // and state->ptr stays after the last match, as in CPython
        pc = savedPc;
        ptr = savedPtr;
        lastmark = savedLastmark;
        lastindex = savedLastindex;
        return p - from;
      }
    }
    return p - from;
  }

  private int countLiteral(int p, int e, int c) {
    switch (kind) {
      case SreSubject.STRING: {
        String s = string;
        while (p < e && s.charAt(p) == c) {
          p++;
        }
        return p;
      }
      case SreSubject.CODE_POINTS: {
        int[] a = codePoints;
        while (p < e && a[p] == c) {
          p++;
        }
        return p;
      }
      default: {
        byte[] b = bytes;
        while (p < e && (b[p] & 0xFF) == c) {
          p++;
        }
        return p;
      }
    }
  }

  /** Whether the single-character item at {@code item} matches {@code c}. */
  private boolean matchesOne(int item, int c) {
    int arg = code[item + 1];
    switch (code[item]) {
      case LITERAL_IGNORE:
        return SreChars.lowerAscii(c) == arg;
      case LITERAL_UNI_IGNORE:
        return SreUnicode.toLower(c) == arg;
      case LITERAL_LOC_IGNORE:
        return SreChars.charLocIgnore(arg, c);
      case NOT_LITERAL_IGNORE:
        return SreChars.lowerAscii(c) != arg;
      case NOT_LITERAL_UNI_IGNORE:
        return SreUnicode.toLower(c) != arg;
      case NOT_LITERAL_LOC_IGNORE:
        return !SreChars.charLocIgnore(arg, c);
      case IN:
      case IN_IGNORE:
      case IN_UNI_IGNORE:
      case IN_LOC_IGNORE:
        return inSet(item, c);
      case CATEGORY:
        return SreChars.category(arg, c);
      default:
        return false;
    }
  }
}
