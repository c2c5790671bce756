package org.taipan.object;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Unicode character database of CPython 3.11 (Unicode 14.0.0): the per-character records of
 * {@code Objects/unicodectype.c} (the flags and case mappings {@code str} methods use) and of
 * {@code Modules/unicodedata.c} (category, bidirectional class, combining class, decomposition,
 * numeric values, names), whatever Unicode version the JVM's {@code java.lang.Character} carries.
 *
 * <p>The data are resources the build writes by asking the oracle about every code point
 * ({@code object-model/src/build/make_unicode_db.py} documents the format). They are read on first
 * use, each part in its own holder class: the properties when a non-ASCII character is first
 * classified or case-mapped, the names when a name is first needed. Callers keep ASCII on their
 * own fast paths, so a program that never meets a non-ASCII character never loads either.
 */
public final class UnicodeDatabase {
  private UnicodeDatabase() {}

  /** {@code unicodedata.unidata_version}. */
  public static final String UNIDATA_VERSION = "14.0.0";

  static final int ALPHA = 0x1;
  static final int DECIMAL = 0x2;
  static final int DIGIT = 0x4;
  static final int NUMERIC = 0x8;
  static final int SPACE = 0x10;
  static final int PRINTABLE = 0x20;
  static final int LOWER = 0x40;
  static final int UPPER = 0x80;
  static final int TITLE = 0x100;
  static final int CASED = 0x200;
  static final int CASE_IGNORABLE = 0x400;
  static final int ID_START = 0x800;
  static final int ID_CONTINUE = 0x1000;
  static final int LINEBREAK = 0x2000;

  private static final String RESOURCE_DIR = "unicode/";

  // ---------------------------------------------------------------- properties

  /** The property records, loaded on first use. */
  private static final class Props {
    static final int BLOCK_SHIFT = 7;
    static final int BLOCK = 1 << BLOCK_SHIFT;

    static final String[] category;
    static final String[] bidirectional;
    static final int[] combining;
    static final String[] eastAsianWidth;
    static final boolean[] mirrored;
    static final int[] decimal;
    static final int[] digit;
    static final double[] numeric;
    static final int[] flags;
    /** Per record and mapping (upper, lower, title, fold): a delta, unless special is set. */
    static final int[][] delta;
    static final int[][][] special;
    /** Block of each 128 code points, then the record of each code point in a block. */
    static final char[] index1;
    static final char[] index2;
    static final Map<Integer, String> decomposition = new HashMap<>();
    /** ucd_3_2_0 differences: first/last code point of runs and the values there. */
    static final int[] old320First;
    static final int[] old320Last;
    static final String[][] old320Values;
    static final java.util.Set<Integer> primaryComposites = new java.util.HashSet<>();

