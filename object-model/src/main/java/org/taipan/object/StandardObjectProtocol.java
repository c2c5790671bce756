package org.taipan.object;

import aQute.bnd.annotation.spi.ServiceProvider;
import org.taipan.api.object.ObjectProtocol;

/**
 * The object model's provider of the {@link ObjectProtocol} SPI: every operation delegates to the
 * abstract layer ({@link Abstract}, {@link PyNumber}), CPython's {@code Objects/abstract.c}.
 */
@ServiceProvider(ObjectProtocol.class)
public final class StandardObjectProtocol implements ObjectProtocol {

  /** The service constructor. */
  public StandardObjectProtocol() {}

  @Override
  public Object type(Object o) {
    return PyType.of(o);
  }

  @Override
  public Object getAttr(Object o, String name) {
    return Abstract.getAttr(o, name);
  }

  @Override
  public void setAttr(Object o, String name, Object value) {
    Abstract.setAttr(o, name, value);
  }

  @Override
  public Object call(Object callable, Object[] args, String[] kwnames) {
    return Abstract.call(callable, args, kwnames == null || kwnames.length == 0 ? null : kwnames);
  }

  @Override
  public Object repr(Object o) {
    return Abstract.repr(o);
  }

  @Override
  public Object str(Object o) {
    return Abstract.str(o);
  }

  @Override
  public boolean isTrue(Object o) {
    return Abstract.isTrue(o);
  }

  @Override
  public long hash(Object o) {
    return Abstract.hash(o);
  }

  @Override
  public Object richCompare(Object a, Object b, CompareOp op) {
    return Abstract.richCompare(a, b, op.ordinal());
  }

  @Override
  public Object binaryOp(Object a, Object b, BinaryOp op) {
    return PyNumber.binaryOp(op.ordinal(), a, b);
  }

  @Override
  public Object iter(Object o) {
    return Abstract.iter(o);
  }

  @Override
  public Object next(Object iterator) {
    return Abstract.next(iterator);
  }
}
