package org.taipan.interp;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.taipan.api.Flags;
import org.taipan.api.RuntimeContext;
import org.taipan.object.Abstract;
import org.taipan.object.JavaStreams;
import org.taipan.object.PyException;
import org.taipan.object.PyNone;
import org.taipan.object.PyUnicode;

/**
 * {@code sys.stdin}, {@code sys.stdout} and {@code sys.stderr}, CPython's {@code init_sys_streams}
 * and {@code create_stdio} ({@code Python/pylifecycle.c}), and what the runtime's Java code writes
 * to them.
 *
 * <p>With the {@code _io} module the streams are its objects, made through the module as CPython
 * makes them: a {@code TextIOWrapper} over a {@code BufferedReader}/{@code BufferedWriter} over a
 * {@code FileIO} on file descriptor 0, 1 or 2 ({@code closefd=False}) when the context's streams
 * are the process's own, or over an {@code _io.JavaStreamIO} on the embedder's Java streams
 * otherwise. Without {@code _io} (a bare interpreter) they are {@link PyTextIO}, a small stand-in,
 * which also serves as the preliminary {@code sys.stderr} while the interpreter starts.
 *
 * <p>The runtime's own output (error messages, the prompt, tracebacks) goes through the
 * Python-level {@code sys.stdout} and {@code sys.stderr}, as CPython's does, so it interleaves
 * with the program's in the same order.
 */
final class StandardStreams {
  private StandardStreams() {}

  /**
   * {@code _PySys_SetPreliminaryStderr}: until {@link #install} runs, {@code sys.stderr} writes
   * straight to the context's byte stream, so that what is reported while the import system boots
   * (its {@code -v} messages, an error) has somewhere to go.
   */
  static void installPreliminary(InterpreterState in) {
    Object stderr = new PyTextIO("<stderr>", in.context.stderr(), null, 2, true);
    in.sys.put("stderr", stderr);
    in.sys.put("__stderr__", stderr);
  }

  /** {@code init_sys_streams}: sets {@code sys.std*} and {@code sys.__std*__}. */
  static void install(InterpreterState in) {
    RuntimeContext ctx = in.context;
    if (in.sys.getDict().get("stderr") instanceof PyTextIO preliminary) {
      preliminary.flush();
    }
    Object stdin;
    Object stdout;
    Object stderr;
    if (in.importer.isBuiltin("_io")) {
      Object io = in.importer.importModule("_io");
      Flags flags = ctx.flags() == null ? Flags.defaults() : ctx.flags();
      String encoding = "utf-8";
      String errors = flags.utf8Mode() > 0 || legacyOrCoercedLocale(ctx)
          ? "surrogateescape" : "strict";
      String ioEncoding =
          flags.ignoreEnvironment() != 0 ? null : ctx.environment().get("PYTHONIOENCODING");
      if (ioEncoding != null && !ioEncoding.isEmpty()) {
        int colon = ioEncoding.indexOf(':');
        String enc = colon < 0 ? ioEncoding : ioEncoding.substring(0, colon);
        if (!enc.isEmpty()) {
          encoding = codecName(in, enc);
        }
        if (colon >= 0 && colon + 1 < ioEncoding.length()) {
          errors = ioEncoding.substring(colon + 1);
        }
      }
      Stdio s = new Stdio(io, !flags.unbuffered(), encoding);
      stdin = s.create(ctx.stdin(), 0, "<stdin>", errors);
      stdout = s.create(ctx.stdout(), 1, "<stdout>", errors);
      stderr = s.create(ctx.stderr(), 2, "<stderr>", "backslashreplace");
    } else {
      boolean unbuffered = ctx.flags() != null && ctx.flags().unbuffered();
      stdin = new PyTextIO("<stdin>", null, ctx.stdin(), 0, false);
      stdout = new PyTextIO("<stdout>", ctx.stdout(), null, 1, unbuffered);
      stderr = new PyTextIO("<stderr>", ctx.stderr(), null, 2, true);
    }
    in.sys.put("stdin", stdin);
    in.sys.put("__stdin__", stdin);
    in.sys.put("stdout", stdout);
    in.sys.put("__stdout__", stdout);
    in.sys.put("stderr", stderr);
    in.sys.put("__stderr__", stderr);
  }

  /**
   * {@code config_get_stdio_errors}: whether {@code LC_CTYPE} is the C or POSIX locale or one that
   * locale coercion targets ({@code C.UTF-8}, {@code C.utf8}, {@code UTF-8}), where standard
   * input and output use {@code surrogateescape}.
   */
  private static boolean legacyOrCoercedLocale(RuntimeContext ctx) {
    String name = null;
    for (String v : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      name = ctx.environment().get(v);
      if (name != null && !name.isEmpty()) {
        break;
      }
    }
    return name == null || name.isEmpty() || java.util.Set.of("C", "POSIX", "C.UTF-8", "C.utf8",
        "UTF-8").contains(name);
  }

  /** {@code config_get_codec_name}: the codec's own name for an encoding. */
  private static String codecName(InterpreterState in, String encoding) {
    if (!in.importer.isBuiltin("_codecs")) {
      return encoding;
    }
    Object info = Abstract.callMethod(in.importer.importModule("_codecs"), "lookup", encoding);
    return PyUnicode.asJavaString(Abstract.getAttr(info, "name"));
  }

  /** The settings shared by the three streams of {@code init_sys_streams}. */
  private record Stdio(Object io, boolean buffered, String encoding) {

