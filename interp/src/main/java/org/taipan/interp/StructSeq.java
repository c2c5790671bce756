package org.taipan.interp;

import java.lang.invoke.MethodHandles;
import org.taipan.object.Abstract;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * A named, read-only sequence such as {@code sys.version_info} or {@code sys.flags}: CPython's
 * struct sequences ({@code Objects/structseq.c}). It compares and indexes like a tuple and exposes
 * its fields as attributes.
 */
final class StructSeq implements PyObject {
  private static final PyType BASE =
      PyType.fromSpec(
          PyType.Spec.of("structseq", StructSeq.class, MethodHandles.lookup()).notBaseType());

  private final String typeName;
  private final String[] names;
  final PyTuple values;

  StructSeq(String typeName, String[] names, Object[] values) {
    this.typeName = typeName;
    this.names = names;
    this.values = new PyTuple(values);
  }

  @Override
  public PyType getType() {
    return BASE;
  }

  static Object __getattribute__(Object self, Object name) {
    StructSeq s = (StructSeq) self;
    String n = PyUnicode.asJavaString(name);
    for (int i = 0; i < s.names.length; i++) {
      if (s.names[i].equals(n)) {
        return s.values.get(i);
      }
    }
    throw PyErr.attributeError(
        self, n, String.format("'%s' object has no attribute '%s'", s.typeName, n));
  }

  static Object __repr__(Object self) {
    StructSeq s = (StructSeq) self;
    StringBuilder sb = new StringBuilder(s.typeName).append('(');
    for (int i = 0; i < s.names.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(s.names[i]).append('=').append(Abstract.reprJava(s.values.get(i)));
    }
    return sb.append(')').toString();
  }

  static Object __len__(Object self) {
    return (long) ((StructSeq) self).values.size();
  }

  static Object __getitem__(Object self, Object key) {
    return Abstract.getItem(((StructSeq) self).values, key);
  }

  static Object __iter__(Object self) {
    return Abstract.iter(((StructSeq) self).values);
  }

  static Object __hash__(Object self) {
    return Abstract.hash(((StructSeq) self).values);
  }

  private static Object other(Object o) {
    return o instanceof StructSeq s ? s.values : o;
  }

  static Object __eq__(Object a, Object b) {
    return Abstract.richCompare(((StructSeq) a).values, other(b), Abstract.EQ);
  }

  static Object __ne__(Object a, Object b) {
    return Abstract.richCompare(((StructSeq) a).values, other(b), Abstract.NE);
  }

  static Object __lt__(Object a, Object b) {
    return Abstract.richCompare(((StructSeq) a).values, other(b), Abstract.LT);
  }

  static Object __le__(Object a, Object b) {
    return Abstract.richCompare(((StructSeq) a).values, other(b), Abstract.LE);
  }

  static Object __gt__(Object a, Object b) {
    return Abstract.richCompare(((StructSeq) a).values, other(b), Abstract.GT);
  }

  static Object __ge__(Object a, Object b) {
    return Abstract.richCompare(((StructSeq) a).values, other(b), Abstract.GE);
  }

  static Object __setattr__(Object self, Object name, Object value) {
    throw PyErr.format(PyExc.AttributeError, "readonly attribute");
  }
}