    static {
      Map<String, List<String>> sections = readSections("ucd.txt.gz");
      List<String> recs = sections.get("records");
      int n = recs.size();
      category = new String[n];
      bidirectional = new String[n];
      combining = new int[n];
      eastAsianWidth = new String[n];
      mirrored = new boolean[n];
      decimal = new int[n];
      digit = new int[n];
      numeric = new double[n];
      flags = new int[n];
      delta = new int[4][n];
      special = new int[4][n][];
      Map<String, String> interned = new HashMap<>();
      for (int r = 0; r < n; r++) {
        String[] f = recs.get(r).split(";", -1);
        category[r] = interned.computeIfAbsent(f[0], k -> k);
        bidirectional[r] = interned.computeIfAbsent(f[1], k -> k);
        combining[r] = Integer.parseInt(f[2]);
        eastAsianWidth[r] = interned.computeIfAbsent(f[3], k -> k);
        mirrored[r] = f[4].equals("1");
        decimal[r] = Integer.parseInt(f[5]);
        digit[r] = Integer.parseInt(f[6]);
        numeric[r] = f[7].isEmpty() ? Double.NaN : Double.parseDouble(f[7]);
        flags[r] = Integer.parseInt(f[8], 16);
        for (int m = 0; m < 4; m++) {
          String s = f[9 + m];
          if (s.charAt(0) == '=') {
            special[m][r] = hexList(s.substring(1));
          } else {
            delta[m][r] = Integer.parseInt(s.charAt(0) == '+' ? s.substring(1) : s);
          }
        }
      }
      List<String> runs = sections.get("runs");
      int[] starts = new int[runs.size()];
      int[] recOf = new int[runs.size()];
      for (int i = 0; i < starts.length; i++) {
        String line = runs.get(i);
        int sp = line.indexOf(' ');
        starts[i] = Integer.parseInt(line, 0, sp, 16);
        recOf[i] = Integer.parseInt(line, sp + 1, line.length(), 10);
      }
      int nBlocks = 0x110000 >> BLOCK_SHIFT;
      index1 = new char[nBlocks];
      Map<String, Integer> seen = new HashMap<>();
      StringBuilder data = new StringBuilder();
      int run = 0;
      char[] block = new char[BLOCK];
      for (int b = 0; b < nBlocks; b++) {
        for (int k = 0; k < BLOCK; k++) {
          int cp = (b << BLOCK_SHIFT) + k;
          while (run + 1 < starts.length && starts[run + 1] <= cp) {
            run++;
          }
          block[k] = (char) recOf[run];
        }
        String key = new String(block);
        Integer id = seen.get(key);
        if (id == null) {
          id = seen.size();
          seen.put(key, id);
          data.append(block);
        }
        index1[b] = (char) (int) id;
      }
      index2 = data.toString().toCharArray();
      for (String line : sections.get("decomp")) {
        int semi = line.indexOf(';');
        decomposition.put(Integer.parseInt(line, 0, semi, 16), line.substring(semi + 1));
      }
      for (String line : sections.get("composite")) {
        primaryComposites.add(Integer.parseInt(line, 16));
      }
      List<String> old = sections.get("ucd320");
      old320First = new int[old.size()];
      old320Last = new int[old.size()];
      old320Values = new String[old.size()][];
      for (int i = 0; i < old.size(); i++) {
        String line = old.get(i);
        int semi = line.indexOf(';');
        int sp = line.indexOf(' ');
        old320First[i] = Integer.parseInt(line, 0, sp, 16);
        old320Last[i] = Integer.parseInt(line, sp + 1, semi, 16);
        old320Values[i] = line.substring(semi + 1).split(";", -1);
      }
    }

    static int record(int cp) {
      if (cp < 0 || cp > 0x10FFFF) {
        cp = 0xE0000 - 1; // an unassigned code point's record (never a valid argument anyway)
      }
      return index2[(index1[cp >> BLOCK_SHIFT] << BLOCK_SHIFT) + (cp & (BLOCK - 1))];
    }
  }

