package org.taipan.stdlib.core.data;

import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.security.SecureRandom;
import org.taipan.api.expose.Default;
import org.taipan.api.expose.PythonMethod;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyLong;
import org.taipan.object.PyNone;
import org.taipan.object.PyNumber;
import org.taipan.object.PyObject;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.object.WithDict;

/**
 * {@code _random.Random}, CPython's {@code Modules/_randommodule.c}: the Mersenne Twister
 * MT19937 of Matsumoto and Nishimura, seeded as CPython seeds it (an int seeds {@code
 * init_by_array} with the 32-bit words of its absolute value, least significant first; any other
 * object with its hash; None with the system's entropy), so that the sequences match CPython's.
 */
class PyRandom {
  static final PyType TYPE =
      DataSupport.type("Random", "_random", PyRandom.class, MethodHandles.lookup(),
          Derived::new, null, PyRandom.class);

  static {
    TYPE.defineBuiltin("__doc__",
        "Random() -> create a random number generator with its own internal state.");
  }

  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] mt = new int[N];
  /** The next word of {@link #mt} to temper ({@code N} means regenerate first). */
  private int index;

  PyRandom() {}

  /** An instance of a Python subclass ({@code random.Random}). */
  static final class Derived extends PyRandom implements PyObject, WithDict {
    private final PyType type;
    private PyDict dict;

    Derived(PyType type) {
      this.type = type;
    }

    @Override
    public PyType getType() {
      return type;
    }

    @Override
    public PyDict getDict() {
      if (dict == null) {
        dict = new PyDict();
      }
      return dict;
    }
  }

  private static PyRandom self(Object o) {
    return (PyRandom) o;
  }

  // ---------------------------------------------------------------- the generator

  /** {@code genrand_uint32}: the next 32 random bits. */
  int next32() {
    int[] m = mt;
    if (index >= N) {
      int kk = 0;
      int y;
      for (; kk < N - M; kk++) {
        y = (m[kk] & UPPER_MASK) | (m[kk + 1] & LOWER_MASK);
        m[kk] = m[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      }
      for (; kk < N - 1; kk++) {
        y = (m[kk] & UPPER_MASK) | (m[kk + 1] & LOWER_MASK);
        m[kk] = m[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      }
      y = (m[N - 1] & UPPER_MASK) | (m[0] & LOWER_MASK);
      m[N - 1] = m[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
      index = 0;
    }
    int y = m[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** {@code init_genrand}. */
  private void initGenrand(int s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  /** {@code init_by_array}. */
  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** {@code random_seed}: seeds from an int, another hashable object, or None. */
  void seed(Object arg) {
    if (arg == null || arg == PyNone.NONE) {
      int[] key = new int[N];
      SecureRandom r = new SecureRandom();
      for (int i = 0; i < N; i++) {
        key[i] = r.nextInt();
      }
      initByArray(key);
      return;
    }
    BigInteger n;
    if (PyLong.isInt(arg)) {
      n = PyLong.big(arg).abs();
    } else {
      long h = Abstract.hash(arg);
      n = new BigInteger(Long.toUnsignedString(h));
    }
    int words = n.signum() == 0 ? 1 : (n.bitLength() - 1) / 32 + 1;
    int[] key = new int[words];
    for (int w = 0; w < words; w++) {
      key[w] = n.shiftRight(32 * w).intValue();
    }
    initByArray(key);
  }

  /** {@code random_random}: a float in [0, 1) from 53 random bits. */
  double random() {
    int a = next32() >>> 5;
    int b = next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** {@code _random_Random_getrandbits_impl}: {@code k} random bits, least significant first. */
  Object getrandbits(int k) {
    if (k < 0) {
      throw PyErr.format(PyExc.ValueError, "number of bits must be non-negative");
    }
    if (k == 0) {
      return 0L;
    }
    if (k <= 32) {
      return Integer.toUnsignedLong(next32()) >>> (32 - k);
    }
    int words = (k - 1) / 32 + 1;
    byte[] be = new byte[words * 4];
    for (int w = 0; w < words; w++, k -= 32) {
      int r = next32();
      if (k < 32) {
        r >>>= 32 - k;
      }
      int at = be.length - 4 * (w + 1);
      be[at] = (byte) (r >>> 24);
      be[at + 1] = (byte) (r >>> 16);
      be[at + 2] = (byte) (r >>> 8);
      be[at + 3] = (byte) r;
    }
    return PyLong.normalize(new BigInteger(1, be));
  }

  // ---------------------------------------------------------------- Python methods

  static Object __new__(PyType cls, Object[] args, String[] kwnames) {
    return cls == TYPE ? new PyRandom() : new Derived(cls);
  }

  /** {@code random_init}: keywords are refused unless a subclass brings its own __init__. */
  static Object __init__(Object self, Object[] args, String[] kwnames) {
    PyType t = PyType.of(self);
    CallArgs a = new CallArgs(args, kwnames);
    if (t == TYPE || t.lookup("__init__") == TYPE.lookup("__init__")) {
      a.noKeywords("Random");
    }
    if (a.count() > 1) {
      throw PyErr.format(PyExc.TypeError, "Random() requires 0 or 1 argument");
    }
    self(self).seed(a.count() == 1 ? a.positional[0] : null);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object seed(Object self, @Default("None") Object n) {
    self(self).seed(n);
    return PyNone.NONE;
  }

  @PythonMethod
  static Object random(Object self) {
    return self(self).random();
  }

  @PythonMethod
  static Object getrandbits(Object self, Object k) {
    Object i = PyNumber.index(k);
    if (!(i instanceof Long l) || l != (int) (long) l) {
      throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
    }
    return self(self).getrandbits((int) (long) l);
  }

  @PythonMethod
  static Object getstate(Object self) {
    PyRandom r = self(self);
    Object[] items = new Object[N + 1];
    for (int i = 0; i < N; i++) {
      items[i] = Integer.toUnsignedLong(r.mt[i]);
    }
    items[N] = (long) r.index;
    return new PyTuple(items);
  }

  @PythonMethod
  static Object setstate(Object self, Object state) {
    if (!(state instanceof PyTuple t)) {
      throw PyErr.format(PyExc.TypeError, "state vector must be a tuple");
    }
    if (t.size() != N + 1) {
      throw PyErr.format(PyExc.ValueError, "state vector is the wrong size");
    }
    int[] fresh = new int[N];
    for (int i = 0; i < N; i++) {
      fresh[i] = (int) asUnsignedLong(t.get(i));
    }
    Object last = PyNumber.index(t.get(N));
    if (!(last instanceof Long l)) {
      throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
    }
    if (l < 0 || l > N) {
      throw PyErr.format(PyExc.ValueError, "invalid state");
    }
    PyRandom r = self(self);
    r.index = (int) (long) l;
    System.arraycopy(fresh, 0, r.mt, 0, N);
    return PyNone.NONE;
  }

  /** {@code PyLong_AsUnsignedLong}: an int (no {@code __index__}) as 64 bits. */
  private static long asUnsignedLong(Object v) {
    if (!PyLong.isInt(v)) {
      throw PyErr.format(PyExc.TypeError, "an integer is required");
    }
    BigInteger b = PyLong.big(v);
    if (b.signum() < 0) {
      throw PyErr.format(PyExc.OverflowError, "can't convert negative value to unsigned int");
    }
    if (b.bitLength() > 64) {
      throw PyErr.format(PyExc.OverflowError,
          "Python int too large to convert to C unsigned long");
    }
    return b.longValue();
  }
}
