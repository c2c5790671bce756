package org.taipan.stdlib.core.data;

import java.math.BigInteger;
import java.nio.charset.Charset;
import org.taipan.api.expose.ModuleExec;
import org.taipan.api.expose.PythonMethod;
import org.taipan.api.expose.PythonModule;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyImport;
import org.taipan.object.PyList;
import org.taipan.object.PyModule;
import org.taipan.object.PyNumber;
import org.taipan.object.PyType;
import org.taipan.object.PyUnicode;

/**
 * The {@code array} module, CPython's {@code Modules/arraymodule.c}: the {@link PyArray} type and
 * {@code _array_reconstructor}, which unpickles an array from the bytes of any machine's format.
 */
@PythonModule(value = "array", doc = ArrayModule.DOC)
public final class ArrayModule {
  private ArrayModule() {}

  static final String DOC = "This module defines an object type which can efficiently represent\n"
      + "an array of basic values: characters, integers, floating point\n"
      + "numbers.  Arrays are sequence types and behave very much like lists,\n"
      + "except that the type of objects stored in them is constrained.\n";

  private static Object reconstructor;

  @ModuleExec
  public static void exec(PyModule m) {
    m.put("typecodes", ArrayTypecode.TYPECODES);
    m.put("array", PyArray.TYPE);
    m.put("ArrayType", PyArray.TYPE);
    reconstructor = Abstract.getAttr(m, "_array_reconstructor");
    Object abc = PyImport.importModule("collections.abc");
    Abstract.callMethod(Abstract.getAttr(abc, "MutableSequence"), "register", PyArray.TYPE);
  }

  /** The module's {@code _array_reconstructor} function, for {@code __reduce_ex__}. */
  static Object reconstructor() {
    return reconstructor;
  }

  /**
   * {@code _array_reconstructor(arraytype, typecode, mformat_code, items, /)}: an array of {@code
   * arraytype} from the bytes {@code items} written in machine format {@code mformat_code}.
   */
  @PythonMethod
  public static Object _array_reconstructor(Object arraytype, Object typecode, Object mformatCode,
      Object items) {
    if (!(arraytype instanceof PyType t)) {
      throw DataSupport.typeError("first argument must be a type object, not %.200s",
          DataSupport.typeName(arraytype));
    }
    if (!t.isSubtypeOf(PyArray.TYPE)) {
      throw DataSupport.typeError("%.200s is not a subtype of array.array", t.getName());
    }
    if (!PyUnicode.isStr(typecode) || PyUnicode.length(typecode) != 1) {
      throw DataSupport.typeError(
          "_array_reconstructor() argument 2 must be a unicode character, not %.50s",
          DataSupport.typeName(typecode));
    }
    long mformat = DataSupport.asSsize(PyNumber.index(mformatCode));
    if (!(items instanceof PyBytes bytes)) {
      throw DataSupport.typeError("fourth argument should be bytes, not %.200s",
          DataSupport.typeName(items));
    }
    int code = PyUnicode.codePoints(typecode)[0];
    ArrayTypecode tc = ArrayTypecode.of(code);
    if (tc == null) {
      throw DataSupport.valueError("second argument must be a valid type code");
    }
    if (mformat < 0 || mformat > 21) {
      throw DataSupport.valueError("third argument must be a valid machine format code.");
    }
    if (mformat == tc.mformat) {
      return ArrayMethods.newArray(t, code, bytes);
    }
    byte[] b = bytes.toByteArray();
    int m = (int) mformat;
    // CPython's table gives the UTF-16 and UTF-32 formats sizes of 4 and 8
    int size = m >= 18 ? (m < 20 ? 4 : 8) : m >= 16 ? 8 : m >= 14 ? 4
        : m < 2 ? 1 : m < 6 ? 2 : m < 10 ? 4 : 8;
    if (b.length % size != 0) {
      throw DataSupport.valueError("string length not a multiple of item size");
    }
    boolean bigEndian = m >= 2 && m % 2 == 1;
    if (m >= 18) {
      String cs = (m < 20 ? "UTF-16" : "UTF-32") + (bigEndian ? "BE" : "LE");
      Object str = PyUnicode.wrap(new String(b, Charset.forName(cs)));
      return ArrayMethods.newArray(t, code, str);
    }
    Object[] values = new Object[b.length / size];
    boolean signed = m >= 14 || (m < 2 ? m == 1 : (m / 2) % 2 == 0);
    for (int k = 0; k < values.length; k++) {
      byte[] item = new byte[size];
      for (int j = 0; j < size; j++) {
        item[j] = b[k * size + (bigEndian ? j : size - 1 - j)];
      }
      BigInteger v = signed ? new BigInteger(item) : new BigInteger(1, item);
      if (m >= 16) {
        values[k] = Double.longBitsToDouble(v.longValue());
      } else if (m >= 14) {
        values[k] = (double) Float.intBitsToFloat(v.intValue());
      } else {
        values[k] = v.bitLength() < 64 ? (Object) v.longValue() : v;
      }
    }
    if (m < 14) {
      // the last integer typecode of the item's size and signedness, as CPython picks it
      for (ArrayTypecode c : ArrayTypecode.values()) {
        if (c.isInteger() && c.itemsize == size && c.signed == signed) {
          code = c.code;
        }
      }
    }
    return ArrayMethods.newArray(t, code, PyList.wrap(values));
  }
}
