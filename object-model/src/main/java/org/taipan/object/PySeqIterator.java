package org.taipan.object;

/**
 * An iterator over a sequence by index ({@code iterator}, CPython's {@code PySeqIter_Type}), also
 * used for {@code str}, {@code tuple} and {@code list}, with fast paths for them.
 */
public final class PySeqIterator extends PyIterator
    implements PyIterator.Resumable, PyIterator.LengthHinted {
  static final PyType TYPE = makeType("iterator", PySeqIterator.class);
  static final PyType LIST = makeType("list_iterator", PySeqIterator.class);
  static final PyType TUPLE = makeType("tuple_iterator", PySeqIterator.class);
  static final PyType STR_ASCII = makeType("str_ascii_iterator", PySeqIterator.class);
  static final PyType STR = makeType("str_iterator", PySeqIterator.class);
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

  /** {@code iter_reduce}, {@code listiter_reduce_general}, …: {@code (iter, (seq,), index)}. */
  @Override
  public PyTuple reduce() {
    Object iter = IteratorMethods.builtin("iter");
    if (seq != null) {
      return new PyTuple(iter, new PyTuple(seq), (long) index);
    }
    // an exhausted iterator reduces to one over an empty sequence of its kind
    Object empty = type == LIST ? new PyList() : type == STR || type == STR_ASCII ? "" : PyTuple.EMPTY;
    return new PyTuple(iter, new PyTuple(empty));
  }

  /** {@code iter_setstate} and the like: the index, clipped to the sequence. */
  @Override
  public void setState(Object state) {
    long i = IteratorMethods.ssize(state);
    if (seq != null) {
      // the generic iterator does not know its sequence's length, the others clip to it
      long max = type == TYPE ? Integer.MAX_VALUE : length();
      index = (int) IteratorMethods.clamp(i, 0, max);
    }
  }

  /** {@code iter_len}, {@code listiter_len}, …: the items left, 0 once exhausted. */
  @Override
  public Object lengthHint() {
    if (seq == null) {
      return 0L;
    }
    if (type == TYPE && !PyType.of(seq).hasSlot(SpecialMethod.op_len)) {
      return PyNotImplemented.NOT_IMPLEMENTED;
    }
    return Math.max(0L, (long) length() - index);
  }

  private int length() {
    Object s = seq;
    if (s instanceof String str) {
      return str.length();
    } else if (s instanceof PyCodePoints p) {
      return p.length();
    } else if (s instanceof PyBytes || s instanceof PyByteArray) {
      return ByteSeq.len(s);
    }
    return Abstract.size(s);
  }
}
