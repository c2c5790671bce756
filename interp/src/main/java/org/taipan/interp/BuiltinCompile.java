package org.taipan.interp;

import java.nio.charset.StandardCharsets;
import org.taipan.object.Abstract;
import org.taipan.object.PyBytes;
import org.taipan.object.PyErr;
import org.taipan.object.PyExc;
import org.taipan.object.PyNumber;
import org.taipan.object.PyUnicode;
import org.taipan.parser.Mode;
import org.taipan.parser.Parser;
import org.taipan.parser.PythonSyntaxError;
import org.taipan.parser.ast.Expression;
import org.taipan.parser.ast.Interactive;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Module;

/**
 * The {@code compile()} builtin, CPython's {@code builtin_compile_impl} ({@code
 * Python/bltinmodule.c}): checks the flags, optimisation level and mode, then compiles source
 * text or an {@code ast} tree to a code object, or with {@code PyCF_ONLY_AST} parses source text
 * to an {@code ast} tree.
 */
final class BuiltinCompile {
  private BuiltinCompile() {}

  /** {@code PyCF_MASK}: the {@code __future__} feature flags. */
  private static final int PyCF_MASK =
      0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
  /** {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}. */
  private static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
  /** {@code PyCF_MASK_OBSOLETE} ({@code CO_NESTED}). */
  private static final int PyCF_MASK_OBSOLETE = 0x10;
  /** {@code PyCF_COMPILE_MASK}: only-AST, don't-imply-dedent, type comments, top-level await, incomplete input. */
  private static final int PyCF_COMPILE_MASK = 0x400 | 0x200 | 0x1000 | 0x2000 | 0x4000;

  static Object compile(
      Object source, Object filename, Object mode, Object flags, Object optimize) {
    int fl = cInt(flags);
    if ((fl & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) != 0) {
      throw PyErr.format(PyExc.ValueError, "compile(): unrecognised flags");
    }
    int opt = cInt(optimize);
    if (opt < -1 || opt > 2) {
      throw PyErr.format(PyExc.ValueError, "compile(): invalid optimize value");
    }
    String fn = filename(filename);
    String m = PyUnicode.asJavaString(mode);
    boolean onlyAst = (fl & AstModule.PyCF_ONLY_AST) != 0;
    Mode parseMode;
    switch (m) {
      case "exec" -> parseMode = Mode.EXEC;
      case "eval" -> parseMode = Mode.EVAL;
      case "single" -> parseMode = Mode.SINGLE;
      case "func_type" -> {
        if (!onlyAst) {
          throw PyErr.format(
              PyExc.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        parseMode = Mode.FUNC_TYPE;
      }
      default -> throw PyErr.format(
          PyExc.ValueError,
          onlyAst
              ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
              : "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (Abstract.isInstance(source, AstTypes.AST)) {
      if (onlyAst) {
        return source;
      }
      Mod mod = PythonToAst.toMod(source, parseMode);
      AstValidator.validate(mod);
      return compileMod(mod, fn, opt, fl);
    }
    if (!(source instanceof PyBytes) && !PyUnicode.isStr(source)) {
      // _Py_SourceAsString: any bytes-like object serves as bytes do
      byte[] raw = org.taipan.object.PyBuffer.toContiguousOrNull(source);
      if (raw == null) {
        throw PyErr.format(
            PyExc.TypeError, "compile() arg 1 must be a string, bytes or AST object");
      }
      source = new PyBytes(raw);
    }
    boolean typeComments = (fl & AstModule.PyCF_TYPE_COMMENTS) != 0;
    Mod parsed;
    try {
      // bytes are decoded as a source file is: a BOM or PEP 263 coding declaration, else UTF-8
      parsed = source instanceof PyBytes b
          ? Parser.parse(b.toByteArray(), fn, parseMode, typeComments)
          : Parser.parse(PyUnicode.asJavaString(source), fn, parseMode, typeComments);
    } catch (PythonSyntaxError e) {
      throw Execution.syntaxError(e);
    }
    return onlyAst ? AstToPython.convert(parsed) : compileMod(parsed, fn, opt, fl);
  }

  /** Compiles a checked tree ({@code _PyAST_Compile}). */
  private static Object compileMod(Mod mod, String filename, int optimize, int flags) {
    boolean topLevelAwait = (flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) != 0;
    if (optimize < 0) {
      // -1: the interpreter's own level (-O), as importlib's cache tags assume
      ThreadState ts = ThreadState.getOrNull();
      org.taipan.api.Flags fl = ts == null ? null : ts.interp.context.flags();
      optimize = fl == null ? 0 : fl.optimize();
    }
    try {
      if (mod instanceof Module module) {
        return Compiler.compileModule(module, filename, optimize, topLevelAwait);
      } else if (mod instanceof Expression ex) {
        return Compiler.compileExpression(ex, filename, optimize);
      } else if (mod instanceof Interactive in) {
        return Compiler.compileInteractive(in, filename, optimize, topLevelAwait);
      }
      throw PyErr.format(PyExc.SystemError, "module kind should not be possible");
    } catch (PythonSyntaxError e) {
      throw Execution.syntaxError(e);
    }
  }

  /** {@code PyUnicode_FSDecoder}: str, bytes or an {@code os.PathLike}. */
  private static String filename(Object f) {
    if (!PyUnicode.isStr(f) && !(f instanceof PyBytes)) {
      if (org.taipan.object.PyType.of(f).lookup("__fspath__") == null) {
        throw PyErr.format(
            PyExc.TypeError,
            "expected str, bytes or os.PathLike object, not %s",
            org.taipan.object.PyType.of(f).getName());
      }
      f = Abstract.callMethod(f, "__fspath__");
    }
    if (f instanceof PyBytes b) {
      return new String(b.toByteArray(), StandardCharsets.UTF_8);
    }
    return PyUnicode.asJavaString(f);
  }

  /** Argument Clinic's {@code int} converter. */
  private static int cInt(Object v) {
    Object i = PyNumber.index(v);
    if (i instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return (int) (long) l;
    }
    throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C int");
  }
}
