package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import org.taipan.object.Abstract;
import org.taipan.object.Getter;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;

/**
 * {@code contextvars.Token}, CPython's {@code PyContextToken}: what {@code ContextVar.set}
 * returns, to undo it once with {@code ContextVar.reset} in the same context.
 */
final class PyContextToken {
  static final PyType TYPE =
      DataSupport.type("Token", "_contextvars", PyContextToken.class, MethodHandles.lookup(),
          null, null, PyContextToken.class);

  /** {@code Token.MISSING}: the old value of a variable that had none. */
  static final Object MISSING = new Missing();

  static {
    DataSupport.genericAlias(TYPE);
    TYPE.defineBuiltin("MISSING", MISSING);
  }

  final PyContext context;
  final PyContextVar var;
  /** The value before the set, or null when there was none. */
  final Object oldValue;
  boolean used;

  PyContextToken(PyContext context, PyContextVar var, Object oldValue) {
    this.context = context;
    this.var = var;
    this.oldValue = oldValue;
  }

  private static PyContextToken self(Object o) {
    return (PyContextToken) o;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    throw PyErr.format(PyExc.RuntimeError, "Tokens can only be created by ContextVars");
  }

  @Getter("var")
  static Object varAttr(Object self) {
    return self(self).var;
  }

  @Getter("old_value")
  static Object oldValueAttr(Object self) {
    Object v = self(self).oldValue;
    return v == null ? MISSING : v;
  }

  static Object __repr__(Object self) {
    PyContextToken t = self(self);
    return String.format("<Token%s var=%s at 0x%012x>", t.used ? " used" : "",
        Abstract.reprJava(t.var), DataSupport.address(t));
  }

  /** The type of {@code Token.MISSING}, whose repr is {@code <Token.MISSING>}. */
  static final class Missing implements PyObject {
    static final PyType TYPE =
        DataSupport.type("MISSING", "Token", Missing.class, MethodHandles.lookup(),
            null, null);

    @Override
    public PyType getType() {
      return TYPE;
    }

    static Object __repr__(Object self) {
      return "<Token.MISSING>";
    }
  }
}