  static int[] hexList(String s) {
    String[] parts = s.trim().split(" +");
    int[] r = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      r[i] = Integer.parseInt(parts[i], 16);
    }
    return r;
  }

  private static Map<String, List<String>> readSections(String resource) {
    Map<String, List<String>> sections = new HashMap<>();
    try (InputStream raw = UnicodeDatabase.class.getResourceAsStream(RESOURCE_DIR + resource)) {
      if (raw == null) {
        throw new IllegalStateException("the Unicode database resource " + resource + " is missing");
      }
      BufferedReader in = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.US_ASCII),
          1 << 16);
      List<String> current = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("@")) {
          current = new ArrayList<>();
          sections.put(line.substring(1), current);
        } else if (current != null && !line.isEmpty()) {
          current.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sections;
  }

  // ---------------------------------------------------------------- unicodectype.c

  static int flags(int cp) {
    return Props.flags[Props.record(cp)];
  }

  /** {@code _PyUnicode_IsAlpha}. */
  public static boolean isAlpha(int cp) {
    return (flags(cp) & ALPHA) != 0;
  }

  /** {@code _PyUnicode_IsDecimalDigit}. */
  public static boolean isDecimal(int cp) {
    return (flags(cp) & DECIMAL) != 0;
  }

  /** {@code _PyUnicode_IsDigit}. */
  public static boolean isDigit(int cp) {
    return (flags(cp) & DIGIT) != 0;
  }

  /** {@code _PyUnicode_IsNumeric}. */
  public static boolean isNumeric(int cp) {
    return (flags(cp) & NUMERIC) != 0;
  }

  /** {@code _PyUnicode_IsWhitespace}. */
  public static boolean isSpace(int cp) {
    return (flags(cp) & SPACE) != 0;
  }

  /** {@code _PyUnicode_IsPrintable}. */
  public static boolean isPrintable(int cp) {
    return (flags(cp) & PRINTABLE) != 0;
  }

  /** {@code _PyUnicode_IsLowercase}. */
  public static boolean isLower(int cp) {
    return (flags(cp) & LOWER) != 0;
  }

  /** {@code _PyUnicode_IsUppercase}. */
  public static boolean isUpper(int cp) {
    return (flags(cp) & UPPER) != 0;
  }

  /** {@code _PyUnicode_IsTitlecase} (general category Lt). */
  public static boolean isTitle(int cp) {
    return (flags(cp) & TITLE) != 0;
  }

  /** {@code _PyUnicode_IsCased}. */
  public static boolean isCased(int cp) {
    return (flags(cp) & CASED) != 0;
  }

  /** {@code _PyUnicode_IsCaseIgnorable}. */
  public static boolean isCaseIgnorable(int cp) {
    return (flags(cp) & CASE_IGNORABLE) != 0;
  }

  /** May start an identifier ({@code _PyUnicode_IsXidStart}, or {@code _}). */
  public static boolean isIdentifierStart(int cp) {
    return (flags(cp) & ID_START) != 0;
  }

  /** May continue an identifier ({@code _PyUnicode_IsXidContinue}). */
  public static boolean isIdentifierContinue(int cp) {
    return (flags(cp) & ID_CONTINUE) != 0;
  }

  /** {@code _PyUnicode_IsLinebreak}: {@code str.splitlines} breaks here. */
  public static boolean isLinebreak(int cp) {
    return (flags(cp) & LINEBREAK) != 0;
  }

  /** {@code str.isalnum} for one character. */
  public static boolean isAlnum(int cp) {
    return (flags(cp) & (ALPHA | DECIMAL | DIGIT | NUMERIC)) != 0;
  }

  private static final int UPPER_MAP = 0;
  private static final int LOWER_MAP = 1;
  private static final int TITLE_MAP = 2;
  private static final int FOLD_MAP = 3;

  /** Receives the code points of a case mapping. */
  public interface CodePointSink {
    /** Takes the next code point. */
    void add(int c);
  }

  private static void map(int which, int cp, CodePointSink out) {
    int r = Props.record(cp);
    int[] sp = Props.special[which][r];
    if (sp == null) {
      out.add(cp + Props.delta[which][r]);
    } else {
      for (int c : sp) {
        out.add(c);
      }
    }
  }

  /** Gives {@code _PyUnicode_ToUpperFull(cp)} to {@code out}. */
  public static void appendUpper(int cp, CodePointSink out) {
    map(UPPER_MAP, cp, out);
  }

  /** Gives {@code _PyUnicode_ToLowerFull(cp)} (without the final-sigma rule) to {@code out}. */
  public static void appendLower(int cp, CodePointSink out) {
    map(LOWER_MAP, cp, out);
  }

  /** Gives {@code _PyUnicode_ToTitleFull(cp)} to {@code out}. */
  public static void appendTitle(int cp, CodePointSink out) {
    map(TITLE_MAP, cp, out);
  }

  /** Gives {@code _PyUnicode_ToFoldedFull(cp)} to {@code out}. */
  public static void appendFolded(int cp, CodePointSink out) {
    map(FOLD_MAP, cp, out);
  }

  /** The simple (one code point) lower-case mapping, or cp when the full one is longer. */
  public static int simpleLower(int cp) {
    int r = Props.record(cp);
    return Props.special[LOWER_MAP][r] == null ? cp + Props.delta[LOWER_MAP][r] : cp;
  }

  /** The simple (one code point) upper-case mapping, or cp when the full one is longer. */
  public static int simpleUpper(int cp) {
    int r = Props.record(cp);
    return Props.special[UPPER_MAP][r] == null ? cp + Props.delta[UPPER_MAP][r] : cp;
  }

  /** The decimal value of a character for {@code int()} and {@code float()}, or -1. */
  public static int decimalValue(int cp) {
    return Props.decimal[Props.record(cp)];
  }

  // ---------------------------------------------------------------- unicodedata.c records

  /** The general category ({@code "Cn"} for unassigned code points). */
  public static String category(int cp) {
    return Props.category[Props.record(cp)];
  }

  /** The bidirectional class ({@code ""} when none). */
  public static String bidirectional(int cp) {
    return Props.bidirectional[Props.record(cp)];
  }

  /** The canonical combining class. */
  public static int combining(int cp) {
    return Props.combining[Props.record(cp)];
  }

  /** The East Asian width. */
  public static String eastAsianWidth(int cp) {
    return Props.eastAsianWidth[Props.record(cp)];
  }

  /** Whether the character is mirrored in bidirectional text. */
  public static boolean mirrored(int cp) {
    return Props.mirrored[Props.record(cp)];
  }

  /** The decimal digit value, or -1. */
  public static int decimal(int cp) {
    return Props.decimal[Props.record(cp)];
  }

  /** The digit value, or -1. */
  public static int digit(int cp) {
    return Props.digit[Props.record(cp)];
  }

  /** The numeric value, or NaN. */
  public static double numeric(int cp) {
    return Props.numeric[Props.record(cp)];
  }

  /** The decomposition as {@code unicodedata.decomposition} spells it ({@code ""} when none). */
  public static String decomposition(int cp) {
    return Props.decomposition.getOrDefault(cp, "");
  }

  /** Whether canonical composition produces this character (a primary composite). */
  static boolean isPrimaryComposite(int cp) {
    return Props.primaryComposites.contains(cp);
  }

  /** The decomposition map (code point to {@code unicodedata.decomposition} string). */
  static Map<Integer, String> decompositions() {
    return Props.decomposition;
  }

  /**
   * What {@code unicodedata.ucd_3_2_0} answers where it differs from Unicode 14.0: category,
   * bidirectional, east_asian_width, mirrored, decimal, digit, numeric, combining,
   * decomposition (strings as the module would print them); null where it agrees.
   */
  public static String[] ucd320(int cp) {
    int[] first = Props.old320First;
    int lo = 0;
    int hi = first.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (first[mid] > cp) {
        hi = mid - 1;
      } else if (Props.old320Last[mid] < cp) {
        lo = mid + 1;
      } else {
        return Props.old320Values[mid];
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- names

  private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
  private static final int S_BASE = 0xAC00;
  private static final int S_COUNT = 11172;
  private static final int N_COUNT = 588;
  private static final int T_COUNT = 28;
  private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
      "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
  private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O",
      "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
  private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
      "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T",
      "P", "H"};

  /** The names, loaded on first use. */
  private static final class Names {
    static final int[] cps;
    static final String[] names;
    static final int[] rangeFirst;
    static final int[] rangeLast;
    static final String[] rangePrefix;
    static final Map<String, Integer> byName = new HashMap<>();
    static final Map<String, Integer> aliases = new HashMap<>();
    static final Map<String, int[]> sequences = new HashMap<>();

    static {
      Map<String, List<String>> sections = readSections("names.txt.gz");
      List<String> list = sections.get("names");
      cps = new int[list.size()];
      names = new String[list.size()];
      for (int i = 0; i < cps.length; i++) {
        String line = list.get(i);
        int semi = line.indexOf(';');
        cps[i] = Integer.parseInt(line, 0, semi, 16);
        names[i] = line.substring(semi + 1);
        byName.put(names[i], cps[i]);
      }
      List<String> ranges = sections.get("ranges");
      rangeFirst = new int[ranges.size()];
      rangeLast = new int[ranges.size()];
      rangePrefix = new String[ranges.size()];
      for (int i = 0; i < ranges.size(); i++) {
        String[] f = ranges.get(i).split(" ", 3);
        rangeFirst[i] = Integer.parseInt(f[0], 16);
        rangeLast[i] = Integer.parseInt(f[1], 16);
        rangePrefix[i] = f[2];
      }
      for (String line : sections.get("aliases")) {
        int semi = line.lastIndexOf(';');
        aliases.put(line.substring(0, semi), Integer.parseInt(line.substring(semi + 1), 16));
      }
      for (String line : sections.get("sequences")) {
        int semi = line.lastIndexOf(';');
        sequences.put(line.substring(0, semi), hexList(line.substring(semi + 1)));
      }
    }
  }

  /** The character's name ({@code unicodedata.name}), or null when it has none. */
  public static String name(int cp) {
    if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
      int s = cp - S_BASE;
      return HANGUL_PREFIX + JAMO_L[s / N_COUNT] + JAMO_V[(s % N_COUNT) / T_COUNT]
          + JAMO_T[s % T_COUNT];
    }
    int i = Arrays.binarySearch(Names.cps, cp);
    if (i >= 0) {
      return Names.names[i];
    }
    for (int r = 0; r < Names.rangeFirst.length; r++) {
      if (cp >= Names.rangeFirst[r] && cp <= Names.rangeLast[r]) {
        return Names.rangePrefix[r] + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  /**
   * The code point named {@code name} (case-insensitively, as CPython's {@code _getcode}), or
   * -1. With {@code aliases}, the aliases of {@code NameAliases.txt} count too.
   */
  public static int lookup(String name, boolean aliases) {
    // Algorithmic names match case-sensitively, as in CPython's _getcode.
    if (name.startsWith(HANGUL_PREFIX)) {
      int h = hangul(name.substring(HANGUL_PREFIX.length()));
      if (h >= 0) {
        return h;
      }
    }
    if (name.startsWith(CJK_PREFIX)) {
      String hex = name.substring(CJK_PREFIX.length());
      if ((hex.length() == 4 || hex.length() == 5) && isHex(hex)) {
        int c = Integer.parseInt(hex, 16);
        if (inRange(c, CJK_PREFIX)) {
          return c;
        }
      }
    }
    String n = upperAscii(name);
    Integer cp = Names.byName.get(n);
    if (cp != null) {
      return cp;
    }
    // Other names ending in the code point are in CPython's tables: case-insensitive, spelled
    // exactly as name() spells them.
    int dash = n.lastIndexOf('-');
    if (dash > 0 && !n.startsWith(CJK_PREFIX)) {
      String hex = n.substring(dash + 1);
      if ((hex.length() == 4 || hex.length() == 5) && isHex(hex)) {
        int c = Integer.parseInt(hex, 16);
        if (n.equals(name(c))) {
          return c;
        }
      }
    }
    if (aliases) {
      cp = Names.aliases.get(n);
      if (cp != null) {
        return cp;
      }
    }
    return -1;
  }

  private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

  private static boolean inRange(int c, String prefix) {
    for (int r = 0; r < Names.rangeFirst.length; r++) {
      if (c >= Names.rangeFirst[r] && c <= Names.rangeLast[r]
          && Names.rangePrefix[r].equals(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The named sequence called {@code name} (case-insensitively), or null. */
  public static int[] lookupSequence(String name) {
    return Names.sequences.get(upperAscii(name));
  }

  /** Whether {@code name} is an alias (case-insensitively). */
  public static boolean isAlias(String name) {
    return Names.aliases.containsKey(upperAscii(name));
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
        return false;
      }
    }
    return true;
  }

  private static String upperAscii(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, (char) (c - 32));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** The syllable for the jamo short names in {@code s} (longest match each), or -1. */
  private static int hangul(String s) {
    int[] pos = {0};
    int l = longest(JAMO_L, s, pos);
    int v = longest(JAMO_V, s, pos);
    int t = longest(JAMO_T, s, pos);
    if (l < 0 || v < 0 || t < 0 || pos[0] != s.length()) {
      return -1;
    }
    return S_BASE + (l * 21 + v) * T_COUNT + t;
  }

  private static int longest(String[] table, String s, int[] pos) {
    int best = -1;
    int bestLen = -1;
    for (int i = 0; i < table.length; i++) {
      String j = table[i];
      if (j.length() > bestLen && s.startsWith(j, pos[0])) {
        best = i;
        bestLen = j.length();
      }
    }
    if (best >= 0) {
      pos[0] += bestLen;
    }
    return best;
  }
}
