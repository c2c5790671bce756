package org.taipan.stdlib.core.os;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * Struct sequence types such as {@code os.stat_result} and {@code time.struct_time}, CPython's
 * {@code Objects/structseq.c}: subclasses of {@code tuple} whose first {@code n_sequence_fields}
 * items are the tuple and whose other fields are reachable only by name. A field whose name is
 * null is unnamed (CPython's {@code PyStructSequence_UnnamedField}).
 */
public final class StructSeqType {
  private static final Map<PyType, StructSeqType> TYPES = new ConcurrentHashMap<>();
  private static final PyType TUPLE = PyType.of(PyTuple.EMPTY);

  final PyType type;
  final String[] fields;
  final int visible;
  /** Adjusts the hidden fields after {@code __new__} (stat_result copies the int times). */
  final Consumer<Value> fixup;

  private StructSeqType(String module, String name, String[] fields, int visible, String doc,
      Consumer<Value> fixup) {
    this.fields = fields;
    this.visible = visible;
    this.fixup = fixup;
    this.type = PyType.fromSpec(PyType.Spec.of(name, Impl.class, MethodHandles.lookup())
        .module(module).base(TUPLE).classes().notBaseType());
    Map<String, Object> ns = type.namespace();
    int unnamed = 0;
    List<Object> matchArgs = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i] == null) {
        unnamed++;
        continue;
      }
      ns.put(fields[i], new Field(this, i));
      if (i < visible) {
        matchArgs.add(fields[i]);
      }
    }
    ns.put("n_sequence_fields", (long) visible);
    ns.put("n_fields", (long) fields.length);
    ns.put("n_unnamed_fields", (long) unnamed);
    ns.put("__match_args__", PyTuple.of(matchArgs));
    ns.put("__doc__", doc == null ? PyNone.NONE : doc);
    TYPES.put(type, this);
  }

  /** A new struct sequence type. */
  public static StructSeqType create(String module, String name, String[] fields, int visible,
      String doc) {
    return new StructSeqType(module, name, fields, visible, doc, null);
  }

  /** A new struct sequence type whose {@code __new__} post-processes its values. */
  public static StructSeqType create(String module, String name, String[] fields, int visible,
      String doc, Consumer<Value> fixup) {
    return new StructSeqType(module, name, fields, visible, doc, fixup);
  }

  /** The Python type. */
  public PyType type() {
    return type;
  }

  /** A new instance from all its fields ({@code PyStructSequence_New} then set items). */
  public Value make(Object... values) {
    if (values.length != fields.length) {
      throw new IllegalArgumentException(type.getName() + " has " + fields.length + " fields");
    }
    Object[] seq = new Object[visible];
    Object[] hidden = new Object[fields.length - visible];
    System.arraycopy(values, 0, seq, 0, visible);
    System.arraycopy(values, visible, hidden, 0, hidden.length);
    return new Value(this, seq, hidden);
  }

  /** An instance: a tuple of the visible fields plus the hidden ones. */
  public static final class Value extends PyTuple implements PyObject {
    final StructSeqType desc;
    final Object[] hidden;

    Value(StructSeqType desc, Object[] seq, Object[] hidden) {
      super(seq);
      this.desc = desc;
      this.hidden = hidden;
    }

    @Override
    public PyType getType() {
      return desc.type;
    }

    /** Field {@code i}, counting visible fields first. */
    public Object get(int i) {
      return i < desc.visible ? Abstract.getItem(this, (long) i) : hidden[i - desc.visible];
    }

    /** Sets hidden field {@code i} (for fix-ups while being made). */
    public void setHidden(int i, Object v) {
      hidden[i - desc.visible] = v;
    }
  }

  /** A field's descriptor, a read-only member as CPython shows it. */
  static final class Field implements PyObject {
    private static final PyType TYPE = PyType.fromSpec(
        PyType.Spec.of("member_descriptor", Field.class, MethodHandles.lookup()).notBaseType());
    final StructSeqType owner;
    final int index;

    Field(StructSeqType owner, int index) {
      this.owner = owner;
      this.index = index;
    }

    @Override
    public PyType getType() {
      return TYPE;
    }

    static Object __get__(Object self, Object obj, Object type) {
      Field f = (Field) self;
      if (obj == null) {
        return self;
      }
      if (!(obj instanceof Value v) || !v.getType().isSubtypeOf(f.owner.type)) {
        throw PyErr.format(PyExc.TypeError,
            "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
            f.owner.fields[f.index], f.owner.type.getName(), PyType.of(obj).getName());
      }
      return v.get(f.index);
    }

    static Object __set__(Object self, Object obj, Object value) {
      throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    static Object __delete__(Object self, Object obj) {
      throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    static Object __repr__(Object self) {
      Field f = (Field) self;
      return "<member '" + f.owner.fields[f.index] + "' of '" + f.owner.type.fullName()
          + "' objects>";
    }
  }

  /** The type's special methods and methods ({@code structseq_new}, repr, reduce). */
  static final class Impl {
    private Impl() {}

    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
      StructSeqType d = TYPES.get(cls);
      int nkw = kwnames == null ? 0 : kwnames.length;
      int npos = args.length - nkw;
      Object sequence = null;
      Object dict = PyNone.NONE;
      for (int i = 0; i < npos; i++) {
        if (i == 0) {
          sequence = args[0];
        } else if (i == 1) {
          dict = args[1];
        } else {
          throw PyErr.format(PyExc.TypeError,
              "structseq() takes at most 2 arguments (%d given)", args.length);
        }
      }
      for (int i = 0; i < nkw; i++) {
        String k = kwnames[i];
        Object v = args[npos + i];
        if (k.equals("sequence") && sequence == null) {
          sequence = v;
        } else if (k.equals("dict") && npos < 2) {
          dict = v;
        } else {
          throw PyErr.format(PyExc.TypeError,
              "'%s' is an invalid keyword argument for structseq()", k);
        }
      }
      if (sequence == null) {
        throw PyErr.format(PyExc.TypeError,
            "structseq() missing required argument 'sequence' (pos 1)");
      }
      PyTuple seq = PyTuple.fromIterable(sequence);
      int len = Abstract.size(seq);
      int min = d.visible;
      int max = d.fields.length;
      String name = cls.fullName();
      if (dict != PyNone.NONE && !(dict instanceof PyDict)) {
        throw PyErr.format(PyExc.TypeError,
            "%.500s() takes a dict as second arg, if any", name);
      }
      if (len < min) {
        if (min == max) {
          throw PyErr.format(PyExc.TypeError, "%.500s() takes a %d-sequence (%d-sequence given)",
              name, min, len);
        }
        throw PyErr.format(PyExc.TypeError,
            "%.500s() takes an at least %d-sequence (%d-sequence given)", name, min, len);
      }
      if (len > max) {
        if (min == max) {
          throw PyErr.format(PyExc.TypeError, "%.500s() takes a %d-sequence (%d-sequence given)",
              name, min, len);
        }
        throw PyErr.format(PyExc.TypeError,
            "%.500s() takes an at most %d-sequence (%d-sequence given)", name, max, len);
      }
      Object[] all = new Object[max];
      for (int i = 0; i < max; i++) {
        if (i < len) {
          all[i] = Abstract.getItem(seq, (long) i);
        } else if (dict instanceof PyDict pd && d.fields[i] != null) {
          Object v = pd.get(d.fields[i]);
          all[i] = v == null ? PyNone.NONE : v;
        } else {
          all[i] = PyNone.NONE;
        }
      }
      Value v = d.make(all);
      if (d.fixup != null) {
        d.fixup.accept(v);
      }
      return v;
    }

    static Object __repr__(Object self) {
      Value v = (Value) self;
      StringBuilder sb = new StringBuilder(v.desc.type.fullName()).append('(');
      // As structseq_repr: the names are the named fields' in order, unnamed ones skipped.
      List<String> names = new ArrayList<>();
      for (String f : v.desc.fields) {
        if (f != null) {
          names.add(f);
        }
      }
      for (int i = 0; i < v.desc.visible; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(names.get(i)).append('=')
            .append(PyUnicode.asJavaString(Abstract.repr(Abstract.getItem(v, (long) i))));
      }
      return sb.append(')').toString();
    }

    @org.taipan.api.expose.PythonMethod
    static Object __reduce__(Object self) {
      Value v = (Value) self;
      PyDict d = new PyDict();
      for (int i = v.desc.visible; i < v.desc.fields.length; i++) {
        if (v.desc.fields[i] != null) {
          d.put(v.desc.fields[i], v.hidden[i - v.desc.visible]);
        }
      }
      Object[] seq = new Object[v.desc.visible];
      for (int i = 0; i < seq.length; i++) {
        seq[i] = Abstract.getItem(v, (long) i);
      }
      return new PyTuple(v.desc.type, new PyTuple(new PyTuple(seq), d));
    }
  }
}
