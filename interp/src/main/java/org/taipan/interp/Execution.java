package org.taipan.interp;

import aQute.bnd.annotation.spi.ServiceProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.taipan.api.RuntimeContext;
import org.taipan.api.exec.MainProgram;
import org.taipan.api.exec.PythonExecution;
import org.taipan.object.Abstract;
import org.taipan.object.PyBaseException;
import org.taipan.object.PyDict;
import org.taipan.object.PyErr;
import org.taipan.object.PyException;
import org.taipan.object.PyExc;
import org.taipan.object.PyList;
import org.taipan.object.PyLong;
import org.taipan.object.PyNone;
import org.taipan.object.PyTuple;
import org.taipan.object.PyType;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Expression;
import org.taipan.parser.ast.Interactive;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Module;

/**
 * The interpreter's provider of the {@link PythonExecution} SPI: {@code runMain} behaves as
 * CPython's {@code Py_RunMain} ({@code Modules/main.c}, {@code Python/pythonrun.c}) for {@code -c},
 * a script and standard input: it sets up {@code sys}, runs the program as {@code __main__} on a
 * thread with a large stack, prints an uncaught exception as CPython does, honours {@code
 * SystemExit}, and flushes the standard streams.
 */
@ServiceProvider(PythonExecution.class)
public final class Execution implements PythonExecution {

  static {
    // the tokenizer's SyntaxWarnings ("invalid decimal literal" before a keyword) go through
    // the warnings machinery; one the filters turn into an error becomes a SyntaxError
    org.taipan.parser.Parser.setWarningHandler(new org.taipan.parser.Parser.WarningHandler() {
      @Override
      public boolean warn(String msg, String filename, int lineno) {
        return warnOrError(org.taipan.object.PyExc.SyntaxWarning, msg, filename, lineno);
      }

      @Override
      public boolean warnDeprecated(String msg, String filename, int lineno) {
        return warnOrError(org.taipan.object.PyExc.DeprecationWarning, msg, filename, lineno);
      }
    });
  }

  /** A compiler warning; true when the filters made it an error (the caller raises SyntaxError). */
  private static boolean warnOrError(
      org.taipan.object.PyType category, String msg, String filename, int lineno) {
    try {
      Warnings.warnExplicit(category, msg, filename, lineno);
      return false;
    } catch (org.taipan.object.PyException e) {
      if (e.matches(category)) {
        return true;
      }
      throw e;
    }
  }

  /** Stack size of the interpreter thread: deep Python recursion must not overflow Java's. */
  private static final long STACK_SIZE = 1L << 30;

  /** The signal number of {@code SIGINT}. */
  private static final int SIGINT = 2;

  private volatile InterpreterState embedded;

  static {
    // \N{...} in string literals names characters as unicodedata does (loaded on first use)
    org.taipan.parser.Parser.setCharacterNames(
        name -> org.taipan.object.UnicodeDatabase.lookup(name, true));
  }

  /** The service constructor. */
  public Execution() {}

