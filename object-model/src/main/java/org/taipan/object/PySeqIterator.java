package org.taipan.object;

/**
 * An iterator over a sequence by index ({@code iterator}, CPython's {@code PySeqIter_Type}), also
 * used for {@code str}, {@code tuple} and {@code list}, with fast paths for them.
 */
public final class PySeqIterator extends PyIterator {
  static final PyType TYPE = makeType("iterator", PySeqIterator.class);

  private Object seq;
  private int index;

  /** Iterates {@code seq[0]}, {@code seq[1]}, … until IndexError. */
  public PySeqIterator(Object seq) {
    this.seq = seq;
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  @Override
  public Object next() {
    Object s = seq;
    if (s == null) {
      return null;
    }
    int i = index;
    if (s instanceof PyList l) {
      if (i < l.size()) {
        index++;
        return l.get(i);
      }
    } else if (s instanceof PyTuple t) {
      if (i < t.size()) {
        index++;
        return t.get(i);
      }
    } else if (s instanceof String str) {
      if (i < str.length()) {
        index++;
        return String.valueOf(str.charAt(i));
      }
    } else if (s instanceof PyCodePoints p) {
      if (i < p.length()) {
        index++;
        return PyUnicode.fromCodePoints(new int[] {p.codePointAt(i)});
      }
    } else {
      try {
        Object r = Abstract.getItem(s, (long) i);
        index++;
        return r;
      } catch (PyException e) {
        if (!e.matches(PyExc.IndexError) && !e.matches(PyExc.StopIteration)) {
          throw e;
        }
      }
    }
    seq = null;
    return null;
  }
}
