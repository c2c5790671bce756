package org.taipan.object;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The docstrings and text signatures of the builtin types, functions and methods ({@code
 * __doc__}, {@code __text_signature__}): CPython 3.11's own, which {@code help()}, {@code pydoc}
 * and {@code inspect.signature} read. The build writes them from the oracle's answers (see {@code
 * src/build/make_builtin_docs.py}) into a resource that is read the first time a program asks for
 * one, so start-up pays nothing. Keys are {@code module.Type}, {@code module.Type.attr} and
 * {@code module.function}; a type's module is its {@code __module__}.
 */
public final class BuiltinDocs {
  private BuiltinDocs() {}

  private static final String RESOURCE = "docs/builtin-docs.txt.gz";

  /** Key to {doc, signature}, either may be null; loaded on first use. */
  private static volatile Map<String, String[]> table;

  private static Map<String, String[]> table() {
    Map<String, String[]> t = table;
    if (t == null) {
      synchronized (BuiltinDocs.class) {
        t = table;
        if (t == null) {
          t = load();
          table = t;
        }
      }
    }
    return t;
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> t = new HashMap<>();
    try (InputStream in = BuiltinDocs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return t;
      }
      BufferedReader r = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", -1);
        if (f.length == 3) {
          t.put(f[0], new String[] {unescape(f[1]), unescape(f[2])});
        }
      }
    } catch (IOException e) {
      // without the resource, builtins have no documentation: None, as for an undocumented one
    }
    return t;
  }

  private static String unescape(String s) {
    if (s.equals("-")) {
      return null;
    }
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The key of a builtin type: its module and qualified name. */
  static String key(PyType t) {
    return t.getModule() + "." + t.getQualname();
  }

  /** CPython's docstring for {@code key}, or null. */
  public static String doc(String key) {
    String[] e = table().get(key);
    return e == null ? null : e[0];
  }

  /** CPython's {@code __text_signature__} for {@code key}, or null. */
  public static String signature(String key) {
    String[] e = table().get(key);
    return e == null ? null : e[1];
  }

  /** The docstring as a Python value: {@code key}'s, else {@code fallback}, else None. */
  static Object docOr(String key, String fallback) {
    String d = doc(key);
    return d != null ? d : fallback != null ? fallback : PyNone.NONE;
  }

  /** The text signature as a Python value, or None. */
  static Object signatureOrNone(String key) {
    String s = signature(key);
    return s == null ? PyNone.NONE : s;
  }
}
