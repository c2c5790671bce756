package org.taipan.stdlib.core.sre;

import java.util.Arrays;

/**
 * The Unicode character properties the regular-expression engine relies on, with CPython 3.11's
 * definitions: {@code Objects/unicodectype.c} as {@code Modules/_sre/sre.c} uses it
 * ({@code Py_UNICODE_ISALNUM}, {@code Py_UNICODE_ISDECIMAL}, {@code Py_UNICODE_ISSPACE},
 * {@code Py_UNICODE_ISLINEBREAK}, {@code _PyUnicode_ToLowercase}, {@code _PyUnicode_ToUppercase}).
 *
 * <p>The data come from {@link SreUnicodeData}, generated from the oracle's Unicode 14.0.0
 * database, not from {@link Character}, whose Unicode version follows the JDK. They are unpacked
 * once into a two-level table (a block number per 256 code points, then the record number of
 * each code point of the block, blocks inside a single run being shared), so a lookup is two
 * array loads; Latin-1 has small tables of its own and never builds the big one.
 */
public final class SreUnicode {

  private SreUnicode() {}

  /** Flag bit: {@code str.isalnum()} or the underscore (what {@code \w} matches). */
  static final int WORD = 1;
  /** Flag bit: {@code str.isdecimal()} (what {@code \d} matches). */
  static final int DIGIT = 2;
  /** Flag bit: {@code str.isspace()} (what {@code \s} matches). */
  static final int SPACE = 4;
  /** Flag bit: a line boundary for {@code str.splitlines()}. */
  static final int LINEBREAK = 8;

  private static final int BLOCK_SHIFT = 8;
  private static final int BLOCK_SIZE = 1 << BLOCK_SHIFT;
  private static final int MAX_CODE_POINT = 0x10FFFF;

  private static final int LATIN1_SIZE = 256;

  /** Flags, lower and upper case of U+0000..U+00FF, decoded from a short string. */
  private static final byte[] LATIN1_FLAGS = new byte[LATIN1_SIZE];
  private static final int[] LATIN1_LOWER = new int[LATIN1_SIZE];
  private static final int[] LATIN1_UPPER = new int[LATIN1_SIZE];

  static {
    String alphabet = SreUnicodeData.ALPHABET;
    String data = SreUnicodeData.LATIN1;
    for (int c = 0; c < LATIN1_SIZE; c++) {
      int at = c * 7;
      int flags = 0;
      int lower = 0;
      int upper = 0;
      for (int i = 0; i < 7; i++) {
        int d = alphabet.indexOf(data.charAt(at + i));
        if (i == 0) {
          flags = d;
        } else if (i < 4) {
          lower = (lower << 6) | d;
        } else {
          upper = (upper << 6) | d;
        }
      }
      LATIN1_FLAGS[c] = (byte) flags;
      LATIN1_LOWER[c] = c + lower - SreUnicodeData.DELTA_BIAS;
      LATIN1_UPPER[c] = c + upper - SreUnicodeData.DELTA_BIAS;
    }
  }

  /**
   * The full table, built on first use by a character beyond Latin-1 (the holder idiom keeps
   * Latin-1 work, such as compiling most patterns, from paying for it).
   */
  private static final class Table {

    private Table() {}

    /** Block number of each 256-code-point block. */
    private static final char[] BLOCK_INDEX;
    /** Record number of each code point, block after block. */
    private static final char[] BLOCKS;
    private static final byte[] RECORD_FLAGS;
    private static final int[] RECORD_LOWER;
    private static final int[] RECORD_UPPER;

