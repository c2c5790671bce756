package org.taipan.stdlib.core.text;

import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.api.expose.Default;
import org.taipan.object.ArgParser;
import org.taipan.object.Getter;
import org.taipan.object.PyBuffer;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyModule;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;
import org.taipan.object.UnicodeDatabase;
import org.taipan.object.UnicodeNormalizer;

/**
 * The {@code unicodedata} module, CPython 3.11's {@code Modules/unicodedata.c}: the Unicode 14.0.0
 * character database of {@link UnicodeDatabase} and normalization by {@link UnicodeNormalizer}.
 *
 * <p>{@code ucd_3_2_0} (an instance of {@code unicodedata.UCD}) answers as CPython's does for
 * Unicode 3.2.0, which IDNA ({@code stringprep}) needs: the build records, run by run, every code
 * point where the oracle's {@code ucd_3_2_0} gives another category, bidirectional class, East
 * Asian width, mirroring, numeric values, combining class or decomposition, and names and {@code
 * lookup} refuse characters unassigned in 3.2.0. Its {@code normalize} leaves characters
 * unassigned in 3.2.0 alone but otherwise uses the 14.0 decompositions; CPython's handful of
 * normalization corrections since 3.2.0 are not undone.
 */
@PythonModule(value = "unicodedata", doc = UnicodedataModule.DOC)
public final class UnicodedataModule {
  private UnicodedataModule() {}

  static final String DOC = "This module provides access to the Unicode Character Database which\n"
      + "defines character properties for all Unicode characters. The data in\n"
      + "this database is based on the UnicodeData.txt file version\n"
      + "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
      + "The module uses the same names and symbols as defined by the\n"
      + "UnicodeData.txt file format 14.0.0.";

