package org.taipan.stdlib.core.os;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNone;
import org.taipan.object.PyObject;
import org.taipan.object.PyType;

/**
 * {@code posix.ScandirIterator}, what {@code os.scandir} returns: an iterator of {@link DirEntry}
 * over an open directory stream that is also a context manager closing it.
 */
final class ScandirIterator implements PyObject {
  static final PyType TYPE = PyType.fromSpec(
      PyType.Spec.of("ScandirIterator", ScandirIterator.class, MethodHandles.lookup())
          .module("posix").notBaseType());

  private final FsPaths.Path path;
  private final DirStream stream;

  ScandirIterator(FsPaths.Path path, DirStream stream) {
    this.path = path;
    this.stream = stream;
  }

  @Override
  public PyType getType() {
    return TYPE;
  }

  static Object __iter__(Object self) {
    return self;
  }

  static Object __next__(Object self) {
    ScandirIterator it = (ScandirIterator) self;
    DirStream.Entry e = it.stream.next();
    if (e == null) {
      it.stream.close();
      throw PyErr.newException(PyExc.StopIteration);
    }
    return new DirEntry(it.path, e);
  }

  @PythonMethod
  static Object close(Object self) {
    ((ScandirIterator) self).stream.close();
    return PyNone.NONE;
  }

  @PythonMethod
  static Object __enter__(Object self) {
    return self;
  }

  @PythonMethod
  static Object __exit__(Object self, Object[] args) {
    ((ScandirIterator) self).stream.close();
    return false;
  }
}
