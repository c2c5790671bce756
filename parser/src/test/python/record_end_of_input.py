"""Records what CPython 3.11 raises for incomplete programs ending in different ways (no final
newline, newline, blank line, trailing spaces, comment, line continuation, indented blank line),
through the three ways Taipan's parser is entered.  Written for Taipan.

    python3.11 record_end_of_input.py OUT

Each output line is tab-separated: entry point (str: compile(str); bytes: compile(bytes);
file: running the source as a script, python3.11 file.py), the source, and either OK (the
source compiles; for a file, any error other than a syntax error while running it counts as OK)
or the exception class, msg, lineno, offset and text (None as <None>), with backslash escapes.
"""
import os
import subprocess
import sys
import tempfile
import warnings

BASES = [
    "class A:", "if x:", "def f():", "for x in y:", "while 1:", "try:", "with a:", "x = (",
    "[1, 2", '"abc', "'''abc", "f(", "a +", "else:", "x = ", "if x:\n    pass\nelse:",
    "def f(x,", "lambda:", "@dec", "if x:\n  y\n z", "if x:\n\ty\n        z", "x = 1 \\",
    "match x:\n  case 1:", "async def f():", "if x:\n    if y:\n        pass\n    elif z:",
    "from x import (a,", "x = 1 if y", "del", "if x:\n\tpass\n  ",
]
SUFFIXES = ["", "\n", "\n\n", "   ", "  # c", "  # c\n", "\\\n", " \n  "]

HOOK = '''import sys
def esc(s):
    return "<None>" if s is None else s.replace("\\\\", "\\\\\\\\").replace("\\t", "\\\\t").replace("\\n", "\\\\n")
def hook(t, e, tb):
    if isinstance(e, (SyntaxError, ValueError)):
        print("\\t".join([type(e).__name__, esc(getattr(e, "msg", str(e))), str(getattr(e, "lineno", None)),
                         str(getattr(e, "offset", None)), esc(getattr(e, "text", None))]))
    else:
        print("OK")
sys.excepthook = hook
'''


def esc(s):
    if s is None:
        return "<None>"
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def outcome(source):
    try:
        compile(source, "<string>", "exec", dont_inherit=True)
        return "OK"
    except (SyntaxError, ValueError) as e:
        return "\t".join([type(e).__name__, esc(getattr(e, "msg", str(e))),
                          str(getattr(e, "lineno", None)), str(getattr(e, "offset", None)),
                          esc(getattr(e, "text", None))])


def main():
    warnings.simplefilter("ignore")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "sitecustomize.py"), "w") as f:
            f.write(HOOK)
        env = dict(os.environ, PYTHONPATH=tmp)
        script = os.path.join(tmp, "f.py")
        for base in BASES:
            for suffix in SUFFIXES:
                src = base + suffix
                out.append("\t".join(["str", esc(src), outcome(src)]))
                out.append("\t".join(["bytes", esc(src), outcome(src.encode())]))
                with open(script, "w", encoding="utf-8", newline="") as f:
                    f.write(src)
                p = subprocess.run([sys.executable, "f.py"], cwd=tmp, env=env,
                                   capture_output=True, text=True)
                res = p.stdout.rstrip("\n") or "OK"
                out.append("\t".join(["file", esc(src), res]))
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


main()