    /** {@code create_stdio}: one text stream, or None when its file descriptor is not open. */
    Object create(Object javaStream, int fd, String name, String errors) {
      boolean write = fd != 0;
      // stdin is always buffered; -u makes stdout and stderr raw, written through
      boolean rawOnly = !buffered && write;
      Object buf;
      Object raw;
      if (isProcessStream(javaStream, fd)) {
        try {
          buf = Abstract.call(Abstract.getAttr(io, "open"),
              (long) fd, write ? "wb" : "rb", rawOnly ? 0L : -1L,
              PyNone.NONE, PyNone.NONE, PyNone.NONE, false);
        } catch (PyException e) {
          return PyNone.NONE;
        }
        raw = rawOnly ? buf : Abstract.getAttr(buf, "raw");
        Abstract.setAttr(raw, "name", name);
      } else if (javaStream == null) {
        return PyNone.NONE;
      } else {
        raw = JavaStreams.factory().rawStream(
            write ? null : (java.io.InputStream) javaStream,
            write ? (java.io.OutputStream) javaStream : null, name);
        buf = rawOnly ? raw
            : Abstract.call(Abstract.getAttr(io, write ? "BufferedWriter" : "BufferedReader"), raw);
      }
      boolean isatty = Abstract.isTrue(Abstract.callMethod(raw, "isatty"));
      boolean lineBuffering = buffered && (isatty || fd == 2);
      Object stream = Abstract.call(Abstract.getAttr(io, "TextIOWrapper"),
          buf, encoding, errors, "\n", lineBuffering, !buffered);
      Abstract.setAttr(stream, "mode", write ? "w" : "r");
      // they outlive every __del__ at exit, which may still print: nothing finalizes them
      for (Object o : new Object[] {stream, buf, raw}) {
        org.taipan.object.Finalizers.untrack(o);
      }
      return stream;
    }
  }

  /** Whether a context's stream is this process's file descriptor {@code fd} itself. */
  static boolean isProcessStream(Object stream, int fd) {
    FileDescriptor want = fd == 0 ? FileDescriptor.in : fd == 1 ? FileDescriptor.out
        : FileDescriptor.err;
    try {
      if (stream instanceof FileOutputStream f) {
        return f.getFD() == want;
      }
      if (stream instanceof FileInputStream f) {
        return f.getFD() == want;
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  // ---------------------------------------------------------------- the runtime's own output

  /**
   * Writes {@code text} to {@code sys.stderr} and flushes it; straight to the context's byte
   * stream when {@code sys.stderr} is missing or fails (CPython's {@code fprintf(stderr)} paths).
   */
  static void writeErr(InterpreterState in, String text) {
    Object err = in.sys.getDict().get("stderr");
    if (err != null && err != PyNone.NONE) {
      try {
        Abstract.callMethod(err, "write", text);
        Abstract.callMethod(err, "flush");
        return;
      } catch (PyException e) {
        // fall through to the byte stream
      }
    }
    try {
      in.context.stderr().write(text.getBytes(StandardCharsets.UTF_8));
      in.context.stderr().flush();
    } catch (IOException | RuntimeException e) {
      // nothing is left to report to
    }
  }

  /** {@code sys.stdout.flush()}, its failure ignored (CPython's {@code PyErr_Clear}). */
  static void flushStdout(InterpreterState in) {
    flushQuietly(in.sys.getDict().get("stdout"));
  }

  /** {@code sys.stderr.flush()}, its failure ignored. */
  static void flushStderr(InterpreterState in) {
    flushQuietly(in.sys.getDict().get("stderr"));
  }

  private static boolean flushQuietly(Object f) {
    if (f == null || f == PyNone.NONE) {
      return true;
    }
    try {
      Abstract.callMethod(f, "flush");
      return true;
    } catch (PyException e) {
      return false;
    }
  }

  /**
   * The flushes of {@code Py_FinalizeEx}: {@code flush_std_files} ({@code sys.stdout}, a failure
   * reported as "Exception ignored in: ...", then {@code sys.stderr}, each unless closed); then, as
   * {@code finalize_modules} puts {@code sys.__stdout__} and {@code sys.__stderr__} back before
   * flushing again, those too when the program had replaced them. False when a flush failed,
   * which makes the exit status 120.
   */
  static boolean flushAtExit(InterpreterState in) {
    Object out = in.sys.getDict().get("stdout");
    Object err = in.sys.getDict().get("stderr");
    boolean ok = flushStdFiles(in, out, err);
    Object origOut = in.sys.getDict().get("__stdout__");
    Object origErr = in.sys.getDict().get("__stderr__");
    if (origOut != null && origErr != null && (origOut != out || origErr != err)) {
      in.sys.put("stdout", origOut);
      in.sys.put("stderr", origErr);
      ok &= flushStdFiles(in, origOut == out ? null : origOut, origErr == err ? null : origErr);
    }
    return ok;
  }

  /** {@code flush_std_files} of these two streams (null: not to flush). */
  private static boolean flushStdFiles(InterpreterState in, Object out, Object err) {
    boolean ok = true;
    if (isOpen(out)) {
      try {
        Abstract.callMethod(out, "flush");
      } catch (PyException e) {
        Unraisable.write(in, e, "in", out);
        ok = false;
      }
    }
    if (isOpen(err) && !flushQuietly(err)) {
      ok = false;
    }
    return ok;
  }

  /** {@code file_is_closed} negated: a stream to flush (not None, {@code closed} false). */
  private static boolean isOpen(Object f) {
    if (f == null || f == PyNone.NONE) {
      return false;
    }
    try {
      return !Abstract.isTrue(Abstract.getAttr(f, "closed"));
    } catch (PyException e) {
      return true;
    }
  }
}
