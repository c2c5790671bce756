package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.Setter;

/**
 * {@code _collections._tuplegetter}, the field descriptor of {@code namedtuple} classes: reads
 * item {@code index} of a tuple, refuses assignment.
 */
final class TupleGetter {
  static final PyType TYPE =
      DataSupport.type("_tuplegetter", "_collections", TupleGetter.class, MethodHandles.lookup(),
          null, null, TupleGetter.class);

  final int index;
  Object doc;

  TupleGetter(int index, Object doc) {
    this.index = index;
    this.doc = doc;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    CallArgs a = new CallArgs(args, kwnames).noKeywords("_tuplegetter");
    a.positional("_tuplegetter", 2, 2);
    long i = DataSupport.asSsize(a.positional[0]);
    return new TupleGetter((int) i, a.positional[1]);
  }

  static Object __get__(Object self, Object obj, Object type) {
    TupleGetter g = (TupleGetter) self;
    if (obj == null) {
      return self;
    }
    if (!(obj instanceof PyTuple t)) {
      throw PyErr.format(PyExc.TypeError,
          "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object",
          g.index, DataSupport.typeName(obj));
    }
    if (g.index < 0 || g.index >= t.size()) {
      throw PyErr.format(PyExc.IndexError, "tuple index out of range");
    }
    return t.get(g.index);
  }

  static Object __set__(Object self, Object obj, Object value) {
    throw PyErr.format(PyExc.AttributeError, "can't set attribute");
  }

  static Object __delete__(Object self, Object obj) {
    throw PyErr.format(PyExc.AttributeError, "can't delete attribute");
  }

  @PythonMethod
  static Object __reduce__(Object self) {
    TupleGetter g = (TupleGetter) self;
    return new PyTuple(TYPE, new PyTuple((long) g.index, g.doc));
  }

  @Getter("__doc__")
  static Object doc(Object self) {
    return ((TupleGetter) self).doc;
  }

  @Setter("__doc__")
  static void setDoc(Object self, Object v) {
    ((TupleGetter) self).doc = v == null ? PyNone.NONE : v;
  }
}
