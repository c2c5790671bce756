# how the default excepthook prints exception groups: boxed sub-exceptions, depth and width limits, notes
def mk():
    try:
        raise KeyError("inner")
    except KeyError as k:
        try:
            raise ValueError("v") from k
        except ValueError as v:
            v.add_note("line1\nline2")
            v.__notes__.append(42)
            return v
excs = [mk()] + [TypeError(i) for i in range(16)]
try:
    try:
        raise RuntimeError("ctx")
    except RuntimeError:
        raise ExceptionGroup("top", [ExceptionGroup("mid", excs), OSError(2, "x")])
except ExceptionGroup as g:
    err = g
import sys
sys.excepthook(type(err), err, err.__traceback__)
print("----", file=sys.stderr)
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"d{n}", [deep(n - 1)])
sys.excepthook(ExceptionGroup, deep(12), None)
print("----", file=sys.stderr)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise TypeError("in handler")
except BaseException as x:
    sys.excepthook(type(x), x, x.__traceback__)
print("----", file=sys.stderr)
try:
    compile("a = = 1", "fn.py", "exec")
except SyntaxError as e:
    se = e
e2 = ValueError("multi\nline message")
e3 = KeyError("k")
e3.__notes__ = ("tuple note\n", "")
e4 = TypeError("t")
e4.__notes__ = 5
class N:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
e5 = OSError("o")
e5.__notes__ = [N(), "a\nb\n", b"x"]
sys.excepthook(ExceptionGroup, ExceptionGroup("g", [se, e2, e3, e4, e5]), None)
print("----", file=sys.stderr)
def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("a note")
        raise ExceptionGroup("many", [e, TypeError(2), ExceptionGroup("nested", [KeyError('k')])]) from None
try:
    g()
except* TypeError:
    pass
