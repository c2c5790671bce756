package org.taipan.object;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Unicode normalization (NFC, NFD, NFKC, NFKD) over {@link UnicodeDatabase}, as
 * {@code unicodedata.normalize} does it in CPython 3.11 ({@code nfd_nfkd} and {@code nfc_nfkc}
 * of {@code Modules/unicodedata.c}): full decomposition (Hangul syllables by the algorithm of the
 * Unicode standard, chapter 3.12), canonical ordering by combining class, then canonical
 * composition. The composition pairs are the canonical two-character decompositions of the
 * primary composites the database lists, so composition exclusions need no table of their own.
 */
public final class UnicodeNormalizer {
  private UnicodeNormalizer() {}

  private static final int S_BASE = 0xAC00;
  private static final int L_BASE = 0x1100;
  private static final int V_BASE = 0x1161;
  private static final int T_BASE = 0x11A7;
  private static final int L_COUNT = 19;
  private static final int V_COUNT = 21;
  private static final int T_COUNT = 28;
  private static final int N_COUNT = V_COUNT * T_COUNT;
  private static final int S_COUNT = L_COUNT * N_COUNT;

  /** Composition pairs, loaded on first composition: (first << 21 | second) to composite. */
  private static final class Pairs {
    static final Map<Long, Integer> PAIRS = new HashMap<>();

    static {
      for (Map.Entry<Integer, String> e : UnicodeDatabase.decompositions().entrySet()) {
        int cp = e.getKey();
        if (UnicodeDatabase.isPrimaryComposite(cp)) {
          int[] d = UnicodeDatabase.hexList(e.getValue());
          if (d.length == 2) {
            PAIRS.put(key(d[0], d[1]), cp);
          }
        }
      }
    }

    static long key(int a, int b) {
      return ((long) a << 21) | b;
    }
  }

  /**
   * Normalizes code points to {@code form} ("NFC", "NFD", "NFKC" or "NFKD"; the caller has
   * checked the name).
   */
  public static int[] normalize(String form, int[] cps) {
    boolean compat = form.equals("NFKC") || form.equals("NFKD");
    boolean compose = form.equals("NFC") || form.equals("NFKC");
    if (isAscii(cps)) {
      return cps;
    }
    int[] d = decompose(cps, compat);
    return compose ? compose(d) : d;
  }

  private static boolean isAscii(int[] cps) {
    for (int c : cps) {
      if (c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static int[] decompose(int[] cps, boolean compat) {
    IntBuf out = new IntBuf(cps.length + 8);
    for (int c : cps) {
      decomposeOne(c, compat, out);
    }
    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    int[] a = out.a;
    int n = out.n;
    for (int i = 1; i < n; i++) {
      int c = a[i];
      int cc = UnicodeDatabase.combining(c);
      if (cc == 0) {
        continue;
      }
      int j = i;
      while (j > 0) {
        int pc = UnicodeDatabase.combining(a[j - 1]);
        if (pc <= cc) {
          break;
        }
        a[j] = a[j - 1];
        j--;
      }
      a[j] = c;
    }
    return Arrays.copyOf(a, n);
  }

  private static void decomposeOne(int c, boolean compat, IntBuf out) {
    if (c < 0xC0) {
      if (c < 0xA0 || !compat) {
        out.add(c);
        return;
      }
    }
    if (c >= S_BASE && c < S_BASE + S_COUNT) {
      int s = c - S_BASE;
      out.add(L_BASE + s / N_COUNT);
      out.add(V_BASE + (s % N_COUNT) / T_COUNT);
      if (s % T_COUNT != 0) {
        out.add(T_BASE + s % T_COUNT);
      }
      return;
    }
    String d = UnicodeDatabase.decomposition(c);
    if (d.isEmpty() || (d.charAt(0) == '<' && !compat)) {
      out.add(c);
      return;
    }
    if (d.charAt(0) == '<') {
      d = d.substring(d.indexOf('>') + 1);
    }
    for (int part : UnicodeDatabase.hexList(d)) {
      decomposeOne(part, compat, out);
    }
  }

  private static int[] compose(int[] a) {
    int n = a.length;
    int[] out = new int[n];
    int o = 0;
    int starter = -1; // index in out of the last starter, -1 before the first
    int lastCc = 0;
    for (int i = 0; i < n; i++) {
      int c = a[i];
      int cc = UnicodeDatabase.combining(c);
      // Not blocked: right after the starter, or every mark since has a lower class.
      if (starter >= 0 && (lastCc == 0 || lastCc < cc)) {
        int comp = composePair(out[starter], c);
        if (comp >= 0) {
          out[starter] = comp;
          continue;
        }
      }
      if (cc == 0) {
        starter = o;
      }
      lastCc = cc;
      out[o++] = c;
    }
    return Arrays.copyOf(out, o);
  }

  private static int composePair(int a, int b) {
    if (a >= L_BASE && a < L_BASE + L_COUNT && b >= V_BASE && b < V_BASE + V_COUNT) {
      return S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT;
    }
    if (a >= S_BASE && a < S_BASE + S_COUNT && (a - S_BASE) % T_COUNT == 0
        && b > T_BASE && b < T_BASE + T_COUNT) {
      return a + (b - T_BASE);
    }
    Integer r = Pairs.PAIRS.get(Pairs.key(a, b));
    return r == null ? -1 : r;
  }

  private static final class IntBuf {
    int[] a;
    int n;

    IntBuf(int cap) {
      a = new int[cap];
    }

    void add(int c) {
      if (n == a.length) {
        a = Arrays.copyOf(a, n * 2 + 4);
      }
      a[n++] = c;
    }
  }
}