    static {
      int[] digit = new int[128];
      Arrays.fill(digit, -1);
      String alphabet = SreUnicodeData.ALPHABET;
      for (int i = 0; i < alphabet.length(); i++) {
        digit[alphabet.charAt(i)] = i;
      }
      int nrec = SreUnicodeData.RECORD_COUNT;
      RECORD_FLAGS = new byte[nrec];
      RECORD_LOWER = new int[nrec];
      RECORD_UPPER = new int[nrec];
      String recs = SreUnicodeData.RECORDS;
      for (int r = 0; r < nrec; r++) {
        int at = r * 7;
        RECORD_FLAGS[r] = (byte) decode(recs, at, 1, digit);
        RECORD_LOWER[r] = decode(recs, at + 1, 3, digit) - SreUnicodeData.DELTA_BIAS;
        RECORD_UPPER[r] = decode(recs, at + 4, 3, digit) - SreUnicodeData.DELTA_BIAS;
      }

      // Decode the runs, then give every 256-code-point block its record numbers. A block inside
      // a single run (most of them: unassigned planes, CJK, ...) shares one block per record;
      // only blocks where runs change are written out. This keeps class initialisation cheap.
      String runs = SreUnicodeData.RUNS;
      int nruns = SreUnicodeData.RUN_COUNT;
      int[] runStart = new int[nruns + 1];
      char[] runRecord = new char[nruns];
      for (int k = 0; k < nruns; k++) {
        runStart[k] = decode(runs, k * 6, 4, digit);
        runRecord[k] = (char) decode(runs, k * 6 + 4, 2, digit);
      }
      runStart[nruns] = MAX_CODE_POINT + 1;
      int nblocks = (MAX_CODE_POINT + 1) >> BLOCK_SHIFT;
      BLOCK_INDEX = new char[nblocks];
      int[] uniform = new int[nrec];
      Arrays.fill(uniform, -1);
      char[] blocks = new char[BLOCK_SIZE * 64];
      int used = 0;
      int r = 0;
      for (int b = 0; b < nblocks; b++) {
        int first = b << BLOCK_SHIFT;
        int last = first + BLOCK_SIZE - 1;
        while (runStart[r + 1] <= first) {
          r++;
        }
        int number;
        if (runStart[r + 1] > last && uniform[runRecord[r]] >= 0) {
          number = uniform[runRecord[r]];
        } else {
          if (used + BLOCK_SIZE > blocks.length) {
            blocks = Arrays.copyOf(blocks, blocks.length * 2);
          }
          number = used >> BLOCK_SHIFT;
          int k = r;
          for (int c = first; c <= last; c++) {
            while (runStart[k + 1] <= c) {
              k++;
            }
            blocks[used++] = runRecord[k];
          }
          if (runStart[r + 1] > last) {
            uniform[runRecord[r]] = number;
          }
        }
        BLOCK_INDEX[b] = (char) number;
      }
      BLOCKS = Arrays.copyOf(blocks, used);
    }

    private static int decode(String s, int at, int n, int[] digit) {
      int v = 0;
      for (int i = 0; i < n; i++) {
        v = (v << 6) | digit[s.charAt(at + i)];
      }
      return v;
    }

    private static int record(int ch) {
      if (ch < 0 || ch > MAX_CODE_POINT) {
        return 0; // outside Unicode: no properties, maps to itself (record 0 is U+0000's)
      }
      return BLOCKS[(BLOCK_INDEX[ch >> BLOCK_SHIFT] << BLOCK_SHIFT) | (ch & (BLOCK_SIZE - 1))];
    }
  }

  /**
   * The property bits of a code point ({@link #WORD}, {@link #DIGIT}, {@link #SPACE},
   * {@link #LINEBREAK}).
   */
  static int flags(int ch) {
    if (ch >= 0 && ch < LATIN1_SIZE) {
      return LATIN1_FLAGS[ch];
    }
    return Table.RECORD_FLAGS[Table.record(ch)];
  }

  /** {@code Py_UNICODE_ISALNUM(ch) || ch == '_'}: the Unicode {@code \w}. */
  public static boolean isWord(int ch) {
    return (flags(ch) & WORD) != 0;
  }

  /** {@code Py_UNICODE_ISDECIMAL}: the Unicode {@code \d}. */
  public static boolean isDigit(int ch) {
    return (flags(ch) & DIGIT) != 0;
  }

  /** {@code Py_UNICODE_ISSPACE}: the Unicode {@code \s}. */
  public static boolean isSpace(int ch) {
    return (flags(ch) & SPACE) != 0;
  }

  /** {@code Py_UNICODE_ISLINEBREAK}. */
  public static boolean isLinebreak(int ch) {
    return (flags(ch) & LINEBREAK) != 0;
  }

  /** {@code _PyUnicode_ToLowercase}: the simple (single code point) lower case. */
  public static int toLower(int ch) {
    if (ch >= 0 && ch < LATIN1_SIZE) {
      return LATIN1_LOWER[ch];
    }
    return ch + Table.RECORD_LOWER[Table.record(ch)];
  }

  /**
   * {@code _PyUnicode_ToUppercase}: the simple upper case, or the first code point of the full
   * upper case where Unicode's special casing applies.
   */
  public static int toUpper(int ch) {
    if (ch >= 0 && ch < LATIN1_SIZE) {
      return LATIN1_UPPER[ch];
    }
    return ch + Table.RECORD_UPPER[Table.record(ch)];
  }
}