  /** The longest name {@code lookup} considers ({@code NAME_MAXLEN}). */
  private static final int NAME_MAXLEN = 256;

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("unidata_version", UnicodeDatabase.UNIDATA_VERSION);
    m.put("UCD", Ucd.TYPE);
    m.put("ucd_3_2_0", Ucd.V320);
  }

  // ---------------------------------------------------------------- the shared implementation

  /** The code point of a one-character str argument, else CPython's TypeError. */
  static int character(Object o, String function, boolean numbered) {
    if (PyUnicode.isStr(o) && PyUnicode.length(o) == 1) {
      return PyUnicode.codePoints(o)[0];
    }
    throw PyErr.format(PyExc.TypeError, "%s() argument %smust be a unicode character, not %s",
        function, numbered ? "1 " : "", PyType.of(o).getName());
  }

  private static String[] old(boolean v320, int cp) {
    return v320 ? UnicodeDatabase.ucd320(cp) : null;
  }

  /** Whether the character is unassigned in Unicode 3.2.0 (CPython's category_changed == 0). */
  private static boolean unassigned320(boolean v320, int cp) {
    String[] o = old(v320, cp);
    return o != null && o[0].equals("Cn");
  }

  static Object decimal(boolean v320, Object chr, Object dflt) {
    int cp = character(chr, "decimal", true);
    String[] o = old(v320, cp);
    int v = o != null ? Integer.parseInt(o[4]) : UnicodeDatabase.decimal(cp);
    if (v < 0) {
      if (dflt == null) {
        throw PyErr.format(PyExc.ValueError, "not a decimal");
      }
      return dflt;
    }
    return (long) v;
  }

  static Object digit(boolean v320, Object chr, Object dflt) {
    int cp = character(chr, "digit", true);
    String[] o = old(v320, cp);
    int v = o != null ? Integer.parseInt(o[5]) : UnicodeDatabase.digit(cp);
    if (v < 0) {
      if (dflt == null) {
        throw PyErr.format(PyExc.ValueError, "not a digit");
      }
      return dflt;
    }
    return (long) v;
  }

  static Object numeric(boolean v320, Object chr, Object dflt) {
    int cp = character(chr, "numeric", true);
    String[] o = old(v320, cp);
    double v = o != null ? (o[6].isEmpty() ? Double.NaN : Double.parseDouble(o[6]))
        : UnicodeDatabase.numeric(cp);
    if (Double.isNaN(v)) {
      if (dflt == null) {
        throw PyErr.format(PyExc.ValueError, "not a numeric character");
      }
      return dflt;
    }
    return v;
  }

  static Object category(boolean v320, Object chr) {
    int cp = character(chr, "category", false);
    String[] o = old(v320, cp);
    return o != null ? o[0] : UnicodeDatabase.category(cp);
  }

  static Object bidirectional(boolean v320, Object chr) {
    int cp = character(chr, "bidirectional", false);
    String[] o = old(v320, cp);
    return o != null ? o[1] : UnicodeDatabase.bidirectional(cp);
  }

  static Object combining(boolean v320, Object chr) {
    int cp = character(chr, "combining", false);
    String[] o = old(v320, cp);
    return (long) (o != null ? Integer.parseInt(o[7]) : UnicodeDatabase.combining(cp));
  }

  static Object mirrored(boolean v320, Object chr) {
    int cp = character(chr, "mirrored", false);
    String[] o = old(v320, cp);
    return (long) (o != null ? Integer.parseInt(o[3]) : UnicodeDatabase.mirrored(cp) ? 1 : 0);
  }

  static Object eastAsianWidth(boolean v320, Object chr) {
    int cp = character(chr, "east_asian_width", false);
    String[] o = old(v320, cp);
    return o != null ? o[2] : UnicodeDatabase.eastAsianWidth(cp);
  }

  static Object decomposition(boolean v320, Object chr) {
    int cp = character(chr, "decomposition", false);
    String[] o = old(v320, cp);
    return o != null ? o[8] : UnicodeDatabase.decomposition(cp);
  }

  static Object name(boolean v320, Object chr, Object dflt) {
    int cp = character(chr, "name", true);
    String n = unassigned320(v320, cp) ? null : UnicodeDatabase.name(cp);
    if (n == null) {
      if (dflt == null) {
        throw PyErr.format(PyExc.ValueError, "no such name");
      }
      return dflt;
    }
    return n;
  }

  static Object lookup(boolean v320, Object name) {
    String n;
    if (PyUnicode.isStr(name)) {
      n = PyUnicode.asJavaString(name);
    } else {
      byte[] b = PyBuffer.bytesOrNull(name);
      if (b == null) {
        throw PyErr.format(PyExc.TypeError, "a bytes-like object is required, not '%s'",
            PyType.of(name).getName());
      }
      n = new String(b, StandardCharsets.UTF_8);
    }
    if (n.getBytes(StandardCharsets.UTF_8).length > NAME_MAXLEN) {
      throw PyErr.newException(PyExc.KeyError, "name too long");
    }
    int cp = UnicodeDatabase.lookup(n, !v320);
    if (cp >= 0 && !unassigned320(v320, cp)) {
      return PyUnicode.fromCodePoints(new int[] {cp});
    }
    if (!v320) {
      int[] seq = UnicodeDatabase.lookupSequence(n);
      if (seq != null) {
        return PyUnicode.fromCodePoints(seq);
      }
    }
    throw PyErr.newException(PyExc.KeyError, "undefined character name '" + n + "'");
  }

  private static String form(Object form, String function) {
    if (!PyUnicode.isStr(form)) {
      throw PyErr.format(PyExc.TypeError, "%s() argument 1 must be str, not %s", function,
          PyType.of(form).getName());
    }
    String f = PyUnicode.asJavaString(form);
    switch (f) {
      case "NFC":
      case "NFD":
      case "NFKC":
      case "NFKD":
        return f;
      default:
        throw PyErr.format(PyExc.ValueError, "invalid normalization form");
    }
  }

  private static int[] text(Object s, String function) {
    if (!PyUnicode.isStr(s)) {
      throw PyErr.format(PyExc.TypeError, "%s() argument 2 must be str, not %s", function,
          PyType.of(s).getName());
    }
    return PyUnicode.codePoints(s);
  }

  private static int[] normalized(boolean v320, String form, int[] cps) {
    if (!v320) {
      return UnicodeNormalizer.normalize(form, cps);
    }
    // Characters unassigned in 3.2.0 stay as they are: normalize the runs between them.
    int[] out = new int[0];
    int start = 0;
    for (int i = 0; i <= cps.length; i++) {
      if (i == cps.length || unassigned320(true, cps[i])) {
        int[] part = UnicodeNormalizer.normalize(form, java.util.Arrays.copyOfRange(cps, start, i));
        int extra = i < cps.length ? 1 : 0;
        int[] next = java.util.Arrays.copyOf(out, out.length + part.length + extra);
        System.arraycopy(part, 0, next, out.length, part.length);
        if (extra == 1) {
          next[next.length - 1] = cps[i];
        }
        out = next;
        start = i + 1;
      }
    }
    return out;
  }

  static Object normalize(boolean v320, Object form, Object s) {
    String f = form(form, "normalize");
    int[] cps = text(s, "normalize");
    int[] r = normalized(v320, f, cps);
    if (java.util.Arrays.equals(r, cps) && PyType.of(s) == PyType.of("")) {
      return s;
    }
    return PyUnicode.fromCodePoints(r);
  }

  static Object isNormalized(boolean v320, Object form, Object s) {
    String f = form(form, "is_normalized");
    int[] cps = text(s, "is_normalized");
    return java.util.Arrays.equals(normalized(v320, f, cps), cps);
  }

  // ---------------------------------------------------------------- module functions

  private static Object dflt(Object d) {
    return ArgParser.given(d) ? d : null;
  }

  @PythonMethod(doc = "Converts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.")
  public static Object decimal(Object chr, @Default("<unrepresentable>") Object dflt) {
    return decimal(false, chr, dflt(dflt));
  }

  @PythonMethod(doc = "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.")
  public static Object digit(Object chr, @Default("<unrepresentable>") Object dflt) {
    return digit(false, chr, dflt(dflt));
  }

  @PythonMethod(doc = "Converts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.")
  public static Object numeric(Object chr, @Default("<unrepresentable>") Object dflt) {
    return numeric(false, chr, dflt(dflt));
  }

  @PythonMethod(doc = "Returns the general category assigned to the character chr as string.")
  public static Object category(Object chr) {
    return category(false, chr);
  }

  @PythonMethod(doc = "Returns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned.")
  public static Object bidirectional(Object chr) {
    return bidirectional(false, chr);
  }

  @PythonMethod(doc = "Returns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined.")
  public static Object combining(Object chr) {
    return combining(false, chr);
  }

  @PythonMethod(doc = "Returns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise.")
  public static Object mirrored(Object chr) {
    return mirrored(false, chr);
  }

  @PythonMethod(doc = "Returns the east asian width assigned to the character chr as string.")
  public static Object east_asian_width(Object chr) {
    return eastAsianWidth(false, chr);
  }

  @PythonMethod(doc = "Returns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined.")
  public static Object decomposition(Object chr) {
    return decomposition(false, chr);
  }

  @PythonMethod(doc = "Return whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.")
  public static Object is_normalized(Object form, Object unistr) {
    return isNormalized(false, form, unistr);
  }

  @PythonMethod(doc = "Return the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.")
  public static Object normalize(Object form, Object unistr) {
    return normalize(false, form, unistr);
  }

  @PythonMethod(doc = "Returns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised.")
  public static Object name(Object chr, @Default("<unrepresentable>") Object dflt) {
    return name(false, chr, dflt(dflt));
  }

  @PythonMethod(doc = "Look up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised.")
  public static Object lookup(Object name) {
    return lookup(false, name);
  }

  // ---------------------------------------------------------------- unicodedata.UCD

  /** {@code unicodedata.UCD}: a database of another Unicode version (only 3.2.0 exists). */
  static final class Ucd {
    static final PyType TYPE = TextSupport.finalType("UCD", "unicodedata", Ucd.class,
        MethodHandles.lookup());
    static final Ucd V320 = new Ucd();

    private Ucd() {}

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      throw TextSupport.noNew(TYPE);
    }

    @Getter("unidata_version")
    static Object unidata_version(Object self) {
      return "3.2.0";
    }

    @PythonMethod(doc = "Converts a Unicode character into its equivalent decimal value.\n\nReturns the decimal value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.")
    static Object decimal(Object self, Object chr, @Default("<unrepresentable>") Object dflt) {
      return UnicodedataModule.decimal(true, chr, dflt(dflt));
    }

    @PythonMethod(doc = "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit value assigned to the character chr as integer.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.")
    static Object digit(Object self, Object chr, @Default("<unrepresentable>") Object dflt) {
      return UnicodedataModule.digit(true, chr, dflt(dflt));
    }

    @PythonMethod(doc = "Converts a Unicode character into its equivalent numeric value.\n\nReturns the numeric value assigned to the character chr as float.\nIf no such value is defined, default is returned, or, if not given,\nValueError is raised.")
    static Object numeric(Object self, Object chr, @Default("<unrepresentable>") Object dflt) {
      return UnicodedataModule.numeric(true, chr, dflt(dflt));
    }

    @PythonMethod(doc = "Returns the general category assigned to the character chr as string.")
    static Object category(Object self, Object chr) {
      return UnicodedataModule.category(true, chr);
    }

    @PythonMethod(doc = "Returns the bidirectional class assigned to the character chr as string.\n\nIf no such value is defined, an empty string is returned.")
    static Object bidirectional(Object self, Object chr) {
      return UnicodedataModule.bidirectional(true, chr);
    }

    @PythonMethod(doc = "Returns the canonical combining class assigned to the character chr as integer.\n\nReturns 0 if no combining class is defined.")
    static Object combining(Object self, Object chr) {
      return UnicodedataModule.combining(true, chr);
    }

    @PythonMethod(doc = "Returns the mirrored property assigned to the character chr as integer.\n\nReturns 1 if the character has been identified as a \"mirrored\"\ncharacter in bidirectional text, 0 otherwise.")
    static Object mirrored(Object self, Object chr) {
      return UnicodedataModule.mirrored(true, chr);
    }

    @PythonMethod(doc = "Returns the east asian width assigned to the character chr as string.")
    static Object east_asian_width(Object self, Object chr) {
      return UnicodedataModule.eastAsianWidth(true, chr);
    }

    @PythonMethod(doc = "Returns the character decomposition mapping assigned to the character chr as string.\n\nAn empty string is returned in case no such mapping is defined.")
    static Object decomposition(Object self, Object chr) {
      return UnicodedataModule.decomposition(true, chr);
    }

    @PythonMethod(doc = "Return whether the Unicode string unistr is in the normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.")
    static Object is_normalized(Object self, Object form, Object unistr) {
      return UnicodedataModule.isNormalized(true, form, unistr);
    }

    @PythonMethod(doc = "Return the normal form 'form' for the Unicode string unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.")
    static Object normalize(Object self, Object form, Object unistr) {
      return UnicodedataModule.normalize(true, form, unistr);
    }

    @PythonMethod(doc = "Returns the name assigned to the character chr as a string.\n\nIf no name is defined, default is returned, or, if not given,\nValueError is raised.")
    static Object name(Object self, Object chr, @Default("<unrepresentable>") Object dflt) {
      return UnicodedataModule.name(true, chr, dflt(dflt));
    }

    @PythonMethod(doc = "Look up character by name.\n\nIf a character with the given name is found, return the\ncorresponding character.  If not found, KeyError is raised.")
    static Object lookup(Object self, Object name) {
      return UnicodedataModule.lookup(true, name);
    }
  }
}
