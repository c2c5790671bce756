package org.taipan.distro;

/**
 * Python's {@code repr()} of a {@code str}, for the few messages the launcher formats the way
 * CPython formats them with {@code %R} (for example {@code can't open file '/a/b.py'}), mirroring
 * {@code unicode_repr} in {@code Objects/unicodeobject.c} for the characters a path can hold.
 */
final class PythonRepr {

  private PythonRepr() {}

  /** The repr of {@code text}: single quotes unless it holds a single quote and no double one. */
  static String str(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
    text.codePoints().forEach(c -> {
      if (c == quote || c == '\\') {
        out.append('\\').appendCodePoint(c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", c));
      } else if (Character.isSurrogate((char) c) && c <= 0xffff) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.append(quote).toString();
  }
}
