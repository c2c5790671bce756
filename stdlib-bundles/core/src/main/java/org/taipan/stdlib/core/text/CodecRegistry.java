package org.taipan.stdlib.core.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.taipan.object.Abstract;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyImport;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyUnicode;

/**
 * The codec registry of one interpreter, CPython's {@code Python/codecs.c}: the search functions,
 * the cache of codec infos by normalized name, and the error handlers by name. One registry
 * belongs to each interpreter (found through its {@code sys} module), as CPython keeps it in the
 * interpreter state.
 */
final class CodecRegistry {
  private static final Map<Object, CodecRegistry> BY_INTERPRETER =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final List<Object> searchFunctions = new ArrayList<>();
  private final PyDict cache = new PyDict();
  private final PyDict errorHandlers = new PyDict();
  private boolean initialized;

  private CodecRegistry() {
    ErrorHandlers.registerBuiltins(errorHandlers);
  }

  /** The registry of the calling interpreter. */
  static CodecRegistry current() {
    Object sys = PyImport.importModule("sys");
    return BY_INTERPRETER.computeIfAbsent(sys, k -> new CodecRegistry());
  }

  /** {@code _PyCodecRegistry_Init}: the standard search function comes from {@code encodings}. */
  private void init() {
    if (!initialized) {
      initialized = true;
      PyImport.importModule("encodings");
    }
  }

  void register(Object search) {
    if (!Abstract.isCallable(search)) {
      throw PyErr.format(PyExc.TypeError, "argument must be callable");
    }
    init();
    searchFunctions.add(search);
  }

  void unregister(Object search) {
    for (int i = 0; i < searchFunctions.size(); i++) {
      if (searchFunctions.get(i) == search) {
        searchFunctions.remove(i);
        cache.clear();
        return;
      }
    }
  }

  void forget(String encoding) {
    cache.remove(normalize(encoding));
  }

  /**
   * {@code _Py_normalize_encoding} as the registry uses it: ASCII letters, digits and dots kept
   * (lower-cased), every run of other bytes of the UTF-8 form one underscore, none leading or
   * trailing.
   */
  static String normalize(String encoding) {
    byte[] b = encoding.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(b.length);
    boolean punct = false;
    for (byte x : b) {
      char c = (char) (x & 0xff);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (alnum || c == '.') {
        if (punct && sb.length() > 0) {
          sb.append('_');
        }
        punct = false;
        sb.append(Character.toLowerCase(c));
      } else {
        punct = true;
      }
    }
    return sb.toString();
  }

  /** {@code _PyCodec_Lookup}: the codec info (a 4-tuple or CodecInfo) of an encoding. */
  Object lookup(String encoding) {
    String norm = normalize(encoding);
    Object hit = cache.get(norm);
    if (hit != null) {
      return hit;
    }
    init();
    for (Object f : new ArrayList<>(searchFunctions)) {
      Object r = Abstract.call(f, norm);
      if (r == PyNone.NONE) {
        continue;
      }
      if (!(r instanceof PyTuple t) || t.size() != 4) {
        throw PyErr.format(PyExc.TypeError, "codec search functions must return 4-tuples");
      }
      cache.put(norm, r);
      return r;
    }
    throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
  }

  void registerError(String name, Object handler) {
    if (!Abstract.isCallable(handler)) {
      throw PyErr.format(PyExc.TypeError, "handler must be callable");
    }
    errorHandlers.put(name, handler);
  }

  /** {@code PyCodec_LookupError}: the handler registered under a name ("strict" for None). */
  Object lookupError(String name) {
    Object h = errorHandlers.get(name == null ? "strict" : name);
    if (h == null) {
      throw PyErr.format(PyExc.LookupError, "unknown error handler name '%.400s'", name);
    }
    return h;
  }

  /** The str value of an encoding or errors argument. */
  static String str(Object o) {
    return PyUnicode.asJavaString(o);
  }
}