  @Override
  public int runMain(MainProgram program, RuntimeContext context) {
    AtomicInteger status = new AtomicInteger(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                status.set(runMainHere(program, context));
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "taipan-main",
            STACK_SIZE);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    if (failure.get() != null) {
      try {
        context.stderr().write(
            ("Fatal Python error: " + failure.get() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        context.stderr().flush();
      } catch (IOException e) {
        // nothing more can be done
      }
      return 1;
    }
    return status.get();
  }

  private static String programName(RuntimeContext ctx) {
    String exe = ctx.executable();
    if (exe == null || exe.isEmpty()) {
      return "taipan";
    }
    return Path.of(exe).getFileName().toString();
  }

  /**
   * All bytes of a stream. Not {@code InputStream.readAllBytes}: on JDK 17 a {@code
   * FileInputStream} on a pipe fails there with "Illegal seek".
   */
  static byte[] readFully(InputStream is) throws IOException {
    if (is == null) {
      return new byte[0];
    }
    java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
    is.transferTo(buffer);
    return buffer.toByteArray();
  }

  /**
   * Whether to run the interactive prompt: standard input is a terminal, or the launcher asked
   * for it with {@code sys.flags.interactive}.
   */
  private static boolean stdinIsTerminal(InterpreterState in) {
    RuntimeContext ctx = in.context;
    if (ctx.flags() != null && ctx.flags().interactive() != 0) {
      return true;
    }
    if (ctx.stdin() == System.in && System.console() != null) {
      return true;
    }
    Object stdin = in.sys.getDict().get("stdin");
    try {
      return stdin != null && stdin != PyNone.NONE
          && Abstract.isTrue(Abstract.callMethod(stdin, "isatty"));
    } catch (PyException e) {
      return false;
    }
  }

  /** Py_RunMain on the current thread. */
  int runMainHere(MainProgram program, RuntimeContext ctx) {
    InterpreterState in = new InterpreterState(ctx);
    ThreadState ts = new ThreadState(in);
    ThreadState.set(ts);
    org.taipan.object.Gil.acquire();
    org.taipan.object.PendingCalls.setMainThread(Thread.currentThread());
    int status = 1;
    try {
      status = runProgram(in, program, ctx);
    } finally {
      finalizeMain(in);
      if (!StandardStreams.flushAtExit(in)) {
        // Py_RunMain: a failing Py_FinalizeEx makes the exit status 120
        status = 120;
      }
      if (in.unhandledKeyboardInterrupt) {
        // Py_RunMain's exit_sigint: the process ends by SIGINT, as an interrupted program does
        status = -SIGINT;
      }
      ThreadState.set(null);
      org.taipan.object.Gil.release();
    }
    return status;
  }

  /** The program itself, in an interpreter set up on this thread. */
  private int runProgram(InterpreterState in, MainProgram program, RuntimeContext ctx) {
    PyList argv = (PyList) in.sys.getDict().get("argv");
    PyDict main = in.newMain("__main__");
    String path0 = "";
    if (program instanceof MainProgram.Script s) {
      Path abs = s.path().toAbsolutePath().normalize();
      path0 = abs.getParent() == null ? "" : abs.getParent().toString();
    } else if (program instanceof MainProgram.Module) {
      path0 = Path.of("").toAbsolutePath().toString();
    }
    try {
      startUp(in, path0);
    } catch (PyException e) {
      return handleUncaught(in, e);
    }
    if (program instanceof MainProgram.Command c) {
      if (ctx.argv().isEmpty()) {
        argv.set(0, "-c");
      }
      return runModuleSource(in, null, c.source(), "<string>", main);
    } else if (program instanceof MainProgram.Script s) {
      if (ctx.argv().isEmpty()) {
        argv.set(0, s.path().toString());
      }
      Path abs = s.path().toAbsolutePath().normalize();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(s.path());
      } catch (NoSuchFileException e) {
        StandardStreams.writeErr(in, programName(ctx) + ": can't open file '" + abs
            + "': [Errno 2] No such file or directory\n");
        return 2;
      } catch (IOException e) {
        StandardStreams.writeErr(in, programName(ctx) + ": can't open file '" + abs + "': [Errno 13] "
            + e.getMessage() + "\n");
        return 2;
      }
      String filename = abs.toString();
      main.put("__file__", filename);
      main.put("__cached__", PyNone.NONE);
      return runModuleSource(in, bytes, null, filename, main);
    } else if (program instanceof MainProgram.Stdin
        || program instanceof MainProgram.Interactive && !stdinIsTerminal(in)) {
      // with no program and a standard input that is not a terminal, CPython reads the
      // program from standard input, as for '-' (sys.argv[0] is then '')
      if (ctx.argv().isEmpty()) {
        argv.set(0, program instanceof MainProgram.Stdin ? "-" : "");
      }
      byte[] bytes;
      try {
        bytes = readFully(ctx.stdin());
      } catch (IOException e) {
        StandardStreams.writeErr(in, programName(ctx) + ": can't read <stdin>: " + e.getMessage() + "\n");
        return 1;
      }
      main.put("__file__", "<stdin>");
      main.put("__cached__", PyNone.NONE);
      return runModuleSource(in, bytes, null, "<stdin>", main);
    } else if (program instanceof MainProgram.Module m) {
      return runModule(in, m.name(), main);
    } else {
      return Repl.run(in, main);
    }
  }

  /**
   * The part of {@code Py_FinalizeEx} that still runs Python code, before the standard streams are
   * flushed: {@code threading._shutdown()} waits for the non-daemon threads when {@code threading}
   * was imported, then the {@code atexit} callbacks run, last registered first.
   */
  static void finalizeMain(InterpreterState in) {
    Object threading = in.modules.get("threading");
    if (threading != null) {
      try {
        Abstract.callMethod(threading, "_shutdown");
      } catch (PyException e) {
        Unraisable.write(in, e, "in", threading);
      }
    }
    in.exitCallbacks.runAll(in);
    in.finalizing = true;
    Object main = in.modules.get("__main__");
    org.taipan.object.Finalizers.atExit(main instanceof org.taipan.object.PyModule m
        ? m.getDict().valueList() : java.util.List.of());
  }

  /**
   * What CPython does between creating the interpreter and running {@code __main__} ({@code
   * init_interp_main}): {@code sys.path} (the program's folder unless {@code -P}, {@code
   * PYTHONPATH} unless {@code -E}, the standard library), {@code importlib}, {@code site} unless
   * {@code -S}, and {@code warnings} when {@code -W} options were given.
   */
  static void startUp(InterpreterState in, String path0) {
    RuntimeContext ctx = in.context;
    org.taipan.api.Flags flags = ctx.flags() == null ? org.taipan.api.Flags.defaults() : ctx.flags();
    PyList path = (PyList) in.sys.getDict().get("path");
    if (ctx.moduleSearchPaths() != null) {
      // config.module_search_paths set (a ._pth file): sys.path is that, and nothing else
      for (String entry : ctx.moduleSearchPaths()) {
        path.append(entry);
      }
    } else {
      String pythonPath =
          flags.ignoreEnvironment() != 0 ? null : ctx.environment().get("PYTHONPATH");
      if (pythonPath != null && !pythonPath.isEmpty()) {
        for (String entry : pythonPath.split(":", -1)) {
          path.append(
              entry.isEmpty() ? "" : Path.of(entry).toAbsolutePath().normalize().toString());
        }
      }
      for (Path root : in.importer.sourceRoots) {
        if (root.getFileSystem() == java.nio.file.FileSystems.getDefault()) {
          path.append(root.toString());
        }
      }
    }
    Path lib = in.importer.stdlibDir;
    if (lib != null) {
      in.sys.put("_stdlib_dir", lib.toString());
      Path prefix = lib.getParent() == null || lib.getParent().getParent() == null
          ? lib : lib.getParent().getParent();
      for (String name : List.of("prefix", "exec_prefix", "base_prefix", "base_exec_prefix")) {
        in.sys.put(name, prefix.toString());
      }
    }
    in.importer.boot();
    // init_set_builtins_open: builtins.open is _io.open, when the library provides _io
    if (in.importer.isBuiltin("_io")) {
      in.builtins.put("open",
          org.taipan.object.Abstract.getAttr(in.importer.importModule("_io"), "open"));
    }
    StandardStreams.install(in);
    if (in.importer.usesImportlib()) {
      if (flags.noSite() == 0) {
        in.importer.importModule("site");
      }
      if (!ctx.warnOptions().isEmpty()) {
        in.importer.importModule("warnings");
      }
    }
    // pymain_run_python: the program's folder goes first once the interpreter is set up, so
    // site's making the path absolute leaves it as it is ('' for -c and standard input)
    if (ctx.moduleSearchPaths() == null && !flags.safePath()) {
      Object sysPath = in.sys.getDict().get("path");
      if (sysPath instanceof PyList) {
        Abstract.callMethod(sysPath, "insert", 0L, path0);
      }
    }
  }

  /** {@code -m} in a bare interpreter: a module or package under the current folder. */
  private int runModuleBare(InterpreterState in, String name, PyDict main) {
    Path cwd = Path.of("").toAbsolutePath();
    String rel = name.replace('.', '/');
    Path found = null;
    for (Path candidate : List.of(cwd.resolve(rel + ".py"), cwd.resolve(rel).resolve("__main__.py"))) {
      if (Files.isRegularFile(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found == null) {
      StandardStreams.writeErr(in, programName(in.context) + ": No module named " + name + "\n");
      return 1;
    }
    ((PyList) in.sys.getDict().get("argv")).set(0, found.toString());
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(found);
    } catch (IOException e) {
      StandardStreams.writeErr(in, programName(in.context) + ": can't read " + found + "\n");
      return 1;
    }
    main.put("__file__", found.toString());
    main.put("__cached__", PyNone.NONE);
    return runModuleSource(in, bytes, null, found.toString(), main);
  }

  /** {@code -m}: {@code runpy._run_module_as_main(name)} ({@code pymain_run_module}). */
  private int runModule(InterpreterState in, String name, PyDict main) {
    if (!in.importer.usesImportlib()) {
      return runModuleBare(in, name, main);
    }
    Object runpy;
    try {
      runpy = in.importer.importModule("runpy");
    } catch (PyException e) {
      StandardStreams.writeErr(in, "Could not import runpy module\n");
      return handleUncaught(in, e);
    }
    try {
      Abstract.callMethod(runpy, "_run_module_as_main", name);
      return 0;
    } catch (PyException e) {
      noteKeyboardInterrupt(in, e);
      return handleUncaught(in, e);
    } catch (StackOverflowError e) {
      return handleUncaught(
          in, PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded"));
    }
  }

  private int runModuleSource(
      InterpreterState in, byte[] bytes, String source, String filename, PyDict main) {
    try {
      Mod mod;
      try {
        if (bytes != null) {
          // the script and standard input are read by CPython's file tokenizer
          Parser.checkProgramFileEncoding(bytes, filename);
        }
        mod = bytes != null
            ? Parser.parse(bytes, filename, Mode.EXEC)
            : Parser.parse(source, filename, Mode.EXEC);
      } catch (PythonSyntaxError e) {
        throw syntaxError(e);
      }
      PyCode code = Compiler.compileModule((Module) mod, filename);
      PyFrame f = new PyFrame(code, main, in.builtins, main);
      Interpreter.run(f);
      return 0;
    } catch (PyException e) {
      noteKeyboardInterrupt(in, e);
      return handleUncaught(in, e);
    } catch (PythonSyntaxError e) {
      return handleUncaught(in, syntaxError(e));
    } catch (StackOverflowError e) {
      return handleUncaught(
          in, PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded"));
    }
  }

  /**
   * {@code run_eval_code_obj} and {@code pymain_run_module}: the program ending by exactly {@code
   * KeyboardInterrupt} (not a subclass) makes the process end by {@code SIGINT}.
   */
  private static void noteKeyboardInterrupt(InterpreterState in, PyException e) {
    if (e.value.getType() == PyExc.KeyboardInterrupt) {
      in.unhandledKeyboardInterrupt = true;
    }
  }

  /** {@code handle_system_exit} and {@code PyErr_Print}: the exit status of an exception. */
  static int handleUncaught(InterpreterState in, PyException e) {
    PyBaseException exc = e.value;
    if (exc.getType().isSubtypeOf(PyExc.SystemExit)) {
      Object code = exc.attr("code");
      if (code == null || code == PyNone.NONE) {
        return 0;
      }
      if (PyLong.isInt(code)) {
        Object i = org.taipan.object.PyNumber.index(code);
        // the process sees the code modulo 256 (a negative status asks for a signal)
        return (i instanceof Long l ? (int) (long) l : -1) & 0xff;
      }
      Object err = in.sys.getDict().get("stderr");
      try {
        Abstract.callMethod(err, "write", Abstract.str(code));
        Abstract.callMethod(err, "write", "\n");
      } catch (PyException ignored) {
        // nothing to report to
      }
      return 1;
    }
    Object hook = in.sys.getDict().get("excepthook");
    try {
      Object tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
      Abstract.call(hook, exc.getType(), exc, tb);
    } catch (PyException again) {
      StandardStreams.writeErr(in, TracebackPrinter.format(exc));
    }
    StandardStreams.flushStderr(in);
    return 1;
  }

  /**
   * Converts the parser's error into the Python exception to raise: a SyntaxError (or subclass),
   * or the ValueError CPython raises for source holding null bytes.
   */
  static PyException syntaxError(PythonSyntaxError e) {
    if (e.isValueError()) {
      return PyErr.format(PyExc.ValueError, "%s", e.msg());
    }
    PyType type =
        switch (e.pythonClass()) {
          case "IndentationError" -> PyExc.IndentationError;
          case "TabError" -> PyExc.TabError;
          default -> PyExc.SyntaxError;
        };
    if (e.filename() == null && e.lineno() == 0) {
      // no location at all (the file tokenizer's encoding errors): the message alone
      return PyErr.newException(type, e.msg());
    }
    Object text = e.text() == null ? PyNone.NONE : (Object) replaceEscapedBytes(e.text());
    PyTuple info =
        new PyTuple(
            e.filename() == null ? PyNone.NONE : (Object) e.filename(),
            (long) e.lineno(),
            (long) e.offset(),
            text,
            (long) e.endLineno(),
            e.endOffset() == PythonSyntaxError.NO_END_OFFSET
                ? PyNone.NONE
                : (Object) (long) e.endOffset());
    return PyErr.newException(type, e.msg(), info);
  }

  /**
   * The source line of a SyntaxError as CPython decodes it, with {@code "replace"}: the bytes the
   * tokenizer kept as surrogate escapes (U+DC80..U+DCFF) become U+FFFD.
   */
  static String replaceEscapedBytes(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !isEscapedByte(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      if (!isEscapedByte(text.charAt(i))) {
        sb.append(text.charAt(i++));
        continue;
      }
      int j = i;
      while (j < n && isEscapedByte(text.charAt(j))) {
        j++;
      }
      byte[] run = new byte[j - i];
      for (int k = i; k < j; k++) {
        run[k - i] = (byte) (text.charAt(k) - 0xDC00);
      }
      sb.append(new String(run, java.nio.charset.StandardCharsets.UTF_8));
      i = j;
    }
    return sb.toString();
  }

  private static boolean isEscapedByte(char c) {
    return c >= 0xDC80 && c <= 0xDCFF;
  }

  /** {@code compile(source, filename, mode)}. */
  static Object compileSource(String source, String filename, String mode) {
    Mode m =
        switch (mode) {
          case "exec" -> Mode.EXEC;
          case "eval" -> Mode.EVAL;
          case "single" -> Mode.SINGLE;
          default -> throw PyErr.format(
              PyExc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        };
    Mod mod;
    try {
      mod = Parser.parse(source, filename, m);
      if (mod instanceof Module module) {
        return Compiler.compileModule(module, filename);
      } else if (mod instanceof Expression ex) {
        return Compiler.compileExpression(ex, filename);
      } else {
        return Compiler.compileInteractive((Interactive) mod, filename);
      }
    } catch (PythonSyntaxError e) {
      throw syntaxError(e);
    }
  }

  private InterpreterState ensureThread() {
    ThreadState ts = ThreadState.getOrNull();
    if (ts != null) {
      return ts.interp;
    }
    InterpreterState in = embedded;
    if (in == null) {
      synchronized (this) {
        in = embedded;
        if (in == null) {
          in = new InterpreterState(
              RuntimeContext.embedded(null, List.of(""), System.in, System.out, System.err));
          ThreadState.set(new ThreadState(in));
          startUp(in, "");
          embedded = in;
          return in;
        }
      }
    }
    ThreadState.set(new ThreadState(in));
    return in;
  }

  @Override
  public Object compile(String source, String filename, String mode) {
    ensureThread();
    return compileSource(source, filename, mode);
  }

  @Override
  public Object exec(Object code, Object globals) {
    InterpreterState in = ensureThread();
    if (!(code instanceof PyCode c)) {
      throw PyErr.format(PyExc.TypeError, "exec() arg 1 must be a code object");
    }
    if (!(globals instanceof PyDict g)) {
      throw PyErr.format(PyExc.TypeError, "exec() globals must be a dict");
    }
    if (g.get("__builtins__") == null) {
      g.put("__builtins__", in.builtinsModule);
    }
    PyFrame f = new PyFrame(c, g, in.builtins, g);
    Object r = Interpreter.run(f);
    StandardStreams.flushStdout(in);
    return r;
  }

  @Override
  public Object newNamespace(String name) {
    InterpreterState in = ensureThread();
    PyDict d = new PyDict();
    d.put("__name__", name);
    d.put("__builtins__", in.builtinsModule);
    return d;
  }
}
