package org.taipan.object;

/**
 * An iterator over a sequence by index ({@code iterator}, CPython's {@code PySeqIter_Type}), also
 * used for {@code str}, {@code tuple} and {@code list}, with fast paths for them.
 */
public final class PySeqIterator extends PyIterator {
  static final PyType TYPE = makeType("iterator", PySeqIterator.class);
  static final PyType LIST = makeType("list_iterator", PySeqIterator.class);
  static final PyType TUPLE = makeType("tuple_iterator", PySeqIterator.class);
  static final PyType STR_ASCII = makeType("str_ascii_iterator", PySeqIterator.class);
  static final PyType STR = makeType("str_iterator", PySeqIterator.class);
  static final PyType LIST_REVERSE = makeType("list_reverseiterator", PySeqIterator.class);
  static final PyType BYTES = makeType("bytes_iterator", PySeqIterator.class);
  static final PyType BYTEARRAY = makeType("bytearray_iterator", PySeqIterator.class);
  static final PyType MEMORY = makeType("memory_iterator", PySeqIterator.class);

  private Object seq;
  private int index;
  private final PyType type;

  /** Iterates {@code seq[0]}, {@code seq[1]}, … until IndexError. */
  public PySeqIterator(Object seq) {
    this.seq = seq;
    if (seq instanceof PyList) {
      type = LIST;
    } else if (seq instanceof PyTuple) {
      type = TUPLE;
    } else if (seq instanceof String s) {
      type = s.chars().allMatch(c -> c < 128) ? STR_ASCII : STR;
    } else if (seq instanceof PyCodePoints) {
      type = STR;
    } else if (seq instanceof PyBytes) {
      type = BYTES;
    } else if (seq instanceof PyByteArray) {
      type = BYTEARRAY;
    } else if (seq instanceof PyMemoryView) {
      type = MEMORY;
    } else {
      type = TYPE;
    }
  }

  /** An iterator of the given type over {@code seq}. */
  PySeqIterator(Object seq, PyType type) {
    this.seq = seq;
    this.type = type;
  }

  @Override
  public PyType getType() {
    return type;
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
    } else if (s instanceof PyBytes || s instanceof PyByteArray) {
      // the bytes and bytearray iterators read the array, whatever a subclass's __getitem__ does
      if (i < ByteSeq.len(s)) {
        index++;
        return (long) (ByteSeq.arr(s)[i] & 0xff);
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
