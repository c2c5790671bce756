package org.taipan.stdlib.core.text;

import java.lang.invoke.MethodHandles;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Getter;
import org.taipan.object.PyNone;
import org.taipan.object.PyType;
import org.taipan.stdlib.core.sre.SreException;
import org.taipan.stdlib.core.sre.SreMatch;
import org.taipan.stdlib.core.sre.SreScanner;

/**
 * {@code _sre.SRE_Scanner}, CPython's {@code ScannerObject}: successive matches of a pattern over
 * one string, behind {@code Pattern.finditer} and {@code re.Scanner}.
 */
final class PyScanner {
  static final PyType TYPE = TextSupport.finalType("SRE_Scanner", "_sre", PyScanner.class,
      MethodHandles.lookup());

  private final PyPattern pattern;
  private final SreString string;
  private final SreScanner scanner;

  PyScanner(PyPattern pattern, SreString string, SreScanner scanner) {
    this.pattern = pattern;
    this.string = string;
    this.scanner = scanner;
  }

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    throw TextSupport.noNew(TYPE);
  }

  private Object wrap(SreMatch m) {
    return m == null ? PyNone.NONE : new PyMatch(pattern, string, m);
  }

  @PythonMethod
  static Object match(Object self) {
    PyScanner s = (PyScanner) self;
    try {
      return s.wrap(s.scanner.match());
    } catch (SreException e) {
      throw PyPattern.engineError(e);
    }
  }

  @PythonMethod
  static Object search(Object self) {
    PyScanner s = (PyScanner) self;
    try {
      return s.wrap(s.scanner.search());
    } catch (SreException e) {
      throw PyPattern.engineError(e);
    }
  }

  @Getter("pattern")
  static Object pattern(Object self) {
    return ((PyScanner) self).pattern;
  }
}
