"""Records what CPython 3.11 raises for each invalid program of Taipan's error corpus.
Written for Taipan.  Regenerate the committed expectations after adding programs with:

    LD_LIBRARY_PATH=target/cpython target/cpython/python3.11 \
        parser/src/test/python/record_syntax_errors.py \
        parser/src/test/resources/invalid parser/src/test/resources/invalid-expected.tsv

Each program is parsed as ast.parse(bytes) (parser errors only; compiler errors such as
'return' outside function are out of scope).  Output: one line per program, tab-separated:
name, exception class, lineno, offset, end_lineno, end_offset, msg (with backslash escapes).
Source with a null byte raises ValueError in CPython before parsing; it is recorded with
lineno, offset, end_lineno and end_offset None and the ValueError's message.
A program that CPython accepts is an error in the corpus: the script stops.
"""
import ast
import os
import sys
import warnings


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def main():
    src_dir, out = sys.argv[1], sys.argv[2]
    warnings.simplefilter("ignore")
    lines = []
    for name in sorted(os.listdir(src_dir)):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(src_dir, name), "rb") as f:
            source = f.read()
        try:
            ast.parse(source, filename=name)
        except SyntaxError as e:
            lines.append("\t".join([
                name[:-3], type(e).__name__, str(e.lineno), str(e.offset),
                str(e.end_lineno), str(e.end_offset), esc(e.msg)]))
            continue
        except ValueError as e:
            lines.append("\t".join([
                name[:-3], type(e).__name__, "None", "None", "None", "None", esc(str(e))]))
            continue
        sys.exit("CPython accepts %s: not an invalid program" % name)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("%d expectations written to %s" % (len(lines), out))


main()
